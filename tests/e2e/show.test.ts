import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { PHONE, PROJECTOR, screenshot } from '../support/browser.ts'
import { answerOnPhone, createGameFromUi, expectAccessible, joinFromLink, questionOnHost, useServerAndBrowser, waitForPhase } from './helpers.ts'

/** The rhythm of the show in a real browser: the get-ready, ending a question only on purpose, auto-advance's bar. */

const env = useServerAndBrowser()
const projector = async () => (await env.browser.context({ viewport: PROJECTOR })).newPage()
const phone = async () => (await env.browser.context({ viewport: PHONE, isMobile: true, hasTouch: true })).newPage()

const optionsOnHost = (host: Page) => host.locator('.host-question .option-text').count()

describe('the rhythm of a game', () => {
  it('shows each question alone first on the projector and the phones, then the options and the clock', { timeout: 90_000 }, async () => {
    const host = await projector()
    const pin = await createGameFromUi(host, env.server.url, { questionCount: 2, getReadySec: 3 })
    const ada = await phone()
    await joinFromLink(ada, env.server.url, pin, 'Ada')
    await host.getByRole('button', { name: 'Start' }).click()

    // The question's text alone, with "Get ready" over a bar: no options, no clock, nothing to tap.
    await host.locator('.host-question.getting-ready').waitFor()
    await ada.locator('.play-question.getting-ready').waitFor()
    expect(await host.locator('.host-question .prompt').textContent()).toBeTruthy()
    expect(await optionsOnHost(host)).toBe(0)
    expect(await host.locator('.host-countdown').count()).toBe(0)
    await host.getByRole('status').filter({ hasText: 'Get ready' }).waitFor()
    await ada.getByRole('status').filter({ hasText: 'Get ready' }).waitFor()
    expect(await ada.locator('.answer-button, .answer-grid button').count()).toBe(0)
    await screenshot(host, 'show-01-get-ready')
    await screenshot(ada, 'show-01-get-ready-phone')
    await expectAccessible(host, 'the host get-ready')
    await expectAccessible(ada, 'the phone get-ready')

    // Then the options and the clock, on both, and the answer counts.
    await host.locator('.host-question:not(.getting-ready)').waitFor()
    await ada.locator('.play-question:not(.getting-ready)').waitFor()
    expect(await optionsOnHost(host)).toBeGreaterThan(0)
    await host.locator('.host-countdown').waitFor()
    const { question, shown } = await questionOnHost(host)
    await answerOnPhone(ada, question, shown, true)
    await waitForPhase(ada, 'reveal')
    expect(await ada.locator('.result-title').textContent()).toBe('Correct!')
  })

  it('a stray Space or Enter does not end a question; End answering asks first, and Keep going (with the focus) cancels', { timeout: 90_000 }, async () => {
    const host = await projector()
    const pin = await createGameFromUi(host, env.server.url, { questionCount: 2 })
    const ada = await phone()
    await joinFromLink(ada, env.server.url, pin, 'Ada')
    await host.getByRole('button', { name: 'Start' }).click()
    await waitForPhase(host, 'question')
    await host.locator('.host-countdown').waitFor()
    await host.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    // Nothing has the focus during the question: the keys a clicker sends do nothing.
    expect(await host.evaluate(() => document.activeElement === document.body || document.activeElement === null)).toBe(true)
    for (const key of ['Space', 'Enter', 'Space', 'Enter']) await host.keyboard.press(key)
    await host.waitForTimeout(300)
    expect(await host.locator('.phase-question').count()).toBe(1)

    // Pressing End answering asks; the focus moves to Keep going, so Enter now cancels.
    await host.getByRole('button', { name: 'End answering' }).click()
    await host.getByRole('group', { name: 'End answering now for everyone?' }).waitFor()
    expect(await host.evaluate(() => document.activeElement?.textContent)).toBe('Keep going')
    await screenshot(host, 'show-02-end-answering-confirm')
    await expectAccessible(host, 'the end-answering confirmation')
    await host.keyboard.press('Enter')
    await host.getByRole('button', { name: 'End answering' }).waitFor()
    expect(await host.locator('.phase-question').count()).toBe(1)
    // Escape cancels too; Yes ends it.
    await host.getByRole('button', { name: 'End answering' }).click()
    await host.getByRole('button', { name: 'Keep going' }).waitFor()
    await host.keyboard.press('Escape')
    await host.getByRole('button', { name: 'End answering' }).click()
    await host.getByRole('button', { name: 'Yes, end now' }).click()
    await waitForPhase(host, 'reveal')
  })

  it('with auto-advance, a bar fills until the game moves on', { timeout: 90_000 }, async () => {
    const host = await projector()
    const pin = await createGameFromUi(host, env.server.url, { questionCount: 2, autoAdvance: true })
    const ada = await phone()
    await joinFromLink(ada, env.server.url, pin, 'Ada')
    await host.getByRole('button', { name: 'Start' }).click()
    await waitForPhase(host, 'question')
    const { question, shown } = await questionOnHost(host)
    await answerOnPhone(ada, question, shown, true)
    await waitForPhase(host, 'reveal')
    const bar = host.locator('.advance-in')
    await bar.waitFor()
    expect(await bar.getAttribute('role')).toBe('status')
    expect(await bar.textContent()).toMatch(/Leaderboard in \d+ s/)
    expect(await bar.locator('.time-bar-fill').count()).toBe(1)
    await screenshot(host, 'show-03-auto-advance')
    await waitForPhase(host, 'leaderboard')
    expect(await host.locator('.advance-in').textContent()).toMatch(/Next question in \d+ s/)
  })
})
