import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { exportQuiz } from '@cirrus/formats'
import { screenshot } from '../support/browser.ts'
import { api } from '../support/http.ts'
import { expectAccessible, useServerAndBrowser } from './helpers.ts'

/**
 * What the file readers say reaches a Spanish or Arabic teacher in their language (issue #18): a malformed file's
 * problems on the import page, each with its line, the notes on what an import changed, and the export's warnings
 * beside its download. The server sends codes and values; the page words them (library/format-words.ts).
 */

const env = useServerAndBrowser()
const WIDE = { width: 1280, height: 900 }
const LOCALE = { es: 'es-ES', ar: 'ar-EG' } as const
type Code = keyof typeof LOCALE

/** A GIFT file: a good question, one whose answers are never closed (line 3), an essay (line 5). */
const GIFT = ['Capital de Francia? {=Paris ~Roma}', '', 'Capital de Italia? {=Roma ~Milan', '', 'Escribe un ensayo {}', ''].join('\n')
/** Cirrus JSON with a misspelt literal on line 3. */
const JSON_FILE = '{\n  "title": "x",\n  "questions": tru\n}'
/** A CSV row whose time limit is beyond Cirrus's 240 s: imported, with a note. */
const CSV = 'question,answer 1,answer 2,correct,time limit\nLongest river?,Nile,Seine,1,300\n'

const WORDS = {
  es: {
    file: 'Archivo del cuestionario',
    unclosed: ['línea 3', 'las respuestas abiertas con { nunca se cierran con }'],
    essay: ['línea 5', 'una pregunta de ensayo ({} vacío) no tiene respuesta que comprobar; Cirrus no puede jugarla'],
    json: 'línea 3: JSON no válido en la columna 16: texto inesperado (¿una palabra que no es true, false ni null, o texto sin comillas?)',
    noteText: 'el tiempo límite de 300 s está fuera de los 5 a 240 s de Cirrus: se pone en 240 s',
    brokenXlsx: 'archivo: la hoja de cálculo está dañada: su contenido no se puede descomprimir (¿se cortó la descarga o la copia?)',
    csvQuote: ['fila 3', 'fila 3: un campo entre comillas nunca se cierra (falta una ")'],
  },
  ar: {
    file: 'ملف المسابقة',
    unclosed: ['السطر ٣', 'الإجابات المفتوحة بـ { لا تُغلق أبدًا بـ }'],
    essay: ['السطر ٥', 'سؤال مقالي ({} فارغة) بلا إجابة يمكن التحقق منها؛ لا يستطيع Cirrus لعبه'],
    json: 'السطر ٣: ليس JSON صالحًا عند العمود ١٦: نص غير متوقع (كلمة ليست true أو false أو null، أو نص بلا علامات تنصيص؟)',
    noteText: 'المهلة ٣٠٠ ث خارج مدى Cirrus من ٥ إلى ٢٤٠ ث: ضُبطت على ٢٤٠ ث',
    brokenXlsx: 'الملف: الجدول تالف: لا يمكن فك ضغط محتواه (هل انقطع التنزيل أو النسخ قبل اكتماله؟)',
    csvQuote: ['الصف ٣', 'الصف ٣: حقل بين علامتي تنصيص لا يُغلق أبدًا (تنقص علامة ")'],
  },
} satisfies Record<Code, unknown>

/** Arabic's digits by this browser's Intl (٣ or 3, by ICU version): the expected words are written with Arabic-Indic ones. */
const digits = (text: string) => text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/\s+/g, ' ').trim()

async function open(code: Code): Promise<Page> {
  const context = await env.browser.context({ viewport: WIDE, locale: LOCALE[code], acceptDownloads: true })
  const page = await context.newPage()
  page.setDefaultTimeout(8000)
  return page
}

async function choose(page: Page, label: string, name: string, content: string) {
  await page.getByLabel(label).setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(content) })
}

const texts = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => e.textContent ?? ''))

