import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
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

/** The rules' problems are worded by the editor's problems.rules; a check with no words keeps zod's English. */
const WORDED_ELSEWHERE = new Set(['question_rule', 'field_invalid'])

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

  it('says the place and the values: a row, an answer number, the file’s own text', async () => {
    const result = await importQuiz('csv', 'question,answer 1,answer 2,correct,time limit\nWhat?,yes,no,3,soon\n')
    expect(said(result)).toEqual([
      'fila 2: la respuesta correcta 3 apunta a una celda de respuesta vacía',
      'fila 2: tiempo límite «soon» no es un número entero',
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
