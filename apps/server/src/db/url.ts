import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The project's root, found from this file so that the default works from any working directory. */
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..')

/** SQLite file inside the project's folder, used when DATABASE_URL is not set. */
export function defaultDatabaseUrl(): string {
  return `file:${path.join(projectRoot, 'data', 'cirrus.db')}`
}

export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? defaultDatabaseUrl()
}

/** SQLite will not create a missing folder: make the one a file: URL points into. */
export function ensureDatabaseFolder(url: string): void {
  if (url.startsWith('file:')) fs.mkdirSync(path.dirname(sqliteFile(url)), { recursive: true })
}

/** The file path of a `file:` URL, as better-sqlite3 wants it. */
export function sqliteFile(url: string): string {
  if (!url.startsWith('file:')) throw new Error(`Cirrus's SQLite store needs a file: URL, not ${url}`)
  return path.resolve(url.slice('file:'.length).split('?')[0]!)
}

/** Which implementation of the store a DATABASE_URL picks: SQLite for `file:`, PostgreSQL for `postgres(ql)://`. */
export type DatabaseKind = 'sqlite' | 'postgres'

export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres'
  throw new Error(`DATABASE_URL must be a file: URL (SQLite) or a postgres:// or postgresql:// URL, not "${url.split('@').pop()}"`)
}

/**
 * A PostgreSQL URL as the `pg` driver takes it, and the schema Cirrus's tables live in: Prisma's `?schema=` parameter
 * (default `public`), which `pg` does not know, so it is taken off. Tests give each server a schema of its own.
 */
export function postgresTarget(url: string): { connectionString: string; schema: string } {
  const parsed = new URL(url)
  const schema = parsed.searchParams.get('schema') ?? 'public'
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) throw new Error(`the schema "${schema}" in DATABASE_URL is not a plain PostgreSQL name`)
  parsed.searchParams.delete('schema')
  return { connectionString: parsed.toString(), schema }
}
