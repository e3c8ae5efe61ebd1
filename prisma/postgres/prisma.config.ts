// Prisma's CLI for the PostgreSQL copy of the schema (`prisma generate` and `migrate diff` only: migrations on
// PostgreSQL are applied by the server's own runner, apps/server/src/db/migrate.ts, because Prisma's wasm schema
// engine cannot read PostgreSQL's catalogue through the adapter, prisma/orm#27403).
import { defineConfig } from 'prisma/config'
import { PrismaPg } from '@prisma/adapter-pg'

process.env.DATABASE_URL ??= 'postgresql://localhost/cirrus'

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'schema.prisma',
  migrations: { path: 'migrations' },
  async adapter() {
    return new PrismaPg({ connectionString: process.env.DATABASE_URL })
  },
})
