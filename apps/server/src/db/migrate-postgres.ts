import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { postgresTarget } from './url.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..')
export const postgresMigrationsDir = path.join(root, 'prisma/postgres/migrations')

/** Every server process starting at once takes this lock (any 64-bit number of our own), so one migrates at a time. */
const MIGRATION_LOCK = 0x6369_7272_7573 // "cirrus"

/**
 * The migration runner for PostgreSQL. Prisma's `migrate deploy` cannot run here (through the driver adapter its
 * wasm schema engine fails on PostgreSQL's `name` type, prisma/orm#27403), so the server applies the SQL that
 * `prisma migrate diff` wrote into prisma/postgres/migrations itself: each folder once, in name order, in a
 * transaction of its own, recorded in `_cirrus_migrations`. Several processes starting together wait on an
 * advisory lock, and the second finds nothing left to do.
 */
export async function applyPostgresMigrations(databaseUrl: string, dir = postgresMigrationsDir): Promise<string[]> {
  const { connectionString, schema } = postgresTarget(databaseUrl)
  const client = new pg.Client({ connectionString })
  await client.connect()
  const applied: string[] = []
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK])
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`)
    await client.query(`SET search_path TO ${quoteIdent(schema)}`)
    await client.query('CREATE TABLE IF NOT EXISTS "_cirrus_migrations" ("name" TEXT PRIMARY KEY, "appliedAt" TIMESTAMPTZ NOT NULL DEFAULT now())')
    const done = new Set((await client.query<{ name: string }>('SELECT "name" FROM "_cirrus_migrations"')).rows.map((r) => r.name))
    for (const name of migrationNames(dir)) {
      if (done.has(name)) continue
      const sql = fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8')
      try {
        await client.query('BEGIN')
        await client.query(sql)
        await client.query('INSERT INTO "_cirrus_migrations" ("name") VALUES ($1)', [name])
        await client.query('COMMIT')
        applied.push(name)
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {})
        throw new Error(`could not apply the PostgreSQL migration ${name}: ${(error as Error).message}`)
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {})
    await client.end()
  }
  return applied
}

export function migrationNames(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}
