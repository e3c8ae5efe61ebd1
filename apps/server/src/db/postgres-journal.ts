import pg from 'pg'
import type { AnswerRecord } from '@cirrus/game'
import { Journal, gameStatus, type JournalEntry, type PlayerRow, type Snapshots } from './journal.ts'
import type { GameLeases } from './leases.ts'
import { quoteIdent } from './migrate-postgres.ts'
import { changedParts, coreJson, markWritten, writtenParts } from './snapshot.ts'
import { postgresTarget } from './url.ts'

/**
 * The journal's PostgreSQL writer (see journal.ts): one transaction per batch on a connection of its own, one
 * statement per kind of row (arrays through `unnest`, so 2,000 answers are one statement, not 2,000 round trips).
 * While a batch is being committed the next one gathers, and goes as soon as the first is done.
 *
 * Rows of one batch are written by kind (joins before answers, final results before the snapshots, abandons last),
 * which keeps every foreign key satisfied within the batch.
 *
 * With several processes (`leases` given), the transaction first locks the lease rows of the batch's games that
 * name this process and the token it holds (db/leases.ts); the rows of any other game are left out and their callers
 * are refused (FencedError): this process lost that game, and never writes for it again.
 */
export class PostgresJournal extends Journal {
  private readonly pool: pg.Pool
  /** The snapshot parts already committed (db/snapshot.ts); a restarted process writes them all once again. */
  private readonly written = writtenParts()

  constructor(databaseUrl: string, private readonly leases: GameLeases | null = null) {
    super()
    const { connectionString, schema } = postgresTarget(databaseUrl)
    // Two connections: the batches go one at a time; the second serves a flush racing a reconnect.
    this.pool = new pg.Pool({ connectionString, max: 2, options: `-c search_path=${quoteIdent(schema)}` })
    this.pool.on('error', (error) => console.error('a PostgreSQL connection of the journal failed:', error.message))
  }

  /**
   * One transaction; tried again when PostgreSQL breaks a deadlock by failing it (lease rows are locked here and by
   * the lease renewal, both in the games' order, which should leave none; nothing of a failed try is written).
   */
  protected async write(entries: JournalEntry[], snapshots: Snapshots): Promise<Set<string>> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.writeOnce(entries, snapshots)
      } catch (error) {
        if (attempt >= WRITE_ATTEMPTS || !RETRIED.has((error as { code?: string }).code ?? '')) throw error
      }
    }
  }

  private async writeOnce(entries: JournalEntry[], snapshots: Snapshots): Promise<Set<string>> {
    const client = await this.pool.connect()
    try {
      await client.query('BEGIN')
      const fenced = this.leases ? await this.fence(client, entries, snapshots) : new Set<string>()
      if (fenced.size > 0) {
        entries = entries.filter((e) => !fenced.has(gameOf(e)))
        snapshots = new Map([...snapshots].filter(([gameId]) => !fenced.has(gameId)))
      }
      for (const [sql, params] of statements(entries, snapshots, this.written)) await client.query(sql, params)
      await client.query('COMMIT')
      for (const { state } of snapshots.values()) markWritten(state, this.written)
      return fenced
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {})
      throw error
    } finally {
      client.release()
    }
  }

  /** The batch's games whose lease this process no longer holds; the others' lease rows stay locked until the commit. */
  private async fence(client: pg.PoolClient, entries: JournalEntry[], snapshots: Snapshots): Promise<Set<string>> {
    const games = new Set([...entries.map(gameOf), ...snapshots.keys()])
    const { gameIds, tokens } = this.leases!.tokens(games)
    const { rows } = await client.query<{ gameId: string }>(
      `SELECT l."gameId" FROM "GameLease" l JOIN unnest($1::text[], $2::int[]) AS t(id, token) ON l."gameId" = t.id AND l."token" = t.token
       WHERE l."owner" = $3 ORDER BY l."gameId" FOR SHARE OF l`,
      [gameIds, tokens, this.leases!.owner],
    )
    const held = new Set(rows.map((r) => r.gameId))
    return new Set([...games].filter((id) => !held.has(id)))
  }

  protected async release(): Promise<void> {
    await this.pool.end()
  }
}

type Statement = [sql: string, params: unknown[]]

/** Deadlock detected, serialization failure: PostgreSQL's word that trying again may succeed. */
const RETRIED = new Set(['40P01', '40001'])
const WRITE_ATTEMPTS = 3

function gameOf(entry: JournalEntry): string {
  return entry.kind === 'player' ? entry.player.gameId : entry.gameId
}

