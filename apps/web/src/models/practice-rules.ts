import type { PracticeFeedback, SessionView, StartSessionInput } from '@cirrus/protocol'
import { secondsUntil } from '../components/server-clock.ts'

/** The practice pages' rules, pure (no request, no page, no clock of their own): what the models decide, tested alone. */

/** The heading over the feedback, as a key of the study catalogue: right, time's up, partly right (credit), not quite, skipped. */
export function verdictKey(f: PracticeFeedback, answered: boolean): string {
  if (f.correct) return 'verdict.right'
  if (f.timedOut) return 'verdict.timeUp'
  if (f.credit > 0) return 'verdict.partly'
  return answered ? 'verdict.wrong' : 'verdict.skipped'
}

/** The counts on the session bar: the feedback carries them after this answer; the view, those before it. */
export const countsOf = (view: Pick<SessionView, 'answered' | 'correctCount'>, f: Pick<PracticeFeedback, 'answered' | 'correctCount'> | null) => ({
  answered: f?.answered ?? view.answered,
  right: f?.correctCount ?? view.correctCount,
})

/** Whole seconds left on the question's timer at server time `now`, or null for an untimed question. */
export const secondsLeft = (deadline: number | null | undefined, now: number): number | null => (deadline == null ? null : secondsUntil(deadline, now))

export type Mode = 'due' | 'domains' | 'topics'
export const ALL_DOMAINS = [1, 2, 3, 4]
export const LIMITS = [10, 20, 50, null] as const
export const TIMERS = [null, 30, 60, 90] as const

export interface Choices {
  mode: Mode
  domains: number[]
  topics: string[]
  limit: number | null
  timer: number | null
}

/** What a start still needs, or null when it can go: something due, or a topic picked (no domain picked is all of them). */
export function missingFor(choices: Pick<Choices, 'mode' | 'topics'>, due: number): Mode | null {
  if (choices.mode === 'due') return due > 0 ? null : 'due'
  if (choices.mode === 'topics') return choices.topics.length > 0 ? null : 'topics'
  return null
}

/** The request that starts a session: no domain picked means every domain (the defaults start a session). */
export function startInput({ mode, domains, topics, limit, timer }: Choices): StartSessionInput {
  const base = { limit, timerSec: timer }
  if (mode === 'due') return { mode: 'due', ...base }
  if (mode === 'domains') return { mode: 'domains', domains: domains.length > 0 ? domains : ALL_DOMAINS, ...base }
  return { mode: 'topics', topics, ...base }
}

/** An item in or out of a list of picks. */
export const toggled = <T>(list: readonly T[], item: T): T[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item])

/** A select's value back to a count, "null" being none. */
export const parseLimit = (value: string): number | null => (value === 'null' ? null : Number(value))
