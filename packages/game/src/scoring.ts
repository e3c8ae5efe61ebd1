import { normalizeTypedAnswer, type Question } from '@cirrus/questions'
import type { Choice } from '@cirrus/protocol'
import { FULL_POINTS_MS, MAX_RTT_MS, STREAK_BONUS_MAX, STREAK_STEP } from './constants.ts'
import { numberCredit } from './number.ts'
import { orderingCredit, orderProblem } from './ordering.ts'
import type { PlayedQuestion } from './types.ts'

/** The one kind of answer each question type takes. */
const ANSWER_KIND = { single: 'options', multiple: 'options', truefalse: 'options', poll: 'options', text: 'text', ordering: 'order', number: 'number' } as const
const KIND_WORDS = { options: 'option numbers', text: 'a typed answer', order: 'the items in an order', number: 'a number' } as const

/** Why a choice does not fit its question, or null when it does. */
export function choiceProblem(question: Question, choice: unknown): string | null {
  if (typeof choice !== 'object' || choice === null) return 'an answer is a choice of options, a typed text, an order or a number'
  const kind = ANSWER_KIND[question.type]
  const keys = Object.keys(choice)
  if (keys.length !== 1 || keys[0] !== kind) return `this question takes ${KIND_WORDS[kind]}`
  const c = choice as { options?: unknown; text?: unknown; order?: unknown; number?: unknown }
  if (kind === 'text') return typeof c.text === 'string' ? null : 'a typed answer is text'
  if (kind === 'order') return orderProblem(c.order, question.options.length)
  if (kind === 'number') return typeof c.number === 'number' && Number.isFinite(c.number) ? null : 'the answer is a number'
  if (!Array.isArray(c.options)) return 'this question takes option numbers'
  const picked: unknown[] = c.options
  const n = question.options.length
  if (!picked.every((i) => Number.isInteger(i) && (i as number) >= 0 && (i as number) < n)) return `an option number is 0 to ${n - 1}`
  if (question.type === 'multiple') {
    if (picked.length < 1) return 'pick at least one option'
    if (new Set(picked).size !== picked.length) return 'an option is picked at most once'
    return null
  }
  return picked.length === 1 ? null : 'pick exactly one option'
}

/** How right a (valid) choice is: credit 0..1, and correct only with full credit. A poll is never right or wrong: 0. */
export function grade(question: PlayedQuestion, choice: Choice): { correct: boolean; credit: number } {
  if (question.type === 'poll') return { correct: false, credit: 0 }
  if ('order' in choice) return withCredit(orderingCredit(choice.order, question.shownOrder))
  if ('number' in choice) return withCredit(numberCredit(question.number, choice.number))
  if ('text' in choice) {
    const correct = acceptedSpellings(question).has(normalizeTypedAnswer(choice.text))
    return { correct, credit: correct ? 1 : 0 }
  }
  if (question.type === 'multiple') {
    const totalRight = question.options.filter((o) => o.correct).length
    let right = 0
    let wrong = 0
    for (const i of choice.options) {
      if (question.options[i]?.correct) right++
      else wrong++
    }
    const credit = totalRight === 0 ? 0 : Math.max(0, (right - wrong) / totalRight)
    return { correct: credit === 1, credit }
  }
  const correct = choice.options.length === 1 && question.options[choice.options[0]!]?.correct === true
  return { correct, credit: correct ? 1 : 0 }
}

/**
 * A typed question's accepted answers, normalized once per question rather than once per answer: 2,000 players
 * typing against 7 spellings were 14,000 Unicode normalizations. Questions are never changed, so this only remembers.
 */
const acceptedByQuestion = new WeakMap<PlayedQuestion, ReadonlySet<string>>()

function acceptedSpellings(question: PlayedQuestion): ReadonlySet<string> {
  let accepted = acceptedByQuestion.get(question)
  if (!accepted) {
    accepted = new Set(question.options.map((o) => normalizeTypedAnswer(o.text)))
    acceptedByQuestion.set(question, accepted)
  }
  return accepted
}

function withCredit(credit: number): { correct: boolean; credit: number } {
  return { correct: credit === 1, credit }
}

/** The time a player took: from when the question reached them (the round trip credited, at most 1 s), clamped to 0..T. */
export function elapsedMs(receivedAt: number, openedAt: number, rttMs: number, limitMs: number): number {
  const rtt = Number.isFinite(rttMs) ? Math.min(Math.max(rttMs, 0), MAX_RTT_MS) : 0
  return Math.min(Math.max(receivedAt - openedAt - rtt, 0), limitMs)
}

/** Kahoot's rule: full points under half a second, then down linearly to half the points at the time limit. */
export function basePoints(points: number, elapsed: number, limitMs: number, timeScale: number): number {
  if (elapsed < FULL_POINTS_MS / timeScale) return points
  return Math.round(points * (1 - elapsed / limitMs / 2))
}

/** The bonus for the streak reached by a right answer: 0 for the first, +100 for the second ... at most +500. */
export function streakBonus(newStreak: number): number {
  return newStreak >= 2 ? Math.min(STREAK_STEP * (newStreak - 1), STREAK_BONUS_MAX) : 0
}

/** Whether a question counts for points and streaks: a poll or a 0-point question does not. */
export function scores(question: Pick<Question, 'type' | 'points'>): boolean {
  return question.type !== 'poll' && question.points !== 0
}

/** The streak a player has after a question, from the streak settled at the previous reveal. Polls and 0-point questions leave it. */
export function nextStreak(streak: number, question: Pick<Question, 'type' | 'points'>, correct: boolean): number {
  if (!scores(question)) return streak
  return correct ? streak + 1 : 0
}

export interface Score {
  correct: boolean
  credit: number
  /** Including the streak bonus. */
  points: number
  streakBonus: number
}

export interface ScoreInput {
  question: PlayedQuestion
  choice: Choice
  elapsedMs: number
  limitMs: number
  timeScale: number
  /** The player's streak as settled at the previous reveal. */
  streak: number
}

export function scoreAnswer({ question, choice, elapsedMs, limitMs, timeScale, streak }: ScoreInput): Score {
  const { correct, credit } = grade(question, choice)
  const P = question.points
  if (!scores(question)) return { correct, credit, points: 0, streakBonus: 0 }
  const bonus = correct ? streakBonus(streak + 1) : 0
  const base = basePoints(P, elapsedMs, limitMs, timeScale)
  return { correct, credit, points: Math.round(base * credit) + bonus, streakBonus: bonus }
}
