import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { launchBrowser, PHONE, PROJECTOR, screenshot, type TestBrowser } from '../support/browser.ts'
import { api } from '../support/http.ts'
import { repoRoot, startServer, type TestServer } from '../support/server.ts'
import { RICH_QUIZ, RIVERS } from '../support/rich-quiz.ts'
import { buildWeb, joinFromLink, SHAPE_LABELS, waitForPhase } from './helpers.ts'

/**
 * Ordering, poll and number questions in real browsers: a projector and two phones play a quiz of every type.
 * Ada orders with the up/down buttons from the keyboard, Grace by dragging; Ada types a number, Grace uses the
 * slider. Then a teacher writes an ordering and a number question in the editor. Screenshots of every screen.
 */

let server: TestServer
let browser: TestBrowser

beforeAll(async () => {
  await buildWeb()
  server = await startServer({ webRoot: path.join(repoRoot, 'apps/web/dist') })
  browser = await launchBrowser()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})


async function items(phone: Page): Promise<string[]> {
  return (await phone.locator('.order-item .order-text').allTextContents()).map((t) => t.trim())
}

/** Puts the items in the right order with the "Move up" buttons, pressed from the keyboard. */
async function orderByKeyboard(phone: Page, right: string[]): Promise<void> {
  for (const [place, text] of right.entries()) {
    let at = (await items(phone)).indexOf(text)
    while (at > place) {
      await phone.getByRole('button', { name: `Move ${text} up` }).focus()
      await phone.keyboard.press('Enter')
      at--
    }
  }
  // The move is announced to screen readers.
  await phone.getByRole('status').filter({ hasText: /moved to place \d of 5/ }).waitFor()
}

/** Puts the items in the right order by dragging each one's handle onto its place. */
async function orderByDrag(phone: Page, right: string[]): Promise<void> {
  for (const [place, text] of right.entries()) {
    const from = (await items(phone)).indexOf(text)
    if (from === place) continue
    const handle = (await phone.locator('.order-item .order-handle').nth(from).boundingBox())!
    const target = (await phone.locator('.order-item').nth(place).boundingBox())!
    await phone.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2)
    await phone.mouse.down()
    await phone.mouse.move(handle.x + handle.width / 2, target.y + target.height / 2, { steps: 8 })
    await phone.mouse.up()
  }
  expect(await items(phone)).toEqual(right)
}

async function nextQuestion(host: Page, progress: string): Promise<void> {
  await host.getByRole('button', { name: 'Leaderboard' }).click()
  await waitForPhase(host, 'leaderboard')
  await host.getByRole('button', { name: /Next question|Podium/ }).click()
  await waitForPhase(host, 'question', progress)
}

