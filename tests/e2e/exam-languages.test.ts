import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { PHONE, screenshot } from '../support/browser.ts'
import { expectAccessible, useServerAndBrowser } from './helpers.ts'

/**
 * The study pages around practice in Spanish and in Arabic: a short mock exam (two answers, a flag, the review
 * screen, an early submit, the score report, a problem report), the progress page and the teacher's list of problem
 * reports, with the exam's clock counting in the language's digits, Arabic laid out right to left, and axe on each
 * screen. Screenshots at 360 and 1280 px.
 */

const env = useServerAndBrowser()
const DESKTOP = { width: 1280, height: 900 } as const

/** What each language must say, with `d` the language's digits (Intl's, which differ by ICU version for Arabic). */
const WORDS = {
  es: {
    locale: 'es-ES',
    home: 'Examen de prueba',
    facts: (d: Digits) => `${d(65)} preguntas elegidas según el peso de cada área del CLF-C02`,
    start: 'Empezar el examen',
    questionOf: (d: Digits) => `Pregunta ${d(1)} de ${d(65)}`,
    timeLeft: 'Tiempo restante',
    flag: 'Marcar para revisar',
    next: 'Siguiente',
    answeredCell: (d: Digits, n: number) => `Pregunta ${d(n)}, respondida`,
    flaggedCell: (d: Digits, n: number) => `Pregunta ${d(n)}, respondida, marcada`,
    review: 'Revisar y entregar',
    reviewTitle: 'Revisa antes de entregar',
    counts: (d: Digits) => `${d(2)} respondidas${d(63)} sin responder${d(1)} marcada para revisar`,
    submit: 'Entregar y ver mi nota',
    result: 'Tu resultado',
    fail: 'Suspenso',
    domain: 'Conceptos de la nube',
    unanswered: '✗ Sin responder',
    report: 'Informar de un problema con esta pregunta',
    other: 'Otra cosa',
    commentNeeded: 'Comentario (di cuál es el problema)',
    send: 'Enviar el informe',
    sent: 'Gracias: tu informe se envió al docente.',
    reportsTitle: 'Problemas informados',
    /** By reports and questions listed (the other language's test may have reported one before). */
    reportsTotal: { '1,1': '1 informe sobre 1 pregunta.', '2,1': '2 informes sobre 1 pregunta.', '2,2': '2 informes sobre 2 preguntas.' } as Record<string, string>,
    fromExam: 'repaso del examen de prueba',
    progressLink: 'Ver tu progreso',
    progress: 'Tu progreso',
    /** Out of the bank's questions, whatever their number. */
    seen: (d: Digits) => new RegExp(`^${d(2)}de ${NUMBER} preguntas vistas$`),
    chart: (d: Digits, score: string) => `Notas de los exámenes de prueba: intento ${d(1)}: ${score}. Se aprueba con ${d(700)}.`,
  },
  ar: {
    locale: 'ar-EG',
    home: 'اختبار تجريبي',
    facts: (d: Digits) => `${d(65)} سؤالًا موزّعة حسب أوزان مجالات CLF-C02`,
    start: 'ابدأ الاختبار',
    questionOf: (d: Digits) => `السؤال ${d(1)} من ${d(65)}`,
    timeLeft: 'الوقت المتبقي',
    flag: 'ضع علامة للمراجعة',
    next: 'التالي',
    answeredCell: (d: Digits, n: number) => `السؤال ${d(n)}، مُجاب`,
    flaggedCell: (d: Digits, n: number) => `السؤال ${d(n)}، مُجاب، عليه علامة`,
    review: 'راجع وسلّم',
    reviewTitle: 'راجع قبل أن تسلّم',
    counts: (d: Digits) => `مُجابة: ${d(2)}بلا إجابة: ${d(63)}عليها علامة للمراجعة: ${d(1)}`,
    submit: 'سلّم واعرض درجتي',
    result: 'نتيجتك',
    fail: 'راسب',
    domain: 'مفاهيم السحابة',
    unanswered: '✗ بلا إجابة',
    report: 'أبلغ عن مشكلة في هذا السؤال',
    other: 'شيء آخر',
    commentNeeded: 'تعليق (اذكر المشكلة)',
    send: 'أرسل البلاغ',
    sent: 'شكرًا: أُرسل بلاغك إلى المعلّم.',
    reportsTitle: 'المشكلات المُبلَّغ عنها',
    reportsTotal: { '1,1': 'بلاغ واحد عن سؤال واحد.', '2,1': 'بلاغان عن سؤال واحد.', '2,2': 'بلاغان عن سؤالين.' } as Record<string, string>,
    fromExam: 'مراجعة اختبار تجريبي',
    progressLink: 'اعرض تقدّمك',
    progress: 'تقدّمك',
    seen: (d: Digits) => new RegExp(`^${d(2)}من ${NUMBER} (سؤالًا|سؤال|أسئلة) شوهدت$`),
    chart: (d: Digits, score: string) => `درجات الاختبارات التجريبية: المحاولة ${d(1)}: ${score}. درجة النجاح ${d(700)}.`,
  },
} as const
type Code = keyof typeof WORDS
type Digits = (n: number) => string

