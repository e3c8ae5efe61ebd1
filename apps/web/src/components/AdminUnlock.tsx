import { signal, useSignal } from '@preact/signals'
import { useEffect } from 'preact/hooks'
import { api, rememberPassword } from '../api.ts'

interface Access {
  passwordRequired: boolean
  granted: boolean
}

/** Whether this tab may read and change the library; null until the server has said. */
export const access = signal<Access | null>(null)

export async function checkAccess(): Promise<Access | null> {
  const result = await api<Access>('/api/access')
  if (result.ok) access.value = result.data
  return result.ok ? result.data : null
}

/**
 * The library's door: when the server has an admin password and this tab has not given it (or gave a wrong one),
 * a password form; otherwise the page itself. A server without a password lets everyone in.
 */
export function AdminGate({ children }: { children: preact.ComponentChildren }) {
  const password = useSignal('')
  const error = useSignal<string | null>(null)
  const busy = useSignal(false)
  useEffect(() => {
    void checkAccess()
  }, [])

  const state = access.value
  if (!state) return <p class="muted">Checking access…</p>
  if (state.granted) return <>{children}</>

  async function unlock(event: Event) {
    event.preventDefault()
    busy.value = true
    rememberPassword(password.value)
    const result = await checkAccess()
    busy.value = false
    if (result && !result.granted) {
      rememberPassword(null)
      error.value = 'That is not the password. Ask whoever runs this Cirrus server.'
    }
  }
  return (
    <form class="unlock" onSubmit={unlock}>
      <h2>This server keeps its quizzes locked</h2>
      <p>Type the teachers' password (the server's CIRRUS_ADMIN_PASSWORD) to see and change quizzes. This tab forgets it when closed.</p>
      <label class="field">
        <span>Password</span>
        <input type="password" autoComplete="current-password" value={password.value} onInput={(e) => (password.value = e.currentTarget.value)} aria-invalid={error.value ? 'true' : undefined} />
      </label>
      {error.value && (
        <p class="error" role="alert">
          {error.value}
        </p>
      )}
      <button type="submit" class="button primary" disabled={!password.value || busy.value}>
        Unlock
      </button>
    </form>
  )
}
