import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { launchBrowser, PHONE, screenshot, type TestBrowser } from '../support/browser.ts'
import { api } from '../support/http.ts'
import { repoRoot, startServer, type TestServer } from '../support/server.ts'
import { buildWeb, joinFromLink, waitForPhase } from './helpers.ts'

/**
 * The quiz library in a real browser: a teacher writes a quiz in the editor (with problems shown while typing,
 * reordering by keyboard and questions from the bank), imports a CSV file with a broken row, keeps only the good
 * questions, and hosts the imported quiz; a player joins on a phone and answers.
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

const DESKTOP = { width: 1366, height: 900 }

/** Two good rows and one that marks two right answers for a one-answer question. */
const CSV = [
  'Type,Question,Answer 1,Answer 2,Answer 3,Answer 4,Correct,Explanation,Time limit',
  'single,Which river flows through Paris?,Seine,Rhine,Danube,Thames,1,"The Seine, ""la Seine"".",30',
  'single,Which city is the capital of Italy?,Milan,Rome,Turin,Naples,"1,2",,20',
  'truefalse,The Danube flows through Vienna.,True,False,,,1,,30',
].join('\n')

async function questionTitles(page: Page): Promise<string[]> {
  return (await page.locator('.question-snippet').allTextContents()).map((t) => t.trim())
}

