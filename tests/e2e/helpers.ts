import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { starterQuiz, type Question } from '@cirrus/questions'
import { afterAll, beforeAll } from 'vitest'
import { launchBrowser, type TestBrowser } from '../support/browser.ts'
import { repoRoot, spawnServer, type ServerProcess, type SpawnOptions } from '../support/server.ts'

/**
 * Builds apps/web/dist when its sources changed, as `npm start` does, so the server serves the current client.
 * Test files run in parallel: a lock (an atomic mkdir) lets one build while the others wait, then find it up to date.
 */
export async function buildWeb(): Promise<void> {
  const lock = path.join(os.tmpdir(), `cirrus-web-build-${Buffer.from(repoRoot).toString('hex').slice(-24)}.lock`)
  const deadline = Date.now() + 180_000
  for (;;) {
    try {
      fs.mkdirSync(lock)
      break
    } catch {
      const stale = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 120_000
      if (stale) fs.rmSync(lock, { recursive: true, force: true })
      if (Date.now() > deadline) throw new Error(`waited too long for the web build lock ${lock}`)
      await new Promise((r) => setTimeout(r, 200))
    }
  }
  try {
    execFileSync(process.execPath, [path.join(repoRoot, 'scripts/build-web-if-needed.mjs')], { cwd: repoRoot, stdio: 'inherit' })
  } finally {
    fs.rmSync(lock, { recursive: true, force: true })
  }
}

/**
 * Hooks for a browser test file: builds the web app, starts the server as `npm start` runs it and launches a
 * browser before the tests, and closes both after. Read `server` and `browser` inside the tests.
 */
export function useServerAndBrowser(options: SpawnOptions = {}): { server: ServerProcess; browser: TestBrowser } {
  const env = {} as { server: ServerProcess; browser: TestBrowser }
  beforeAll(async () => {
    await buildWeb()
    env.server = await spawnServer(options)
    env.browser = await launchBrowser()
  }, 180_000)
  afterAll(async () => {
    await env.browser?.close()
    await env.server?.stop()
  })
  return env
}

/** The names the phone gives option buttons when the question is not on the phone, by display position. */
export const SHAPE_LABELS = ['Red triangle', 'Blue diamond', 'Yellow circle', 'Green square', 'Purple star', 'Teal hexagon']

