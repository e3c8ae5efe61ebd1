import Database from 'better-sqlite3'
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { applyPostgresMigrations } from './migrate-postgres.ts'
import { databaseKind, ensureDatabaseFolder, sqliteFile } from './url.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..')
const migrationsDir = path.join(root, 'prisma/migrations')

/** Applies every pending migration, on either database, so that a fresh clone or a new DATABASE_URL needs no step. */
export async function applyMigrations(databaseUrl: string): Promise<void> {
  if (databaseKind(databaseUrl) === 'postgres') await applyPostgresMigrations(databaseUrl)
  else await applySqliteMigrations(databaseUrl)
}

/**
 * Applies every pending SQLite migration with Prisma's own `migrate deploy` (wasm schema engine, nothing downloaded),
 * so that a fresh clone or a new DATABASE_URL needs no manual step. The CLI takes about five seconds even with
 * nothing to do, so it runs only when a migration is missing: a restart after a crash is back that much sooner.
 */
async function applySqliteMigrations(databaseUrl: string): Promise<void> {
  ensureDatabaseFolder(databaseUrl)
  if (pendingMigrations(databaseUrl).length === 0) return
  const prismaCli = path.join(root, 'node_modules/prisma/build/index.js')
  try {
    await promisify(execFile)(process.execPath, [prismaCli, 'migrate', 'deploy'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    })
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string }
    throw new Error(`could not apply the database migrations to ${databaseUrl}: ${e.stderr || e.stdout || e.message}`)
  }
}

/** The migration folders that Prisma's own table does not record as applied (all of them for a new file). */
export function pendingMigrations(databaseUrl: string): string[] {
  const all = fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
  const file = sqliteFile(databaseUrl)
  if (!fs.existsSync(file)) return all
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get()
    if (!table) return all
    const rows = db.prepare('SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL').all() as { name: string }[]
    const applied = new Set(rows.map((row) => row.name))
    return all.filter((name) => !applied.has(name))
  } finally {
    db.close()
  }
}
