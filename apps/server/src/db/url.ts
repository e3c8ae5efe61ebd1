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
