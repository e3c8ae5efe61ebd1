import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One file at a time on 2 cores (Vitest's default, cores - 1). Two at a time took `npm test` from 16.1 to 11.6
    // minutes here, but the doubled load made timing-sensitive browser checks fail in a clean-clone CI run (an
    // accessibility check caught a podium step mid-fade); kept serial until those are hardened.
  },
})
