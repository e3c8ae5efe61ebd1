import { State, Rating, createEmptyCard, fsrs, generatorParameters, type Card, type Grade } from 'ts-fsrs'
import type { Question } from '@cirrus/questions'

/**
 * Spaced repetition with ts-fsrs (FSRS-6, default weights, learning steps 1 min and 10 min). A wrong answer is
 * Again, a right one Good, a right and fast one Easy. Fuzz is off so that the schedule is the same on every run.
 */
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }))

export type PracticeRating = 'again' | 'good' | 'easy'
const GRADES: Record<PracticeRating, Grade> = { again: Rating.Again, good: Rating.Good, easy: Rating.Easy }

/** The card's numbers as they are stored (one ReviewCard row). */
export interface CardState {
  due: number
  stability: number
  difficulty: number
  elapsedDays: number
  scheduledDays: number
  learningSteps: number
  reps: number
  lapses: number
  state: number
  lastReview: number | null
}

/** "Fast" is under half the question's own time limit (20 s by default, so 10 s), and never over 15 s. */
export function fastLimitMs(question: Pick<Question, 'timeLimitSec'>): number {
  return Math.min(15_000, (question.timeLimitSec * 1000) / 2)
}

/** Wrong is Again; right is Good, or Easy when answered within the fast limit. */
export function ratingFor(correct: boolean, elapsedMs: number | null, question: Pick<Question, 'timeLimitSec'>): PracticeRating {
  if (!correct) return 'again'
  return elapsedMs !== null && elapsedMs <= fastLimitMs(question) ? 'easy' : 'good'
}

export function newCard(now: number): CardState {
  return fromFsrs(createEmptyCard(new Date(now)))
}

/** The card after one answer at `now`. */
export function review(card: CardState, rating: PracticeRating, now: number): CardState {
  return fromFsrs(scheduler.next(toFsrs(card), new Date(now), GRADES[rating]).card)
}

/** Probability of recalling the card at `at` if it is not reviewed before (0 for a card never reviewed). */
export function recallProbability(card: CardState, at: number): number {
  if (card.state === State.New || card.lastReview === null) return 0
  return scheduler.get_retrievability(toFsrs(card), new Date(at), false)
}

function toFsrs(c: CardState): Card {
  return {
    due: new Date(c.due),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsedDays,
    scheduled_days: c.scheduledDays,
    learning_steps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state as State,
    ...(c.lastReview !== null ? { last_review: new Date(c.lastReview) } : {}),
  }
}

function fromFsrs(c: Card): CardState {
  return {
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    lastReview: c.last_review ? c.last_review.getTime() : null,
  }
}
