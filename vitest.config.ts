import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Vitest's default is one file at a time on 2 cores (cores - 1); most files wait on servers, browsers and
    // databases, so two at a time took `npm test` from 16.1 to 11.6 minutes here.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
})
