import { signal } from '@preact/signals'
import type { AccessInfo } from '@cirrus/protocol'
import { api } from '../api.ts'
import type { Refusal } from '../library/refusals.ts'

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
 * Signs this browser in with the teachers' password: the server sets an HttpOnly session cookie, so the page
 * never keeps the password. Null when it worked, else why not.
 */
export async function signIn(password: string): Promise<'wrong' | 'too_many' | Refusal | null> {
  const result = await api<AccessInfo>('/api/session', { json: { password } })
  if (result.ok) {
    access.value = result.data
    return null
  }
  if (result.status === 429) return 'too_many'
  if (result.status === 401) return 'wrong'
  return result
}
