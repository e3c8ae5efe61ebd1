// Prisma in its Rust-free mode: wasm schema engine for migrations, better-sqlite3 driver adapter at run time.
import { defineConfig } from 'prisma/config'
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3'
import { defaultDatabaseUrl, ensureDatabaseFolder } from './apps/server/src/db/url.ts'

// The schema reads env("DATABASE_URL"); without it every CLI command fails, so default it here.
const url = (process.env.DATABASE_URL ??= defaultDatabaseUrl())
ensureDatabaseFolder(url)

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  async adapter() {
    return new PrismaBetterSQLite3({ url })
  },
})
