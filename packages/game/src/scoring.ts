import { normalizeTypedAnswer, type Question } from '@cirrus/questions'
import type { Choice } from '@cirrus/protocol'
import { FULL_POINTS_MS, MAX_RTT_MS, STREAK_BONUS_MAX, STREAK_STEP } from './constants.ts'

/** Why a choice does not fit its question, or null when it does. */
export function choiceProblem(question: Question, choice: unknown): string | null {
  if (typeof choice !== 'object' || choice === null) return 'an answer is a choice of options or a typed text'
  const c = choice as { options?: unknown; text?: unknown }
  if (question.type === 'text') {
    return typeof c.text === 'string' && c.options === undefined ? null : 'this question takes a typed answer, not options'
  }
  if (!Array.isArray(c.options) || c.text !== undefined) return 'this question takes option numbers, not a typed answer'
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

/** How right a (valid) choice is: credit 0..1, and correct only with full credit. */
export function grade(question: Question, choice: Choice): { correct: boolean; credit: number } {
  if ('text' in choice) {
    const typed = normalizeTypedAnswer(choice.text)
    const correct = question.options.some((o) => normalizeTypedAnswer(o.text) === typed)
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

/** The streak a player has after a question, from the streak settled at the previous reveal. 0-point questions leave it. */
export function nextStreak(streak: number, points: number, correct: boolean): number {
  if (points === 0) return streak
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
  question: Question
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
  if (P === 0) return { correct, credit, points: 0, streakBonus: 0 }
  const bonus = correct ? streakBonus(streak + 1) : 0
  const base = basePoints(P, elapsedMs, limitMs, timeScale)
  return { correct, credit, points: Math.round(base * credit) + bonus, streakBonus: bonus }
}
