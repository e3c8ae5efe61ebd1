import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { bank, type Question } from '@cirrus/questions'
import type { SessionView } from '@cirrus/protocol'
import { launchBrowser, PHONE, screenshot, type TestBrowser } from '../support/browser.ts'
import { call, move } from '../support/client.ts'
import { hostGame, nextPhase } from '../support/game.ts'
import { spawnServer, type ServerProcess } from '../support/server.ts'
import { answerOnPhone, answerOrderOrNumber, arrangeItems, buildWeb, expectAccessible, joinFromLink } from './helpers.ts'
import { newLearner, serveUntil } from '../support/practice.ts'

/** A learner in the browser: a short practice session on a phone, and a time-scaled mock exam from start to review. */

/** 90 minutes / 450 = 12 seconds: the whole exam, timeout included, runs in seconds. */
const EXAM_TIME_SCALE = 450
const DESKTOP = { width: 1280, height: 900 }

let server: ServerProcess
let browser: TestBrowser

beforeAll(async () => {
  await buildWeb()
  server = await spawnServer({ env: { EXAM_TIME_SCALE: String(EXAM_TIME_SCALE) } })
  browser = await launchBrowser()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const byPrompt = new Map(bank.map((q) => [q.prompt, q]))

/** The bank question on screen, found by its prompt. */
async function questionOnScreen(page: Page, scope = page.locator('.pq')): Promise<Question> {
  const prompt = (await scope.locator('.pq-prompt').textContent())!.trim()
  const q = byPrompt.get(prompt)
  if (!q) throw new Error(`not a bank question: ${prompt}`)
  return q
}

/** Picks the right (or a wrong) answer as a learner would: taps options, types, puts items in order or gives a number. */
async function pickAnswer(page: Page, q: Question, right: boolean): Promise<void> {
  if (q.type === 'text') return page.getByLabel('Your answer').fill(right ? q.options[0]!.text : 'no idea at all')
  if (await answerOrderOrNumber(page, q, right)) return
  const texts = right ? q.options.filter((o) => o.correct).map((o) => o.text) : [q.options.find((o) => !o.correct)!.text]
  for (const text of texts) await page.locator('.pq-option', { hasText: text }).first().click()
}

describe('practice in the browser', () => {
  it('runs a short session on a phone: feedback with the explanation, then a summary, then progress', async () => {
    const page = await (await browser.context({ viewport: PHONE, isMobile: true, hasTouch: true })).newPage()
    page.setDefaultTimeout(8000)
    await page.goto(`${server.url}/`)
    await page.getByRole('link', { name: /Practise alone/ }).click()
    await page.getByRole('heading', { name: 'Practise alone' }).waitFor()
    await page.getByText('Billing, Pricing, and Support').waitFor()
    await screenshot(page, 'practice-00-home-phone')

    await page.getByLabel(/Billing, Pricing, and Support/).check()
    await page.getByLabel('Questions', { exact: true }).selectOption('10')
    await page.getByRole('button', { name: 'Start practising' }).click()
    await page.waitForURL(/\/practice\/session\//)

    const outcomes = [false, true, true]
    for (const [n, right] of outcomes.entries()) {
      const q = await questionOnScreen(page)
      expect(q.domain).toBe(4)
      await pickAnswer(page, q, right)
      if (n === 0) await screenshot(page, 'practice-01-question-phone')
      await page.getByRole('button', { name: 'Check', exact: true }).click()
      await page.getByRole('heading', { name: right ? 'Right!' : 'Not quite' }).waitFor()
      const rightSoFar = outcomes.slice(0, n + 1).filter(Boolean).length
      expect(await page.locator('.session-count').textContent()).toBe(`${n + 1} answered of 10 · ${rightSoFar} right`)
      expect(await page.locator('.pq-meta').textContent()).toMatch(new RegExp(`^Question ${n + 1}`))
      if (q.explanation) await page.locator('.feedback .pq-explanation', { hasText: q.explanation.slice(0, 40) }).waitFor()
      if (n < 2) {
        await screenshot(page, `practice-02-feedback-${right ? 'right' : 'wrong'}-phone`)
        await page.getByRole('button', { name: 'Next question' }).click()
        await page.locator('.feedback').waitFor({ state: 'detached' })
      }
    }
    // The learner stops after three: the summary counts them and lists the miss.
    await page.getByRole('button', { name: 'Stop', exact: true }).click()
    await page.getByRole('heading', { name: 'Session summary' }).waitFor()
    expect(await page.locator('.big-number').textContent()).toMatch(/^2\/3/)
    expect(await page.locator('.missed li').count()).toBe(1)
    await screenshot(page, 'practice-03-summary-phone')

    await page.getByRole('link', { name: 'See your progress' }).click()
    await page.getByRole('heading', { name: 'Mastery by exam domain' }).waitFor()
    expect(await page.locator('.tiles li').first().textContent()).toMatch(/^3of \d+ questions seen/)
    await screenshot(page, 'practice-04-progress-phone')
    await page.context().close()
  })

  it('runs a time-scaled mock exam: answers kept over a reload, flags, the server ends it, then the review', async () => {
    const context = await browser.context({ viewport: DESKTOP })
    const page = await context.newPage()
    page.setDefaultTimeout(8000)
    await page.goto(`${server.url}/exam`)
    await page.getByRole('button', { name: 'Start the exam' }).click()
    await page.waitForURL(/\/exam\/[0-9a-f-]+$/)
    await page.getByText('Question 1 of 65').waitFor()

    const first = await questionOnScreen(page)
    await pickAnswer(page, first, true)
    await page.getByRole('button', { name: 'Next' }).click()
    const second = await questionOnScreen(page)
    await pickAnswer(page, second, false)
    await page.getByLabel('Flag for review').check()
    await page.getByRole('button', { name: 'Question 5', exact: true }).click()
    await page.getByText('Question 5 of 65').waitFor()
    await screenshot(page, 'exam-01-running-desktop')
    // Nothing says right or wrong before the end.
    expect(await page.locator('.pq-right, .pq-wrong, .feedback').count()).toBe(0)

    await page.waitForTimeout(300) // the last change's PUT
    await page.reload()
    await page.getByRole('button', { name: 'Question 1, answered' }).waitFor()
    await page.getByRole('button', { name: 'Question 2, answered, flagged' }).waitFor()

    // The phone shows the same attempt, then the server's clock ends it.
    const phone = await (await browser.context({ viewport: PHONE, isMobile: true, hasTouch: true, storageState: await context.storageState() })).newPage()
    await phone.goto(page.url())
    await phone.getByRole('button', { name: 'Question 2, answered, flagged' }).waitFor()
    await screenshot(phone, 'exam-02-running-phone')

    await page.getByRole('heading', { name: "Time's up: your result" }).waitFor({ timeout: 30_000 })
    expect(await page.locator('.score-card .big-number').textContent()).toMatch(/^\d+Fail$/)
    expect(await page.locator('.exam-result .bar-row').count()).toBe(4)
    const review = page.locator('.review-item')
    expect(await review.count()).toBe(65)
    expect(await review.nth(0).locator('.review-verdict').textContent()).toMatch(/Right/)
    expect(await review.nth(1).locator('.review-verdict').textContent()).toMatch(/Wrong · flagged/)
    if (second.explanation) expect(await review.nth(1).locator('.pq-explanation').textContent()).toBe(second.explanation)
    await screenshot(page, 'exam-03-result-desktop')
    await page.getByLabel('Only missed and flagged questions').check()
    expect(await review.count()).toBe(64)

    await phone.reload()
    await phone.getByRole('heading', { name: "Time's up: your result" }).waitFor()
    await screenshot(phone, 'exam-04-result-phone')

    await page.goto(`${server.url}/progress`)
    await page.locator('.score-chart').waitFor()
    expect(await page.locator('.score-chart').getAttribute('aria-label')).toMatch(/attempt 1: \d+/)
    await screenshot(page, 'progress-01-desktop')
    await context.close()
    await phone.context().close()
  }, 60_000) // the exam itself takes 12 s of server time; the rest is the browser, slower on a loaded machine

  it('answers an ordering and a number question on a phone: the items put in order with the arrows, a number typed', async () => {
    // Two sessions with those questions on screen, made over the API for the same profile the phone then uses.
    const learner = await newLearner(server.url)
    const ordering = await serveUntil(learner, await learner.ok<SessionView>('/sessions', { json: { mode: 'topics', topics: ['ami'] } }), 'ami-09')
    const number = await serveUntil(learner, await learner.ok<SessionView>('/sessions', { json: { mode: 'topics', topics: ['serverless'] } }), 'serverless-11')
    const context = await browser.context({ viewport: PHONE, isMobile: true, hasTouch: true })
    await context.addInitScript((token) => localStorage.setItem('cirrus:learner', token), learner.learnerToken)
    const page = await context.newPage()
    page.setDefaultTimeout(8000)

    const ami = bank.find((q) => q.id === 'ami-09')!
    const steps = ami.options.map((o) => o.text)
    await page.goto(`${server.url}/practice/session/${ordering.id}`)
    await page.locator('.order-list').waitFor()
    expect(await page.locator('.order-text').allTextContents()).toEqual(ordering.current!.question.options)
    expect(await page.getByRole('button', { name: /^Submit/ }).count()).toBe(0) // the page's Check sends it
    // One step put last by mistake: the other three still follow on, 2 of 3 neighbouring pairs.
    const [first, ...rest] = steps
    await arrangeItems(page, [...rest, first!])
    await screenshot(page, 'practice-06-ordering-phone')
    await expectAccessible(page, 'an ordering question in practice')
    await page.getByRole('button', { name: 'Check', exact: true }).click()
    await page.getByRole('heading', { name: 'Partly right' }).waitFor()
    const yours = page.locator('.pq-order-reveal > div').first()
    expect(await yours.locator('.pq-option-text').allTextContents()).toEqual([...rest, first!])
    expect(await yours.locator('.pq-right').count()).toBe(3)
    expect(await yours.locator('.pq-wrong').count()).toBe(1)
    await yours.getByText('2 of 3 neighbouring pairs in order').waitFor()
    expect(await page.locator('.pq-order-reveal > div').nth(1).locator('.pq-option-text').allTextContents()).toEqual(steps)
    await page.locator('.feedback', { hasText: 'it comes back sooner than a right answer' }).waitFor()
    await page.locator('.feedback .pq-explanation', { hasText: ami.explanation.slice(0, 40) }).waitFor()
    // Nothing runs off a 360 px screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
    await page.locator('.pq-order-reveal').scrollIntoViewIfNeeded()
    await screenshot(page, 'practice-07-ordering-feedback-phone')
    await expectAccessible(page, "an ordering question's feedback")

    const lambda = bank.find((q) => q.id === 'serverless-11')!
    await page.goto(`${server.url}/practice/session/${number.id}`)
    const box = page.getByLabel('Your number (minutes)')
    await box.fill('fifteen')
    await page.getByText('Type a number, such as 42 or 3.5').waitFor()
    expect(await page.getByRole('button', { name: 'Check', exact: true }).isDisabled()).toBe(true)
    await box.fill('15')
    await screenshot(page, 'practice-08-number-phone')
    await box.press('Enter') // Enter answers, as Check does
    await page.getByRole('heading', { name: 'Right!' }).waitFor()
    await page.getByText('Your answer: 15 minutes').waitFor()
    await page.getByText('Accepted: 15 minutes').waitFor()
    await page.locator('.feedback .pq-explanation', { hasText: lambda.explanation.slice(0, 40) }).waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
    await screenshot(page, 'practice-09-number-feedback-phone')
    await expectAccessible(page, "a number question's feedback")
    await context.close()
  })

  it("brings a question this phone missed in a live game into its practice queue", async () => {
    const game = await hostGame(server.url, 'aws-s3', { questionCount: 1, showQuestionOnPlayers: true })
    const phone = await (await browser.context({ viewport: PHONE, isMobile: true, hasTouch: true })).newPage()
    phone.setDefaultTimeout(8000)
    await joinFromLink(phone, server.url, game.pin, 'Lin')
    const asked = nextPhase(game.host, 'question')
    await move(game.host, 'host:start')
    const view = await asked
    const question = bank.find((q) => q.id === view.question.id)!
    await answerOnPhone(phone, question, view.question.options, false, true)
    await phone.locator('.phase-reveal').waitFor()
    game.host.close()

    await phone.goto(`${server.url}/practice`)
    await phone.locator('.seg', { hasText: "What's due" }).locator('.count', { hasText: '1' }).waitFor()
    await phone.getByRole('button', { name: 'Start practising' }).click()
    await phone.waitForURL(/\/practice\/session\//)
    expect((await questionOnScreen(phone)).id).toBe(question.id)
    await screenshot(phone, 'practice-05-live-miss-due-phone')
    await phone.context().close()
  })
})