describe('the quiz library in the browser', () => {
  it('writes a quiz in the editor, imports a file with a preview, and hosts the import for a player', async () => {
    const teacher = await (await browser.context({ viewport: DESKTOP })).newPage()
    teacher.setDefaultTimeout(8000)
    await teacher.goto(server.url)
    await teacher.getByRole('link', { name: /Quiz library/ }).click()
    await teacher.getByRole('heading', { name: 'Quiz library' }).waitFor()
    await teacher.getByRole('link', { name: 'View Cloud basics' }).waitFor()
    await screenshot(teacher, 'library-01-list')

    // --- a new quiz, written in the editor ---
    await teacher.getByRole('link', { name: 'New quiz' }).click()
    await teacher.getByRole('heading', { name: 'New quiz' }).waitFor()
    // Problems show while typing, with the bank's own wording, and saving waits until there are none.
    await teacher.getByLabel('Title', { exact: true }).fill('Rivers and mountains')
    await teacher.getByLabel('Question', { exact: true }).fill('Which is the longest river in Europe?')
    await expect(teacher.getByRole('button', { name: 'Save quiz' }).isDisabled()).resolves.toBe(true)
    await teacher.getByText('option text is empty').first().waitFor()
    for (const [i, text] of ['Danube', 'Volga', 'Rhine', 'Loire'].entries()) await teacher.getByLabel(`Answer ${i + 1}`, { exact: true }).fill(text)
    await teacher.getByLabel('Answer 4', { exact: true }).fill('Rhine')
    await teacher.getByText('options 3 and 4 are the same').waitFor()
    await teacher.getByLabel('Answer 4', { exact: true }).fill('Loire')
    await teacher.getByRole('radio', { name: /^Right answer/ }).nth(1).check()
    await teacher.getByLabel('Explanation, shown after the answer').fill('The Volga is about 3,530 km long.')
    // The preview draws the question with the players' own components.
    await teacher.locator('.preview-projector .option-text', { hasText: 'Volga' }).waitFor()

    // A typed-answer question.
    await teacher.getByLabel('Type of the new question').selectOption('text')
    await teacher.getByRole('button', { name: 'Add question' }).click()
    await teacher.getByRole('heading', { name: 'Question 2' }).waitFor()
    await teacher.getByLabel('Question', { exact: true }).fill('What is the highest mountain in the Alps?')
    await teacher.getByLabel('Accepted answer 1').fill('Mont Blanc')
    await teacher.getByLabel('Time limit (seconds)').fill('2')
    await teacher.getByText('the time limit is a whole number of seconds from 5 to 240').waitFor()
    await teacher.getByLabel('Time limit (seconds)').fill('45')

    // Reordering by keyboard: the button keeps the focus as its question moves.
    await teacher.getByRole('button', { name: 'Move question 2 up' }).focus()
    await teacher.keyboard.press('Enter')
    expect(await questionTitles(teacher)).toEqual(['What is the highest mountain in the Alps?', 'Which is the longest river in Europe?'])
    // At the top, "up" is disabled: the focus moves to "down" of the same question.
    await teacher.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Move question 1 down')

    // Questions from the built-in bank, filtered by topic and difficulty.
    await teacher.getByRole('button', { name: 'Add from the bank' }).click()
    const bank = teacher.getByRole('dialog', { name: 'Add questions from the built-in bank' })
    await bank.getByLabel('Topic').selectOption('s3-versioning')
    await bank.getByLabel('Difficulty').selectOption('easy')
    await bank.getByText(/^\d+ of \d+ questions match$/).waitFor()
    await teacher.waitForFunction(() => [...document.querySelectorAll('.bank-meta')].every((m) => m.textContent!.includes('easy')))
    const firstBank = (await bank.locator('.bank-prompt').first().textContent())!.trim()
    await bank.getByRole('checkbox').first().check()
    await screenshot(teacher, 'library-02-bank-picker')
    await bank.getByRole('button', { name: 'Add 1 selected' }).click()
    await teacher.getByText('Added 1 question from the bank.').waitFor()
    expect(await questionTitles(teacher)).toHaveLength(3)
    expect((await questionTitles(teacher))[2]).toBe(firstBank)
    await teacher.getByRole('button', { name: /^Question 2/ }).click()
    await teacher.evaluate(() => window.scrollTo(0, 0))
    await screenshot(teacher, 'library-02-editor')

    await teacher.getByRole('button', { name: 'Save quiz' }).click()
    await teacher.getByText('Saved "Rivers and mountains" with 3 questions.').waitFor()
    await teacher.waitForURL(/\/library\/quiz-[0-9a-f-]+$/)
    await teacher.reload()
    await teacher.getByRole('heading', { name: 'Edit quiz' }).waitFor()
    expect(await questionTitles(teacher)).toEqual(['What is the highest mountain in the Alps?', 'Which is the longest river in Europe?', firstBank])

    // --- an import, previewed before anything is saved ---
    await teacher.goto(`${server.url}/library/import`)
    await teacher.getByLabel('Quiz file').setInputFiles({ name: 'european-geography.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) })
    await teacher.getByRole('heading', { name: 'CSV spreadsheet: 3 questions found' }).waitFor()
    await teacher.getByText('1 of 3 questions have problems').waitFor()
    await teacher.getByText(/exactly one right option, not 2/).waitFor()
    expect(await teacher.locator('.import-item.good .import-prompt').allTextContents()).toEqual(['Which river flows through Paris?', 'The Danube flows through Vienna.'])
    await expect(teacher.getByLabel('Title of the new quiz').inputValue()).resolves.toBe('european-geography')
    await screenshot(teacher, 'library-03-import-preview')
    // Nothing is saved yet.
    const listed = await (await fetch(`${server.url}/api/quizzes?q=european`)).json()
    expect(listed).toEqual([])

    await teacher.getByLabel('Title of the new quiz').fill('European geography')
    await teacher.getByRole('button', { name: 'Import only the 2 good questions' }).click()
    await teacher.getByRole('heading', { name: 'Edit quiz' }).waitFor()
    await expect(teacher.getByLabel('Title', { exact: true }).inputValue()).resolves.toBe('European geography')
    expect(await questionTitles(teacher)).toEqual(['Which river flows through Paris?', 'The Danube flows through Vienna.'])

    // --- hosting the imported quiz ---
    await teacher.getByRole('link', { name: 'Host this quiz' }).click()
    await teacher.getByRole('radio', { name: /European geography/ }).waitFor()
    await expect(teacher.getByRole('radio', { name: /European geography/ }).isChecked()).resolves.toBe(true)
    await teacher.getByLabel(/Show the question and answers on players' screens/).check()
    await teacher.getByRole('button', { name: 'Create game' }).click()
    await teacher.waitForURL(/\/host\/\d{6}$/)
    const pin = new URL(teacher.url()).pathname.split('/').pop()!

    const player = await (await browser.context({ viewport: PHONE, isMobile: true, hasTouch: true })).newPage()
    await joinFromLink(player, server.url, pin, 'Marie')
    await teacher.getByRole('button', { name: 'Start' }).click()
    await waitForPhase(player, 'question', '1 / 2')
    await player.getByRole('heading', { name: 'Which river flows through Paris?' }).waitFor()
    await player.getByRole('button', { name: 'Seine', exact: true }).click()
    await waitForPhase(player, 'reveal')
    await player.getByRole('heading', { name: 'Correct!' }).waitFor()
    await teacher.locator('.host-reveal').getByText('The Seine, "la Seine".').waitFor()
  })

  it('searches, duplicates and deletes from the library list, and exports a download', async () => {
    await api(server.url, '/api/quizzes', { json: { title: 'Volcanoes', questions: [{ id: 'v1', type: 'truefalse', prompt: 'Etna is in Sicily.', options: [{ text: 'True', correct: true }, { text: 'False', correct: false }] }] } })
    const page = await (await browser.context({ viewport: DESKTOP, acceptDownloads: true })).newPage()
    page.setDefaultTimeout(8000)
    await page.goto(`${server.url}/library`)
    await page.getByLabel('Search by title or description').fill('volcano')
    await page.waitForFunction(() => document.querySelectorAll('.library-item').length === 1)
    await page.getByRole('button', { name: 'Duplicate Volcanoes' }).click()
    await page.getByText('Made "Copy of Volcanoes". It is at the top of the list.').waitFor()
    await page.getByRole('link', { name: 'Edit Copy of Volcanoes' }).waitFor()

    const download = page.waitForEvent('download')
    await page.getByLabel('Export format for Copy of Volcanoes').selectOption('gift')
    await page.locator('.library-item', { hasText: 'Copy of Volcanoes' }).getByRole('button', { name: 'Export' }).click()
    expect((await download).suggestedFilename()).toBe('copy-of-volcanoes.gift')
    await page.getByText('Saved copy-of-volcanoes.gift').waitFor()

    await page.getByRole('button', { name: 'Delete Copy of Volcanoes' }).click()
    await page.getByRole('button', { name: 'Yes, delete' }).click()
    await page.getByText('Deleted "Copy of Volcanoes".').waitFor()
    await page.waitForFunction(() => document.querySelectorAll('.library-item').length === 1)
    expect((await api(server.url, '/api/quizzes?q=volcano')).body.map((q: { title: string }) => q.title)).toEqual(['Volcanoes'])
  })

  it('fits the library, the editor and the import preview on a 360 px phone', async () => {
    const phone = await (await browser.context({ viewport: PHONE, isMobile: true, hasTouch: true })).newPage()
    const noSideScroll = () => phone.evaluate((width) => document.documentElement.scrollWidth <= width, PHONE.width)
    await phone.goto(`${server.url}/library`)
    await phone.getByRole('link', { name: 'View Cloud basics' }).waitFor()
    await screenshot(phone, 'library-04-list-phone')
    expect(await noSideScroll()).toBe(true)

    await phone.getByRole('link', { name: 'New quiz' }).click()
    await phone.getByLabel('Question', { exact: true }).fill('Which sea is the saltiest?')
    await phone.getByLabel('Answer 1', { exact: true }).fill('Dead Sea')
    await screenshot(phone, 'library-05-editor-phone')
    expect(await noSideScroll()).toBe(true)

    await phone.goto(`${server.url}/library/import`)
    await phone.getByLabel('Quiz file').setInputFiles({ name: 'geo.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) })
    await phone.getByText('1 of 3 questions have problems').waitFor()
    await screenshot(phone, 'library-06-import-phone')
    expect(await noSideScroll()).toBe(true)
  })
})
