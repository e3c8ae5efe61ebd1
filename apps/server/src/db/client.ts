import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from './generated/prisma/client.ts'
import { PrismaClient as PostgresClient } from './generated/postgres/client.ts'
import { databaseKind, postgresTarget, type DatabaseKind } from './url.ts'

/**
 * Prisma's client, typed as the SQLite one. Both are generated from one schema (prisma/schema.prisma and its
 * PostgreSQL copy, scripts/postgres-schema.mjs), so their query APIs are the same, and every Prisma query in this
 * folder is written once for both. Where the databases differ (`contains` ignores case on SQLite only), the query
 * asks `kind`.
 */
export type Db = InstanceType<typeof PrismaClient>

export interface Database {
  db: Db
  kind: DatabaseKind
}

export async function openDatabase(databaseUrl: string): Promise<Database> {
  const kind = databaseKind(databaseUrl)
  if (kind === 'postgres') {
    const { connectionString, schema } = postgresTarget(databaseUrl)
    const adapter = new PrismaPg({ connectionString, max: 10 }, { schema })
    return { kind, db: new PostgresClient({ adapter }) as unknown as Db }
  }
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl }) })
  // WAL lets the batch writer and readers work side by side, and survives a crash without losing committed rows.
  await db.$queryRawUnsafe('PRAGMA journal_mode = WAL')
  await db.$executeRawUnsafe('PRAGMA synchronous = NORMAL')
  await db.$executeRawUnsafe('PRAGMA foreign_keys = ON')
  // Checkpoints happen on the journal's worker thread (db/checkpointer.ts), not inside Prisma's commits either.
  await db.$queryRawUnsafe('PRAGMA wal_autocheckpoint = 0')
  return { kind, db }
}

/**
 * The same client, each of whose queries first waits for the event loop's next turn. Work that is not a live game,
 * practice, goes through it (db/open.ts): on SQLite a query runs on the event loop, and a request's queries would
 * otherwise follow each other without a break, so that a game's answers, read between turns, wait for all of them.
 * With the turn, and one practice request at work at a time (http/lane.ts), they wait for one query at most.
 */
export function yielding(db: Db): Db {
  return db.$extends({
    query: {
      async $allOperations({ args, query }) {
        await new Promise<void>((resolve) => setImmediate(resolve))
        return query(args)
      },
    },
  }) as unknown as Db
}
