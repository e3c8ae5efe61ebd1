import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { quoteIdent } from './migrate-postgres.ts'
import { postgresTarget } from './url.ts'

/** A lease not renewed for this long is free to take: a process that died (or is paused) loses its games then. */
export const LEASE_MS = 3000
/** How often a process renews its leases (and looks for games to take over): three renewals fit in one lease. */
export const RENEW_MS = 1000

/**
 * Which process runs each game, when several share one PostgreSQL database (the GameLease table; docs/scaling.md).
 * Every time is PostgreSQL's own `now()`, so the processes' clocks do not matter. A process holds a game while its
 * lease is unexpired; each new holder gets the next fencing token, and the journal (postgres-journal.ts) writes a
 * game's rows only in a transaction that finds this process's owner id and token on the lease row (`FOR SHARE`: a
 * takeover, which updates the row, waits for that commit, and the restore after it reads every row it wrote). So a
 * process that lost a game can never write for it again, whatever its clock or its pause.
 */
export class GameLeases {
  /** This process, as the lease rows name it. */
  readonly owner = randomUUID()
  /** The games this process holds, with their fencing tokens. */
  private readonly held = new Map<string, number>()
  private readonly pool: pg.Pool
  /** The renewals' own connection: claims and look-ups for a crowd of handshakes must not hold a renewal back. */
  private readonly renewals: pg.Pool
  private readonly ttl = `${LEASE_MS} milliseconds`

  constructor(databaseUrl: string) {
    const { connectionString, schema } = postgresTarget(databaseUrl)
    const options = `-c search_path=${quoteIdent(schema)}`
    this.pool = new pg.Pool({ connectionString, max: 2, options })
    this.renewals = new pg.Pool({ connectionString, max: 1, options })
    for (const pool of [this.pool, this.renewals]) pool.on('error', (error) => console.error('a PostgreSQL connection of the leases failed:', error.message))
  }

  heldGames(): string[] {
    return [...this.held.keys()]
  }

  tokenOf(gameId: string): number | undefined {
    return this.held.get(gameId)
  }

  /** The games held, with their tokens, for the journal's check. */
  tokens(gameIds: Iterable<string>): { gameIds: string[]; tokens: number[] } {
    const ids = [...new Set(gameIds)].filter((id) => this.held.has(id))
    return { gameIds: ids, tokens: ids.map((id) => this.held.get(id)!) }
  }

  /**
   * Takes the game if nobody holds it (a new game, or its lease expired or was handed over); returns the new token,
   * or null when another process holds it.
   */
  async claim(gameId: string): Promise<number | null> {
    const { rows } = await this.pool.query<{ token: number }>(
      `INSERT INTO "GameLease" ("gameId", "owner", "token", "expiresAt") VALUES ($1, $2, 1, now() + $3::interval)
       ON CONFLICT ("gameId") DO UPDATE SET "owner" = $2, "token" = "GameLease"."token" + 1, "expiresAt" = now() + $3::interval, "wantedBy" = NULL
       WHERE "GameLease"."expiresAt" < now()
       RETURNING "token"`,
      [gameId, this.owner, this.ttl],
    )
    const token = rows[0]?.token ?? null
    if (token !== null) this.held.set(gameId, token)
    return token
  }

  /**
   * Extends every lease held. Returns the games lost (another process took them: this one must stop running them
   * at once) and the games another process asks for (their players reach it).
   */
  async renew(): Promise<{ lost: string[]; wanted: string[] }> {
    const { gameIds, tokens } = this.tokens(this.held.keys())
    if (gameIds.length === 0) return { lost: [], wanted: [] }
    const { rows } = await this.renewals.query<{ gameId: string; wantedBy: string | null }>(
      // Locked in the games' order, as the journal locks them (db/postgres-journal.ts): two writers locking the
      // same rows in different orders deadlock.
      `WITH mine AS (
         SELECT l."gameId" FROM "GameLease" l JOIN unnest($1::text[], $2::int[]) AS t(id, token) ON l."gameId" = t.id AND l."token" = t.token
         WHERE l."owner" = $3 ORDER BY l."gameId" FOR UPDATE OF l
       )
       UPDATE "GameLease" AS l SET "expiresAt" = now() + $4::interval FROM mine WHERE l."gameId" = mine."gameId"
       RETURNING l."gameId", l."wantedBy"`,
      [gameIds, tokens, this.owner, this.ttl],
    )
    const kept = new Set(rows.map((r) => r.gameId))
    const lost = gameIds.filter((id) => !kept.has(id))
    for (const id of lost) this.held.delete(id)
    return { lost, wanted: rows.filter((r) => r.wantedBy && r.wantedBy !== this.owner).map((r) => r.gameId) }
  }

  /** Lets the game go (handed over, or finished): the next claim gets it at once. */
  async release(gameId: string): Promise<void> {
    const token = this.held.get(gameId)
    this.held.delete(gameId)
    if (token === undefined) return
    await this.pool.query(`UPDATE "GameLease" SET "expiresAt" = now() - interval '1 millisecond' WHERE "gameId" = $1 AND "owner" = $2 AND "token" = $3`, [gameId, this.owner, token])
  }

  /** Forgets a game without touching its row (it was lost, or has ended and its lease goes with its rows). */
  forget(gameId: string): void {
    this.held.delete(gameId)
  }

  /** Asks whoever holds the game to hand it over to this process at its next renewal. */
  async want(gameId: string): Promise<void> {
    await this.pool.query(`UPDATE "GameLease" SET "wantedBy" = $2 WHERE "gameId" = $1 AND "owner" <> $2`, [gameId, this.owner])
  }

  /** Running games nobody has held for `graceMs` past their lease's expiry: their process is gone. */
  async orphans(graceMs: number): Promise<string[]> {
    const { rows } = await this.pool.query<{ gameId: string }>(
      `SELECT l."gameId" FROM "GameLease" l JOIN "Game" g ON g."id" = l."gameId"
       WHERE l."expiresAt" < now() - $1::interval AND g."status" IN ('lobby', 'running')`,
      [`${graceMs} milliseconds`],
    )
    return rows.map((r) => r.gameId)
  }

  /** The running game that holds a PIN, if any (a connection may come for a game this process does not run). */
  async gameByPin(pin: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ gameId: string }>(
      `SELECT p."gameId" FROM "PinLease" p JOIN "Game" g ON g."id" = p."gameId" WHERE p."pin" = $1 AND g."status" IN ('lobby', 'running')`,
      [pin],
    )
    return rows[0]?.gameId ?? null
  }

  async close(): Promise<void> {
    await Promise.all([this.pool.end(), this.renewals.end()])
  }
}
