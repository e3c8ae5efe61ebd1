import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import readXlsxFile from 'read-excel-file/universal'
import { starterQuiz } from '@cirrus/questions'
import { rightChoice } from '../support/answers.ts'
import { PHONE, SCREENSHOT_DIR, screenshot } from '../support/browser.ts'
import { call, move } from '../support/client.ts'
import { hostGame, joinGame, nextPhase } from '../support/game.ts'
import { answerOnPhone, expectAccessible, joinFromLinkIn, useServerAndBrowser, waitForPhase } from './helpers.ts'

/**
 * The classroom record in Spanish and Arabic: two phones play a short game, each opens its own review at the podium
 * (a 360 px phone), and a teacher on a 1280 px laptop reads the list of games and the game's report in each language:
 * the words, plurals and digits of that language, Arabic laid out right to left with the teacher's and players' own
 * words keeping theirs, and no serious or critical axe violation.
 */

const env = useServerAndBrowser()
const LAPTOP = { width: 1280, height: 900 } as const
const LOCALE = { es: 'es-ES', ar: 'ar-EG' } as const
type Code = keyof typeof LOCALE

const phone = async (code: Code) => (await env.browser.context({ viewport: PHONE, isMobile: true, hasTouch: true, locale: LOCALE[code] })).newPage()
const laptop = async (code: Code) => (await env.browser.context({ viewport: LAPTOP, locale: LOCALE[code], acceptDownloads: true })).newPage()
const langOf = (page: Page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }))
/** A number as this browser's Intl writes it in the language (Arabic's digits depend on the ICU version). */
const digits = (page: Page, code: Code) => async (n: number) => page.evaluate(([lang, value]) => new Intl.NumberFormat(lang as string).format(value as number), [code, n] as const)
const percentIn = (page: Page, code: Code, share: number) => page.evaluate(([lang, value]) => new Intl.NumberFormat(lang as string, { style: 'percent', maximumFractionDigits: 0 }).format(value as number), [code, share] as const)
const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!

const quiz = starterQuiz
/** Ana (Spanish) gets the first question right and the second wrong; Omar (Arabic) the other way round; Bea both. */
const PLAYERS = { es: { nickname: 'Ana', rightAt: 0 }, ar: { nickname: 'Omar', rightAt: 1 } } as const

/** What each language's pages say, as a reader sees them. */
const WORDS = {
  es: {
    welcome: '¡Estás dentro!',
    reviewLink: 'Revisar mis respuestas',
    heading: 'Tu partida, Ana',
    rightOf: (n: string, total: string) => `${n} de ${total} correcta`,
    rightOfMany: (n: string, total: string) => `${n} de ${total} correctas`,
    verdict: { right: 'Correcta', wrong: 'Incorrecta' },
    yourAnswer: 'Tu respuesta',
    rightAnswer: 'Respuesta correcta',
    practice: 'La pregunta que fallaste está en tu cola de práctica, lista para ahora.',
    reports: 'Informes',
    columns: ['Jugada', 'Cuestionario', 'Jugadores', 'Preguntas', 'Cómo terminó'],
    ending: 'Todas las preguntas jugadas',
    outOf: (n: string, total: string) => `${n} de ${total}`,
    help: 'Quién necesita ayuda',
    hardest: 'Las más difíciles primero',
    rightTile: 'Aciertos',
    bars: (n: string) => `Cómo respondieron ${n} jugadores.`,
    answerColumn: 'Pregunta',
  },
  ar: {
    welcome: 'أنت في اللعبة!',
    reviewLink: 'راجع إجاباتي',
    heading: 'لعبتك يا Omar',
    rightOf: (n: string, total: string) => `${n} من ${total} صحيحة`,
    rightOfMany: (n: string, total: string) => `${n} من ${total} صحيحة`,
    verdict: { right: 'صحيحة', wrong: 'خاطئة' },
    yourAnswer: 'إجابتك',
    rightAnswer: 'الإجابة الصحيحة',
    practice: 'السؤال الذي أخطأت فيه في قائمة تدريبك، وموعده الآن.',
    reports: 'التقارير',
    columns: ['تاريخ اللعب', 'المسابقة', 'اللاعبون', 'الأسئلة', 'كيف انتهت'],
    ending: 'لُعبت كل الأسئلة',
    outOf: (n: string, total: string) => `${n} من ${total}`,
    help: 'من يحتاج إلى مساعدة',
    hardest: 'الأصعب أولًا',
    rightTile: 'الإجابات الصحيحة',
    // Three players: Arabic's "few" form (لاعبين), not its "other" (لاعب).
    bars: (n: string) => `كيف أجاب ${n} لاعبين.`,
    answerColumn: 'السؤال',
  },
} as const

