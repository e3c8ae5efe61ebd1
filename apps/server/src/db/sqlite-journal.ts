import Database from 'better-sqlite3'
import type { AnswerRecord, FinalResult, GameState } from '@cirrus/game'
import { Checkpointer } from './checkpointer.ts'
import { changedParts, coreJson, markWritten, writtenParts } from './snapshot.ts'
import { sqliteFile } from './url.ts'

export interface PlayerRow {
  id: string
  gameId: string
  nickname: string
  tokenHash: string
  /** The practice profile the browser sent with the join, if any. */
  learnerId?: string | null
}

type Entry =
  | { kind: 'player'; player: PlayerRow; at: number }
  | { kind: 'answer'; gameId: string; answer: AnswerRecord }
  | { kind: 'started'; gameId: string; at: number }
  | { kind: 'alive'; gameId: string; at: number }
  | { kind: 'finished'; gameId: string; results: FinalResult[]; at: number }
  | { kind: 'abandoned'; gameId: string; at: number }

/**
 * The durable log of the real-time path: joins, answers, the running games' snapshots and heartbeats, and their final
 * results. Everything added during one turn of the event loop is committed in one SQLite transaction on the next turn
 * (group commit), and each caller's promise resolves once its row is committed, so a player's join or answer is
 * acknowledged only when a crash can no longer lose it. A game's snapshots are coalesced: only the latest of a turn
 * is written.
 *
 * It writes with better-sqlite3 directly: Prisma costs ~0.15 ms a row even in createMany (about 300 ms for 2,000
 * answers, measured in ../shared/STACK.md), while one prepared statement in one transaction writes them in ~3 ms;
 * and a 2,000-player snapshot (~400 KB of JSON) through Prisma's query engine cost tens of ms of the main thread
 * and most of the server's memory growth during a game. Snapshots are written in pieces (db/snapshot.ts). The
 * tables are Prisma's own (prisma/schema.prisma); everything else goes through Prisma.
 */
export class Journal {
  private readonly sqlite: Database.Database
  private readonly checkpointer: Checkpointer
  private pending: Entry[] = []
  private snapshots = new Map<string, { state: GameState; at: number }>()
  private waiting: { resolve: () => void; reject: (error: unknown) => void }[] = []
  private scheduled = false
  private readonly insertPlayer: Database.Statement
  private readonly insertAnswer: Database.Statement
  private readonly updateStarted: Database.Statement
  private readonly updateAlive: Database.Statement
  private readonly updateSnapshot: Database.Statement
  private readonly upsertSnapshotPart: Database.Statement
  /** The snapshot parts already committed (db/snapshot.ts); a restarted process writes them all once again. */
  private readonly written = writtenParts()
  private readonly insertResult: Database.Statement
  private readonly updateFinished: Database.Statement
  private readonly updateAbandoned: Database.Statement
  private readonly deletePinLease: Database.Statement
  private readonly commit: (entries: Entry[], snapshots: Map<string, { state: GameState; at: number }>) => void

  constructor(databaseUrl: string) {
    const file = sqliteFile(databaseUrl)
    this.sqlite = new Database(file)
    this.sqlite.pragma('journal_mode = WAL')
    this.sqlite.pragma('synchronous = NORMAL')
    this.sqlite.pragma('busy_timeout = 5000')
    // Checkpoints happen on a worker thread (db/checkpointer.ts), not inside this connection's commits.
    this.sqlite.pragma('wal_autocheckpoint = 0')
    this.checkpointer = new Checkpointer(file, (error) => {
      console.error('the checkpoint worker failed; SQLite checkpoints in its commits again:', error)
      this.sqlite.pragma('wal_autocheckpoint = 1000')
    })
    this.insertPlayer = this.sqlite.prepare(
      'INSERT INTO Player (id, gameId, nickname, tokenHash, learnerId, kicked, joinedAt) VALUES (@id, @gameId, @nickname, @tokenHash, @learnerId, 0, @joinedAt)',
    )
    this.insertAnswer = this.sqlite.prepare(
      `INSERT INTO Answer (gameId, playerId, questionIndex, questionId, choiceJson, correct, credit, points, streakBonus, elapsedMs, answeredAt)
       VALUES (@gameId, @playerId, @questionIndex, @questionId, @choiceJson, @correct, @credit, @points, @streakBonus, @elapsedMs, @answeredAt)`,
    )
    this.updateStarted = this.sqlite.prepare(`UPDATE Game SET status = 'running', startedAt = ? WHERE id = ?`)
    this.updateAlive = this.sqlite.prepare('UPDATE Game SET aliveAt = ? WHERE id = ?')
    this.updateSnapshot = this.sqlite.prepare('UPDATE Game SET status = ?, snapshotJson = ?, aliveAt = ? WHERE id = ?')
    this.upsertSnapshotPart = this.sqlite.prepare(
      'INSERT INTO SnapshotPart (gameId, part, json) VALUES (?, ?, ?) ON CONFLICT (gameId, part) DO UPDATE SET json = excluded.json',
    )
    this.insertResult = this.sqlite.prepare(
      'INSERT INTO Result (gameId, playerId, nickname, rank, score, correctCount, askedCount) VALUES (@gameId, @playerId, @nickname, @rank, @score, @correctCount, @askedCount)',
    )
    this.updateFinished = this.sqlite.prepare(`UPDATE Game SET status = 'finished', endedAt = ? WHERE id = ?`)
    this.updateAbandoned = this.sqlite.prepare(`UPDATE Game SET status = 'abandoned', endedAt = ? WHERE id = ?`)
    this.deletePinLease = this.sqlite.prepare('DELETE FROM PinLease WHERE gameId = ?')
    this.commit = this.sqlite.transaction((entries: Entry[], snapshots: Map<string, { state: GameState; at: number }>) => {
      for (const entry of entries) {
        switch (entry.kind) {
          case 'player':
            this.insertPlayer.run({ learnerId: null, ...entry.player, joinedAt: sqliteDate(entry.at) })
            break
          case 'answer':
            this.insertAnswer.run(answerRow(entry.gameId, entry.answer))
            break
          case 'started':
            this.updateStarted.run(sqliteDate(entry.at), entry.gameId)
            break
          case 'alive':
            this.updateAlive.run(sqliteDate(entry.at), entry.gameId)
            break
          case 'finished':
            for (const result of entry.results) this.insertResult.run({ gameId: entry.gameId, ...result })
            this.updateFinished.run(sqliteDate(entry.at), entry.gameId)
            this.deletePinLease.run(entry.gameId)
            break
          case 'abandoned':
            break // after the snapshots, below
        }
      }
      for (const [gameId, { state, at }] of snapshots) {
        for (const { part, json } of changedParts(state, this.written)) this.upsertSnapshotPart.run(gameId, part, json)
        this.updateSnapshot.run(gameStatus(state), coreJson(state), sqliteDate(at), gameId)
      }
      for (const entry of entries) {
        if (entry.kind !== 'abandoned') continue
        this.updateAbandoned.run(sqliteDate(entry.at), entry.gameId)
        this.deletePinLease.run(entry.gameId)
      }
    })
  }

