import { LEARNER_AUTH_HEADER, type ErrorBody, type LearnerCreated } from '@cirrus/protocol'
import { api } from '../api.ts'

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
  creating ??= api<LearnerCreated>('/api/practice/learners', { method: 'POST' })
    .then((result) => {
      if (!result.ok) throw new PracticeError(result.status, result.error)
      memory = result.data.learnerToken
      try {
        localStorage.setItem(KEY, memory)
      } catch {
        /* see stored() */
      }
      return memory
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
 * One call to /api/practice as this learner (through the app's one HTTP client). A refusal, or no answer at all
 * (status 0), is thrown as a PracticeError: its code is what the pages put into words. A token the server no longer
 * knows (its database was reset) is replaced by a new profile, once.
 */
export async function practiceApi<T>(path: string, init: { method?: string; json?: unknown } = {}, retried = false): Promise<T> {
  const token = await ensureLearner()
  const result = await api<T>(`/api/practice${path}`, { ...init, headers: { [LEARNER_AUTH_HEADER]: `Bearer ${token}` } })
  if (result.ok) return result.data
  if (result.status === 401 && !retried) {
    forget()
    return practiceApi(path, init, true)
  }
  throw new PracticeError(result.status, result.error)
}
