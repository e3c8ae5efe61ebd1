import type { Question } from '@cirrus/questions'
import { newCard, review, type PracticeRating } from './scheduler.ts'
import type { CardUpdate, StoredCard } from '../db/practice-store.ts'

/** ts-fsrs's numbers for the ratings, as the review log stores them. */
export const RATING_NUMBER: Record<PracticeRating, number> = { again: 1, hard: 2, good: 3, easy: 4 }

export interface Answered {
  key: string
  question: Question
  /** The question kept with the card when it is not the bank's. */
  questionJson: string | null
  correct: boolean
  rating: PracticeRating
  elapsedMs: number | null
  source: 'practice' | 'exam' | 'live'
  sessionId: string | null
  at: number
  /** A miss outside practice (live game, exam): due at once rather than after the first one-minute step. */
  dueNow?: boolean
}

/** The card (new if there was none) after one answer, with the log entry that records it. */
export function reviewed(previous: StoredCard | null, a: Answered): CardUpdate {
  const before = previous ?? { key: a.key, questionJson: a.questionJson, topic: a.question.topic ?? null, domain: a.question.domain ?? null, ...newCard(a.at) }
  const card: StoredCard = { ...before, ...review(before, a.rating, a.at), questionJson: a.questionJson ?? before.questionJson }
  if (a.dueNow) card.due = Math.min(card.due, a.at)
  return {
    card,
    entry: {
      key: a.key,
      topic: card.topic,
      domain: card.domain,
      source: a.source,
      correct: a.correct,
      rating: RATING_NUMBER[a.rating],
      elapsedMs: a.elapsedMs,
      sessionId: a.sessionId,
      at: a.at,
    },
  }
}
