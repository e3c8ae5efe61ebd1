import Database from 'better-sqlite3'
import type { AnswerRecord } from '@cirrus/game'
import { Checkpointer } from './checkpointer.ts'
import { Journal, gameStatus, type JournalEntry, type Snapshots } from './journal.ts'
import { changedParts, coreJson, markWritten, writtenParts } from './snapshot.ts'
import { sqliteFile } from './url.ts'

/**
 * The journal's SQLite writer (see journal.ts). It writes with better-sqlite3 directly: Prisma costs ~0.15 ms a row
 * even in createMany (about 300 ms for 2,000 answers, measured in ../shared/STACK.md), while one prepared statement
 * in one transaction writes them in ~3 ms; and a 2,000-player snapshot (~400 KB of JSON) through Prisma's query
 * engine cost tens of ms of the main thread and most of the server's memory growth during a game. Snapshots are
 * written in pieces (db/snapshot.ts). The tables are Prisma's own (prisma/schema.prisma).
 */
export class SqliteJournal extends Journal {
  private readonly sqlite: Database.Database
  private readonly checkpointer: Checkpointer
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
  private readonly commit: (entries: JournalEntry[], snapshots: Snapshots) => void

  constructor(databaseUrl: string) {
    super()
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
    // Bound by position: a burst of 2,000 answers is 2,000 rows, and binding by name costs a look-up per column.
    this.insertAnswer = this.sqlite.prepare(
      `INSERT INTO Answer (gameId, playerId, questionIndex, questionId, choiceJson, correct, credit, points, streakBonus, elapsedMs, answeredAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
    this.commit = this.sqlite.transaction((entries: JournalEntry[], snapshots: Snapshots) => {
      for (const entry of entries) {
        switch (entry.kind) {
          case 'player':
            this.insertPlayer.run({ learnerId: null, ...entry.player, joinedAt: sqliteDate(entry.at) })
            break
          case 'answer':
            this.insertAnswer.run(...answerRow(entry.gameId, entry.answer))
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

  protected write(entries: JournalEntry[], snapshots: Snapshots): void {
    this.commit(entries, snapshots)
    for (const { state } of snapshots.values()) markWritten(state, this.written)
  }

  protected async release(): Promise<void> {
    this.checkpointer.stop()
    this.sqlite.close()
  }
}

/** An Answer row's values, in the insert's order. */
function answerRow(gameId: string, a: AnswerRecord) {
  const choiceJson = JSON.stringify(a.choice)
  return [gameId, a.playerId, a.questionIndex, a.questionId, choiceJson, a.correct ? 1 : 0, a.credit, a.points, a.streakBonus, Math.round(a.elapsedMs), sqliteDate(a.answeredAt)] as const
}

/** The last second formatted: a burst's rows fall within one or two, and formatting a Date is most of a row's cost. */
let formattedSecond = { second: Number.NaN, prefix: '' }

/**
 * Dates as Prisma's SQLite adapter writes them (ISO 8601 to the millisecond, `+00:00`), so that its comparisons see
 * one format: `new Date(at).toISOString()` with `Z` replaced, by way of the second's prefix.
 */
export function sqliteDate(at: number): string {
  const ms = Math.trunc(at)
  const second = Math.floor(ms / 1000)
  if (second !== formattedSecond.second) {
    const iso = new Date(second * 1000).toISOString()
    formattedSecond = { second, prefix: iso.slice(0, iso.indexOf('.') + 1) }
  }
  return `${formattedSecond.prefix}${String(ms - second * 1000).padStart(3, '0')}+00:00`
}
