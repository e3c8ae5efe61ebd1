import type { JoinWarning } from '@cirrus/protocol'

/**
 * On the lobby, when phones cannot reach the join address: what is wrong and how to fix it (PUBLIC_URL, HOST), in
 * words a teacher can act on before the class starts typing the PIN.
 */
export function JoinWarningNotice({ warning }: { warning: JoinWarning | null }) {
  if (!warning) return null
  const port = location.port || (location.protocol === 'https:' ? '443' : '80')
  return (
    <div class="notice join-warning" role="alert">
      <p class="join-warning-title">Phones can't join at this address yet</p>
      {warning.code === 'join_loopback' ? (
        <p>
          <strong>{warning.host}</strong> is this computer's own name for itself: no phone can open it. Start Cirrus with <code>PUBLIC_URL</code> set
          to an address phones can reach, for example <code>PUBLIC_URL=http://192.168.1.20:{port} npm start</code>, or open this page at that
          address.
        </p>
      ) : (
        <p>
          The server listens only on <strong>{warning.listening}</strong>, so phones cannot connect to <strong>{warning.host}</strong>. Restart it
          with <code>HOST=0.0.0.0 npm start</code> (every network interface) or <code>HOST={warning.host}</code>.
        </p>
      )}
    </div>
  )
}
