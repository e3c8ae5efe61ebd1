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
  if (!url.startsWith('file:')) return
  const file = url.slice('file:'.length).split('?')[0] ?? ''
  if (file && file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}