/** Creates a game of the starter quiz from the host page; returns its PIN once the lobby shows. */
export async function createGameFromUi(
  page: Page,
  url: string,
  options: { questionCount?: number; query?: string; showQuestionOnPlayers?: boolean; autoAdvance?: boolean; getReadySec?: number } = {},
): Promise<string> {
  await page.goto(`${url}/host${options.query ?? ''}`)
  await page.getByRole('radio', { name: /Cloud basics/ }).check()
  // No get-ready unless the test asks for one: a test's phones answer as soon as the question is there.
  await page.getByLabel(/^Get ready/).selectOption(String(options.getReadySec ?? 0))
  if (options.questionCount) await page.getByLabel('Number of questions').fill(String(options.questionCount))
  if (options.autoAdvance) await page.getByLabel(/auto-advance/).check()
  if (options.showQuestionOnPlayers) await page.getByLabel(/Show the question and answers on players' screens/).check()
  await page.getByRole('button', { name: 'Create game' }).click()
  await page.waitForURL(/\/host\/\d{6}$/)
  await page.locator('.lobby-pin').waitFor()
  return new URL(page.url()).pathname.split('/').pop()!
}

/** Joins from the QR code's link (`/join/:pin`), picks a nickname, and waits for the lobby on the phone. */
export async function joinFromLink(page: Page, url: string, pin: string, nickname: string): Promise<void> {
  await page.goto(`${url}/join/${pin}`)
  await page.getByLabel('Nickname').fill(nickname)
  await page.getByRole('button', { name: "Let's go!" }).click()
  await page.waitForURL(`**/play/${pin}`)
  await page.getByRole('heading', { name: "You're in!" }).waitFor()
}

/**
 * Joins from the QR code's link in whatever language the page speaks: the nickname box and the form's button by
 * their place, then the lobby's heading (`welcome`, in that language).
 */
export async function joinFromLinkIn(page: Page, url: string, pin: string, nickname: string, welcome: string): Promise<void> {
  await page.goto(`${url}/join/${pin}`)
  await page.locator('#nickname').fill(nickname)
  await page.locator('.join-form button[type=submit]').click()
  await page.waitForURL(`**/play/${pin}`)
  await page.getByRole('heading', { name: welcome }).waitFor()
}

/** Joins by typing the PIN on /join, as a player without the QR code does. */
export async function joinByPin(page: Page, url: string, pin: string, nickname: string): Promise<void> {
  await page.goto(`${url}/join`)
  await page.getByLabel('Game PIN').fill(pin)
  await page.getByRole('button', { name: 'Enter' }).click()
  await page.getByLabel('Nickname').fill(nickname)
  await page.getByRole('button', { name: "Let's go!" }).click()
  await page.waitForURL(`**/play/${pin}`)
  await page.getByRole('heading', { name: "You're in!" }).waitFor()
}

/** The starter question now on the host screen, found by its prompt, with the options in display order. */
export async function questionOnHost(host: Page): Promise<{ question: Question; shown: string[] }> {
  // The options show once the get-ready is over.
  await host.locator('.host-question:not(.getting-ready)').waitFor()
  const prompt = (await host.locator('.host-question .prompt').textContent())?.trim()
  const question = starterQuiz.questions.find((q) => q.prompt === prompt)
  if (!question) throw new Error(`the host shows a question not in the starter quiz: ${prompt}`)
  const shown = question.type === 'text' ? [] : await host.locator('.host-question .option-text').allTextContents()
  return { question, shown }
}

/** Answers on the phone as a player would: taps, toggles and submits, or types. Right or wrong on purpose. */
export async function answerOnPhone(page: Page, question: Question, shown: string[], right: boolean, textOnPhone = false): Promise<void> {
  if (question.type === 'text') {
    await page.getByLabel('Your answer').fill(right ? question.options[0]!.text : 'definitely not this')
    await page.getByRole('button', { name: 'Submit' }).click()
  } else if (question.type === 'truefalse') {
    // Its two buttons are True then False, in the words of the language on the phone's screen.
    await page.locator('.answer-grid .answer').nth(question.options.findIndex((o) => o.correct === right)).click()
  } else {
    const rightTexts = question.options.filter((o) => o.correct).map((o) => o.text)
    const wrong = shown.findIndex((t) => !rightTexts.includes(t))
    // A wrong multiple-response answer still picks as many as the question asks (the phone submits only then): one
    // wrong option in place of a right one.
    const positions = right
      ? rightTexts.map((t) => shown.indexOf(t))
      : question.type === 'multiple'
        ? [wrong, ...rightTexts.slice(1).map((t) => shown.indexOf(t))]
        : [wrong]
    const name = (i: number) => (textOnPhone ? shown[i]! : SHAPE_LABELS[i]!)
    for (const i of positions) await page.getByRole('button', { name: name(i), exact: true }).click()
    if (question.type === 'multiple') await page.getByRole('button', { name: /^Submit/ }).click()
  }
  // The last answer closes the round at once, so the reveal may replace "locked in" before it is seen.
  await page.locator('.locked-in, .phase-reveal').first().waitFor()
}

export async function waitForPhase(page: Page, phase: string, progress?: string): Promise<void> {
  await page.locator(`.phase-${phase}`).waitFor()
  if (progress) await page.locator('.host-progress, .play-progress', { hasText: progress }).waitFor()
}

/** The score in the phone's top bar. */
export async function phoneScore(page: Page): Promise<number> {
  return Number((await page.locator('.play-score').textContent())!.replace(/[^\d]/g, ''))
}

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const BLOCKING = new Set(['serious', 'critical'])

/**
 * Runs axe-core on the page as it is now and fails on any serious or critical violation, naming each rule, why and
 * the elements (up to five). `where` says which screen it was in the failure. Minor and moderate findings are left
 * to review; they do not fail the suite.
 */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  // Page.evaluate runs through the debugging protocol, so the app's Content-Security-Policy does not block axe.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE)
  // Checked once the fades have ended: a colour caught mid-transition (a podium step's 0.5 s fade in, slower on a
  // busy machine) is a blend nobody reads, and axe would measure its contrast.
  await page.evaluate(() => {
    const fades = document.getAnimations().filter((a) => a instanceof CSSTransition).map((a) => a.finished.catch(() => {}))
    return Promise.race([Promise.all(fades), new Promise((r) => setTimeout(r, 3000))])
  })
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }
    const result = await w.axe.run(document, { resultTypes: ['violations'] })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`) }))
  })
  const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ''))
  if (blocking.length > 0) {
    throw new Error(`${where}: ${blocking.length} serious or critical accessibility violation(s):\n${blocking.map((v) => `- ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.join('\n    ')}`).join('\n')}`)
  }
}

interface AxeViolation {
  id: string
  impact?: string | null
  help: string
  nodes: { target: string[]; failureSummary?: string }[]
}

/** Puts a practice card's ordering items in `wanted` order with their up buttons, as a keyboard or screen reader would. */
export async function arrangeItems(page: Page, wanted: readonly string[]): Promise<void> {
  for (const [place, text] of wanted.entries()) {
    const at = (await page.locator('.order-text').allTextContents()).indexOf(text)
    for (let k = at; k > place; k--) await page.getByRole('button', { name: `Move ${text} up` }).click()
  }
}

/** Answers a practice card's ordering (right, or reversed) or number question (right, or far off); false for other types. */
export async function answerOrderOrNumber(page: Page, question: Question, right: boolean): Promise<boolean> {
  if (question.type === 'ordering') {
    const items = question.options.map((o) => o.text)
    await arrangeItems(page, right ? items : [...items].reverse())
    return true
  }
  if (question.type === 'number') {
    const value = question.number!.answers.find((a) => a.credit === 1)!.value
    await page.getByLabel(/^Your number/).fill(String(right ? value : value + 1000))
    return true
  }
  return false
}