const NUMBER = '[\\d٠-٩.,٬\\s]+'
const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩'
/** A clock's text (Latin or Arabic-Indic digits) in seconds: "1:29:58" → 5398. */
function seconds(clock: string): number {
  const latin = [...clock].map((c) => (ARABIC_DIGITS.includes(c) ? String(ARABIC_DIGITS.indexOf(c)) : c)).join('')
  return latin.split(':').reduce((total, part) => total * 60 + Number(part), 0)
}

const page = async (code: Code) => (await env.browser.context({ viewport: DESKTOP, locale: WORDS[code].locale })).newPage()
const langOf = (p: Page) => p.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }))
/** Intl's digits for this page's language, as the app writes them. */
async function digitsOf(p: Page, code: Code): Promise<Digits> {
  const formatted = await p.evaluate((lang) => Object.fromEntries([...Array(100).keys(), 700].map((n) => [n, new Intl.NumberFormat(lang).format(n)])), code)
  return (n) => formatted[n] ?? String(n)
}

/** Both widths: a 360 px phone and a 1280 px laptop, then back to the laptop. */
async function shoot(p: Page, name: string): Promise<void> {
  await p.setViewportSize(PHONE)
  await screenshot(p, `${name}-360`)
  await p.setViewportSize(DESKTOP)
  await screenshot(p, `${name}-1280`)
}

/**
 * Moves on with "Next" to the first question from here that has options to tap (ordering and number questions have
 * controls of their own) and taps its first one; returns its place (0-based).
 */
async function answerNextWithOptions(p: Page, next: string): Promise<number> {
  for (;;) {
    const option = p.locator('.pq .pq-option').first()
    if (await option.count()) {
      const place = await p.evaluate(() => [...document.querySelectorAll('.exam-grid .cell')].findIndex((c) => c.classList.contains('here')))
      await option.click()
      return place
    }
    await p.getByRole('button', { name: next, exact: true }).click()
  }
}

