import Database from 'better-sqlite3'
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { repoRoot } from './server.ts'

/**
 * What the tests read and write behind the server's back, on either database. The SQL is SQLite's and plain (no
 * quotes around names): on PostgreSQL the names of Cirrus's tables and mixed-case columns are quoted for it, `?`
 * becomes `$1`, `$2`..., and the values come back as SQLite gives them (booleans as 1 or 0, counts as numbers).
 */
export async function queryDatabase<T>(databaseUrl: string, sql: string, ...params: unknown[]): Promise<T[]> {
  if (databaseUrl.startsWith('file:')) {
    const db = new Database(databaseUrl.slice('file:'.length))
    try {
      const statement = db.prepare(sql)
      return (statement.reader ? statement.all(...params) : (statement.run(...params), [])) as T[]
    } finally {
      db.close()
    }
  }
  const { connectionString, schema } = splitSchema(databaseUrl)
  const client = new pg.Client({ connectionString, options: `-c search_path="${schema}"`, types: { getTypeParser } })
  await client.connect()
  try {
    const result = await client.query(postgresSql(sql), params)
    return result.rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'boolean' ? Number(v) : v]))) as T[]
  } finally {
    await client.end()
  }
}

/** Counts and aggregates (int8, numeric) as numbers, timestamps as the UTC strings Prisma stored. */
function getTypeParser(oid: number, format?: 'text' | 'binary'): (value: string) => unknown {
  if (oid === 20 || oid === 1700) return Number
  if (oid === 1114) return (value) => `${value.replace(' ', 'T')}+00:00`
  return pg.types.getTypeParser(oid, format as 'text')
}

function splitSchema(url: string): { connectionString: string; schema: string } {
  const parsed = new URL(url)
  const schema = parsed.searchParams.get('schema') ?? 'public'
  parsed.searchParams.delete('schema')
  return { connectionString: parsed.toString(), schema }
}

/** The names that PostgreSQL would fold to lower case unquoted: the models and fields of prisma/schema.prisma. */
const mixedCaseNames = (() => {
  const schema = fs.readFileSync(path.join(repoRoot, 'prisma/schema.prisma'), 'utf8')
  const names = new Set<string>()
  for (const [, model, body] of schema.matchAll(/^model (\w+) \{([^}]*)\}/gm)) {
    names.add(model!)
    for (const [, field] of body!.matchAll(/^\s+(\w+)\s/gm)) if (/[A-Z]/.test(field!)) names.add(field!)
  }
  return names
})()

/** SQLite's plain SQL as PostgreSQL reads it (string literals left alone). */
export function postgresSql(sql: string): string {
  let n = 0
  return sql
    .split(/('(?:[^']|'')*')/)
    .map((piece, i) => (i % 2 === 1 ? piece : piece.replace(/\?/g, () => `$${++n}`).replace(/\b[A-Za-z_]\w*\b/g, (word) => (mixedCaseNames.has(word) ? `"${word}"` : word))))
    .join('')
}