/** Plays two questions with a phone in each language and a scripted third player, to the podium. */
async function playShortGame(): Promise<Record<Code, Page>> {
  const game = await hostGame(env.server.url, quiz.id, { questionCount: 2, showQuestionOnPlayers: true })
  const phones = { es: await phone('es'), ar: await phone('ar') }
  for (const code of ['es', 'ar'] as const) await joinFromLinkIn(phones[code], env.server.url, game.pin, PLAYERS[code].nickname, WORDS[code].welcome)
  const bea = await joinGame(env.server.url, game.pin, 'Bea')
  for (let i = 0; i < 2; i++) {
    const question = quiz.questions[i]!
    const opened = nextPhase(game.host, 'question')
    await move(game.host, i === 0 ? 'host:start' : 'host:next')
    await opened
    const revealed = nextPhase(game.host, 'reveal')
    await call(bea.socket, 'player:answer', { questionIndex: i, choice: rightChoice(question) })
    const shown = question.options.map((o) => o.text)
    for (const code of ['es', 'ar'] as const) await answerOnPhone(phones[code], question, shown, PLAYERS[code].rightAt === i, true)
    await revealed
    const board = nextPhase(game.host, 'leaderboard')
    await move(game.host, 'host:next')
    await board
  }
  const podium = nextPhase(game.host, 'podium')
  await move(game.host, 'host:next')
  await podium
  game.host.close()
  bea.socket.close()
  return phones
}

