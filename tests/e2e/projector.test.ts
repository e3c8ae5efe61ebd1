import { describe, expect, it } from 'vitest'
import { PROJECTOR, screenshot } from '../support/browser.ts'
import { spawnServer } from '../support/server.ts'
import { createGameFromUi, expectAccessible, useServerAndBrowser } from './helpers.ts'

/** The projector's lobby: a QR code for the back rows, full screen, and a warning when phones cannot reach the link. */

const env = useServerAndBrowser()

describe('the projector', () => {
  it('shows a QR code nearly half the screen high, goes full screen, and warns that the server listens on loopback only (HOST)', { timeout: 60_000 }, async () => {
    const host = await (await env.browser.context({ viewport: PROJECTOR })).newPage()
    await createGameFromUi(host, env.server.url)
    const qr = await host.locator('.lobby-join .qr img').boundingBox()
    expect(qr!.height).toBeGreaterThanOrEqual(PROJECTOR.height * 0.45)
    // The test server listens on 127.0.0.1 alone, so the LAN address in the link cannot work: the lobby says so and how.
    const warning = host.getByRole('alert').filter({ hasText: "Phones can't join at this address yet" })
    await warning.waitFor()
    expect(await warning.textContent()).toMatch(/listens only on 127\.0\.0\.1.*HOST=0\.0\.0\.0/)
    await screenshot(host, 'projector-01-lobby')
    await expectAccessible(host, 'the lobby with its warning')

    const full = host.getByRole('button', { name: 'Full screen' })
    expect(await full.getAttribute('aria-pressed')).toBe('false')
    await full.click()
    await host.getByRole('button', { name: 'Full screen', pressed: true }).waitFor()
    expect(await host.evaluate(() => document.fullscreenElement === document.documentElement)).toBe(true)
    await full.click()
    await host.getByRole('button', { name: 'Full screen', pressed: false }).waitFor()
  })

  it('warns when PUBLIC_URL is a loopback address, saying to set it to one phones can reach', { timeout: 90_000 }, async () => {
    const server = await spawnServer({ env: { PUBLIC_URL: 'http://localhost:3999' } })
    try {
      const host = await (await env.browser.context({ viewport: PROJECTOR })).newPage()
      await createGameFromUi(host, server.url)
      const warning = host.getByRole('alert').filter({ hasText: "Phones can't join at this address yet" })
      await warning.waitFor()
      expect(await warning.textContent()).toMatch(/localhost:3999.*PUBLIC_URL=http:\/\/192\.168\.1\.20/)
      await screenshot(host, 'projector-02-lobby-public-url-loopback')
    } finally {
      await server.stop()
    }
  })
})
