import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { exportQuiz, FIELDS, importQuiz, JSON_REASONS, NOTES, OF, PROBLEMS, WARNINGS, type ImportResult } from '@cirrus/formats'
import type { Question } from '@cirrus/questions'
import { LANGUAGES, setLanguage } from '../i18n/i18n.ts'
import { sayNote, sayPlace, sayProblem, sayWarning } from './format-words.ts'

/**
 * What packages/formats says about a file reads in the teacher's language: every code it can send has words in the
 * library catalogue of each of the six languages, and what a real import or export reports is said from them.
 */

const dir = path.join(path.dirname(new URL(import.meta.url).pathname), '../i18n/locales/library')
const catalogue = (code: string) => JSON.parse(fs.readFileSync(path.join(dir, `${code}.json`), 'utf8')) as Record<string, Record<string, string>>

/** The rules' problems are worded by the editor's problems.rules. */
const WORDED_ELSEWHERE = new Set(['question_rule'])

describe.each(LANGUAGES.map((l) => l.code))('the %s library catalogue', (code) => {
  const words = catalogue(code)
  const has = (section: string, key: string) => key in (words[section] ?? {}) || `${key}_other` in (words[section] ?? {})
  it('words every problem, note and warning code the formats send', () => {
    expect(Object.keys(PROBLEMS).filter((c) => !WORDED_ELSEWHERE.has(c) && !has('importProblems', c))).toEqual([])
    expect(Object.keys(NOTES).filter((c) => !has('importNotes', c))).toEqual([])
    expect(Object.keys(WARNINGS).filter((c) => !has('exportWarnings', c))).toEqual([])
  })
  it('words every value that is a code: fields, what a picture belongs to, why JSON is broken', () => {
    expect(Object.keys(FIELDS).filter((c) => !has('fields', c))).toEqual([])
    expect(Object.keys(OF).filter((c) => !has('pictureOf', c))).toEqual([])
    expect(Object.keys(JSON_REASONS).filter((c) => !has('jsonReasons', c))).toEqual([])
  })
})

/** The values an English sentence reads, found by handing it a stand-in that notes each one read. */
function valuesRead(english: (v: Record<string, string | number>) => string): Set<string> {
  const read = new Set<string>()
  english(new Proxy({}, { get: (_, key) => (read.add(String(key)), key === 'n' || key === 'count' ? 1 : 'x') }))
  return read
}

describe('the English catalogue names the values each code sends', () => {
  const words = catalogue('en')
  const blanks = (text: string | undefined) => new Set([...(text ?? '').matchAll(/\{\{(\w+)\}\}/g)].map((m) => (m[1] === 'total' ? 'count' : m[1]!)))
  const tables = [['importProblems', PROBLEMS], ['importNotes', NOTES], ['exportWarnings', WARNINGS]] as const
  it.each(tables)('%s', (section, table) => {
    for (const [code, english] of Object.entries(table)) {
      if (WORDED_ELSEWHERE.has(code)) continue
      const read = valuesRead(english as (v: Record<string, string | number>) => string)
      const said = blanks(words[section]![code] ?? words[section]![`${code}_other`])
      // A field or a picture's owner is worded with its number ("answer 3"): `n` goes in with it.
      if (read.has('field') || read.has('of')) read.delete('n')
      // A plural message may leave its count to the plural form ("in sheet"/"in sheets").
      if (!(code in words[section]!)) read.delete('count'), said.delete('count')
      expect([...said].sort(), code).toEqual([...read].sort())
    }
  })
})