/** The batch as statements, in the order the class comment gives. */
function statements(entries: JournalEntry[], snapshots: Snapshots, written: ReturnType<typeof writtenParts>): Statement[] {
  const of = <K extends JournalEntry['kind']>(kind: K) => entries.filter((e): e is Extract<JournalEntry, { kind: K }> => e.kind === kind)
  const out: Statement[] = []
  const players = of('player')
  if (players.length > 0) out.push(insertPlayers(players.map((e) => ({ ...e.player, at: e.at }))))
  const answers = of('answer')
  if (answers.length > 0) out.push(insertAnswers(answers))
  const started = of('started')
  if (started.length > 0) out.push(gameDates('startedAt', started, `"status" = 'running', `))
  const alive = of('alive')
  if (alive.length > 0) out.push(gameDates('aliveAt', alive))
  const finished = of('finished')
  if (finished.length > 0) {
    const results = finished.flatMap((e) => e.results.map((r) => ({ gameId: e.gameId, ...r })))
    if (results.length > 0) {
      out.push([
        `INSERT INTO "Result" ("gameId", "playerId", "nickname", "rank", "score", "correctCount", "askedCount")
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[], $6::int[], $7::int[])`,
        [...(['gameId', 'playerId', 'nickname', 'rank', 'score', 'correctCount', 'askedCount'] as const).map((column) => results.map((r) => r[column]))],
      ])
    }
    out.push(gameDates('endedAt', finished, `"status" = 'finished', `))
    out.push(['DELETE FROM "PinLease" WHERE "gameId" = ANY($1::text[])', [finished.map((e) => e.gameId)]])
  }
  if (snapshots.size > 0) {
    const parts = [...snapshots].flatMap(([gameId, { state }]) => changedParts(state, written).map((p) => ({ gameId, ...p })))
    if (parts.length > 0) {
      out.push([
        `INSERT INTO "SnapshotPart" ("gameId", "part", "json") SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
         ON CONFLICT ("gameId", "part") DO UPDATE SET "json" = excluded."json"`,
        [parts.map((p) => p.gameId), parts.map((p) => p.part), parts.map((p) => p.json)],
      ])
    }
    const games = [...snapshots]
    out.push([
      `UPDATE "Game" AS g SET "status" = t.status, "snapshotJson" = t.core, "aliveAt" = t.at
       FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamp(3)[]) AS t(id, status, core, at) WHERE g."id" = t.id`,
      [games.map(([id]) => id), games.map(([, s]) => gameStatus(s.state)), games.map(([, s]) => coreJson(s.state)), games.map(([, s]) => isoDate(s.at))],
    ])
  }
  const abandoned = of('abandoned')
  if (abandoned.length > 0) {
    out.push(gameDates('endedAt', abandoned, `"status" = 'abandoned', `))
    out.push(['DELETE FROM "PinLease" WHERE "gameId" = ANY($1::text[])', [abandoned.map((e) => e.gameId)]])
  }
  return out
}

function insertPlayers(players: (PlayerRow & { at: number })[]): Statement {
  return [
    `INSERT INTO "Player" ("id", "gameId", "nickname", "tokenHash", "learnerId", "kicked", "joinedAt")
     SELECT id, game, nickname, token, learner, false, at FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamp(3)[])
       AS t(id, game, nickname, token, learner, at)`,
    [players.map((p) => p.id), players.map((p) => p.gameId), players.map((p) => p.nickname), players.map((p) => p.tokenHash), players.map((p) => p.learnerId ?? null), players.map((p) => isoDate(p.at))],
  ]
}

function insertAnswers(entries: { gameId: string; answer: AnswerRecord }[]): Statement {
  const column = <T>(pick: (e: { gameId: string; answer: AnswerRecord }) => T) => entries.map(pick)
  return [
    `INSERT INTO "Answer" ("gameId", "playerId", "questionIndex", "questionId", "choiceJson", "correct", "credit", "points", "streakBonus", "elapsedMs", "answeredAt")
     SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::bool[], $7::float8[], $8::int[], $9::int[], $10::int[], $11::timestamp(3)[])`,
    [
      column((e) => e.gameId),
      column((e) => e.answer.playerId),
      column((e) => e.answer.questionIndex),
      column((e) => e.answer.questionId),
      column((e) => JSON.stringify(e.answer.choice)),
      column((e) => e.answer.correct),
      column((e) => e.answer.credit),
      column((e) => e.answer.points),
      column((e) => e.answer.streakBonus),
      column((e) => Math.round(e.answer.elapsedMs)),
      column((e) => isoDate(e.answer.answeredAt)),
    ],
  ]
}

/** Sets one date column of several games (the last entry of a game wins), with `also` set beside it. */
function gameDates(column: 'startedAt' | 'aliveAt' | 'endedAt', entries: { gameId: string; at: number }[], also = ''): Statement {
  const latest = new Map(entries.map((e) => [e.gameId, e.at]))
  return [
    `UPDATE "Game" AS g SET ${also}"${column}" = t.at FROM unnest($1::text[], $2::timestamp(3)[]) AS t(id, at) WHERE g."id" = t.id`,
    [[...latest.keys()], [...latest.values()].map(isoDate)],
  ]
}

/**
 * Prisma keeps DateTime in `timestamp(3)` (without time zone) as UTC; PostgreSQL reads an ISO string's time into
 * such a column and ignores its `Z`, which is the same instant.
 */
function isoDate(at: number): string {
  return new Date(at).toISOString()
}
