import { State, Rating, createEmptyCard, fsrs, generatorParameters, type Card, type Grade } from 'ts-fsrs'
import type { Question, QuestionType } from '@cirrus/questions'
import type { PracticeRatingName } from '@cirrus/protocol'

/**
 * Spaced repetition with ts-fsrs (FSRS-6, default weights, learning steps 1 min and 10 min). A wrong answer is
 * Again, a right one Good, a right and fast one Easy, and a partly right order or number Hard (see ratingFor).
 * Fuzz is off so that the schedule is the same on every run.
 */
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }))

export type PracticeRating = PracticeRatingName
const GRADES: Record<PracticeRating, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy }

/** The question types whose partial credit says how much was recalled: an order's pairs in place, a nearly right number. */
const PARTLY_RECALLED: ReadonlySet<QuestionType> = new Set(['ordering', 'number'])
/** From this credit on, a partly right order or number is Hard rather than Again: most of it was recalled. */
export const HARD_FROM_CREDIT = 0.5

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

/**
 * Right (full credit) is Good, or Easy when answered within the fast limit. Wrong is Again. An ordering or number
 * answer with at least half the credit (half the neighbouring pairs in place, or a number within a looser tolerance
 * worth half the points) is Hard: FSRS's "recalled with serious difficulty", which keeps a learning card in its
 * short steps and grows a review card's interval less than Good, without counting a lapse. Less than half is
 * Again: an order that much astray was not recalled. A multiple-response answer stays right or wrong, as on the
 * exam: picking some of the options shown is recognition by elimination, not partial recall.
 */
export function ratingFor(credit: number, elapsedMs: number | null, question: Pick<Question, 'timeLimitSec' | 'type'>): PracticeRating {
  if (credit >= 1) return elapsedMs !== null && elapsedMs <= fastLimitMs(question) ? 'easy' : 'good'
  return PARTLY_RECALLED.has(question.type) && credit >= HARD_FROM_CREDIT ? 'hard' : 'again'
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
