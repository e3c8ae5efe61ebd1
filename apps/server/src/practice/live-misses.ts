import { answerOf, type GameState } from '@cirrus/game'
import { liveQuestionKey, PRACTICE_TYPES } from './catalog.ts'
import { reviewed } from './review.ts'
import { ratingFor } from './scheduler.ts'
import type { PracticeStore } from '../db/practice-store.ts'

/**
 * Missed in a live game, due in practice. At each reveal the room hands over its state; later, off the real-time
 * path, every wrong answer of a player whose browser sent a learner profile becomes an Again review on that
 * learner's card (a partly right order or number a Hard one), so the question is due at once. Unanswered questions are not counted: the player may have
 * joined late or looked away, which says nothing about what they know.
 */
export class LiveMisses {
  private readonly pending = new Set<Promise<void>>()

  constructor(
    private readonly store: PracticeStore,
    private readonly now: () => number,
  ) {}

  /** Called by the room at a reveal, with the learner of each player who has one; returns at once. */
  revealed(gameId: string, state: GameState, learnerByPlayer: ReadonlyMap<string, string>): void {
    const round = state.round
    const question = state.questions[state.index]
    // Practice plays every type with a right answer (docs/practice.md): a poll has nothing to miss.
    if (!round || !question || !PRACTICE_TYPES.has(question.type)) return
    // The engine never changes a state it returned, so reading this one later is safe; the map is copied, as the
    // room adds to it when players join.
    const learners = new Map(learnerByPlayer)
    const write = new Promise<void>((resolve) => setImmediate(resolve))
      .then(async () => {
        const wrong = [...learners].flatMap(([playerId, learnerId]) => {
          const a = answerOf(round.answers, playerId)
          return a && !a.correct ? [{ learnerId, elapsedMs: a.elapsedMs, credit: a.credit }] : []
        })
        if (!wrong.length) return
        const quizId = (await this.store.quizIdOfGame(gameId)) ?? gameId
        const { key, inBank } = liveQuestionKey(quizId, question)
        const at = this.now()
        for (const { learnerId, elapsedMs, credit } of wrong) {
          const previous = await this.store.card(learnerId, key)
          // The question as written (an ordering's dealt order belongs to that game: practice deals its own).
          const { shownOrder: _dealt, ...asWritten } = question
          const questionJson = inBank ? null : JSON.stringify(asWritten)
          // A partly right order or number is Hard, as in practice (scheduler.ts); due at once all the same.
          const rating = ratingFor(credit, elapsedMs, question)
          const update = reviewed(previous, { key, question: asWritten, questionJson, correct: false, rating, elapsedMs, source: 'live', sessionId: null, at, dueNow: true })
          await this.store.saveReviews(learnerId, [update])
        }
      })
      .catch((error) => console.error('could not add live-game misses to practice:', error))
    this.pending.add(write)
    void write.finally(() => this.pending.delete(write))
  }

  /** Waits for the writes under way (a clean shutdown loses none). */
  async settle(): Promise<void> {
    await Promise.allSettled([...this.pending])
  }
}
