import type { ErrorBody, LearnerCreated } from '@cirrus/protocol'

/**
 * This browser's practice profile: created on first visit (POST /api/practice/learners), kept by its token in
 * localStorage. The same token goes with a live-game join, so that the player's misses come back in practice.
 */
const KEY = 'cirrus:learner'

function stored(): string | null {
  try {
    return localStorage.getItem(KEY)
  } catch {
    return null // storage disabled: practice still works for this visit
  }
}

let memory: string | null = null
let creating: Promise<string> | null = null

/** The learner token, made once per browser; concurrent callers share one request. */
export function ensureLearner(): Promise<string> {
  const token = memory ?? stored()
  if (token) return Promise.resolve(token)
  creating ??= fetch('/api/practice/learners', { method: 'POST' })
    .then(async (res) => {
      if (!res.ok) throw new Error(`could not create a practice profile (${res.status})`)
      const created = (await res.json()) as LearnerCreated
      memory = created.learnerToken
      try {
        localStorage.setItem(KEY, created.learnerToken)
      } catch {
        /* see stored() */
      }
      return created.learnerToken
    })
    .finally(() => {
      creating = null
    })
  return creating
}

/** The token if this browser already has one; never waits. */
export const learnerTokenNow = (): string | null => memory ?? stored()

function forget(): void {
  memory = null
  try {
    localStorage.removeItem(KEY)
  } catch {
    /* see stored() */
  }
}

export class PracticeError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.message)
  }
}

/**
 * One call to /api/practice as this learner. A token the server no longer knows (its database was reset) is
 * replaced by a new profile, once.
 */
export async function practiceApi<T>(path: string, init: { method?: string; json?: unknown } = {}, retried = false): Promise<T> {
  const token = await ensureLearner()
  let res: Response
  try {
    res = await fetch(`/api/practice${path}`, {
      method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
      headers: { authorization: `Bearer ${token}`, ...(init.json !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
    })
  } catch {
    throw new PracticeError(0, { code: 'internal', message: 'Could not reach the server. Check your connection and try again.' })
  }
  if (res.status === 401 && !retried) {
    forget()
    return practiceApi(path, init, true)
  }
  const body = await res.json().catch(() => null)
  if (!res.ok) throw new PracticeError(res.status, body?.error ?? { code: 'internal', message: `the server answered ${res.status}` })
  return body as T
}
