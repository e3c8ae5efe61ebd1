import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { screenshot } from '../support/browser.ts'
import { move } from '../support/client.ts'
import { hostGame, nextPhase } from '../support/game.ts'
import { expectAccessible, joinFromLink, useServerAndBrowser, waitForPhase } from './helpers.ts'

/** Things that tripped players up on a small phone, each fixed and held here. */

const env = useServerAndBrowser()
const SMALL_PHONE = { width: 320, height: 640 }

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

describe('trip-ups on a phone', () => {
  it('"Pick 2" takes exactly two, with tick boxes clear of the words on a 320 px phone; a typed answer has the focus; so does the podium', { timeout: 90_000 }, async () => {
    // The starter's questions in order: 3 is multiple response (two right of five), 6 is typed.
    const game = await hostGame(env.server.url, 'starter-cloud-basics', { questionCount: 7, showQuestionOnPlayers: true })
    const phone = await (await env.browser.context({ viewport: SMALL_PHONE, isMobile: true, hasTouch: true })).newPage()
    await joinFromLink(phone, env.server.url, game.pin, 'Ada')
    /** A host move, waiting for the phase it leads to (listening first: the phase may come before the reply). */
    const step = async <P extends 'question' | 'reveal' | 'leaderboard' | 'podium'>(command: 'host:start' | 'host:next' | 'host:endAnswering', phase: P) => {
      const seen = nextPhase(game.host, phase)
      await move(game.host, command)
      return seen
    }
    /** From an open question to the next one, as the host's buttons would; its index. */
    const nextQuestion = async () => {
      await step('host:endAnswering', 'reveal')
      await step('host:next', 'leaderboard')
      return (await step('host:next', 'question')).index
    }
    await step('host:start', 'question')
    while ((await nextQuestion()) < 3);

    await waitForPhase(phone, 'question', '4 / 7')
    await phone.getByText('Pick 2 · 2 more to pick').waitFor()
    const tiles = phone.locator('.answer.toggle')
    const submit = phone.getByRole('button', { name: /^Submit/ })
    expect(await submit.isDisabled()).toBe(true)
    await tiles.nth(0).click()
    expect(await submit.isDisabled()).toBe(true) // one of two
    await tiles.nth(1).click()
    await tiles.nth(2).click()
    await phone.getByText('Pick 2 · 1 too many: drop 1').waitFor()
    expect(await submit.isDisabled()).toBe(true) // three of two
    await tiles.nth(2).click()
    expect(await submit.isDisabled()).toBe(false)
    // Every tick box stands apart from its option's words.
    for (let i = 0; i < (await tiles.count()); i++) {
      const mark = await tiles.nth(i).locator('.toggle-mark').boundingBox()
      const text = await tiles.nth(i).locator('.answer-text').boundingBox()
      expect(overlaps(mark!, text!), `option ${i + 1}`).toBe(false)
    }
    await screenshot(phone, 'tripups-01-pick-two-320')
    await expectAccessible(phone, 'multiple response on a 320 px phone')

    // The typed question: its box has the focus, so the player can type at once.
    while ((await nextQuestion()) < 6);
    await waitForPhase(phone, 'question', '7 / 7')
    await phone.getByLabel('Your answer').waitFor()
    expect(await phone.evaluate(() => document.activeElement?.id)).toBe('typed-answer')

    // The podium takes the focus when it comes.
    await step('host:endAnswering', 'reveal')
    await step('host:next', 'leaderboard')
    await step('host:next', 'podium')
    await waitForPhase(phone, 'podium')
    await focusIs(phone, 'Podium')
  })
})

async function focusIs(page: Page, label: string) {
  await page.waitForFunction((name) => document.activeElement?.getAttribute('aria-label') === name, label)
}

describe('trip-ups for a teacher and a learner', () => {
  it('a new, empty quiz does not open with problems to fix; they are counted once it is being written', async () => {
    const page = await (await env.browser.context({ viewport: { width: 1280, height: 900 } })).newPage()
    await page.goto(`${env.server.url}/library/new`)
    await page.getByRole('heading', { name: 'New quiz' }).waitFor()
    await page.waitForLoadState('networkidle')
    expect(await page.getByText(/problems? to fix before saving/).count()).toBe(0)
    await page.getByLabel('Title').fill('Volcanoes')
    await page.getByText(/problems? to fix before saving/).waitFor()
  })

  it('"Start practising" with the defaults starts a session', async () => {
    const page = await (await env.browser.context({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })).newPage()
    await page.goto(`${env.server.url}/practice`)
    await page.getByRole('button', { name: 'Start practising' }).click()
    await page.waitForURL(/\/practice\/session\//)
  })
})

describe('focus after an action that removes its button', () => {
  it("after Check in practice the feedback has the focus", async () => {
    const page = await (await env.browser.context({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })).newPage()
    await page.goto(`${env.server.url}/practice`)
    await page.getByRole('button', { name: 'Start practising' }).click()
    await page.waitForURL(/\/practice\/session\//)
    // Any answer will do: the first option, a word typed, a number, or the items as dealt.
    await page.locator('.pq').waitFor()
    if ((await page.locator('.pq-option').count()) > 0) await page.locator('.pq-option').first().click()
    else if ((await page.locator('.order-list').count()) > 0) await page.locator('.order-list').waitFor()
    else if ((await page.getByLabel(/^Your number/).count()) > 0) await page.getByLabel(/^Your number/).fill('3')
    else await page.getByLabel('Your answer').fill('a guess')
    await page.getByRole('button', { name: 'Check', exact: true }).click()
    await page.waitForFunction(() => document.activeElement?.classList.contains('feedback') === true)
  })
})
