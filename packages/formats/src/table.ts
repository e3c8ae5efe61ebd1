import { QUESTION_TYPES, type Question, type QuestionInput, type QuestionType } from '@cirrus/questions'
import { problem, type Draft, type ReadResult } from './common.ts'
import { IMPORT_LIMITS, tooManyQuestions } from './limits.ts'
import type { ImportProblem } from './types.ts'

/**
 * Cirrus's question table: one question per row, columns found by their header text (any order, any case).
 * CSV is this table as text; the same reading rules serve Kahoot's sheet.
 */
export const TABLE_FIELDS = ['type', 'prompt', 'correct', 'explanation', 'timeLimitSec', 'points', 'topic', 'difficulty', 'domain', 'id'] as const
type Field = (typeof TABLE_FIELDS)[number]

/** Header texts as written by Cirrus, first, and the other spellings a teacher's sheet may use. */
const HEADERS: Record<Field, readonly string[]> = {
  type: ['type', 'question type'],
  prompt: ['question', 'prompt', 'question text'],
  correct: ['correct', 'correct answers', 'correct answer', 'correct answer(s)', 'answer key', 'right answers'],
  explanation: ['explanation', 'feedback'],
  timeLimitSec: ['time limit', 'time limit (sec)', 'time', 'seconds', 'time limit (seconds)'],
  points: ['points'],
  topic: ['topic'],
  difficulty: ['difficulty'],
  domain: ['domain'],
  id: ['id'],
}
const ANSWER_HEADER = /^(?:answer|option|choice)\s*(\d{1,2})$/

/** "Answer 1 - max 75 characters" and "answer_1" both read as "answer 1": Kahoot's headers carry hints after a dash. */
const squash = (header: string) =>
  header.split(/\s[-\u2013\u2014]\s/)[0]!.toLowerCase().replace(/[^a-z0-9()]+/g, ' ').trim()
const FIELD_BY_HEADER = new Map<string, Field>(TABLE_FIELDS.flatMap((f) => HEADERS[f].map((h) => [squash(h), f] as const)))

export interface TableColumns {
  fields: Partial<Record<Field, number>>
  /** Column index of answer 1, answer 2... (sparse when a number is missing). */
  answers: number[]
}

/** Reads a header row; unknown headers are ignored (notes columns are common in teachers' sheets). */
export function tableColumns(header: readonly string[]): TableColumns {
  const fields: TableColumns['fields'] = {}
  const answers: number[] = []
  header.forEach((cell, col) => {
    const key = squash(cell)
    const field = FIELD_BY_HEADER.get(key)
    if (field && fields[field] === undefined) fields[field] = col
    const answer = ANSWER_HEADER.exec(key)
    if (answer) answers[Number(answer[1]) - 1] = col
  })
  return { fields, answers }
}

/**
 * The header row is the first that names a question column and an answer column, wherever it is: Kahoot's
 * template and many teachers' sheets have a title and notes above it. -1 when there is none.
 */
export function findHeaderRow(rows: readonly (readonly string[])[]): number {
  return rows.findIndex((row) => {
    const columns = tableColumns(row)
    return columns.fields.prompt !== undefined && columns.answers.some((c) => c !== undefined)
  })
}

const TYPE_NAMES: Record<string, QuestionType> = {
  single: 'single', 'multiple choice': 'single', 'single choice': 'single', quiz: 'single',
  multiple: 'multiple', 'multiple response': 'multiple', 'multiple answer': 'multiple', 'multi select': 'multiple',
  truefalse: 'truefalse', 'true false': 'truefalse', 'true or false': 'truefalse', tf: 'truefalse',
  text: 'text', 'short answer': 'text', 'typed answer': 'text', 'type answer': 'text', typed: 'text',
}

export function parseType(value: string): QuestionType | null {
  return TYPE_NAMES[value.toLowerCase().replace(/[^a-z]+/g, ' ').trim()] ?? null
}

