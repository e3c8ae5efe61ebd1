import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setLanguage } from '../i18n/i18n.ts'
import { blankQuestion, QuizEditor, type QuestionDraft } from '../models/quiz-editor.ts'
import { describeProblem } from './problems.ts'

/**
 * The editor's problems read in the language on screen: each one, whatever rule or check it comes from, has words
 * in the catalogue (none falls back to the schema's English), with its numbers in place.
 */

/** Drafts that break every rule and check the editor can show, one question each. */
const broken: Partial<QuestionDraft>[] = [
  {}, // blank multiple choice: empty prompt and options, no right answer
  { prompt: 'x'.repeat(600), options: [{ text: 'A', correct: true }, { text: 'a', correct: true }, { text: 'All of the above', correct: false }] },
  { type: 'multiple', prompt: 'Pick', options: [{ text: 'A', correct: true }, { text: 'B', correct: false }] },
  { type: 'truefalse', prompt: 'Sure?', options: [{ text: 'Yes', correct: false }, { text: 'No', correct: false }] },
  { type: 'text', prompt: 'Type', options: [{ text: 'Paris', correct: false }] },
  { type: 'ordering', prompt: 'Order', options: [{ text: 'A', correct: true }, { text: 'B', correct: false }] },
  { type: 'poll', prompt: 'Tea?', options: [{ text: 'Tea', correct: true }] },
  { type: 'single', prompt: 'Long', explanation: 'e'.repeat(2100), topic: 't'.repeat(90), timeLimitSec: 2.5, options: [{ text: 'o'.repeat(250), correct: true }, { text: 'B', correct: false, image: { id: 'nope', alt: '' } }] },
  { type: 'truefalse', prompt: 'Pictured?', image: { id: 'f'.repeat(64), alt: '' }, options: [{ text: 'True', correct: true, image: { id: 'f'.repeat(64), alt: 'x' } }, { text: 'False', correct: false }] },
  { type: 'number', prompt: 'How many?', options: [], number: { mode: 'tolerance', value: NaN, tolerance: 0, from: NaN, to: NaN, partial: [{ value: 5, tolerance: -1, creditPercent: 0 }], min: 10, max: NaN, step: 0, unit: 'u'.repeat(30) } },
  { type: 'number', prompt: 'Where?', options: [], number: { mode: 'tolerance', value: 50, tolerance: 0, from: NaN, to: NaN, partial: [], min: 10, max: 5, step: NaN, unit: '' } },
]

function problemsOf(drafts: Partial<QuestionDraft>[]) {
  const editor = new QuizEditor()
  editor.questions.value = drafts.map((d) => ({ ...blankQuestion(d.type ?? 'single'), ...d }))
  return [...editor.quizProblems.value, ...editor.questionProblems.value.flat()]
}

describe("the editor's problems in the teacher's language", () => {
  beforeAll(() => {
    // No browser here: setLanguage marks the page's language and direction on a stand-in.
    ;(globalThis as { document?: unknown }).document ??= { documentElement: {} }
    return setLanguage('es', false)
  })
  afterAll(() => setLanguage('en', false))

  it('words every problem from the catalogue, never the schema’s English', () => {
    const problems = problemsOf(broken)
    expect(problems.length).toBeGreaterThan(25)
    const untranslated = problems.filter((p) => describeProblem(p) === p.message || /problems\./.test(describeProblem(p)))
    expect(untranslated.map((p) => `${p.path.join('.')}: ${p.message}`)).toEqual([])
  })

  it('keeps the numbers and texts a rule names', () => {
    const said = problemsOf(broken).map(describeProblem)
    expect(said).toContain('falta el título')
    expect(said).toContain('una pregunta de opción múltiple tiene exactamente una opción correcta, no 0')
    expect(said).toContain('las opciones 1 y 2 son iguales')
    expect(said).toContain('la opción 3 es una opción comodín («All of the above»); nombra las respuestas en su lugar')
    expect(said).toContain('la pregunta tiene como máximo 500 caracteres')
    expect(said).toContain('el tiempo límite es un número entero de segundos entre 5 y 240')
    expect(said).toContain('el número aceptado 1 (50) está fuera del deslizante (10 a 5)')
  })

  it('says which questions share an id', () => {
    const editor = new QuizEditor()
    const good = { ...blankQuestion('truefalse'), id: 'q1', prompt: 'Sure?' }
    editor.title.value = 'Twice'
    editor.questions.value = [good, { ...good }]
    expect(editor.quizProblems.value.map(describeProblem)).toEqual(['la pregunta 2 tiene el mismo id que la pregunta 1 («q1»)'])
  })
})
