import type { RoundAnswer } from './types.ts'

/**
 * A round's answers by player, immutable like the rest of the state, in two parts: a batch of answers copies only
 * the small `recent` part, which is folded into `settled` each RECENT_SIZE answers. As one record copied by each
 * batch, 2,000 answers spread over 2 s (~400 batches of a few) copied up to 2,000 entries each time: ~40 MB of
 * garbage a question, the largest allocation of a game in the server's allocation profile. Here a round of N answers
 * copies about N²/(2·RECENT_SIZE) entries in its folds and RECENT_SIZE per batch. Where an answer sits depends only on
 * the order the answers came in, so a batch and the same answers one by one give equal states.
 */
export interface RoundAnswers {
  readonly settled: Readonly<Record<string, RoundAnswer>>
  readonly recent: Readonly<Record<string, RoundAnswer>>
  readonly count: number
}

const RECENT_SIZE = 64

export const NO_ANSWERS: RoundAnswers = { settled: {}, recent: {}, count: 0 }

export function answerOf(answers: RoundAnswers, playerId: string): RoundAnswer | undefined {
  if (Object.hasOwn(answers.recent, playerId)) return answers.recent[playerId]
  return Object.hasOwn(answers.settled, playerId) ? answers.settled[playerId] : undefined
}

export function hasAnswer(answers: RoundAnswers, playerId: string): boolean {
  return Object.hasOwn(answers.recent, playerId) || Object.hasOwn(answers.settled, playerId)
}

/** Every answer with its player, in the order they came (a fold keeps it: settled ones came first). */
export function answerEntries(answers: RoundAnswers): [string, RoundAnswer][] {
  return [...Object.entries(answers.settled), ...Object.entries(answers.recent)]
}

export function answerList(answers: RoundAnswers): RoundAnswer[] {
  return [...Object.values(answers.settled), ...Object.values(answers.recent)]
}

/** From answers by player (a restart puts the round's answers back from their rows). */
export function answersFrom(record: Readonly<Record<string, RoundAnswer>>): RoundAnswers {
  return withAnswers(NO_ANSWERS, (draft) => {
    for (const [id, answer] of Object.entries(record)) draft.set(id, answer)
  })
}

/** A snapshot written before the answers had two parts holds a plain record (always empty: see db/snapshot.ts). */
export function snapshotAnswers(held: RoundAnswers | Readonly<Record<string, RoundAnswer>> | undefined): RoundAnswers {
  if (!held) return NO_ANSWERS
  return 'settled' in held && 'recent' in held && typeof held.count === 'number' ? (held as RoundAnswers) : answersFrom(held as Record<string, RoundAnswer>)
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
  let settled = base.settled
  let recent: Record<string, RoundAnswer> | null = null // copied at the first set of the run
  let recentSize = Object.keys(base.recent).length
  let count = base.count
  add({
    has: (id) => (recent ? Object.hasOwn(recent, id) : Object.hasOwn(base.recent, id)) || Object.hasOwn(settled, id),
    set: (id, answer) => {
      recent ??= { ...base.recent }
      recent[id] = answer
      recentSize++
      count++
      if (recentSize === RECENT_SIZE) {
        settled = { ...settled, ...recent }
        recent = {}
        recentSize = 0
      }
    },
  })
  return recent ? { settled, recent, count } : base
}
