import { describe, expect, it } from 'vitest'
import { starterQuiz } from '@cirrus/questions'
import { detectFormat, exportQuiz, FORMATS, goodQuestions, hasProblems, importQuiz } from './index.ts'
import { problemLines } from './test-support.ts'

describe('Cirrus JSON', () => {
  it('reads a saved quiz object and a bare array of questions, numbering questions without ids', async () => {
    const quiz = await importQuiz('json', JSON.stringify({ id: 'x', title: 'Saved', questions: starterQuiz.questions.slice(0, 2) }))
    expect(quiz.title).toBe('Saved')
    expect(goodQuestions(quiz)).toEqual(starterQuiz.questions.slice(0, 2))
    const bare = await importQuiz('json', JSON.stringify([{ type: 'truefalse', prompt: 'Yes?', options: [{ text: 'True', correct: true }, { text: 'False', correct: false }] }]), { idPrefix: 'upload-7' })
    expect(goodQuestions(bare)).toMatchObject([{ id: 'upload-7-1', type: 'truefalse', difficulty: 'medium', timeLimitSec: 20, points: 1000 }])
  })

  it('writes a tagged, versioned file', async () => {
    const { content, mimeType, fileExtension } = await exportQuiz('json', { title: 'T', questions: starterQuiz.questions.slice(0, 1) })
    expect([mimeType, fileExtension]).toEqual(['application/json', 'json'])
    expect(JSON.parse(content as string)).toEqual({ format: 'cirrus-quiz', version: 1, title: 'T', questions: starterQuiz.questions.slice(0, 1) })
  })

  const cases: [string, string, string[]][] = [
    ['a syntax error, with its line and column', '{\n  "title": "x",\n  "questions": [\n    {"type": "single",}\n  ]\n}', ['line 4: not valid JSON at column 23: expected a property name in double quotes']],
    ['a stray comma, where Node gives no position', '[\n  {"type": "single"},\n  ,\n]', ["line 3: not valid JSON at column 3: expected a value (a stray comma?)"]],
    ['a misspelt literal', '{\n  "title": "x",\n  "questions": tru\n}', ["line 3: not valid JSON at column 16: unexpected text (a word that is not true, false or null, or text without quotes?)"]],
    ['an empty file', '', ['file: the file is empty']],
    ['another program\'s JSON', '{"format": "kahoot", "questions": []}', ['file: "format" is "kahoot", not "cirrus-quiz"']],
    ['a newer version', '{"format": "cirrus-quiz", "version": 2, "questions": []}', ['file: version 2 is newer than this server reads (1)']],
    ['no questions array', '{"title": "x"}', ['file: expected an object with a "questions" array, or an array of questions']],
    ['questions that break the rules', '[1, {"type": "multiple", "prompt": " ", "options": [{"text": "a", "correct": true}, {"text": "b", "correct": false}, {"text": "None of the above", "correct": false}]}]', [
      'question #1: is not an object',
      'question #2: the question text is empty',
      'question #2: answers: a multiple-response question has at least two right options, not 1',
      'question #2: answer 3: option 3 is a blanket option ("None of the above"); name the answers instead',
    ]],
  ]
  it.each(cases)('refuses %s', async (_name, text, expected) => {
    const result = await importQuiz('json', text)
    expect(problemLines(result)).toEqual(expected)
    expect(hasProblems(result)).toBe(true)
  })
})

describe('detectFormat', () => {
  const bytes = (s: string) => new TextEncoder().encode(s)
  it.each([
    ['quiz.json', '{}', 'json'],
    ['quiz.CSV', 'question', 'csv'],
    ['quiz.xlsx', bytes('PK\u0003\u0004'), 'kahoot-xlsx'],
    ['quiz.gift', 'x', 'gift'],
    ['quiz.xml', '<quiz/>', 'moodle-xml'],
    ['Deck.txt', '#separator:tab\nfront\tback', 'anki'],
    ['Deck.txt', 'front\tback', 'anki'],
    ['questions.txt', '// comment\n::Title:: Q {=a ~b}', 'gift'],
    ['questions.txt', 'Grass is green.{T}', 'gift'],
    ['upload', bytes('PK\u0003\u0004rest'), 'kahoot-xlsx'],
    ['upload', ' [{"type": "single"}]', 'json'],
    ['upload', '<?xml version="1.0"?><quiz/>', 'moodle-xml'],
    ['upload', 'question,answer 1\n', 'csv'],
    ['notes.txt', 'just words', null],
  ] as const)('%s %j -> %s', (name, content, expected) => {
    expect(detectFormat(name, content)).toBe(expected)
  })

  it('lists every format with its extension and MIME type', () => {
    expect(Object.values(FORMATS).map((f) => [f.id, f.extensions[0], f.canImport && f.canExport])).toEqual([
      ['json', 'json', true],
      ['csv', 'csv', true],
      ['kahoot-xlsx', 'xlsx', true],
      ['gift', 'gift', true],
      ['moodle-xml', 'xml', true],
      ['anki', 'txt', true],
    ])
  })
})