describe('import problems and export warnings in the teacher’s language', () => {
  for (const code of ['es', 'ar'] as const) {
    const w = WORDS[code]
    it(`${code}: a malformed file's problems, with their lines, and an import's notes`, { timeout: 90_000 }, async () => {
      const page = await open(code)
      await page.goto(`${env.server.url}/library/import`)
      await choose(page, w.file, 'capitals.gift', GIFT)
      await page.locator('.import-item.bad').nth(1).waitFor()
      // Each question with problems names its line, and says what is wrong, in the language on screen.
      const bad = page.locator('.import-item.bad')
      expect(digits((await bad.nth(0).locator('.import-where').textContent())!)).toContain(digits(w.unclosed[0]!))
      expect((await texts(page, '.import-item.bad .field-problems li')).map(digits)).toEqual([digits(w.unclosed[1]!), digits(w.essay[1]!)])
      expect(digits((await bad.nth(1).locator('.import-where').textContent())!)).toContain(digits(w.essay[0]!))
      // No English left of the reader's words.
      expect(await page.locator('.import-preview').textContent()).not.toMatch(/never closed|essay question|line \d/)
      await screenshot(page, `import-lang-${code}-01-problems`)
      await expectAccessible(page, `the import problems in ${code}`)

      // A file that cannot be read at all: the place and the problem, in the language on screen.
      await choose(page, w.file, 'broken.json', JSON_FILE)
      await page.locator('.import-preview [role=alert] li').waitFor()
      expect(digits((await page.locator('.import-preview [role=alert] li').textContent())!)).toBe(digits(w.json))
      await screenshot(page, `import-lang-${code}-02-unreadable`)

      // What the import changed to make a question fit.
      await choose(page, w.file, 'rivers.csv', CSV)
      await page.locator('.import-notes li').waitFor()
      expect(digits((await page.locator('.import-notes li').textContent())!)).toBe(digits(w.noteText))
      await screenshot(page, `import-lang-${code}-03-note`)
      await page.context().close()
    })
  }

  for (const code of ['es', 'ar'] as const) {
    it(`${code}: a broken spreadsheet and a CSV with a quote never closed are said in the teacher’s language, with none of the readers’ English`, { timeout: 60_000 }, async () => {
      const w = WORDS[code]
      const page = await open(code)
      await page.goto(`${env.server.url}/library/import`)
      const problem = page.locator('.import-preview [role=alert] li')
      // A Kahoot spreadsheet whose download was cut short: half of a real export.
      const { content } = await exportQuiz('kahoot-xlsx', { title: 'Capitales', questions: [{ id: 'c', type: 'single', prompt: '¿Capital de Francia?', explanation: '', difficulty: 'medium', timeLimitSec: 20, points: 1000, options: [{ text: 'París', correct: true }, { text: 'Roma', correct: false }] }] })
      const bytes = content as Uint8Array
      await page.getByLabel(w.file).setInputFiles({ name: 'capitales.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(bytes.slice(0, bytes.length / 2)) })
      await problem.waitFor()
      expect(digits((await problem.textContent())!)).toBe(digits(w.brokenXlsx))
      expect(await page.locator('.import-preview').textContent()).not.toMatch(/unzip|xlsx` file|readable|damaged/i)
      await screenshot(page, `import-lang-${code}-06-broken-xlsx`)
      await expectAccessible(page, `a broken spreadsheet in ${code}`)

      await choose(page, w.file, 'capitales.csv', 'question,answer 1,answer 2,correct\n¿Capital de Francia?,París,Roma,1\n"¿Capital de Italia?,Roma,Milán,2\n')
      await page.locator('.import-preview [role=alert] li', { hasText: /row|fila|الصف/ }).waitFor()
      expect(digits((await problem.textContent())!)).toBe(digits(w.csvQuote[1]!))
      expect(await page.locator('.import-preview').textContent()).not.toMatch(/Quoted field|unterminated|never closed|row \d/i)
      await screenshot(page, `import-lang-${code}-07-csv-quote`)
      await page.context().close()
    })
  }

  it('es: a picture the server could not keep is said in the editor the import opens', { timeout: 60_000 }, async () => {
    const xml = [
      '<quiz><question type="multichoice"><name><text>Mapa</text></name>',
      '<questiontext format="html"><text><![CDATA[<p>¿Qué país es este?</p><img src="@@PLUGINFILE@@/roto.png" alt="Mapa">]]></text>',
      '<file name="roto.png" path="/" encoding="base64">AAAAAAAA</file></questiontext>',
      '<single>true</single><answer fraction="100"><text>Chile</text></answer><answer fraction="0"><text>Perú</text></answer>',
      '</question></quiz>',
    ].join('\n')
    const page = await open('es')
    await page.goto(`${env.server.url}/library/import`)
    await choose(page, WORDS.es.file, 'mapa.xml', xml)
    await page.getByRole('button', { name: 'Importar 1 pregunta' }).click()
    const notice = page.locator('.editor-page .notice', { hasText: 'Lo que la importación omitió' })
    await notice.waitFor()
    expect(await notice.locator('li').allTextContents()).toEqual(['pregunta 1: la imagen «roto.png» se omitió: no se puede leer como imagen PNG, JPEG, GIF o WebP'])
    await screenshot(page, 'import-lang-es-05-left-out-on-save')
    await expectAccessible(page, 'the editor after an import that left a picture out')
    await page.context().close()
  })

  it('es: what an export leaves out is said beside the download', { timeout: 60_000 }, async () => {
    const items = ['Uno', 'Dos', 'Tres'].map((text) => ({ text, correct: true }))
    await api(env.server.url, '/api/quizzes', {
      json: {
        title: 'Números en orden',
        questions: [
          { id: 'o1', type: 'ordering', prompt: 'Ordena de menor a mayor', options: items },
          { id: 'o2', type: 'truefalse', prompt: 'Dos es par.', options: [{ text: 'True', correct: true }, { text: 'False', correct: false }] },
        ],
      },
    })
    const page = await open('es')
    await page.goto(`${env.server.url}/library`)
    const item = page.locator('.library-item', { hasText: 'Números en orden' })
    await item.waitFor()
    const download = page.waitForEvent('download')
    await page.getByLabel('Formato de exportación de Números en orden').selectOption('gift')
    await item.getByRole('button', { name: 'Exportar' }).click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/\.gift$/)
    // The file explains itself in the language on screen too.
    const gift = fs.readFileSync((await file.path())!, 'utf8')
    expect(gift.split('\n').slice(0, 2)).toEqual(['// quiz: Números en orden', '// Exportado desde Cirrus. Moodle lee este archivo con Banco de preguntas > Importar > Formato GIFT.'])
    const note = item.locator('.export-note')
    await note.waitFor()
    expect(await note.textContent()).toMatch(/^Guardado: .+\.gift\. Se omitió: la pregunta 1 \(«Ordena de menor a mayor», Ordenar\) se omite en Moodle GIFT: no tiene preguntas de ese tipo$/)
    await note.scrollIntoViewIfNeeded()
    await screenshot(page, 'import-lang-es-04-export-warning')
    await page.context().close()
  })
})
