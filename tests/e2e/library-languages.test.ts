import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { PHONE, screenshot } from '../support/browser.ts'
import { expectAccessible, useServerAndBrowser } from './helpers.ts'

/**
 * The teacher's library pages in Spanish and Arabic: the list, the new-quiz editor (its problems worded in the
 * language on screen, with the language's plural forms) and the import preview, laid out right to left in Arabic,
 * with no serious or critical axe violation; screenshots at 1280 px and on a 360 px phone.
 */

const env = useServerAndBrowser()
const WIDE = { width: 1280, height: 900 }
const LOCALE = { es: 'es-ES', ar: 'ar-EG' } as const
type Code = keyof typeof LOCALE

/** Two good rows and one that marks two right answers for a one-answer question. */
const CSV = [
  'Type,Question,Answer 1,Answer 2,Answer 3,Answer 4,Correct,Explanation,Time limit',
  'single,Which river flows through Paris?,Seine,Rhine,Danube,Thames,1,,30',
  'single,Which city is the capital of Italy?,Milan,Rome,Turin,Naples,"1,2",,20',
  'truefalse,The Danube flows through Vienna.,True,False,,,1,,30',
].join('\n')

const WORDS = {
  es: {
    library: 'Biblioteca de cuestionarios',
    newQuiz: 'Nuevo cuestionario',
    yours: 'Tus cuestionarios',
    title: 'Título',
    question: 'Pregunta',
    answer: (n: number) => new RegExp(`^Respuesta ${n}$`),
    emptyAnswer: 'falta el texto de la respuesta',
    problems: /^\d+ problemas por resolver antes de guardar$/,
    two: '2 problemas por resolver antes de guardar',
    one: '1 problema por resolver antes de guardar',
    right: /^Correcta \(respuesta: Sena\)$/,
    save: 'Guardar cuestionario',
    importTitle: 'Importar un cuestionario',
    file: 'Archivo del cuestionario',
    found: 'Hoja de cálculo CSV: 3 preguntas encontradas',
    importGood: 'Importar solo las 2 preguntas buenas',
    twoRight: 'respuestas: una pregunta de opción múltiple tiene exactamente una opción correcta, no 2',
    leave: '¿Salir de este cuestionario sin guardar los cambios?',
  },
  ar: {
    library: 'مكتبة المسابقات',
    newQuiz: 'مسابقة جديدة',
    yours: 'مسابقاتك',
    title: 'العنوان',
    question: 'السؤال',
    // In this browser's digits for Arabic (٣ or 3, by ICU version).
    answer: (n: number) => new RegExp(`^الإجابة (${n}|${String.fromCharCode(0x0660 + n)})$`),
    emptyAnswer: 'نص الإجابة فارغ',
    // 3 to 10 takes the plural "few" form; two and one have words of their own.
    problems: /^\S+ مشكلات يجب إصلاحها قبل الحفظ$/,
    two: 'مشكلتان يجب إصلاحهما قبل الحفظ',
    one: 'مشكلة واحدة يجب إصلاحها قبل الحفظ',
    right: /^صحيحة \(الإجابة: Sena\)$/,
    save: 'حفظ المسابقة',
    importTitle: 'استيراد مسابقة',
    file: 'ملف المسابقة',
    found: 'جدول CSV: وُجدت ٣ أسئلة',
    importGood: 'استورد السؤالين السليمين فقط',
    // The count in this browser's digits for Arabic (٢ or 2, by ICU version).
    twoRight: /^الإجابات: لسؤال الاختيار من متعدد خيار صحيح واحد بالضبط، لا (2|٢)$/,
    leave: 'هل تغادر هذه المسابقة دون حفظ تغييراتك؟',
  },
} satisfies Record<Code, unknown>

const langOf = (page: Page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }))
const noSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
/** Arabic's digits by this browser's Intl (٣ or 3, by ICU version): the expected words are written with Arabic-Indic ones. */
const digits = (text: string) => text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))

async function open(code: Code, viewport: { width: number; height: number }, mobile = false): Promise<Page> {
  const context = await env.browser.context({ viewport, locale: LOCALE[code], ...(mobile && { isMobile: true, hasTouch: true }) })
  const page = await context.newPage()
  page.setDefaultTimeout(8000)
  return page
}