describe('ordering, poll and number in the browser', () => {
  it('a projector and two phones play every type', async () => {
    const created = await api(server.url, '/api/quizzes', { json: RICH_QUIZ })
    expect(created.status).toBe(201)
    const host = await (await browser.context({ viewport: PROJECTOR })).newPage()
    const ada = await (await browser.context({ viewport: PHONE, hasTouch: true })).newPage()
    const grace = await (await browser.context({ viewport: PHONE })).newPage()
    for (const page of [host, ada, grace]) page.setDefaultTimeout(10_000)

    await host.goto(`${server.url}/host?quiz=${created.body.id}`)
    await host.getByRole('button', { name: 'Create game' }).click()
    await host.waitForURL(/\/host\/\d{6}$/)
    await host.locator('.lobby-pin').waitFor()
    const pin = new URL(host.url()).pathname.split('/').pop()!
    await joinFromLink(ada, server.url, pin, 'Ada')
    await joinFromLink(grace, server.url, pin, 'Grace')
    await host.getByRole('button', { name: /^Start/ }).click()

    // 1. A single answer, to start a streak.
    await waitForPhase(host, 'question', 'Question 1 of 4')
    for (const phone of [ada, grace]) await phone.getByRole('button', { name: SHAPE_LABELS[0], exact: true }).click()
    await waitForPhase(host, 'reveal')

    // 2. Ordering: the items go out shuffled; the projector lists them; the phones reorder them.
    await nextQuestion(host, 'Question 2 of 4')
    await host.locator('.order-board-item').first().waitFor()
    const onProjector = (await host.locator('.order-board-item .option-text').allTextContents()).map((t) => t.trim())
    expect([...onProjector].sort()).toEqual([...RIVERS].sort())
    expect(onProjector).not.toEqual(RIVERS)
    await ada.getByRole('heading', { name: 'Read the big screen, then put these in order' }).waitFor()
    expect(await items(ada)).toEqual(onProjector)
    await ada.locator('.order-item').first().waitFor() // after any get-ready
    await host.locator('.host-countdown').waitFor()
    await screenshot(host, 'types-01-ordering-projector')
    await screenshot(ada, 'types-02-ordering-phone')
    await orderByKeyboard(ada, RIVERS)
    await screenshot(ada, 'types-03-ordering-phone-ordered')
    await ada.getByRole('button', { name: 'Submit this order' }).click()
    await ada.getByText(RIVERS.join(' → ')).waitFor() // locked in, in words
    await orderByDrag(grace, RIVERS)
    await grace.getByRole('button', { name: 'Submit this order' }).click()
    await waitForPhase(host, 'reveal')
    await host.getByRole('list', { name: 'The right order' }).waitFor()
    expect((await host.locator('.order-board.revealed .option-text').allTextContents()).map((t) => t.trim())).toEqual(RIVERS)
    await screenshot(host, 'types-04-ordering-reveal-projector')
    for (const phone of [ada, grace]) await phone.getByRole('heading', { name: 'Correct!' }).waitFor()
    await screenshot(grace, 'types-05-ordering-reveal-phone')

    // 3. A poll: the phones vote, the projector shows the chart, nobody scores.
    await nextQuestion(host, 'Question 3 of 4')
    await host.getByText('Poll: vote on your device (no points)').waitFor()
    const before = await ada.locator('.play-score').textContent()
    await ada.getByRole('button', { name: SHAPE_LABELS[1], exact: true }).waitFor() // after any get-ready
    await host.locator('.host-countdown').waitFor()
    await screenshot(host, 'types-06-poll-projector')
    await screenshot(ada, 'types-07-poll-phone')
    await ada.getByRole('button', { name: SHAPE_LABELS[1], exact: true }).click()
    await grace.getByRole('button', { name: SHAPE_LABELS[1], exact: true }).click()
    await waitForPhase(host, 'reveal')
    await host.getByRole('listitem', { name: /: 2 answers$/ }).waitFor()
    await host.getByText('Poll: no right answer').waitFor()
    await screenshot(host, 'types-08-poll-reveal-projector')
    await ada.getByRole('heading', { name: 'Thanks for voting' }).waitFor()
    await ada.getByText('Rhine: 2').waitFor()
    expect(await ada.locator('.play-score').textContent()).toBe(before)
    await screenshot(ada, 'types-09-poll-reveal-phone')

    // 4. A number: Ada types it, Grace drags the slider (within the loose tolerance: half the points).
    await nextQuestion(host, 'Question 4 of 4')
    await host.getByText('Players give a number on their device, from 1,000 to 5,000.').waitFor()
    await ada.getByLabel('Your number (km)').waitFor()
    await host.locator('.host-countdown').waitFor()
    await screenshot(host, 'types-10-number-projector')
    await ada.getByLabel('Your number (km)').fill('2,860')
    await screenshot(ada, 'types-11-number-phone')
    await ada.getByRole('button', { name: 'Submit 2,860 km' }).click()
    await grace.getByLabel('Your number, from 1000 to 5000').fill('3000')
    await expect(grace.getByLabel('Your number (km)').inputValue()).resolves.toBe('3000')
    await grace.getByRole('button', { name: 'Submit 3,000 km' }).click()
    await waitForPhase(host, 'reveal')
    await host.getByText('2,850 km (± 50)').waitFor()
    await host.getByText('2,850 km (± 300) (50% credit)').waitFor()
    await screenshot(host, 'types-12-number-reveal-projector')
    await ada.getByRole('heading', { name: 'Correct!' }).waitFor()
    await grace.getByRole('heading', { name: 'Partly right' }).waitFor()
    await screenshot(grace, 'types-13-number-reveal-phone')
  }, 90_000) // four questions, each after its get-ready

  it('a teacher writes an ordering and a number question in the editor', async () => {
    const teacher = await (await browser.context({ viewport: { width: 1366, height: 900 } })).newPage()
    teacher.setDefaultTimeout(8000)
    await teacher.goto(`${server.url}/library/new`)
    await teacher.getByLabel('Title', { exact: true }).fill('Orders and numbers')
    await teacher.locator('.question-form select').first().selectOption('ordering')
    await teacher.getByLabel('Question', { exact: true }).fill('Put the planets in order from the Sun')
    for (const [i, text] of ['Venus', 'Mercury', 'Earth'].entries()) await teacher.getByLabel(`Item ${i + 1}`, { exact: true }).fill(text)
    await teacher.getByRole('button', { name: 'Move item 2 up' }).click()
    expect(await teacher.getByLabel('Item 1', { exact: true }).inputValue()).toBe('Mercury')
    await teacher.getByLabel('Type of the new question').selectOption('number')
    await teacher.getByRole('button', { name: 'Add question' }).click()
    await teacher.getByLabel('Question', { exact: true }).fill('How many moons has Mars?')
    await teacher.getByRole('button', { name: 'Save quiz' }).isDisabled()
    await teacher.getByText(/^fill in every number: the right number/).waitFor()
    await teacher.getByLabel('Right number').fill('2')
    await teacher.getByLabel('Slider from').fill('0')
    await teacher.getByLabel('Slider to').fill('10')
    await screenshot(teacher, 'types-14-editor-number')
    await teacher.getByRole('button', { name: 'Save quiz' }).click()
    await teacher.getByText(/Saved "Orders and numbers" with 2 questions/).waitFor()
    const list = await api(server.url, '/api/quizzes?q=Orders')
    const saved = await api(server.url, `/api/quizzes/${list.body[0].id}`)
    expect(saved.body.questions.map((q: { type: string }) => q.type)).toEqual(['ordering', 'number'])
    expect(saved.body.questions[0].options.map((o: { text: string }) => o.text)).toEqual(['Mercury', 'Venus', 'Earth'])
    expect(saved.body.questions[1].number).toEqual({ answers: [{ value: 2, tolerance: 0, credit: 1 }], min: 0, max: 10 })
  })
})
