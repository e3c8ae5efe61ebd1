import { describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import fs from 'node:fs'
import { bank, type Question } from '@cirrus/questions'
import { PHONE, screenshot } from '../support/browser.ts'
import { answerOrderOrNumber, useServerAndBrowser } from './helpers.ts'

/**
 * The exam room in a browser: flags, the review screen before submitting (reached by keyboard without the grid),
 * the score report, and "Report a problem with this question" from the review and from practice reaching the
 * signed-in teacher's list and CSV.
 */

const PASSWORD = 'exam-room-teacher'
const env = useServerAndBrowser({ env: { CIRRUS_ADMIN_PASSWORD: PASSWORD } })
const DESKTOP = { width: 1280, height: 900 }

const byPrompt = new Map(bank.map((q) => [q.prompt, q]))
const exact = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)

async function questionIn(scope: Locator): Promise<Question> {
  const prompt = (await scope.locator('.pq-prompt').textContent())!.trim()
  const q = byPrompt.get(prompt)
  if (!q) throw new Error(`not a bank question: ${prompt}`)
  return q
}

/** Picks the right (or a wrong) answer by the options' texts, wherever the server put them. */
async function pick(page: Page, q: Question, right: boolean): Promise<void> {
  if (q.type === 'text') return page.getByLabel('Your answer').fill(right ? q.options[0]!.text : 'no idea at all')
  if (await answerOrderOrNumber(page, q, right)) return
  const texts = right ? q.options.filter((o) => o.correct).map((o) => o.text) : [q.options.find((o) => !o.correct)!.text]
  for (const text of texts) await page.locator('.pq-option', { has: page.locator('.pq-option-text', { hasText: exact(text) }) }).click()
}

const focused = (page: Page) => page.evaluate(() => ({ label: document.activeElement?.getAttribute('aria-label') ?? null, text: document.activeElement?.textContent?.trim() ?? '', cell: !!document.activeElement?.closest('.exam-grid') }))

