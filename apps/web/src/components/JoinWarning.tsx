import type { JoinWarning } from '@cirrus/protocol'
import { t } from '../i18n/i18n.ts'
import { rich } from '../i18n/rich.tsx'

/**
 * On the lobby, when phones cannot reach the join address: what is wrong and how to fix it (PUBLIC_URL, HOST), in
 * words a teacher can act on before the class starts typing the PIN.
 */
export function JoinWarningNotice({ warning }: { warning: JoinWarning | null }) {
  if (!warning) return null
  const port = location.port || (location.protocol === 'https:' ? '443' : '80')
  return (
    <div class="notice join-warning" role="alert">
      <p class="join-warning-title">{t('joinWarning.title')}</p>
      {/* The settings to type stay as they are, in every language. */}
      {warning.code === 'join_loopback' ? (
        <p>
          {rich('joinWarning.loopback', { host: warning.host })} <code>PUBLIC_URL=http://192.168.1.20:{port} npm start</code>
        </p>
      ) : (
        <p>
          {rich('joinWarning.notListening', { listening: warning.listening, host: warning.host })} <code>HOST=0.0.0.0 npm start</code> ·{' '}
          <code>HOST={warning.host}</code>
        </p>
      )}
    </div>
  )
}
