// `npm run test:postgres [-- vitest args]`: the integration suite and the server's own tests on PostgreSQL (with the
// cluster tests: three processes behind nginx, with Redis, when redis-server and nginx are installed). Against
// TEST_POSTGRES_URL when it is given (each test server gets a schema of its own there, named cirrus_test_*), else
// against a throwaway PostgreSQL started here and removed after (scripts/postgres-throwaway.mjs).
import { spawnSync } from 'node:child_process'
import { startPostgres } from './postgres-throwaway.mjs'
import { redisAvailable, startRedis } from './redis-throwaway.mjs'

const given = process.env.TEST_POSTGRES_URL
const postgres = given ? null : await startPostgres({ label: 'cirrus-test-pg' })
const url = given ?? postgres.url
console.log(`test:postgres: the suite on ${url.replace(/:[^:@/]*@/, ':***@')}${postgres ? ' (throwaway)' : ''}`)
// The cluster tests (tests/integration/cluster.test.ts) want Redis and nginx as well; without them they are skipped.
const redis = !process.env.TEST_REDIS_URL && redisAvailable() ? await startRedis() : null
const redisUrl = process.env.TEST_REDIS_URL ?? redis?.url
if (!redisUrl) console.log('test:postgres: no redis-server: the cluster tests are skipped (apt-get install -y redis-server nginx-light)')
/** Stops both, each whatever the other did: a failed clean-up must not leave PostgreSQL running. */
const stop = () => {
  for (const service of [redis, postgres]) {
    try {
      service?.stop()
    } catch (error) {
      console.warn(`could not stop a throwaway service: ${error.message}`)
    }
  }
}
process.on('SIGINT', () => (stop(), process.exit(130)))
process.on('SIGTERM', () => (stop(), process.exit(143)))

// The tests that use a database: the browser tests and the packages' unit tests do not depend on which one it is.
const args = process.argv.slice(2)
const targets = args.length > 0 ? args : ['tests/integration', 'apps/server/src']
const result = spawnSync('npx', ['vitest', 'run', ...targets], { stdio: 'inherit', env: { ...process.env, TEST_DATABASE: 'postgres', TEST_POSTGRES_URL: url, ...(redisUrl ? { TEST_REDIS_URL: redisUrl } : {}) } })
stop()
process.exit(result.status ?? 1)
