import { describe, expect, it } from 'vitest'
import { QuestionSchema, type Question } from '@cirrus/questions/model'
import { QuizEditor, toInput } from './quiz-editor.ts'

const fill = (editor: QuizEditor, prompt: string, texts: string[]) => {
  editor.update(editor.selected.value, { prompt })
  texts.forEach((t, i) => editor.setOptionText(editor.selected.value, i, t))
}

const bankQuestion = (id: string): Question =>
  QuestionSchema.parse({ id, type: 'truefalse', prompt: `Bank ${id}?`, options: [{ text: 'True', correct: true }, { text: 'False', correct: false }] })

describe('the quiz editor model', () => {
  it('starts with one blank multiple-choice question whose problems are the bank rules', () => {
    const editor = new QuizEditor()
    expect(editor.questions.value).toHaveLength(1)
    const messages = editor.questionProblems.value[0]!.map((p) => p.message)
    expect(messages).toContain('prompt is empty')
    expect(messages).toContain('option text is empty')
    expect(messages).toContain('a multiple-choice question has exactly one right option, not 0')
    expect(editor.quizProblems.value.map((p) => p.message)).toContain('title is empty')
  })

  it.each([
    ['truefalse', ['True', 'False'], [true, false]],
    ['text', ['Paris', 'Lyon', 'Nice'], [true, true, true]],
    ['multiple', ['Paris', 'Lyon', 'Nice'], [false, true, false]],
  ] as const)('keeps the answers that fit when the type becomes %s', (type, texts, rights) => {
    const editor = new QuizEditor()
    editor.reset(null)
    editor.update(0, { options: [] })
    ;['Paris', 'Lyon', 'Nice'].forEach(() => editor.addOption(0))
    fill(editor, 'Capital?', ['Paris', 'Lyon', 'Nice'])
    editor.markRight(0, 1, true)
    editor.setType(0, type)
    const q = editor.questions.value[0]!
    expect(q.options.map((o) => o.text)).toEqual(texts)
    expect(q.options.map((o) => o.correct)).toEqual(rights)
  })

  it('marks one right answer for a single-answer question, and toggles for a multiple-response one', () => {
    const editor = new QuizEditor()
    fill(editor, 'Pick', ['a', 'b', 'c', 'd'])
    editor.markRight(0, 2, true)
    editor.markRight(0, 3, true)
    expect(editor.questions.value[0]!.options.map((o) => o.correct)).toEqual([false, false, false, true])
    expect(QuestionSchema.safeParse(toInput(editor.questions.value[0]!)).success).toBe(true)
    editor.setType(0, 'multiple')
    editor.markRight(0, 0, true)
    expect(editor.questions.value[0]!.options.map((o) => o.correct)).toEqual([true, false, false, true])
  })

  it('moves questions and keeps the selection on the one that moved', () => {
    const editor = new QuizEditor()
    editor.add('truefalse')
    editor.add('text')
    const ids = editor.questions.value.map((q) => q.id)
    editor.move(2, -1)
    expect(editor.questions.value.map((q) => q.id)).toEqual([ids[0], ids[2], ids[1]])
    expect(editor.selected.value).toBe(1)
    editor.move(0, -1)
    expect(editor.questions.value.map((q) => q.id)).toEqual([ids[0], ids[2], ids[1]])
  })

  it('adds bank questions once, in place of the blank first question', () => {
    const editor = new QuizEditor()
    expect(editor.addFromBank([bankQuestion('b1'), bankQuestion('b2')])).toBe(2)
    expect(editor.addFromBank([bankQuestion('b2'), bankQuestion('b3')])).toBe(1)
    expect(editor.questions.value.map((q) => q.id)).toEqual(['b1', 'b2', 'b3'])
    editor.title.value = 'From the bank'
    expect(editor.problemCount.value).toBe(0)
  })

  it('reports two questions with the same id as a quiz problem', () => {
    const editor = new QuizEditor()
    editor.addFromBank([bankQuestion('b1')])
    editor.questions.value = [...editor.questions.value, { ...editor.questions.value[0]! }]
    editor.title.value = 'Twice'
    expect(editor.quizProblems.value.map((p) => p.message)).toEqual(['question 2 has the same id as question 1 ("b1")'])
  })
})

describe('the editor and the new types', () => {
  it('an ordering question keeps its items, all "right", and moves them up and down the right order', () => {
    const editor = new QuizEditor()
    editor.reset(null)
    fill(editor, 'Order them', ['B', 'A', 'C'])
    editor.setType(0, 'ordering')
    editor.moveOption(0, 1, -1)
    expect(editor.questions.value[0]!.options).toEqual([
      { text: 'A', correct: true },
      { text: 'B', correct: true },
      { text: 'C', correct: true },
    ])
    expect(editor.questionProblems.value[0]).toEqual([])
  })

  it('a poll keeps its choices and marks none right', () => {
    const editor = new QuizEditor()
    editor.reset(null)
    fill(editor, 'Tea or coffee?', ['Tea', 'Coffee'])
    editor.markRight(0, 0, true)
    editor.setType(0, 'poll')
    expect(editor.questions.value[0]!.options.every((o) => !o.correct)).toBe(true)
    editor.removeOption(0, 3)
    editor.removeOption(0, 2)
    expect(editor.questionProblems.value[0]).toEqual([])
  })

  it('a number question: a range becomes its midpoint and half-width, partial numbers their share, and back', () => {
    const editor = new QuizEditor()
    editor.reset(null)
    editor.update(0, { prompt: 'When did the war end?' })
    editor.setType(0, 'number')
    expect(editor.questionProblems.value[0]!.some((p) => p.path[0] === 'number')).toBe(true)
    editor.setNumber(0, { mode: 'range', from: 1944, to: 1946, partial: [{ value: 1945, tolerance: 5, creditPercent: 50 }], unit: ' ' })
    const input = toInput(editor.questions.value[0]!)
    expect(input.number).toEqual({ answers: [{ value: 1945, tolerance: 1, credit: 1 }, { value: 1945, tolerance: 5, credit: 0.5 }] })
    expect(input.options).toEqual([])
    expect(editor.questionProblems.value[0]).toEqual([])
    const saved = QuestionSchema.parse(input)
    editor.reset({ id: 'x', title: 'T', description: '', builtin: false, questions: [saved], questionCount: 1, updatedAt: '' } as never)
    expect(toInput(editor.questions.value[0]!).number).toEqual(saved.number)
  })
})
