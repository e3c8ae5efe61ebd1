import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaClient } from './generated/prisma/client.ts'

export type Db = InstanceType<typeof PrismaClient>

export async function openDatabase(databaseUrl: string): Promise<Db> {
  const db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl }) })
  // WAL lets the batch writer and readers work side by side, and survives a crash without losing committed rows.
  await db.$queryRawUnsafe('PRAGMA journal_mode = WAL')
  await db.$executeRawUnsafe('PRAGMA synchronous = NORMAL')
  await db.$executeRawUnsafe('PRAGMA foreign_keys = ON')
  // Checkpoints happen on the journal's worker thread (db/checkpointer.ts), not inside Prisma's commits either.
  await db.$queryRawUnsafe('PRAGMA wal_autocheckpoint = 0')
  return db
}