const isTrueFalse = (answers: readonly string[]) =>
  answers.length === 2 && answers[0]!.trim().toLowerCase() === 'true' && answers[1]!.trim().toLowerCase() === 'false'

/** A row's cells, already as text, and where it is. */
export interface RowCells {
  prompt: string
  /** By answer number: answers[0] is "answer 1"; blank cells are "". */
  answers: string[]
  correct: string
  type?: string
  rest?: Partial<Record<Exclude<Field, 'prompt' | 'answers' | 'correct' | 'type'>, string>>
}

/**
 * Turns one row into a draft question. `correct` lists answer numbers ("1", "1,3", "2;4"), letters ("A, C"),
 * or for a true/false row the words true/false; a typed-answer row needs none (every answer is accepted).
 */
export function draftFromRow(row: RowCells, location: string, line: number): Draft {
  const problems: ImportProblem[] = []
  const add = (message: string) => problems.push(problem(location, message, line))

  // Keep answer numbers as the sheet shows them even when a cell in between is blank.
  const filled = row.answers.map((a, i) => ({ text: a.trim(), number: i + 1 })).filter((a) => a.text !== '')
  let type: QuestionType | undefined
  if (row.type?.trim()) {
    type = parseType(row.type) ?? undefined
    if (!type) add(`type "${row.type.trim()}" is not one of ${QUESTION_TYPES.join(', ')}`)
  }

  const texts = filled.map((a) => a.text)
  const trueFalseRow = type === 'truefalse' || (!type && isTrueFalse(texts))
  const right = new Set<number>()
  const tokens = row.correct.split(/[\s,;]+/).filter(Boolean)
  for (const token of tokens) {
    const tf = /^(true|t)$/i.test(token) ? 1 : /^(false|f)$/i.test(token) ? 2 : NaN
    const n = /^\d+$/.test(token) ? Number(token) : /^[a-j]$/i.test(token) ? token.toUpperCase().charCodeAt(0) - 64 : NaN
    const number = trueFalseRow && !Number.isNaN(tf) ? tf : n
    if (Number.isNaN(number)) add(`correct answer "${token}" is not an answer number`)
    else if (!filled.some((a) => a.number === number)) add(`correct answer ${number} names an empty answer cell`)
    else right.add(number)
  }

  if (!type) type = trueFalseRow ? 'truefalse' : right.size >= 2 ? 'multiple' : 'single'
  if (type !== 'text' && tokens.length === 0) add('no correct answer given: list the right answer numbers, like 2 or 1,3')

  const options =
    type === 'text'
      ? filled.map((a) => ({ text: a.text, correct: true }))
      : filled.map((a) => ({ text: type === 'truefalse' ? canonicalTrueFalse(a.text) : a.text, correct: right.has(a.number) }))

  const input: Partial<QuestionInput> = { type, prompt: row.prompt.trim(), options }
  const rest = row.rest ?? {}
  if (rest.explanation?.trim()) input.explanation = rest.explanation.trim()
  if (rest.topic?.trim()) input.topic = rest.topic.trim()
  if (rest.id?.trim()) input.id = rest.id.trim()
  if (rest.difficulty?.trim()) input.difficulty = rest.difficulty.trim().toLowerCase() as Question['difficulty']
  const whole = (field: 'timeLimitSec' | 'points' | 'domain', name: string, unit = '') => {
    const value = rest[field]?.trim()
    if (!value) return undefined
    if (!/^\d+(\.0+)?$/.test(value)) {
      add(`${name} "${value}" is not a whole number${unit}`)
      return undefined
    }
    return Number(value)
  }
  const time = whole('timeLimitSec', 'time limit', ' of seconds')
  if (time !== undefined) input.timeLimitSec = time
  const points = whole('points', 'points')
  if (points !== undefined) input.points = points as Question['points']
  const domain = whole('domain', 'domain')
  if (domain !== undefined) input.domain = domain
  return { input, location, line, problems }
}