describe('the report pages in Spanish and Arabic', () => {
  it('a phone reviews its game, and a teacher reads the list and the report, in each language', { timeout: 150_000 }, async () => {
    const phones = await playShortGame()

    // Each player's own review, on the phone, in the phone's language.
    for (const code of ['es', 'ar'] as const) {
      const page = phones[code]
      const words = WORDS[code]
      const d = digits(page, code)
      await waitForPhase(page, 'podium')
      await page.getByRole('link', { name: words.reviewLink }).click()
      await page.waitForURL(/\/review\//)
      await page.getByRole('heading', { name: words.heading }).waitFor()
      expect(await langOf(page)).toEqual({ lang: code, dir: code === 'ar' ? 'rtl' : 'ltr' })
      // One right of two: the singular ("1 de 2 correcta"), in the language's digits.
      expect((await page.locator('.review-summary').textContent())!.endsWith(` · ${words.rightOf(await d(1), await d(2))}`)).toBe(true)
      const cards = page.locator('.review-card')
      await expect.poll(() => cards.count()).toBe(2)
      const verdicts = await page.locator('.review-card-verdict').allTextContents()
      const rightAt = PLAYERS[code].rightAt
      expect(verdicts[rightAt]).toMatch(new RegExp(`^✓ ${words.verdict.right}( ·|$)`))
      expect(verdicts[1 - rightAt]).toBe(`✗ ${words.verdict.wrong}`)
      const missed = cards.nth(1 - rightAt)
      expect(await missed.locator('dt').allTextContents()).toEqual([words.yourAnswer, words.rightAnswer])
      await page.getByText(words.practice).waitFor()
      // The question keeps the teacher's direction (an English prompt reads left to right in an Arabic page).
      expect(await missed.locator('.review-prompt').evaluate((el) => [el.getAttribute('dir'), getComputedStyle(el).direction])).toEqual(['auto', 'ltr'])
      if (code === 'ar') {
        // Right to left: the card's number at the right, its verdict at the left, its coloured edge on the right.
        const number = await missed.locator('.review-number').boundingBox()
        const verdict = await missed.locator('.review-card-verdict').boundingBox()
        expect(number!.x).toBeGreaterThan(verdict!.x)
        expect(await missed.evaluate((el) => [getComputedStyle(el).borderRightWidth, getComputedStyle(el).borderLeftWidth])).toEqual(['6px', '0px'])
        // The nickname in its own direction inside the Arabic heading.
        expect(await page.locator('h1 bdi[dir=auto]').textContent()).toBe('Omar')
      }
      await screenshot(page, `reports-lang-review-${code}`)
      await page.screenshot({ path: `${SCREENSHOT_DIR}/reports-lang-review-${code}-full.png`, fullPage: true })
      await expectAccessible(page, `the review in ${code}`)
      await page.context().close()
    }

    // The teacher's list of games and the game's report, on a laptop.
    for (const code of ['es', 'ar'] as const) {
      const words = WORDS[code]
      const page = await laptop(code)
      const d = digits(page, code)
      await page.goto(`${env.server.url}/reports`)
      await page.getByRole('heading', { name: words.reports, exact: true }).waitFor()
      expect(await langOf(page)).toEqual({ lang: code, dir: code === 'ar' ? 'rtl' : 'ltr' })
      const table = page.locator('.games-table')
      const row = table.locator('tbody tr').first()
      await row.getByText(words.ending).waitFor()
      expect(await table.locator('th').allTextContents()).toEqual(words.columns)
      expect(await row.locator('td').nth(3).textContent()).toBe(words.outOf(await d(2), await d(2)))
      // The date in the language's own words (its month's short name).
      const month = await page.evaluate((lang) => new Intl.DateTimeFormat(lang, { month: 'short' }).format(new Date()), code)
      expect(await row.locator('td').first().textContent()).toContain(month)
      if (code === 'ar') {
        // Right to left: the first column (when it was played) is the rightmost.
        const [played, title] = await Promise.all([box(page, '.games-table th:nth-child(1)'), box(page, '.games-table th:nth-child(2)')])
        expect(played.x).toBeGreaterThan(title.x)
      }
      await screenshot(page, `reports-lang-list-${code}`)
      await expectAccessible(page, `the list of reports in ${code}`)

      await row.getByRole('link', { name: quiz.title }).click()
      await page.getByRole('heading', { name: quiz.title }).waitFor()
      await page.getByRole('heading', { name: words.help }).waitFor()
      expect(await page.getByRole('button', { name: words.hardest }).getAttribute('aria-pressed')).toBe('true')
      // Four right answers of six, as the language writes a percentage.
      const rightTile = page.locator('.overview-tile', { hasText: words.rightTile })
      expect(await rightTile.locator('.overview-value').textContent()).toBe(await percentIn(page, code, 4 / 6))
      await expect.poll(() => page.locator('.player-row').count()).toBe(3)
      const rightOf = (name: string) => page.locator('.player-row', { hasText: name }).locator('.player-right').textContent()
      expect(await rightOf('Bea')).toBe(words.rightOfMany(await d(2), await d(2)))
      for (const name of ['Ana', 'Omar']) expect(await rightOf(name)).toBe(words.rightOf(await d(1), await d(2)))
      expect(await page.locator('.answer-bars').first().getAttribute('aria-label')).toContain(words.bars(await d(3)))
      if (code === 'ar') {
        // The title at the right, its buttons at the left; the quiz's English title keeps its own direction.
        const [title, actions] = await Promise.all([box(page, '.page-head h1'), box(page, '.page-actions')])
        expect(title.x).toBeGreaterThan(actions.x)
        expect(await page.locator('.page-head h1 bdi').evaluate((el) => getComputedStyle(el).direction)).toBe('ltr')
      }
      await screenshot(page, `reports-lang-report-${code}`)
      await page.locator('.player-row summary', { hasText: 'Ana' }).click()
      await page.locator('.player-row', { hasText: 'Ana' }).getByRole('columnheader', { name: words.answerColumn }).waitFor()
      await page.screenshot({ path: `${SCREENSHOT_DIR}/reports-lang-report-${code}-full.png`, fullPage: true })
      await expectAccessible(page, `the report in ${code}, a player's answers open`)
      if (code === 'es') {
        // The downloads are in the language on screen: the page asks for it (lang=es) and for its time zone, and
        // the files hold Spanish headings, results and sheet names.
        for (const ext of ['csv', 'xlsx'] as const) {
          const asked = page.waitForRequest((request) => request.url().includes(`.${ext}?`))
          const download = page.waitForEvent('download')
          await page.getByRole('button', { name: `Descargar .${ext}` }).click()
          const query = new URL((await asked).url()).searchParams
          expect([query.get('lang'), query.get('tz')]).toEqual(['es', await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)])
          const file = await download
          await page.getByRole('status').getByText(`Se descargó ${file.suggestedFilename()}.`).waitFor()
          const bytes = fs.readFileSync((await file.path())!)
          if (ext === 'csv') {
            const [header, ...rows] = bytes.toString('utf8').replace(/^\uFEFF/, '').split('\r\n')
            expect(header).toMatch(/^Puesto,Jugador,Puntos,Aciertos,/)
            expect(rows.find((row) => row.includes(',Ana,'))).toMatch(/,correcta,incorrecta$/)
          } else {
            const sheets = await readXlsxFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
            expect(sheets.map((sheet) => sheet.sheet)).toEqual(['Resumen', 'Puntuación final', 'Respuestas', 'Preguntas'])
            expect(sheets[1]!.data[0]!.slice(0, 3)).toEqual(['Puesto', 'Jugador', 'Puntos'])
          }
        }
        // Nothing on the page says the files are in another language any more.
        expect(await page.getByText(/inglés/).count()).toBe(0)
        // Switched on the page, the report speaks the new language at once (its catalogue fetched then).
        await page.getByLabel('Idioma').selectOption('ar')
        await page.getByRole('heading', { name: WORDS.ar.help }).waitFor()
        expect(await langOf(page)).toEqual({ lang: 'ar', dir: 'rtl' })
        expect(await page.locator('.player-row', { hasText: 'Bea' }).locator('.player-right').textContent()).toBe(WORDS.ar.rightOfMany(await digits(page, 'ar')(2), await digits(page, 'ar')(2)))
      }
      await page.context().close()
    }
  })

  it('says refusals in the language on screen: a review this browser has no seat for, a report that does not exist', { timeout: 60_000 }, async () => {
    const player = await phone('ar')
    await player.goto(`${env.server.url}/review/not-a-seat-of-this-browser`)
    await player.getByRole('alert').getByText('هذا المتصفح لم يلعب في تلك اللعبة، لذا ليست لديه مراجعة لعرضها.').waitFor()
    await player.getByRole('heading', { name: 'مراجعتك' }).waitFor()
    await screenshot(player, 'reports-lang-review-refused-ar')
    await expectAccessible(player, 'a refused review in Arabic')
    const teacher = await laptop('es')
    await teacher.goto(`${env.server.url}/reports/no-such-game`)
    await teacher.getByRole('alert').getByText(/^No hay informe de esta partida/).waitFor()
    await expectAccessible(teacher, 'a report that does not exist, in Spanish')
  })
})