describe('the exam room', () => {
  it('flags, reviews before submitting, submits by keyboard, shows the score report and takes a problem report', async () => {
    const page = await (await env.browser.context({ viewport: DESKTOP })).newPage()
    page.setDefaultTimeout(8000)
    await page.goto(`${env.server.url}/exam`)
    await page.getByRole('button', { name: 'Start the exam' }).click()
    await page.waitForURL(/\/exam\/[0-9a-f-]+$/)
    await page.getByText('Question 1 of 65').waitFor()

    // 1: right. 2: wrong and flagged. 3: flagged, left unanswered for now.
    const first = await questionIn(page.locator('.pq'))
    await pick(page, first, true)
    await page.getByRole('button', { name: 'Next', exact: true }).click()
    await page.getByText('Question 2 of 65').waitFor()
    const second = await questionIn(page.locator('.pq'))
    await pick(page, second, false)
    await page.getByLabel('Flag for review').check()
    await page.getByRole('button', { name: 'Question 3', exact: true }).click()
    await page.getByText('Question 3 of 65').waitFor()
    const third = await questionIn(page.locator('.pq'))
    await page.getByLabel('Flag for review').check()
    await page.getByRole('button', { name: 'Question 3, flagged' }).waitFor()

    // The grid is one stop for Tab; the arrow keys move inside it, and Tab leaves it at once.
    expect(await page.locator('.exam-grid button[tabindex="0"]').count()).toBe(1)
    await page.getByRole('button', { name: 'Question 3, flagged' }).focus()
    await page.keyboard.press('ArrowRight')
    expect((await focused(page)).label).toBe('Question 4')
    await page.keyboard.press('Tab')
    expect((await focused(page)).cell).toBe(false)
    // Arriving at the page, the first Tab is "Review and submit"; there, the first Tab is the Submit button.
    await page.waitForTimeout(300) // the flag's PUT
    await page.reload()
    await page.getByRole('button', { name: 'Question 3, flagged' }).waitFor()
    await page.keyboard.press('Tab')
    expect((await focused(page)).text).toBe('Review and submit')
    await screenshot(page, 'exam-room-01-flags-desktop')
    await page.keyboard.press('Enter')

    const review = page.locator('.exam-review')
    await review.getByRole('heading', { name: 'Review before you submit' }).waitFor()
    expect(await review.locator('.review-counts').textContent()).toBe('2 answered63 unanswered2 flagged for review')
    await page.keyboard.press('Tab')
    expect((await focused(page)).text).toBe('Submit and see my score')
    await review.getByRole('button', { name: 'Flagged (2)' }).click()
    const rows = review.locator('.review-row')
    expect(await rows.count()).toBe(2)
    expect(await rows.nth(0).textContent()).toBe(`Question 2Answered · Flagged${second.prompt}`)
    expect(await rows.nth(1).textContent()).toBe(`Question 3Unanswered · Flagged${third.prompt}`)
    await screenshot(page, 'exam-room-02-review-flagged-desktop')

    // Jump to the flagged, unanswered one from the review, answer it, and come back.
    await rows.nth(1).click()
    await page.getByText('Question 3 of 65').waitFor()
    await pick(page, third, true)
    await page.getByRole('button', { name: 'Question 3, answered, flagged' }).waitFor()
    await page.getByRole('button', { name: 'Review and submit' }).first().click()
    expect(await review.locator('.review-counts').textContent()).toBe('3 answered62 unanswered2 flagged for review')
    await review.getByRole('button', { name: 'Unanswered (62)' }).click()
    expect(await rows.count()).toBe(62)
    expect(await rows.nth(0).textContent()).toMatch(/^Question 4Unanswered/)

    await page.waitForTimeout(300) // the last answer's PUT
    await review.getByRole('button', { name: 'Submit and see my score' }).click()
    await page.getByRole('heading', { name: 'Your result' }).waitFor()
    const right = 2 // questions 1 and 3
    const score = 100 + Math.floor((600 * (right / 65)) / 0.7)
    expect(await page.locator('.score-card .big-number').textContent()).toBe(`${score}Fail`)
    expect(await page.locator('.score-card').textContent()).toContain(`${right} of 65 right`)
    const domains = page.locator('.exam-result .bar-row')
    expect(await domains.count()).toBe(4)
    for (const text of await domains.allTextContents()) expect(text).toMatch(/Needs improvement|Meets competencies/)
    const items = page.locator('.review-item')
    expect(await items.count()).toBe(65)
    expect(await items.nth(0).locator('.review-verdict').textContent()).toBe('✓ Right')
    expect(await items.nth(1).locator('.review-verdict').textContent()).toBe('✗ Wrong · flagged')
    expect(await items.nth(2).locator('.review-verdict').textContent()).toBe('✓ Right · flagged')
    expect(await items.nth(4).locator('.review-verdict').textContent()).toBe('✗ Unanswered')
    if (second.explanation) expect(await items.nth(1).locator('.pq-explanation').textContent()).toBe(second.explanation)
    // The review marks the key where this attempt showed it.
    for (const o of second.options.filter((x) => x.correct)) {
      await items.nth(1).locator('.pq-right', { has: page.locator('.pq-option-text', { hasText: exact(o.text) }) }).waitFor()
    }
    await screenshot(page, 'exam-room-03-result-desktop')

    // Report a problem with question 2 from the review.
    const item = items.nth(1)
    await item.getByRole('button', { name: 'Report a problem with this question' }).click()
    await item.getByLabel('The marked answer is wrong').check()
    await item.getByLabel(/Comment/).fill('The key should be the other option, see the AWS page.')
    await screenshot(page, 'exam-room-04-report-desktop')
    await item.getByRole('button', { name: 'Send the report' }).click()
    await item.getByText('Thanks: your report was sent to the teacher.').waitFor()

    // Progress counts the three answered, not the 65, and charts the exam.
    await page.goto(`${env.server.url}/progress`)
    await page.locator('.score-chart').waitFor()
    expect(await page.locator('.tiles li').first().textContent()).toMatch(/^3of \d+ questions seen/)
    expect(await page.locator('.score-chart').getAttribute('aria-label')).toBe(`Mock exam scores: attempt 1: ${score}. The pass mark is 700.`)
    await page.context().close()
  })

  it('takes a problem report from a practice question on a phone ("other" needs a comment)', async () => {
    const phone = await (await env.browser.context({ viewport: PHONE, isMobile: true, hasTouch: true })).newPage()
    phone.setDefaultTimeout(8000)
    await phone.goto(`${env.server.url}/practice`)
    await phone.getByLabel(/Billing, Pricing, and Support/).check()
    await phone.getByRole('button', { name: 'Start practising' }).click()
    await phone.waitForURL(/\/practice\/session\//)
    const q = await questionIn(phone.locator('.pq'))
    await phone.getByRole('button', { name: 'Report a problem with this question' }).click()
    await phone.getByLabel('Something else').check()
    const send = phone.getByRole('button', { name: 'Send the report' })
    expect(await send.isDisabled()).toBe(true)
    await phone.getByLabel(/Comment/).fill('Prices changed in 2026.')
    await screenshot(phone, 'exam-room-05-report-practice-phone')
    await send.click()
    await phone.getByText('Thanks: your report was sent to the teacher.').waitFor()
    // The question can still be answered afterwards.
    await pick(phone, q, true)
    await phone.getByRole('button', { name: 'Check', exact: true }).click()
    await phone.getByRole('heading', { name: 'Right!' }).waitFor()
    await phone.context().close()
    reportedInPractice = q
  })

  it("lists the reports for the signed-in teacher, from the library, and exports them as CSV", async () => {
    const page = await (await env.browser.context({ viewport: DESKTOP, acceptDownloads: true })).newPage()
    page.setDefaultTimeout(8000)
    await page.goto(`${env.server.url}/library`)
    await page.getByRole('link', { name: 'Problem reports' }).click()
    await page.waitForURL(/\/library\/problem-reports$/)
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByText('2 reports on 2 questions.').waitFor()
    const groups = page.locator('.report-group')
    expect(await groups.count()).toBe(2)
    // Newest first: the practice report, then the exam review's.
    expect(await groups.nth(0).locator('.report-prompt').textContent()).toBe(reportedInPractice!.prompt)
    expect(await groups.nth(0).textContent()).toContain('Something else')
    expect(await groups.nth(0).textContent()).toContain('Prices changed in 2026.')
    expect(await groups.nth(1).textContent()).toContain('The marked answer is wrong')
    expect(await groups.nth(1).textContent()).toContain('mock exam review')
    expect(await groups.nth(1).textContent()).toContain('The key should be the other option, see the AWS page.')
    await screenshot(page, 'exam-room-06-teacher-reports-desktop')

    await page.getByLabel('Reason').selectOption('wrong_key')
    await page.getByText('1 report on 1 question.').waitFor()

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export all as CSV' }).click()])
    expect(download.suggestedFilename()).toMatch(/^cirrus-problem-reports-\d{4}-\d{2}-\d{2}\.csv$/)
    const csv = fs.readFileSync((await download.path())!, 'utf8')
    expect(csv).toContain('"Prices changed in 2026."')
    expect(csv).toContain('"The key should be the other option, see the AWS page."')
    expect(csv.trim().split('\r\n')).toHaveLength(3)
    await page.context().close()
  })
})

let reportedInPractice: Question | null = null
