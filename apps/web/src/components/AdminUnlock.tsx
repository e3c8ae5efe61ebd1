import { signal, useSignal } from '@preact/signals'
import { useEffect } from 'preact/hooks'
import type { AccessInfo } from '@cirrus/protocol'
import { api } from '../api.ts'

/** Whether this browser is a teacher here; null until the server has said. */
export const access = signal<AccessInfo | null>(null)

export async function checkAccess(): Promise<AccessInfo | null> {
  const result = await api<AccessInfo>('/api/access')
  if (result.ok) access.value = result.data
  return result.ok ? result.data : null
}

/** Signs this browser out: the server clears the session cookie. */
export async function signOut(): Promise<void> {
  await api('/api/session', { method: 'DELETE' })
  await checkAccess()
}

/**
 * The teachers' door: when the server has a password and this browser is not signed in, a sign-in form; otherwise
 * the page itself. Signing in sets an HttpOnly session cookie: the page never keeps the password.
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
  if (state.signedIn) {
    return (
      <>
        {state.passwordRequired && (
          <p class="signed-in muted">
            Signed in as a teacher.{' '}
            <button type="button" class="link" onClick={() => void signOut()}>
              Sign out
            </button>
          </p>
        )}
        {children}
      </>
    )
  }

  async function signIn(event: Event) {
    event.preventDefault()
    busy.value = true
    const result = await api<AccessInfo>('/api/session', { json: { password: password.value } })
    busy.value = false
    password.value = ''
    if (result.ok) {
      error.value = null
      access.value = result.data
    } else {
      error.value = result.status === 429 ? 'Too many wrong passwords. Wait a few minutes, then try again.' : 'That is not the password. Ask whoever runs this Cirrus server.'
    }
  }
  return (
    <form class="unlock" onSubmit={signIn}>
      <h2>Teachers sign in here</h2>
      <p>Type the teachers' password (the server's CIRRUS_ADMIN_PASSWORD) to see, change and host your own quizzes. This browser stays signed in for the day; sign out on a shared computer.</p>
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
        Sign in
      </button>
    </form>
  )
}
