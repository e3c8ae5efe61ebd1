import type { AnswerRecord, FinalResult, GameState } from '@cirrus/game'

export interface PlayerRow {
  id: string
  gameId: string
  nickname: string
  tokenHash: string
  /** The practice profile the browser sent with the join, if any. */
  learnerId?: string | null
}

export type JournalEntry =
  | { kind: 'player'; player: PlayerRow; at: number }
  | { kind: 'answer'; gameId: string; answer: AnswerRecord }
  | { kind: 'started'; gameId: string; at: number }
  | { kind: 'alive'; gameId: string; at: number }
  | { kind: 'finished'; gameId: string; results: FinalResult[]; at: number }
  | { kind: 'abandoned'; gameId: string; at: number }

/** The latest snapshot of each game in a batch. */
export type Snapshots = Map<string, { state: GameState; at: number }>

/**
 * The durable log of the real-time path: joins, answers, the running games' snapshots and heartbeats, and their final
 * results. Everything added during one turn of the event loop is committed in one transaction (group commit), and
 * each caller's promise resolves once its row is committed, so a player's join or answer is acknowledged only when a
 * crash can no longer lose it. A game's snapshots are coalesced: only the latest of a batch is written. Two writers:
 * SQLite (sqlite-journal.ts, better-sqlite3, synchronous) and PostgreSQL (postgres-journal.ts, `pg`).
 *
 * The batch is committed in this order, on both: joins, answers, starts, heartbeats, final results, then the
 * snapshots, then the abandons (so that an abandon's status is the last word).
 */
/** A write refused because this process no longer holds the game's lease (db/leases.ts): another one runs it now. */
export class FencedError extends Error {
  constructor(readonly gameId: string) {
    super(`game ${gameId} is run by another process now: this one may not write for it`)
  }
}

/**
 * What a game's writes in one batch wait on. One promise per game and batch, not per row: a burst's batch of 100
 * answers is one promise to settle and one for the room to wait on, not 100 of each.
 */
type Waiter = { promise: Promise<void>; resolve: () => void; reject: (error: unknown) => void }

export abstract class Journal {
  private pending: JournalEntry[] = []
  private snapshots: Snapshots = new Map()
  private waiting = new Map<string, Waiter>()
  /** Told of each game whose writes were refused by fencing, before its callers hear of it. */
  onFenced: (gameId: string) => void = () => {}
  private scheduled = false
  /** The batch being committed, if one is (PostgreSQL's commits take a round trip; the next batch waits for it). */
  private committing: Promise<void> | null = null
  /** Settles when the batch now gathering is committed. */
  private gathering: { promise: Promise<void>; settle: () => void } | null = null

  /**
   * Writes one batch in one transaction; throws (and nothing of it is written) when it cannot. Returns the games
   * whose rows it left out because this process lost their lease (PostgreSQL only; nothing else is left out).
   */
  protected abstract write(entries: JournalEntry[], snapshots: Snapshots): void | Set<string> | Promise<void | Set<string>>
  /** Closes the connections, once everything is written. */
  protected abstract release(): Promise<void>

  addPlayer(player: PlayerRow, at: number): Promise<void> {
    return this.add({ kind: 'player', player, at }, player.gameId)
  }

  addAnswer(gameId: string, answer: AnswerRecord): Promise<void> {
    return this.add({ kind: 'answer', gameId, answer }, gameId)
  }

  markStarted(gameId: string, at: number): Promise<void> {
    return this.add({ kind: 'started', gameId, at }, gameId)
  }

  markAlive(gameIds: string[], at: number): Promise<void> {
    if (gameIds.length === 0) return Promise.resolve()
    return Promise.all(gameIds.map((gameId) => this.add({ kind: 'alive', gameId, at }, gameId))).then(() => {})
  }

  /** Writes the final standings, marks the game finished and frees its PIN, in one transaction. */
  finishGame(gameId: string, results: FinalResult[], at: number): Promise<void> {
    return this.add({ kind: 'finished', gameId, results, at }, gameId)
  }

  /**
   * Marks a game that ended without a podium (nobody played it, or it failed) abandoned and frees its PIN: a restart
   * does not bring it back. Written after any snapshot of the same batch.
   */
  abandonGame(gameId: string, at: number): Promise<void> {
    return this.add({ kind: 'abandoned', gameId, at }, gameId)
  }

  /** Keeps the game's state for a restart; a later snapshot of the same game in the same batch replaces this one. */
  saveSnapshot(gameId: string, state: GameState, at: number): Promise<void> {
    this.snapshots.set(gameId, { state, at })
    return this.add(null, gameId)
  }

  /**
   * Commits everything added so far, now (on SQLite before this returns); the promise settles when it is committed
   * or has failed (each game's own promise says which).
   */
  flush(): Promise<void> {
    this.scheduled = false
    if (this.pending.length === 0 && this.snapshots.size === 0) return this.committing ?? Promise.resolve()
    const done = this.gathering!.promise
    if (!this.committing) this.commitNext()
    return done // else commitNext runs as soon as the batch in flight is committed
  }

  async close(): Promise<void> {
    await this.flush()
    await this.committing
    await this.release()
  }

  private commitNext(): void {
    const entries = this.pending
    const snapshots = this.snapshots
    const waiting = this.waiting
    const gathering = this.gathering!
    this.pending = []
    this.snapshots = new Map()
    this.waiting = new Map()
    this.gathering = null
    // An async function runs synchronously up to its first await: SQLite's write commits right here.
    const run = async () => {
      try {
        const fenced = (await this.write(entries, snapshots)) ?? new Set<string>()
        for (const gameId of fenced) this.onFenced(gameId)
        for (const [gameId, w] of waiting) {
          if (fenced.has(gameId)) w.reject(new FencedError(gameId))
          else w.resolve()
        }
      } catch (error) {
        console.error(`could not write ${entries.length} rows and ${snapshots.size} snapshots:`, error)
        for (const w of waiting.values()) w.reject(error)
      } finally {
        gathering.settle()
      }
    }
    this.committing = run().then(() => {
      this.committing = null
      if (this.pending.length > 0 || this.snapshots.size > 0) this.commitNext()
    })
  }

  private add(entry: JournalEntry | null, gameId: string): Promise<void> {
    if (entry) this.pending.push(entry)
    if (!this.gathering) {
      let settle!: () => void
      const promise = new Promise<void>((resolve) => (settle = resolve))
      this.gathering = { promise, settle }
    }
    if (!this.scheduled) {
      this.scheduled = true
      setImmediate(() => void this.flush())
    }
    let waiter = this.waiting.get(gameId)
    if (!waiter) {
      const w: Partial<Waiter> = {}
      w.promise = new Promise<void>((resolve, reject) => Object.assign(w, { resolve, reject }))
      waiter = w as Waiter
      this.waiting.set(gameId, waiter)
    }
    return waiter.promise
  }
}

export function gameStatus(state: GameState): 'lobby' | 'running' | 'finished' {
  return state.phase === 'lobby' ? 'lobby' : state.phase === 'podium' ? 'finished' : 'running'
}
