import { describe, expect, it } from 'vitest'
import { LIMITS, type Question } from '@cirrus/questions'
import { detectFormat, exportQuiz, FORMAT_IDS, goodQuestions, importQuiz, type FormatId } from './index.ts'
import { IMPORT_LIMITS } from './limits.ts'
import { problemLines } from './test-support.ts'

const question = (i: number): Question => ({
  id: `q-${i}`,
  type: 'single',
  prompt: `Question number ${i}?`,
  options: [
    { text: 'right', correct: true },
    { text: 'wrong', correct: false },
  ],
  explanation: '',
  difficulty: 'medium',
  timeLimitSec: 20,
  points: 1000,
})
const questions = (n: number) => Array.from({ length: n }, (_, i) => question(i + 1))
const exported = async (format: FormatId, n: number) => (await exportQuiz(format, { title: 'Many', questions: questions(n) })).content

const TOO_MANY = `file: the file has more than ${IMPORT_LIMITS.questions} questions; a quiz holds at most ${LIMITS.quizQuestions}: split the file into smaller ones`

describe('import limits', () => {
  it.each(FORMAT_IDS)('%s: a file with more entries than a reader reads gives one problem naming the limit, and no questions', async (format) => {
    const result = await importQuiz(format, await exported(format, IMPORT_LIMITS.questions + 1))
    expect(problemLines(result)).toEqual([TOO_MANY])
    expect(result.questions).toEqual([])
  })

  it.each(FORMAT_IDS)('%s: a file of usable questions that do not fit in one quiz says so; at the limit, it imports', async (format) => {
    const over = await importQuiz(format, await exported(format, LIMITS.quizQuestions + 1))
    expect(over.fileProblems.map((p) => p.message)).toEqual([`the file has ${LIMITS.quizQuestions + 1} usable questions; a quiz holds at most ${LIMITS.quizQuestions}: split the file into smaller ones`])
    const full = await importQuiz(format, await exported(format, LIMITS.quizQuestions))
    expect(full.fileProblems).toEqual([])
    expect(goodQuestions(full)).toHaveLength(LIMITS.quizQuestions)
  })

  it('stops reading a huge file of one-line cards quickly, whatever its size', async () => {
    const cards = 'What is it?\tThis\n'.repeat(250_000) // 4 MB, a quarter of a million notes
    const started = performance.now()
    const result = await importQuiz('anki', cards)
    expect(problemLines(result)).toEqual([TOO_MANY])
    // The reader stops after 601 notes: milliseconds, not the seconds that 250,000 notes took.
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('stops at 100,000 rows of a delimited file even when they are empty', async () => {
    const csv = 'question,answer 1,correct\nWhat?,yes,1\n' + ',,\n'.repeat(150_000)
    expect(problemLines(await importQuiz('csv', csv))).toEqual(['file: the file has more than 100,000 rows, most of them empty; delete the empty rows or split the file'])
    // Fewer empty rows than that are read, and skipped.
    expect(goodQuestions(await importQuiz('csv', 'question,answer 1,answer 2,correct\nWhat?,yes,no,1\n' + ',,,\n'.repeat(20_000)))).toHaveLength(1)
  })

  it('counts the margin: entries that are not questions Cirrus plays can be left out, and the rest fit in one quiz', async () => {
    const gift = [...questions(LIMITS.quizQuestions).map((q) => `${q.prompt} {=right ~wrong}`), ...Array.from({ length: 20 }, (_, i) => `Essay ${i} {}`)].join('\n\n')
    const result = await importQuiz('gift', gift)
    expect(result.fileProblems).toEqual([])
    expect(result.questions).toHaveLength(LIMITS.quizQuestions + 20)
    expect(goodQuestions(result)).toHaveLength(LIMITS.quizQuestions)
  })

  it('cuts long messages short and lists at most 50 file problems, then how many more', async () => {
    const csv = 'question,answer 1,correct\n' + Array.from({ length: 200 }, (_, i) => `Q${i},"a"b,1`).join('\n')
    const result = await importQuiz('csv', csv)
    expect(result.fileProblems).toHaveLength(IMPORT_LIMITS.fileProblems)
    // Papa reports one or more problems per broken row: at least the 151 rows not listed are counted.
    const more = /^and (\d+) more problems$/.exec(result.fileProblems.at(-1)!.message)
    expect(result.fileProblems.at(-1)!.location).toBe('file')
    expect(Number(more?.[1])).toBeGreaterThanOrEqual(200 - IMPORT_LIMITS.fileProblems + 1)

    const quoted = await importQuiz('csv', `question,answer 1,correct,type\nWhat?,yes,1,${'x'.repeat(100_000)}\n`)
    const [line] = problemLines(quoted)
    expect(line).toMatch(/^row 2: type "x+\.\.\.$/)
    expect(quoted.questions[0]!.problems[0]!.message.length).toBe(IMPORT_LIMITS.messageChars)
  })

  it('refuses a question with thousands of answers without checking each one', async () => {
    const json = JSON.stringify([{ type: 'single', prompt: 'Many?', options: Array.from({ length: 100_000 }, () => ({ text: 'x', correct: false })) }])
    expect(problemLines(await importQuiz('json', json))).toEqual([`question #1: answers: 100000 answers; a question has at most ${LIMITS.options.max + 4}`])
    const gift = `Many? {${'~x '.repeat(100_000)}=y}`
    expect(problemLines(await importQuiz('gift', gift))).toEqual([`line 1: more than ${IMPORT_LIMITS.answersPerQuestion} answers in {...}; a question has at most ${LIMITS.options.max + 4}`])
  })

  it('keeps a preview small: a file near the size limit answers with far less than its own size in problems', async () => {
    // 4 MB of rows that each break a rule, quoting the file in their messages.
    const row = `${'why '.repeat(200)},${'a'.repeat(300)},${'b'.repeat(300)},9\n`
    const csv = 'question,answer 1,answer 2,correct\n' + row.repeat(Math.floor((4 * 2 ** 20) / row.length))
    const result = await importQuiz('csv', csv)
    expect(JSON.stringify(result).length).toBeLessThan(200_000)
  })

  it('refuses XML nested far deeper than Moodle nests, before the validator lists every open element', async () => {
    const started = performance.now()
    const result = await importQuiz('moodle-xml', '<quiz>\n' + '<a>'.repeat(1_000_000))
    expect(problemLines(result)).toEqual(['line 2: not a Moodle XML file: elements nested more than 100 deep (Moodle\'s are 5)'])
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('guesses a format in one pass over the first bytes, whatever they hold', () => {
    const started = performance.now()
    expect(detectFormat('upload', new TextEncoder().encode('x' + '{='.repeat(3000)))).toBe(null)
    expect(detectFormat('upload', 'What? {=yes ~no}')).toBe('gift')
    expect(detectFormat('upload', 'What? {yes no} then {=a}')).toBe('gift')
    expect(detectFormat('upload', 'What? {yes} = no')).toBe(null)
    expect(performance.now() - started).toBeLessThan(100)
  })
})
