import { openDatabase, yielding } from './client.ts'
import type { Journal } from './journal.ts'
import { GameLeases } from './leases.ts'
import { applyMigrations } from './migrate.ts'
import { PostgresJournal } from './postgres-journal.ts'
import { PracticeStore } from './practice-store.ts'
import { SqliteJournal } from './sqlite-journal.ts'
import { Store } from './store.ts'

/** The persistence layer: everything the server reads and writes, through these two classes. */
export interface Stores {
  /** Games, the journal, quizzes. */
  store: Store
  /** Learners, review cards, sessions, exams, problem reports. */
  practice: PracticeStore
  /** The store's journal, for its fencing hook (Journal.onFenced). */
  journal: Journal
}

/**
 * Opens the database DATABASE_URL names, SQLite (`file:`) or PostgreSQL (`postgres://`, `postgresql://`), after
 * applying its pending migrations. The rest of the server does not know which it has.
 */
export async function openStores(databaseUrl: string, randomPin: () => string): Promise<Stores> {
  await applyMigrations(databaseUrl)
  const database = await openDatabase(databaseUrl)
  // On PostgreSQL several processes may share the database: each game is run by the holder of its lease.
  const leases = database.kind === 'postgres' ? new GameLeases(databaseUrl) : null
  const journal: Journal = leases ? new PostgresJournal(databaseUrl, leases) : new SqliteJournal(databaseUrl)
  return { store: new Store(database, journal, randomPin, leases), practice: new PracticeStore(yielding(database.db)), journal }
}
