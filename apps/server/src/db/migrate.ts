import { execFile } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { ensureDatabaseFolder } from './url.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..')

/**
 * Applies every pending migration with Prisma's own `migrate deploy` (wasm schema engine, nothing downloaded),
 * so that a fresh clone or a new DATABASE_URL needs no manual step.
 */
export async function applyMigrations(databaseUrl: string): Promise<void> {
  ensureDatabaseFolder(databaseUrl)
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
