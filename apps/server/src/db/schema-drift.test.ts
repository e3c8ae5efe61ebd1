import Database from 'better-sqlite3'
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { repoRoot, tempSqliteUrl, testPostgresUrl } from '../../../../tests/support/server.ts'
import { applyMigrations } from './migrate.ts'
import { applyPostgresMigrations, migrationNames, postgresMigrationsDir, quoteIdent } from './migrate-postgres.ts'
import { sqliteFile } from './url.ts'

/**
 * prisma/schema.prisma is the one source of truth of the tables. These tests fail when the PostgreSQL copy, or either
 * database's migrations, no longer make exactly the tables it describes.
 */
const run = promisify(execFile)
const prismaCli = path.join(repoRoot, 'node_modules/prisma/build/index.js')

/** `prisma migrate diff` from nothing to a schema: the SQL that makes its tables, as Prisma writes it. */
async function schemaSql(config: string, schema: string, databaseUrl: string): Promise<string> {
  const { stdout } = await run(process.execPath, [prismaCli, 'migrate', 'diff', '--config', config, '--from-empty', '--to-schema-datamodel', schema, '--script'], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
  })
  return stdout
}

describe('the PostgreSQL schema', () => {
  it('is the one scripts/postgres-schema.mjs makes from prisma/schema.prisma', async () => {
    await expect(run(process.execPath, ['scripts/postgres-schema.mjs', '--check'], { cwd: repoRoot })).resolves.toBeDefined()
  })

  it('has a PostgreSQL migration of the same name for every SQLite migration written since PostgreSQL came', () => {
    const sqlite = migrationNames(path.join(repoRoot, 'prisma/migrations'))
    const postgres = migrationNames(postgresMigrationsDir)
    const since = sqlite.filter((name) => name > postgres[0]!)
    expect(postgres.filter((name) => since.includes(name))).toEqual(since)
  })
})

/** Each table's columns and indexes, as SQLite describes them. */
function sqliteShape(file: string) {
  const db = new Database(file, { readonly: true })
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%' ORDER BY name").all() as { name: string }[]
    return tables.map(({ name }) => ({
      name,
      // By name: a column added by a later migration comes last in the table, where a fresh table has it in place.
      columns: (db.prepare(`PRAGMA table_info("${name}")`).all() as { cid: number; name: string }[]).map(({ cid: _, ...c }) => c).sort((a, b) => a.name.localeCompare(b.name)),
      indexes: (db.prepare(`PRAGMA index_list("${name}")`).all() as { name: string; unique: number }[])
        .map((index) => ({ unique: index.unique, columns: (db.prepare(`PRAGMA index_info("${index.name}")`).all() as { name: string }[]).map((c) => c.name) }))
        .sort((a, b) => a.columns.join().localeCompare(b.columns.join())),
      foreignKeys: db.prepare(`PRAGMA foreign_key_list("${name}")`).all().map((fk) => ({ ...(fk as object), id: 0, seq: 0 })),
    }))
  } finally {
    db.close()
  }
}

describe('the SQLite migrations', () => {
  it('make the tables prisma/schema.prisma describes', async () => {
    const migrated = tempSqliteUrl('drift-migrated')
    await applyMigrations(migrated)
    const fresh = sqliteFile(tempSqliteUrl('drift-fresh'))
    const sql = await schemaSql('prisma.config.ts', 'prisma/schema.prisma', `file:${fresh}`)
    const db = new Database(fresh)
    db.exec(sql)
    db.close()
    expect(sqliteShape(sqliteFile(migrated))).toEqual(sqliteShape(fresh))
  }, 60_000)
})

const postgres = testPostgresUrl()

describe.runIf(postgres)('the PostgreSQL migrations (TEST_DATABASE=postgres)', () => {
  async function shape(client: pg.Client, schema: string) {
    const columns = await client.query(
      `SELECT table_name, column_name, data_type, is_nullable, replace(column_default, $2, '') AS column_default FROM information_schema.columns
       WHERE table_schema = $1 AND table_name <> '_cirrus_migrations' ORDER BY table_name, column_name`,
      [schema, `${schema}.`],
    )
    const indexes = await client.query(`SELECT tablename, indexname, regexp_replace(indexdef, ' ON \\S+\\.', ' ON ') AS def FROM pg_indexes WHERE schemaname = $1 ORDER BY indexname`, [schema])
    const keys = await client.query(
      `SELECT conname, replace(pg_get_constraintdef(c.oid), $2, '') AS def FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = $1 ORDER BY conname`,
      [schema, `${schema}.`],
    )
    return { columns: columns.rows, indexes: indexes.rows.filter((r) => r.tablename !== '_cirrus_migrations'), keys: keys.rows.filter((r) => !r.conname.startsWith('_cirrus')) }
  }

  it('make the tables prisma/postgres/schema.prisma describes, and run once', async () => {
    const suffix = Math.random().toString(36).slice(2, 8)
    const migrated = `cirrus_drift_m_${suffix}`
    const fresh = `cirrus_drift_f_${suffix}`
    const url = new URL(postgres!)
    url.searchParams.set('schema', migrated)
    expect(await applyPostgresMigrations(url.toString())).toEqual(migrationNames(postgresMigrationsDir))
    expect(await applyPostgresMigrations(url.toString())).toEqual([])

    const sql = await schemaSql('prisma/postgres/prisma.config.ts', 'prisma/postgres/schema.prisma', postgres!)
    const client = new pg.Client({ connectionString: postgres! })
    await client.connect()
    try {
      await client.query(`CREATE SCHEMA ${quoteIdent(fresh)}`)
      await client.query(`SET search_path TO ${quoteIdent(fresh)}`)
      await client.query(sql.replace(/CREATE SCHEMA IF NOT EXISTS "public";/, ''))
      expect(await shape(client, migrated)).toEqual(await shape(client, fresh))
    } finally {
      await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(migrated)} CASCADE; DROP SCHEMA IF EXISTS ${quoteIdent(fresh)} CASCADE`)
      await client.end()
    }
  }, 60_000)
})

describe('the migration folders', () => {
  it('each hold one migration.sql', () => {
    for (const dir of [path.join(repoRoot, 'prisma/migrations'), postgresMigrationsDir]) {
      for (const name of migrationNames(dir)) expect(fs.existsSync(path.join(dir, name, 'migration.sql')), `${dir}/${name}`).toBe(true)
    }
  })
})