/** Files broken in the ways teachers' files are, in every format that reads text. */
const files: [Parameters<typeof importQuiz>[0], string][] = [
  ['csv', 'question,answer 1,answer 2,correct,time limit,image link\nWhat?,yes,no,3,soon,\n7,yes,no,1,300,https://example.org/a.png\n'],
  ['json', '[{"type": "single", "prompt": "", "options": [], "timeLimitSec": 500}, 4]'],
  ['json', '{\n  "title": "x",\n  "questions": tru\n}'],
  ['gift', 'Which? {=a ~b\n\nEssay {}\n\nPart? {=%50%half ~no =yes}'],
  ['moodle-xml', '<quiz><question type="essay"><questiontext><text>Why?</text></questiontext></question></quiz>'],
  ['anki', '#separator:tab\n#tags column:3\nFront\t\t\n\t<img src="x.png">\t\n'],
]

const said = (result: ImportResult) => [
  ...result.fileProblems.map((p) => `${sayPlace(p.place)}: ${sayProblem(p)}`),
  ...result.questions.flatMap((q) => [...q.problems.map((p) => `${sayPlace(p.place)}: ${sayProblem(p)}`), ...(q.notes ?? []).map(sayNote)]),
]
const english = (result: ImportResult) => [
  ...result.fileProblems.map((p) => `${p.location}: ${p.message}`),
  ...result.questions.flatMap((q) => [...q.problems.map((p) => `${p.location}: ${p.message}`), ...(q.notes ?? []).map((n) => n.message)]),
]

/** Files that between them break most of the readers' rules: in English, the catalogue says what the formats say. */
const many: [Parameters<typeof importQuiz>[0], string][] = [
  ...files,
  ['csv', ''],
  ['csv', 'prompt text,answer 1\n'],
  ['csv', 'question,correct\nWhat?,1\n'],
  ['csv', 'question,answer 1,correct\n'],
  ['csv', 'question,answer 1,answer 2,correct,type,points,domain\nA?,x,y,z,,abc,2.5\nB?,x,y,1,open ended,,\nC?,x,y,1,draw,,\nD?,x,y,1,word cloud,,\nE?,x,y,1,slide,,\nF?,x,y,1,essayish,,\nG?,x,y,,,,\nH?,4 ± x,,,number,,\n'],
  ['csv', 'question,answer 1,correct\n"What,yes,1\n'],
  ['csv', 'question,answer 1,answer 2,correct,id\nA?,x,y,1,same\nB?,x,y,1,same\n'],
  ['json', '{"format": "kahoot"}'],
  ['json', '{"version": 9, "questions": []}'],
  ['json', '{"title": "no list"}'],
  ['json', JSON.stringify([{ type: 'poll', prompt: 'x'.repeat(600), options: [{ text: '', correct: true }, { text: 'y'.repeat(300), correct: false }], explanation: 'e'.repeat(2100), points: 7, difficulty: 'hardest', topic: 't'.repeat(100) }, { type: 'nope', prompt: 'Q', options: [] }, { type: 'single', prompt: 'Q', options: Array.from({ length: 60 }, () => ({ text: 'a', correct: false })) }])],
  ['gift', '::Title never closed {=a}'],
  ['gift', 'No answers here'],
  ['gift', 'Brace {=a {b}}'],
  ['gift', 'Two {=a} and {=b}'],
  ['gift', 'Stray {=a} }'],
  ['gift', 'Match {=a -> b =c -> d}'],
  ['gift', 'Weight {~%150%a ~b}'],
  ['gift', 'Number {#abc}'],
  ['gift', 'Number {#=%0%5}'],
  ['gift', 'Marks {a b}'],
  ['gift', 'Before {x =a ~b}'],
  ['gift', 'Empty {=a ~}'],
  ['gift', '// cirrus: {"points": "x"}\nMeta {=a ~b}'],
  ['gift', '// cirrus: not json\nMeta {=a ~b}'],
  ['gift', '[html]<img src="p.png">Picture {=a ~b}'],
  ['gift', 'Short {=a =%50%b}'],
  ['gift', 'Multi {~%70%a ~%30%b ~%-100%c}'],
  ['moodle-xml', ''],
  ['moodle-xml', '<!DOCTYPE quiz><quiz></quiz>'],
  ['moodle-xml', '<other></other>'],
  ['moodle-xml', '<quiz></quiz>'],
  ['moodle-xml', '<quiz><question type="multichoice"><questiontext><text>Q</text></questiontext>'],
  ['moodle-xml', '<quiz><a>x & y</a></quiz>'],
  ['moodle-xml', '<quiz><a>x</b></quiz>'],
  ['moodle-xml', '<quiz></quiz><quiz></quiz>'],
  ['moodle-xml', '<quiz><question type="multichoice"><questiontext><text>Q</text></questiontext><answer fraction="x"><text>a</text></answer></question></quiz>'],
  ['moodle-xml', '<quiz><question type="truefalse"><questiontext><text>Q</text></questiontext><answer fraction="100"><text>yes</text></answer></question></quiz>'],
  ['moodle-xml', '<quiz><question type="numerical"><questiontext><text>Q</text></questiontext><answer fraction="100"><text>abc</text></answer></question></quiz>'],
  ['moodle-xml', '<quiz><question type="numerical"><questiontext><text>Q</text></questiontext><answer fraction="100"><text>5</text></answer><units><unit><unit_name>m</unit_name><multiplier>1</multiplier></unit><unit><unit_name>km</unit_name><multiplier>0.001</multiplier></unit></units></question></quiz>'],
  ['moodle-xml', '<quiz><question type="multichoice"><questiontext format="html"><text><![CDATA[Q <img src="@@PLUGINFILE@@/gone.png">]]></text><file name="song.mp3" encoding="base64">AAAA</file></questiontext><single>true</single><answer fraction="100"><text>a</text></answer><answer fraction="50"><text>b</text></answer></question></quiz>'],
  ['anki', '#separator:nothing\n#guid column:x\nA\tB\n'],
  ['anki', '#separator:tab\n'],
  ['anki', '#separator:tab\n#tags column:3\n\tback\t\nF\tB\tcirrus::type::nope\nF\tmaybe\tcirrus::type::truefalse\nF\tB\tcirrus::type::single\nF<ol type=A><li>a</li></ol>\tnone\tcirrus::type::single\nF\tB\tcirrus::type::text cirrus::points::x\n'],
]

