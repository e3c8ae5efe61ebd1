import Database from 'better-sqlite3'
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { tempSqliteUrl } from '../../../../tests/support/server.ts'
import { applyMigrations, pendingMigrations } from './migrate.ts'
import { sqliteFile } from './url.ts'

describe('applyMigrations', () => {
  it('applies every migration to a new file, then finds nothing left to do', async () => {
    const url = tempSqliteUrl('migrate')
    const all = fs.readdirSync(new URL('../../../../prisma/migrations', import.meta.url), { withFileTypes: true }).filter((e) => e.isDirectory())
    expect(pendingMigrations(url)).toHaveLength(all.length)

    await applyMigrations(url)
    expect(pendingMigrations(url)).toEqual([])
    const db = new Database(sqliteFile(url), { readonly: true })
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
    db.close()
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['Quiz', 'Game', 'Player', 'Answer', 'Result']))
  }, 60_000)

  it('counts a migration that Prisma rolled back as pending', async () => {
    const url = tempSqliteUrl('migrate')
    await applyMigrations(url)
    const db = new Database(sqliteFile(url))
    db.prepare("UPDATE _prisma_migrations SET rolled_back_at = datetime('now') WHERE migration_name LIKE '%_init'").run()
    db.close()
    expect(pendingMigrations(url)).toEqual([expect.stringMatching(/_init$/)])
  }, 60_000)
})
