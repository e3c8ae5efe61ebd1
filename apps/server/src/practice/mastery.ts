import { RATING_NUMBER } from './review.ts'
import { recallProbability, type CardState } from './scheduler.ts'

/** Mastery looks this far ahead: how much would still be recalled a week from now without practising. */
export const MASTERY_HORIZON_MS = 7 * 24 * 3600_000
/** Recent accuracy is the share right among this many latest answers of the group. */
export const RECENT_ANSWERS = 20
/** A partly right order or number (rated Hard) counts as this much of a right answer in recent accuracy. */
export const PARTLY_RIGHT_SCORE = 0.5

/** An answer's share in recent accuracy: right 1, partly right (Hard) one half, wrong 0. */
export function answerScore(answer: { correct: boolean; rating: number }): number {
  return answer.correct ? 1 : answer.rating === RATING_NUMBER.hard ? PARTLY_RIGHT_SCORE : 0
}

export interface GroupInput {
  /** Every question of the group (a topic or a domain), seen or not. */
  keys: readonly string[]
  cards: ReadonlyMap<string, CardState>
  /** The group's answers as scores (answerScore: 1 right, ½ partly right, 0 wrong), newest first; only the first RECENT_ANSWERS count. */
  recent: readonly number[]
  now: number
}

export interface GroupMastery {
  total: number
  seen: number
  due: number
  /** Mean over all of the group's questions of the scheduler's recall probability a week ahead (unseen: 0). */
  memory: number
  recentAccuracy: number | null
  /** memory × recent accuracy, 0..1. */
  mastery: number
}

/**
 * How well a learner knows a group of questions, from two signals: the scheduler's memory model (coverage counts:
 * an unseen question adds 0) and how often the latest answers were right (so a run of misses pulls it down at once,
 * even on cards the model still rates well; a partly right order or number counts half).
 */
export function groupMastery({ keys, cards, recent, now }: GroupInput): GroupMastery {
  let seen = 0
  let due = 0
  let memory = 0
  for (const key of keys) {
    const card = cards.get(key)
    if (!card || card.lastReview === null) continue
    seen++
    if (card.due <= now) due++
    memory += recallProbability(card, now + MASTERY_HORIZON_MS)
  }
  const latest = recent.slice(0, RECENT_ANSWERS)
  const recentAccuracy = latest.length ? latest.reduce((sum, score) => sum + score, 0) / latest.length : null
  const meanMemory = keys.length ? memory / keys.length : 0
  return { total: keys.length, seen, due, memory: meanMemory, recentAccuracy, mastery: meanMemory * (recentAccuracy ?? 0) }
}