/** One good question, for files broken around it. */
const ONE: Question = {
  id: 'q', type: 'single', prompt: 'Capital of France?', explanation: '', difficulty: 'medium', timeLimitSec: 20, points: 1000,
  options: [{ text: 'Paris', correct: true }, { text: 'Rome', correct: false }],
}
const spreadsheet = (await exportQuiz('kahoot-xlsx', { title: 'T', questions: [ONE] })).content as Uint8Array
const { 'xl/worksheets/sheet1.xml': sheet1, ...withoutSheet1 } = unzipSync(spreadsheet)
/** An OLE2 container, as Excel 97-2003 and a workbook saved with a password are (the latter names "EncryptedPackage"). */
const ole2 = (...streams: string[]) =>
  new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0), ...streams.flatMap((n) => [...n].flatMap((c) => [c.charCodeAt(0), 0]))])
const bankQuestion = { ...ONE, task: '9', source: 'http://example.org' }

/** The rarer complaints: the XML validator's, the spreadsheet reader's, papaparse's, a crashed read's kin, the bank's fields. */
const rarer: [Parameters<typeof importQuiz>[0], string | Uint8Array][] = [
  ['moodle-xml', '<quiz>\n<question type="shortanswer"><questiontext><text>x < 5</text></questiontext></question></quiz>'],
  ['moodle-xml', '<quiz>\n<text>a<5</text></quiz>'],
  ['moodle-xml', '<quiz>\n<question type="shortanswer>\n</question></quiz>'],
  ['moodle-xml', '<quiz>\n<a>x</a'],
  ['moodle-xml', '<quiz>\n<a>x</a b="1">\n</quiz>'],
  ['moodle-xml', '<!-- only a comment -->'],
  ['moodle-xml', '\n\n\n\n\n\n<?xml version="1.0"?><quiz></quiz>'],
  ['moodle-xml', '<quiz>\n<question type="a"fraction="1"></question></quiz>'],
  ['moodle-xml', '<quiz>\n<question type=></question></quiz>'],
  ['moodle-xml', '<quiz>\n<question single></question></quiz>'],
  ['moodle-xml', '<quiz>\n<question 1a="x"></question></quiz>'],
  ['moodle-xml', '<quiz>\n<question type="a" type="b"></question></quiz>'],
  ['moodle-xml', '<quiz>\n<question>\n<a>\n<b>\n<c>\n'],
  ['kahoot-xlsx', new TextEncoder().encode('question,answer 1\nWhat?,yes\n')],
  ['kahoot-xlsx', ole2('Workbook')],
  ['kahoot-xlsx', ole2('EncryptionInfo', 'EncryptedPackage')],
  ['kahoot-xlsx', spreadsheet.slice(0, spreadsheet.length / 2)],
  ['kahoot-xlsx', zipSync({ 'word/document.xml': strToU8('<w:document/>') })],
  ['kahoot-xlsx', zipSync(withoutSheet1)],
  ['kahoot-xlsx', zipSync({ ...withoutSheet1, 'xl/worksheets/sheet1.xml': sheet1!.slice(0, 300) })],
  ['kahoot-xlsx', zipSync({ ...withoutSheet1, 'xl/workbook.xml': strToU8(strFromU8(withoutSheet1['xl/workbook.xml']!).replace(/<sheets>.*<\/sheets>/s, '<sheets/>')) })],
  ['csv', 'question,answer 1,answer 2,correct\nWhat?,"yes,no,1\n'],
  ['csv', 'question,answer 1,answer 2,correct\nWhat?,"yes"no,maybe,1\n'],
  ['json', JSON.stringify([bankQuestion])],
]