describe('the mock exam and progress in Spanish and Arabic', () => {
  for (const code of ['es', 'ar'] as const) {
    it(`takes a short mock exam and opens progress in ${code}`, { timeout: 90_000 }, async () => {
      const w = WORDS[code]
      const p = await page(code)
      p.setDefaultTimeout(15_000) // a shared, loaded machine: the progress page's chunk and data took over 8 s once
      await p.goto(`${env.server.url}/exam`)
      await p.getByRole('heading', { name: w.home, exact: true }).waitFor()
      expect(await langOf(p)).toEqual({ lang: code, dir: code === 'ar' ? 'rtl' : 'ltr' })
      const d = await digitsOf(p, code)
      expect(await p.locator('.exam-facts li').first().textContent()).toBe(w.facts(d))
      await expectAccessible(p, `the mock exam's home in ${code}`)
      await shoot(p, `exam-lang-${code}-01-home`)

      await p.getByRole('button', { name: w.start }).click()
      await p.waitForURL(/\/exam\/[0-9a-f-]+$/)
      await p.getByText(w.questionOf(d), { exact: true }).waitFor()

      // The clock counts down from 90 minutes in the language's digits.
      const timer = p.getByRole('timer', { name: w.timeLeft })
      const first = (await timer.textContent())!
      expect(seconds(first)).toBeGreaterThan(89 * 60)
      expect(seconds(first)).toBeLessThanOrEqual(90 * 60)
      if (code === 'ar' && d(1) !== '1') expect(first).toMatch(/^[٠-٩]:[٠-٩]{2}:[٠-٩]{2}$/)
      await p.waitForFunction(([start]) => document.querySelector('.exam-timer')?.textContent !== start, [first])
      expect(seconds((await timer.textContent())!)).toBeLessThan(seconds(first))

      // Two answers, the second flagged.
      const firstAnswered = await answerNextWithOptions(p, w.next)
      await p.getByRole('button', { name: w.answeredCell(d, firstAnswered + 1), exact: true }).waitFor()
      await p.getByRole('button', { name: w.next, exact: true }).click()
      const secondAnswered = await answerNextWithOptions(p, w.next)
      await p.getByLabel(w.flag).check()
      await p.getByRole('button', { name: w.flaggedCell(d, secondAnswered + 1), exact: true }).waitFor()
      if (code === 'ar') {
        // Right to left: the grid starts at the right, and "Next" sits at the left, where the reading goes on.
        const one = await p.locator('.exam-grid .cell').nth(0).boundingBox()
        const two = await p.locator('.exam-grid .cell').nth(1).boundingBox()
        expect(one!.x).toBeGreaterThan(two!.x)
        const next = await p.getByRole('button', { name: w.next, exact: true }).boundingBox()
        expect(next!.x + next!.width).toBeLessThan(DESKTOP.width / 2)
      }
      await expectAccessible(p, `a running mock exam in ${code}`)
      await shoot(p, `exam-lang-${code}-02-running`)

      await p.waitForTimeout(300) // the flag's PUT
      await p.getByRole('button', { name: w.review }).first().click()
      await p.getByRole('heading', { name: w.reviewTitle }).waitFor()
      expect(await p.locator('.review-counts').textContent()).toBe(w.counts(d))
      await expectAccessible(p, `the review before submitting in ${code}`)
      await shoot(p, `exam-lang-${code}-03-review`)

      await p.getByRole('button', { name: w.submit }).click()
      await p.getByRole('heading', { name: w.result, exact: true }).waitFor()
      expect(await p.locator('.score-card .big-number span').textContent()).toBe(w.fail)
      const score = (await p.locator('.score-card .big-number').textContent())!.replace(w.fail, '')
      expect(await p.locator('.exam-result .bar-label').allTextContents()).toContainEqual(expect.stringContaining(w.domain))
      const unanswered = [0, 1, 2].find((i) => i !== firstAnswered && i !== secondAnswered)!
      expect(await p.locator('.review-item').nth(unanswered).locator('.review-verdict').textContent()).toBe(w.unanswered)
      await expectAccessible(p, `the mock exam's result in ${code}`)
      await shoot(p, `exam-lang-${code}-04-result`)

      // "Report a problem" from the review: "something else" needs its comment.
      const reviewed = p.locator('.review-item').first()
      await reviewed.getByRole('button', { name: w.report }).click()
      await reviewed.getByLabel(w.other).check()
      await reviewed.getByLabel(w.commentNeeded).fill('The prices changed in 2026.')
      await expectAccessible(p, `the problem report form in ${code}`)
      await reviewed.getByRole('button', { name: w.send }).click()
      await reviewed.getByText(w.sent).waitFor()

      await p.getByRole('link', { name: w.progressLink }).click()
      await p.waitForURL(/\/progress$/)
      await p.getByRole('heading', { name: w.progress, exact: true }).waitFor()
      await p.locator('.score-chart').waitFor()
      expect(await p.locator('.tiles li').first().textContent()).toMatch(w.seen(d))
      expect(await p.locator('.score-chart').getAttribute('aria-label')).toBe(w.chart(d, score))
      if (code === 'ar') {
        const heading = await p.getByRole('heading', { name: w.progress, exact: true }).boundingBox()
        expect(heading!.x + heading!.width).toBeGreaterThan(DESKTOP.width / 2) // the title starts at the right
      }
      await expectAccessible(p, `progress in ${code}`)
      await shoot(p, `exam-lang-${code}-05-progress`)

      // The teacher's list of reports (no admin password on this server: anyone is a teacher).
      await p.goto(`${env.server.url}/library/problem-reports`)
      await p.getByRole('heading', { name: w.reportsTitle, exact: true }).waitFor()
      await p.locator('.report-entry').first().waitFor()
      const listed = `${await p.locator('.report-entry').count()},${await p.locator('.report-group').count()}`
      expect(await p.locator('.report-total').textContent()).toBe(w.reportsTotal[listed])
      const entry = await p.locator('.report-entry').first().textContent()
      expect(entry).toContain(w.other)
      expect(entry).toContain(w.fromExam)
      await expectAccessible(p, `the teacher's problem reports in ${code}`)
      await shoot(p, `exam-lang-${code}-06-problem-reports`)
      await p.context().close()
    })
  }
})
