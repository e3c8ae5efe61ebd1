import Database from 'better-sqlite3'

/** The server's SQLite file, opened read-only, to check what it wrote. */
export function readDatabase(databaseUrl: string): Database.Database {
  return new Database(databaseUrl.slice('file:'.length), { readonly: true })
}

/** Runs one query against the file and closes it. */
export function queryDatabase<T>(databaseUrl: string, sql: string, ...params: unknown[]): T[] {
  const db = readDatabase(databaseUrl)
  try {
    return db.prepare(sql).all(...params) as T[]
  } finally {
    db.close()
  }
}