function canonicalTrueFalse(text: string): string {
  const lower = text.toLowerCase()
  return lower === 'true' ? 'True' : lower === 'false' ? 'False' : text
}

/** The first few non-empty cells, quoted and cut short: enough to recognise the row. */
function describeCells(row: readonly string[]): string {
  const cells = row.filter((c) => c.trim())
  const shown = cells.slice(0, 8).map((c) => `"${c.length > 40 ? c.slice(0, 40) + '...' : c}"`)
  return shown.length ? shown.join(', ') + (cells.length > 8 ? `, and ${cells.length - 8} more` : '') : 'nothing'
}

/** Reads a whole table: the header row at `headerIndex`, then one question per non-blank row. */
export function readTable(rows: readonly string[][], headerIndex: number, rowLabel = 'row'): ReadResult {
  const header = rows[headerIndex] ?? []
  const columns = tableColumns(header)
  const fileProblems: ImportProblem[] = []
  const headerLine = headerIndex + 1
  if (columns.fields.prompt === undefined)
    fileProblems.push(problem(`${rowLabel} ${headerLine}`, `no "question" column in the header row (found: ${describeCells(header)})`, headerLine))
  if (!columns.answers.some((c) => c !== undefined))
    fileProblems.push(problem(`${rowLabel} ${headerLine}`, 'no answer columns in the header row ("answer 1", "answer 2"...)', headerLine))
  if (fileProblems.length) return { drafts: [], fileProblems }

  const cell = (row: readonly string[], col: number | undefined) => (col === undefined ? '' : (row[col] ?? ''))
  const drafts: Draft[] = []
  const f = columns.fields
  const questionColumns = [f.prompt, f.correct, ...columns.answers]
  for (const [index, row] of rows.entries()) {
    // Blank in every question column: a spacer, or one of the numbered empty slots of Kahoot's template.
    if (index <= headerIndex || questionColumns.every((col) => !cell(row, col).trim())) continue
    if (drafts.length === IMPORT_LIMITS.questions) return { drafts: [], fileProblems: [tooManyQuestions()] }
    const line = index + 1
    const cells: RowCells = {
      prompt: cell(row, f.prompt),
      answers: Array.from({ length: columns.answers.length }, (_, i) => cell(row, columns.answers[i])),
      correct: cell(row, f.correct),
      type: cell(row, f.type),
      rest: {
        explanation: cell(row, f.explanation),
        timeLimitSec: cell(row, f.timeLimitSec),
        points: cell(row, f.points),
        topic: cell(row, f.topic),
        difficulty: cell(row, f.difficulty),
        domain: cell(row, f.domain),
        id: cell(row, f.id),
      },
    }
    drafts.push(draftFromRow(cells, `${rowLabel} ${line}`, line))
  }
  if (!drafts.length) fileProblems.push(problem(`${rowLabel} ${headerLine}`, 'no questions below the header row', headerLine))
  return { drafts, fileProblems }
}

/** Cirrus's table for a quiz: the header row, then one row per question, with as many answer columns as needed (at least 4). */
export function writeTable(questions: readonly Question[]): string[][] {
  const answerCount = Math.max(4, ...questions.map((q) => q.options.length))
  const header = [
    'type', 'question',
    ...Array.from({ length: answerCount }, (_, i) => `answer ${i + 1}`),
    'correct', 'explanation', 'time limit', 'points', 'topic', 'difficulty', 'domain', 'id',
  ]
  const rows = questions.map((q) => [
    q.type,
    q.prompt,
    ...Array.from({ length: answerCount }, (_, i) => q.options[i]?.text ?? ''),
    q.options.flatMap((o, i) => (o.correct ? [String(i + 1)] : [])).join(','),
    q.explanation,
    String(q.timeLimitSec),
    String(q.points),
    q.topic ?? '',
    q.difficulty,
    q.domain === undefined ? '' : String(q.domain),
    q.id,
  ])
  return [header, ...rows]
}
