import type { RoundAnswer } from './types.ts'

/** A run of answers by player, in the order they came, and how many it holds. */
export interface AnswerRun {
  readonly answers: Readonly<Record<string, RoundAnswer>>
  readonly size: number
}

/**
 * A round's answers by player, immutable like the rest of the state. A batch of answers copies only the small
 * `recent` part; each RECENT_SIZE answers it becomes a run of its own, and two runs of the same size merge into one
 * (a binary counter's carry), so the runs are at most log2(N / RECENT_SIZE) + 1, largest first. A round of N answers
 * copies about N·log2(N / RECENT_SIZE) entries in its merges and RECENT_SIZE per batch. (As one record copied by each
 * batch, 2,000 answers spread over 2 s copied ~40 MB a question; with one settled record folded each 64 answers,
 * N²/128 entries: 195,000 at 5,000 players.) Where an answer sits depends only on the order the answers came in, so
 * a batch and the same answers one by one give equal states.
 */
export interface RoundAnswers {
  readonly runs: readonly AnswerRun[]
  readonly recent: Readonly<Record<string, RoundAnswer>>
  readonly count: number
}

const RECENT_SIZE = 64

export const NO_ANSWERS: RoundAnswers = { runs: [], recent: {}, count: 0 }

export function answerOf(answers: RoundAnswers, playerId: string): RoundAnswer | undefined {
  if (Object.hasOwn(answers.recent, playerId)) return answers.recent[playerId]
  for (const run of answers.runs) if (Object.hasOwn(run.answers, playerId)) return run.answers[playerId]
  return undefined
}

export function hasAnswer(answers: RoundAnswers, playerId: string): boolean {
  return Object.hasOwn(answers.recent, playerId) || inRuns(answers.runs, playerId)
}

function inRuns(runs: readonly AnswerRun[], playerId: string): boolean {
  for (const run of runs) if (Object.hasOwn(run.answers, playerId)) return true
  return false
}

/** Every answer with its player, in the order they came (runs hold the older ones, largest and oldest first). */
export function answerEntries(answers: RoundAnswers): [string, RoundAnswer][] {
  return [...answers.runs.flatMap((run) => Object.entries(run.answers)), ...Object.entries(answers.recent)]
}

export function answerList(answers: RoundAnswers): RoundAnswer[] {
  return [...answers.runs.flatMap((run) => Object.values(run.answers)), ...Object.values(answers.recent)]
}

/** From answers by player (a restart puts the round's answers back from their rows). */
export function answersFrom(record: Readonly<Record<string, RoundAnswer>>): RoundAnswers {
  return withAnswers(NO_ANSWERS, (draft) => {
    for (const [id, answer] of Object.entries(record)) draft.set(id, answer)
  })
}

/**
 * The answers a snapshot holds. Snapshots hold none (db/snapshot.ts), but older versions wrote a plain record, or
 * two parts (`settled` and `recent`): whatever answers they hold are kept.
 */
export function snapshotAnswers(held: unknown): RoundAnswers {
  if (!held || typeof held !== 'object') return NO_ANSWERS
  const h = held as Partial<RoundAnswers> & { settled?: Record<string, RoundAnswer> }
  if (Array.isArray(h.runs) && h.recent && typeof h.count === 'number') return h as RoundAnswers
  if (h.settled && h.recent) return answersFrom({ ...h.settled, ...h.recent })
  return answersFrom(held as Record<string, RoundAnswer>)
}

export function withoutAnswer(answers: RoundAnswers, playerId: string): RoundAnswers {
  if (!hasAnswer(answers, playerId)) return answers
  return answersFrom(Object.fromEntries(answerEntries(answers).filter(([id]) => id !== playerId)))
}

/** Answers being added within one run of events: `has` sees the ones set so far; `set` a player not in yet. */
export interface AnswersDraft {
  has(playerId: string): boolean
  set(playerId: string, answer: RoundAnswer): void
}

/** The answers with what `add` sets; the same object when it sets nothing. */
export function withAnswers(base: RoundAnswers, add: (draft: AnswersDraft) => void): RoundAnswers {
  let runs = base.runs
  let recent: Record<string, RoundAnswer> | null = null // copied at the first set of the run
  let recentSize = base.count - runs.reduce((sum, run) => sum + run.size, 0)
  let count = base.count
  add({
    has: (id) => (recent ? Object.hasOwn(recent, id) : Object.hasOwn(base.recent, id)) || inRuns(runs, id),
    set: (id, answer) => {
      recent ??= { ...base.recent }
      recent[id] = answer
      recentSize++
      count++
      if (recentSize === RECENT_SIZE) {
        runs = carry([...runs, { answers: recent, size: recentSize }])
        recent = {}
        recentSize = 0
      }
    },
  })
  return recent ? { runs, recent, count } : base
}

/** Merges the last two runs while they are the same size (the runs it is given are new: it may change the array). */
function carry(runs: AnswerRun[]): AnswerRun[] {
  while (runs.length > 1 && runs.at(-1)!.size === runs.at(-2)!.size) {
    const newer = runs.pop()!
    const older = runs.pop()!
    runs.push({ answers: { ...older.answers, ...newer.answers }, size: older.size + newer.size })
  }
  return runs
}