/** The web app writes numbers as the language does (2,100); the formats' English does not. */
const plain = (text: string) => text.replace(/(\d),(\d{3})\b/g, '$1$2')

describe('the catalogue’s English says what the formats say', () => {
  it('for every problem and note these files give', async () => {
    const seen = new Set<string>()
    for (const [format, file] of [...many, ...rarer]) {
      const result = await importQuiz(format, file)
      const all = [...result.fileProblems, ...result.questions.flatMap((q) => q.problems)]
      for (const p of all) {
        seen.add(p.code)
        expect(plain(`${sayPlace(p.place)}: ${sayProblem(p)}`), `${format} ${p.code}`).toBe(plain(`${p.location}: ${p.message}`))
      }
      for (const n of result.questions.flatMap((q) => q.notes ?? [])) {
        seen.add(n.code)
        expect(plain(sayNote(n)), `${format} ${n.code}`).toBe(plain(n.message))
      }
    }
    // Most of the codes are met here; the rest need files too large or broken in ways too rare to write inline.
    expect(seen.size).toBeGreaterThan(100)
  })
})

describe('an import’s problems and notes, and an export’s warnings, in Spanish', () => {
  beforeAll(() => {
    // No browser here: setLanguage marks the page's language and direction on a stand-in.
    ;(globalThis as { document?: unknown }).document ??= { documentElement: {} }
    return setLanguage('es', false)
  })
  afterAll(() => setLanguage('en', false))

  it.each(files)('%s: every problem and note is said from the catalogue, none in English', async (format, file) => {
    const result = await importQuiz(format, file)
    const lines = said(result)
    expect(lines.length).toBeGreaterThan(0)
    const source = english(result)
    lines.forEach((line, i) => {
      expect(line).not.toBe(source[i])
      expect(line).not.toMatch(/\{\{|library:/)
    })
  })

  it.each(rarer.map(([format, file], i) => [`${format} #${i + 1}`, format, file] as const))('%s: the rarer complaints are Spanish, with no English run of words left in them', async (_name, format, file) => {
    const result = await importQuiz(format, file)
    const problems = [...result.fileProblems, ...result.questions.flatMap((q) => q.problems)]
    expect(problems.length).toBeGreaterThan(0)
    for (const p of problems) {
      const spanish = `${sayPlace(p.place)}: ${sayProblem(p)}`
      // Quoted file text and tags stay as the file has them; the sentence around them is Spanish.
      const words = (text: string) => text.replace(/"[^"]*"|«[^»]*»|<[^<>\s]*>?|\{\{\w+\}\}/g, ' ').toLowerCase().match(/[a-z]{2,}/g) ?? []
      const english = words(p.message)
      const runs = new Set(english.slice(2).map((w, i) => `${english[i]} ${english[i + 1]} ${w}`))
      const said = words(spanish)
      const left = said.slice(2).map((w, i) => `${said[i]} ${said[i + 1]} ${w}`).filter((run) => runs.has(run))
      expect(left, `${p.code}: ${spanish}`).toEqual([])
      expect(spanish).not.toMatch(/\{\{|library:|importProblems/)
    }
  })

  it('says a broken spreadsheet, a quote never closed and elements left open in Spanish', async () => {
    expect(said(await importQuiz('kahoot-xlsx', spreadsheet.slice(0, 100)))).toEqual([
      'archivo: la hoja de cálculo está dañada: su contenido no se puede descomprimir (¿se cortó la descarga o la copia?)',
    ])
    expect(said(await importQuiz('csv', 'question,answer 1,answer 2,correct\nWhat?,"yes,no,1\n'))).toEqual(['fila 2: un campo entre comillas nunca se cierra (falta una ")'])
    // The elements left open are the file's tags; how many more, a number in the sentence.
    expect(said(await importQuiz('moodle-xml', '<quiz>\n<question>\n<a>\n<b>\n<c>\n'))).toEqual(['línea 5: XML mal formado: <quiz>, <question>, ... 2 más, <c> nunca se cierran'])
    expect(said(await importQuiz('json', JSON.stringify([bankQuestion])))).toEqual([
      // The value as the file has it, in JSON's quotes (as the other values of the question rules).
      'pregunta n.º 1: la tarea "9" no es un enunciado de tarea como «2.3»',
      'pregunta n.º 1: la fuente "http://example.org" no es una dirección https',
    ])
  })

  it('says the place and the values: a row, an answer number, the file’s own text', async () => {
    const result = await importQuiz('csv', 'question,answer 1,answer 2,correct,time limit\nWhat?,yes,no,3,soon\n')
    expect(said(result)).toEqual([
      'fila 2: la respuesta correcta 3 apunta a una celda de respuesta vacía',
      'fila 2: el tiempo límite «soon» no es un número entero de segundos',
      'fila 2: respuestas: una pregunta de opción múltiple tiene exactamente una opción correcta, no 0',
    ])
    const json = await importQuiz('json', '{\n  "title": "x",\n  "questions": tru\n}')
    expect(said(json)).toEqual(['línea 3: JSON no válido en la columna 16: texto inesperado (¿una palabra que no es true, false ni null, o texto sin comillas?)'])
  })

  it('says what an export leaves out, with the format and the question type in Spanish', async () => {
    const ordering: Question = {
      id: 'o', type: 'ordering', prompt: 'Put them in order', explanation: '', difficulty: 'medium', timeLimitSec: 20, points: 1000,
      options: ['a', 'b', 'c'].map((text) => ({ text, correct: true })),
    }
    const { warnings } = await exportQuiz('gift', { title: 'T', questions: [ordering] })
    expect(warnings.map(sayWarning)).toEqual(['la pregunta 1 («Put them in order», Ordenar) se omite en Moodle GIFT: no tiene preguntas de ese tipo'])
    // A warning the catalogue has no words for keeps the server's English.
    expect(sayWarning({ message: 'something new', code: 'not_a_code' })).toBe('something new')
  })
})