describe('the library pages in Spanish and Arabic', () => {
  for (const code of ['es', 'ar'] as const) {
    const w = WORDS[code]

    it(`${code}: the list, the editor with its problems, and the import preview`, { timeout: 90_000 }, async () => {
      const page = await open(code, WIDE)
      await page.goto(`${env.server.url}/library`)
      await page.getByRole('heading', { name: w.library }).waitFor()
      await page.getByRole('heading', { name: w.yours }).waitFor()
      expect(await langOf(page)).toEqual({ lang: code, dir: code === 'ar' ? 'rtl' : 'ltr' })
      // A teacher's title keeps its own direction: an English title reads left to right in Arabic.
      expect(await page.locator('.library-item .quiz-title').first().getAttribute('dir')).toBe('auto')
      await page.waitForLoadState('networkidle')
      await screenshot(page, `library-lang-${code}-01-list`)
      await expectAccessible(page, `the library in ${code}`)
      if (code === 'es') {
        // A duplicate is named by the server in the language on screen.
        await page.locator('.library-item').first().getByRole('button', { name: /^Duplicar / }).click()
        await page.getByText(/^Se creó «Copia de .+»\. Está al principio de la lista\.$/).waitFor()
      }

      await page.getByRole('link', { name: w.newQuiz }).click()
      await page.getByRole('heading', { name: w.newQuiz }).waitFor()
      if (code === 'ar') {
        // Right to left: the first column (the question list) sits on the right, labels at the right edge.
        const nav = (await page.locator('.question-nav').boundingBox())!
        expect(nav.x).toBeGreaterThan(WIDE.width / 2)
        const label = (await page.getByText(w.title, { exact: true }).boundingBox())!
        expect(label.x + label.width).toBeGreaterThan(WIDE.width * 0.9)
      }
      // The problems are counted once the quiz is being written, in the language's words and plural forms.
      await page.getByLabel(w.title, { exact: true }).fill(code === 'ar' ? 'أنهار أوروبا' : 'Ríos de Europa')
      await page.getByText(w.problems).waitFor()
      await page.getByText(w.emptyAnswer).first().waitFor()
      await page.getByLabel(w.question, { exact: true }).fill(code === 'ar' ? 'أي نهر يمر بباريس؟' : '¿Qué río pasa por París?')
      for (const [i, text] of ['Sena', 'Rin', 'Danubio'].entries()) await page.getByLabel(w.answer(i + 1)).fill(text)
      await page.getByText(w.two, { exact: true }).waitFor()
      await page.getByLabel(w.answer(4)).fill('Támesis')
      await page.getByText(w.one, { exact: true }).waitFor()
      // Each right-answer control names its option, in the language on screen.
      await page.getByRole('radio', { name: w.right }).check()
      await expect(page.getByRole('button', { name: w.save }).isEnabled()).resolves.toBe(true)
      expect(await page.getByLabel(w.question, { exact: true }).getAttribute('dir')).toBe('auto')
      // Leaving with unsaved changes asks first, in the language on screen; "no" stays.
      const asked = new Promise<string>((resolve) => page.once('dialog', (d) => void d.dismiss().then(() => resolve(d.message()))))
      await page.locator('.crumbs').getByRole('link', { name: w.library }).click()
      expect(await asked).toBe(w.leave)
      expect(new URL(page.url()).pathname).toBe('/library/new')
      await page.evaluate(() => window.scrollTo(0, 0))
      await screenshot(page, `library-lang-${code}-02-editor`)
      await expectAccessible(page, `the new-quiz editor in ${code}`)

      await page.goto(`${env.server.url}/library/import`)
      await page.getByRole('heading', { name: w.importTitle }).waitFor()
      await page.getByLabel(w.file).setInputFiles({ name: 'geography.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) })
      await page.locator('.import-preview h2').waitFor()
      expect(digits((await page.locator('.import-preview h2').textContent())!)).toBe(digits(w.found))
      expect(digits((await page.locator('.import-commit .button').textContent())!)).toBe(digits(w.importGood))
      // The file's own problems too, from the codes the reader (packages/formats) sends.
      await page.getByText(w.twoRight).waitFor()
      await screenshot(page, `library-lang-${code}-03-import`)
      await expectAccessible(page, `the import preview in ${code}`)
      await page.context().close()
    })

    it(`${code}: the same pages fit a 360 px phone`, { timeout: 60_000 }, async () => {
      const page = await open(code, PHONE, true)
      await page.goto(`${env.server.url}/library`)
      await page.getByRole('heading', { name: w.library }).waitFor()
      await page.locator('.library-item').first().waitFor()
      await screenshot(page, `library-lang-${code}-04-list-phone`)
      expect(await noSideScroll(page)).toBe(true)
      await page.goto(`${env.server.url}/library/new`)
      await page.getByLabel(w.question, { exact: true }).fill(code === 'ar' ? 'أي بحر هو الأكثر ملوحة؟' : '¿Qué mar es el más salado?')
      await page.getByLabel(w.answer(1)).fill(code === 'ar' ? 'البحر الميت' : 'Mar Muerto')
      await screenshot(page, `library-lang-${code}-05-editor-phone`)
      expect(await noSideScroll(page)).toBe(true)
      await page.goto(`${env.server.url}/library/import`)
      await page.getByLabel(w.file).setInputFiles({ name: 'geography.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) })
      await page.locator('.import-item').first().waitFor()
      await screenshot(page, `library-lang-${code}-06-import-phone`)
      expect(await noSideScroll(page)).toBe(true)
      await page.context().close()
    })
  }
})