  addPlayer(player: PlayerRow, at: number): Promise<void> {
    return this.add({ kind: 'player', player, at })
  }

  addAnswer(gameId: string, answer: AnswerRecord): Promise<void> {
    return this.add({ kind: 'answer', gameId, answer })
  }

  markStarted(gameId: string, at: number): Promise<void> {
    return this.add({ kind: 'started', gameId, at })
  }

  markAlive(gameIds: string[], at: number): Promise<void> {
    if (gameIds.length === 0) return Promise.resolve()
    return Promise.all(gameIds.map((gameId) => this.add({ kind: 'alive', gameId, at }))).then(() => {})
  }

  /** Writes the final standings, marks the game finished and frees its PIN, in one transaction. */
  finishGame(gameId: string, results: FinalResult[], at: number): Promise<void> {
    return this.add({ kind: 'finished', gameId, results, at })
  }

  /**
   * Marks a game that ended without a podium (nobody played it, or it failed) abandoned and frees its PIN: a restart
   * does not bring it back. Written after any snapshot of the same turn.
   */
  abandonGame(gameId: string, at: number): Promise<void> {
    return this.add({ kind: 'abandoned', gameId, at })
  }

  /** Keeps the game's state for a restart; a later snapshot of the same game in the same turn replaces this one. */
  saveSnapshot(gameId: string, state: GameState, at: number): Promise<void> {
    this.snapshots.set(gameId, { state, at })
    return this.add(null)
  }

  /** Commits everything added so far, now. */
  flush(): void {
    this.scheduled = false
    const entries = this.pending
    const snapshots = this.snapshots
    const waiting = this.waiting
    this.pending = []
    this.snapshots = new Map()
    this.waiting = []
    if (entries.length === 0 && snapshots.size === 0) return
    try {
      this.commit(entries, snapshots)
      for (const { state } of snapshots.values()) markWritten(state, this.written)
      for (const w of waiting) w.resolve()
    } catch (error) {
      console.error(`could not write ${entries.length} rows and ${snapshots.size} snapshots:`, error)
      for (const w of waiting) w.reject(error)
    }
  }

  close(): void {
    this.flush()
    this.checkpointer.stop()
    this.sqlite.close()
  }

  private add(entry: Entry | null): Promise<void> {
    if (entry) this.pending.push(entry)
    if (!this.scheduled) {
      this.scheduled = true
      setImmediate(() => this.flush())
    }
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }))
  }
}

function answerRow(gameId: string, a: AnswerRecord) {
  return {
    gameId,
    playerId: a.playerId,
    questionIndex: a.questionIndex,
    questionId: a.questionId,
    choiceJson: JSON.stringify(a.choice),
    correct: a.correct ? 1 : 0,
    credit: a.credit,
    points: a.points,
    streakBonus: a.streakBonus,
    elapsedMs: Math.round(a.elapsedMs),
    answeredAt: sqliteDate(a.answeredAt),
  }
}

/** Dates as Prisma's SQLite adapter writes them (ISO 8601, `+00:00`), so that its comparisons see one format. */
function sqliteDate(at: number): string {
  return new Date(at).toISOString().replace('Z', '+00:00')
}

function gameStatus(state: GameState): 'lobby' | 'running' | 'finished' {
  return state.phase === 'lobby' ? 'lobby' : state.phase === 'podium' ? 'finished' : 'running'
}
