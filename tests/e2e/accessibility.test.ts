import { describe, it } from 'vitest'
import { PHONE, PROJECTOR } from '../support/browser.ts'
import { expectAccessible, useServerAndBrowser } from './helpers.ts'

/**
 * axe-core on every page that is not a game (the game's phases, host and phone, are checked in game.test.ts), on a
 * projector and on a phone: no serious or critical violation.
 */

const env = useServerAndBrowser()

const PAGES: { path: string; ready: string }[] = [
  { path: '/', ready: 'h1' },
  { path: '/host', ready: 'input[type=radio]' },
  { path: '/join', ready: 'input' },
  { path: '/join/000000', ready: '[role=alert], input' },
  { path: '/practice', ready: 'h1' },
  { path: '/exam', ready: 'h1' },
  { path: '/progress', ready: 'h1' },
  { path: '/library', ready: 'h1' },
  { path: '/library/new', ready: 'h1' },
  { path: '/library/import', ready: 'h1' },
  { path: '/library/problem-reports', ready: 'h1' },
  { path: '/reports', ready: 'h1' },
  { path: '/no-such-page', ready: 'h1' },
]

describe('accessibility of every page', () => {
  for (const [device, options] of [
    ['projector', { viewport: PROJECTOR }],
    ['phone', { viewport: PHONE, isMobile: true, hasTouch: true }],
  ] as const) {
    it(`has no serious or critical axe violation on a ${device}`, { timeout: 120_000 }, async () => {
      const context = await env.browser.context(options)
      const page = await context.newPage()
      const failures: string[] = []
      for (const { path, ready } of PAGES) {
        await page.goto(`${env.server.url}${path}`)
        await page.locator(ready).first().waitFor({ state: 'attached' })
        await page.waitForLoadState('networkidle')
        await expectAccessible(page, `${path} on a ${device}`).catch((error: Error) => failures.push(error.message))
      }
      await context.close()
      if (failures.length > 0) throw new Error(failures.join('\n\n'))
    })
  }
})
