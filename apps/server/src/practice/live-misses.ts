import type { GameState } from '@cirrus/game'
import { liveQuestionKey } from './catalog.ts'
import { reviewed } from './review.ts'
import type { PracticeStore } from './store.ts'

/**
 * Missed in a live game, due in practice. At each reveal the room hands over its state; later, off the real-time
 * path, every wrong answer of a player whose browser sent a learner profile becomes an Again review on that
 * learner's card, so the question is due at once. Unanswered questions are not counted: the player may have
 * joined late or looked away, which says nothing about what they know.
 */
export class LiveMisses {
  private readonly pending = new Set<Promise<void>>()
  /** Games known to have a player with a learner (a game of bots or anonymous players costs one small query a reveal). */
  private readonly withLearners = new Set<string>()

  constructor(
    private readonly store: PracticeStore,
    private readonly now: () => number,
  ) {}

  /** Called by the room at a reveal; returns at once. */
  revealed(gameId: string, state: GameState): void {
    const round = state.round
    const question = state.questions[state.index]
    if (!round || !question) return
    // The engine never changes a state it returned, so reading this one later is safe.
    const write = new Promise<void>((resolve) => setImmediate(resolve))
      .then(async () => {
        const wrong = Object.entries(round.answers)
          .filter(([, a]) => !a.correct)
          .map(([playerId, a]) => ({ playerId, elapsedMs: a.elapsedMs }))
        if (!wrong.length) return
        if (!this.withLearners.has(gameId)) {
          if (!(await this.store.gameHasLearners(gameId))) return
          this.withLearners.add(gameId)
        }
        const learners = await this.store.learnersOfPlayers(wrong.map((w) => w.playerId))
        if (!learners.size) return
        const quizId = (await this.store.quizIdOfGame(gameId)) ?? gameId
        const { key, inBank } = liveQuestionKey(quizId, question)
        const at = this.now()
        for (const miss of wrong) {
          const learnerId = learners.get(miss.playerId)
          if (!learnerId) continue
          const previous = await this.store.card(learnerId, key)
          const questionJson = inBank ? null : JSON.stringify(question)
          const update = reviewed(previous, { key, question, questionJson, correct: false, rating: 'again', elapsedMs: miss.elapsedMs, source: 'live', sessionId: null, at, dueNow: true })
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
