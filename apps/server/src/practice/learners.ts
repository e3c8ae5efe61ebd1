import type { LearnerCreated } from '@cirrus/protocol'
import { hashToken, newId, newToken } from '../tokens.ts'
import type { PracticeStore } from '../db/practice-store.ts'

/** Learner ids by token hash, so that joins and API calls rarely need the database to know who is who. */
const CACHE_LIMIT = 10_000

/** Learner profiles without sign-up: a token for the browser to keep; only its hash is stored. */
export class Learners {
  private readonly byHash = new Map<string, string>()

  constructor(
    private readonly store: PracticeStore,
    private readonly now: () => number,
  ) {}

  async create(): Promise<LearnerCreated> {
    const learnerId = newId()
    const learnerToken = newToken()
    await this.store.createLearner(learnerId, hashToken(learnerToken), this.now())
    return { learnerId, learnerToken }
  }

  /** The learner a token belongs to, or null. */
  async idFor(token: string): Promise<string | null> {
    const hash = hashToken(token)
    const cached = this.byHash.get(hash)
    if (cached) return cached
    const id = await this.store.learnerIdByTokenHash(hash)
    if (id) {
      if (this.byHash.size >= CACHE_LIMIT) this.byHash.clear()
      this.byHash.set(hash, id)
      // Once per process and learner: enough to tell a profile in use from one abandoned long ago.
      await this.store.touchLearner(id, this.now())
    }
    return id
  }
}
