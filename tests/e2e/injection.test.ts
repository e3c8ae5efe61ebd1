import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { PHONE, PROJECTOR, screenshot } from '../support/browser.ts'
import { api } from '../support/http.ts'
import { joinFromLink, useServerAndBrowser, waitForPhase } from './helpers.ts'

/** A teacher's quiz full of markup, as an imported file might carry it: every piece must show as the text it is. */
const HOSTILE = {
  title: '<img src=x onerror="window.__pwned=1"> Markup night',
  prompt: 'Is <b>this</b> bold, or <script>window.__pwned=2</script>plain?',
  right: '<a href="javascript:window.__pwned=3">Plain text</a>',
  wrong: '<svg onload="window.__pwned=4">',
  explanation: 'Text is text: <iframe src="javascript:window.__pwned=5"></iframe> shows as written, never as markup.',
}

const env = useServerAndBrowser()

/** Fails the test on any script the page runs from quiz text: a dialog, or the marker the markup would set. */
async function expectNoInjection(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  expect(await page.locator('img[src="x"], script:not([src]), svg[onload], iframe, a[href^="javascript"]').count()).toBe(0)
}

describe('text written by users', () => {
  it('is shown as text on the host screen and on phones, never run as markup', async () => {
    const created = await api(env.server.url, '/api/quizzes', {
      json: {
        title: HOSTILE.title,
        description: '',
        questions: [
          {
            id: 'markup-1',
            type: 'single',
            prompt: HOSTILE.prompt,
            options: [
              { text: HOSTILE.right, correct: true },
              { text: HOSTILE.wrong, correct: false },
            ],
            explanation: HOSTILE.explanation,
            difficulty: 'easy',
            timeLimitSec: 20,
            points: 1000,
          },
        ],
      },
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)

    const host = await (await env.browser.context({ viewport: PROJECTOR })).newPage()
    const phone = await (await env.browser.context({ viewport: PHONE, isMobile: true, hasTouch: true })).newPage()
    for (const page of [host, phone]) page.on('dialog', () => expect.fail('a dialog opened: quiz text ran as script'))

    await host.goto(`${env.server.url}/host`)
    await host.getByRole('radio', { name: /Markup night/ }).check()
    await host.getByLabel(/Show the question and answers on players' screens/).check()
    await host.getByRole('button', { name: 'Create game' }).click()
    await host.waitForURL(/\/host\/\d{6}$/)
    const pin = new URL(host.url()).pathname.split('/').pop()!
    await host.getByText(HOSTILE.title).first().waitFor()

    await joinFromLink(phone, env.server.url, pin, 'Reader')
    await host.getByRole('button', { name: 'Start' }).click()
    await waitForPhase(host, 'question')
    await waitForPhase(phone, 'question')
    expect(await host.locator('.host-question .prompt').textContent()).toBe(HOSTILE.prompt)
    expect(await phone.locator('.play-prompt').textContent()).toBe(HOSTILE.prompt)
    await phone.getByRole('button', { name: HOSTILE.right, exact: true }).click()

    await waitForPhase(host, 'reveal')
    await host.getByText(HOSTILE.explanation).waitFor()
    await screenshot(host, 'host-reveal-markup-as-text')
    await screenshot(phone, 'player-reveal-markup-as-text')
    for (const page of [host, phone]) await expectNoInjection(page)
  }, 120_000)
})
