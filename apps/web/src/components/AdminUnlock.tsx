import { useSignal } from '@preact/signals'
import { useEffect } from 'preact/hooks'
import { describeRefusal } from '../library/refusals.ts'
import { m } from '../library/words.ts'
import { access, checkAccess, signIn, signOut } from '../models/access.ts'
import './unlock.css'

/**
 * The teachers' door: when the server has a password and this browser is not signed in, a sign-in form; otherwise
 * the page itself. Signing in sets an HttpOnly session cookie: the page never keeps the password.
 */
export function AdminGate({ children }: { children: preact.ComponentChildren }) {
  const password = useSignal('')
  const refused = useSignal<Awaited<ReturnType<typeof signIn>>>(null)
  const busy = useSignal(false)
  useEffect(() => {
    void checkAccess()
  }, [])

  const state = access.value
  if (!state) return <p class="muted">{m('access.checking')}</p>
  if (state.signedIn) {
    return (
      <>
        {state.passwordRequired && (
          <p class="signed-in muted">
            {m('access.signedIn')}{' '}
            <button type="button" class="link" onClick={() => void signOut()}>
              {m('access.signOut')}
            </button>
          </p>
        )}
        {children}
      </>
    )
  }

  async function submit(event: Event) {
    event.preventDefault()
    busy.value = true
    refused.value = await signIn(password.value)
    busy.value = false
    password.value = ''
  }
  const why = refused.value
  return (
    <form class="unlock" onSubmit={submit}>
      <h2>{m('access.title')}</h2>
      <p>{m('access.intro', { variable: 'CIRRUS_ADMIN_PASSWORD' })}</p>
      <label class="field">
        <span>{m('access.password')}</span>
        <input type="password" autoComplete="current-password" value={password.value} onInput={(e) => (password.value = e.currentTarget.value)} aria-invalid={why ? 'true' : undefined} />
      </label>
      {why && (
        <p class="error" role="alert">
          {why === 'too_many' ? m('access.tooMany') : why === 'wrong' ? m('access.wrong') : describeRefusal(why)}
        </p>
      )}
      <button type="submit" class="button primary" disabled={!password.value || busy.value}>
        {m('access.signIn')}
      </button>
    </form>
  )
}
