// `npm run test:postgres [-- vitest args]`: the integration suite and the server's own tests on PostgreSQL. Against
// TEST_POSTGRES_URL when it is given (each test server gets a schema of its own there, named cirrus_test_*), else
// against a throwaway PostgreSQL started here and removed after (scripts/postgres-throwaway.mjs).
import { spawnSync } from 'node:child_process'
import { startPostgres } from './postgres-throwaway.mjs'

const given = process.env.TEST_POSTGRES_URL
const postgres = given ? null : await startPostgres({ label: 'cirrus-test-pg' })
const url = given ?? postgres.url
console.log(`test:postgres: the suite on ${url.replace(/:[^:@/]*@/, ':***@')}${postgres ? ' (throwaway)' : ''}`)
const stop = () => postgres?.stop()
process.on('SIGINT', () => (stop(), process.exit(130)))
process.on('SIGTERM', () => (stop(), process.exit(143)))

// The tests that use a database: the browser tests and the packages' unit tests do not depend on which one it is.
const args = process.argv.slice(2)
const targets = args.length > 0 ? args : ['tests/integration', 'apps/server/src']
const result = spawnSync('npx', ['vitest', 'run', ...targets], { stdio: 'inherit', env: { ...process.env, TEST_DATABASE: 'postgres', TEST_POSTGRES_URL: url } })
stop()
process.exit(result.status ?? 1)
