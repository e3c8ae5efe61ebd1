import { TIME_LIMIT_SEC, type NumberAnswer, type Question, type QuestionInput, type QuestionType } from '@cirrus/questions'
import type { Draft, ReadResult } from './common.ts'
import { IMPORT_LIMITS, tooManyQuestions } from './limits.ts'
import { note, problem } from './said.ts'
import type { ImportNote, ImportProblem, Place } from './types.ts'
import type { Field as Named, ProblemCode, Values } from './words.ts'

/**
 * Cirrus's question table: one question per row, columns found by their header text (any order, any case).
 * CSV is this table as text; the same reading rules serve Kahoot's sheet.
 */
export const TABLE_FIELDS = ['type', 'prompt', 'correct', 'explanation', 'timeLimitSec', 'points', 'topic', 'difficulty', 'domain', 'id', 'number', 'imageLink', 'unit', 'sliderMin', 'sliderMax', 'sliderStep'] as const
type Field = (typeof TABLE_FIELDS)[number]

/** Header texts as written by Cirrus, first, and the other spellings a teacher's sheet may use. */
const HEADERS: Record<Field, readonly string[]> = {
  type: ['type', 'question type'],
  prompt: ['question', 'prompt', 'question text'],
  correct: ['correct', 'correct answers', 'correct answer', 'correct answer(s)', 'answer key', 'right answers'],
  explanation: ['explanation', 'feedback', 'answer explanation'],
  timeLimitSec: ['time limit', 'time limit (sec)', 'time', 'seconds', 'time limit (seconds)', 'time in seconds'],
  points: ['points'],
  topic: ['topic'],
  difficulty: ['difficulty'],
  domain: ['domain'],
  id: ['id'],
  /** A numbering column ("Question #", "No.", Blooket's and many teachers' first column): read and left out. */
  number: ['number', 'no', 'nr', 'question number', 'q number'],
  /** Quizizz's picture column: a web address, which an import does not fetch (it says so per question). */
  imageLink: ['image link', 'image', 'image url', 'picture'],
  /** A number question's unit and slider. */
  unit: ['unit'],
  sliderMin: ['slider from', 'slider min'],
  sliderMax: ['slider to', 'slider max'],
  sliderStep: ['slider step', 'step'],
}
const ANSWER_HEADER = /^(?:answer|option|choice)\s*(\d{1,2})$/
/** Gimkit's layout: the right answer's text in "Correct Answer", the others in "Incorrect Answer 1", "2"... */
const WRONG_ANSWER_HEADER = /^(?:incorrect|wrong) answer\s*(\d{1,2})$/

/**
 * "Answer 1 - max 75 characters", "answer_1" and "Answer 3 (Optional)" all read as "answer 3": Kahoot's headers
 * carry hints after a dash, Blooket's in brackets ("Time Limit (sec) (Max: 300 seconds)"). "#" is a number:
 * "Question #" is a numbering column, not the question.
 */
const squash = (header: string) =>
  header
    .split(/\s[-\u2013\u2014]\s/)[0]!
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/#/g, ' number ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
const FIELD_BY_HEADER = new Map<string, Field>(TABLE_FIELDS.flatMap((f) => HEADERS[f].map((h) => [squash(h), f] as const)))

export interface TableColumns {
  fields: Partial<Record<Field, number>>
  /** Column index of answer 1, answer 2... (sparse when a number is missing). */
  answers: number[]
  /** Gimkit's "Incorrect Answer 1", "2"...: with them, "Correct Answer" holds the right answer's text. */
  wrongAnswers: number[]
}

/** Reads a header row; unknown headers are ignored (notes columns are common in teachers' sheets). */
export function tableColumns(header: readonly string[]): TableColumns {
  const fields: TableColumns['fields'] = {}
  const answers: number[] = []
  const wrongAnswers: number[] = []
  header.forEach((cell, col) => {
    const key = squash(cell)
    const field = FIELD_BY_HEADER.get(key)
    if (field && fields[field] === undefined) fields[field] = col
    const answer = ANSWER_HEADER.exec(key)
    if (answer) answers[Number(answer[1]) - 1] = col
    const wrong = WRONG_ANSWER_HEADER.exec(key)
    if (wrong) wrongAnswers[Number(wrong[1]) - 1] = col
  })
  return { fields, answers, wrongAnswers }
}

/**
 * The header row is the first that names a question column and an answer column, wherever it is: Kahoot's
 * template and many teachers' sheets have a title and notes above it. -1 when there is none.
 */
export function findHeaderRow(rows: readonly (readonly string[])[]): number {
  return rows.findIndex((row) => {
    const columns = tableColumns(row)
    return columns.fields.prompt !== undefined && [...columns.answers, ...columns.wrongAnswers].some((c) => c !== undefined)
  })
}

const TYPE_NAMES: Record<string, QuestionType> = {
  single: 'single', 'multiple choice': 'single', 'single choice': 'single', quiz: 'single',
  multiple: 'multiple', 'multiple response': 'multiple', 'multiple answer': 'multiple', 'multi select': 'multiple',
  truefalse: 'truefalse', 'true false': 'truefalse', 'true or false': 'truefalse', tf: 'truefalse',
  text: 'text', 'short answer': 'text', 'typed answer': 'text', 'type answer': 'text', typed: 'text',
  // Quizizz (Wayground) names its types so.
  checkbox: 'multiple', 'fill in the blank': 'text', 'fill in the blanks': 'text', 'fill in blank': 'text',
  ordering: 'ordering', order: 'ordering', reorder: 'ordering', sequence: 'ordering', 'put in order': 'ordering',
  poll: 'poll', survey: 'poll', opinion: 'poll',
  number: 'number', numeric: 'number', numerical: 'number',
}

/** Types of other tools that have no counterpart here: the row is refused, saying why. */
const TYPES_NOT_HERE: Record<string, ProblemCode> = {
  'open ended': 'type_not_here_open_ended',
  draw: 'type_not_here_draw',
  'word cloud': 'type_not_here_word_cloud',
  slide: 'type_not_here_slide',
}

export function parseType(value: string): QuestionType | null {
  return TYPE_NAMES[value.toLowerCase().replace(/[^a-z]+/g, ' ').trim()] ?? null
}

const isTrueFalse = (answers: readonly string[]) =>
  answers.length === 2 && answers[0]!.trim().toLowerCase() === 'true' && answers[1]!.trim().toLowerCase() === 'false'

/**
 * Quizizz (Wayground)'s "Quiz Spreadsheet Template" has a row of instructions under its header ("Text of the
 * question (required)", "Question Type (default is Multiple Choice)", "The correct option choice (between 1-5)...",
 * "Time in seconds (optional, default value is 30 seconds)"): the template's own words, not a question.
 */
const INSTRUCTIONS = [/^text of the question\b/i, /^question type\s*\(default\b/i, /^the correct option choice\b/i]
const isInstructionRow = (cells: readonly string[]) => cells.some((cell) => INSTRUCTIONS.some((re) => re.test(cell.replace(/\s+/g, ' ').trim())))

/** Quizizz's header "Time in seconds"; its template says a blank time is 30 seconds. */
const QUIZIZZ_TIME_HEADER = 'time in seconds'
const QUIZIZZ_DEFAULT_TIME_SEC = 30

/** A row's cells, already as text, and where it is. */
export interface RowCells {
  prompt: string
  /** By answer number: answers[0] is "answer 1"; blank cells are "". */
  answers: string[]
  correct: string
  type?: string
  rest?: Partial<Record<Exclude<Field, 'prompt' | 'answers' | 'correct' | 'type' | 'number'>, string>>
  /** The time a blank time cell means in this sheet's layout (Quizizz's 30 s); else Cirrus's default. */
  defaultTimeSec?: number
}

/**
 * Turns one row into a draft question. `correct` lists answer numbers ("1", "1,3", "2;4"), letters ("A, C"),
 * or for a true/false row the words true/false; a typed-answer row needs none (every answer is accepted).
 */
export function draftFromRow(row: RowCells, place: Place): Draft {
  const problems: ImportProblem[] = []
  const add = (code: ProblemCode, values: Values = {}) => problems.push(problem(place, code, values))

  // Keep answer numbers as the sheet shows them even when a cell in between is blank.
  const filled = row.answers.map((a, i) => ({ text: a.trim(), number: i + 1 })).filter((a) => a.text !== '')
  let type: QuestionType | undefined
  if (row.type?.trim()) {
    type = parseType(row.type) ?? undefined
    const elsewhere = TYPES_NOT_HERE[row.type.toLowerCase().replace(/[^a-z]+/g, ' ').trim()]
    if (!type) {
      add(elsewhere ?? 'row_type_unknown', { value: row.type.trim() })
      // Its other cells cannot be judged without knowing what they mean.
      if (elsewhere) return { input: null, place, problems }
    }
  }

  const texts = filled.map((a) => a.text)
  const trueFalseRow = type === 'truefalse' || (!type && isTrueFalse(texts))
  const right = new Set<number>()
  // Orders, polls and numbers need no answer numbers: the cells themselves say it all.
  const keyless = type === 'ordering' || type === 'poll' || type === 'number'
  const tokens = keyless ? [] : row.correct.split(/[\s,;]+/).filter(Boolean)
  for (const token of tokens) {
    const tf = /^(true|t)$/i.test(token) ? 1 : /^(false|f)$/i.test(token) ? 2 : NaN
    const n = /^\d+$/.test(token) ? Number(token) : /^[a-j]$/i.test(token) ? token.toUpperCase().charCodeAt(0) - 64 : NaN
    const number = trueFalseRow && !Number.isNaN(tf) ? tf : n
    if (Number.isNaN(number)) add('correct_not_number', { value: token })
    else if (!filled.some((a) => a.number === number)) add('correct_empty_cell', { n: number })
    else right.add(number)
  }

  if (!type) type = trueFalseRow ? 'truefalse' : right.size >= 2 ? 'multiple' : 'single'
  if (type !== 'text' && !keyless && tokens.length === 0) add('no_correct')

  const options =
    type === 'number'
      ? []
      : type === 'text' || type === 'ordering'
        ? filled.map((a) => ({ text: a.text, correct: true }))
        : filled.map((a) => ({ text: type === 'truefalse' ? canonicalTrueFalse(a.text) : a.text, correct: type !== 'poll' && right.has(a.number) }))

  const notes: ImportNote[] = []
  const input: Partial<QuestionInput> = { type, prompt: row.prompt.trim(), options }
  if (type === 'number') {
    const answers = filled.map((a) => ({ cell: a, answer: parseNumberCell(a.text) }))
    for (const { cell, answer } of answers) if (!answer) add('number_cell', { n: cell.number, value: cell.text })
    input.number = { answers: answers.flatMap((a) => (a.answer ? [a.answer] : [])) }
    const slider = (field: 'sliderMin' | 'sliderMax' | 'sliderStep') => {
      const value = row.rest?.[field]?.trim()
      if (!value) return undefined
      const n = toNumber(value)
      if (!Number.isFinite(n)) add('not_a_number', { field, value })
      return Number.isFinite(n) ? n : undefined
    }
    const [min, max, step] = [slider('sliderMin'), slider('sliderMax'), slider('sliderStep')]
    const unit = row.rest?.unit?.trim()
    input.number = { ...input.number, ...(min !== undefined && { min }), ...(max !== undefined && { max }), ...(step !== undefined && { step }), ...(unit && { unit }) }
  }
  // A question that is only a number is likely a numbering column read as the question: say so beside "7".
  if (/^\d+[.)]?$/.test(row.prompt.trim())) notes.push(note('prompt_only_number', { value: row.prompt.trim() }))
  if (row.rest?.imageLink?.trim()) notes.push(note('picture_link', { url: row.rest.imageLink.trim().slice(0, 120) }))
  const rest = row.rest ?? {}
  if (rest.explanation?.trim()) input.explanation = rest.explanation.trim()
  if (rest.topic?.trim()) input.topic = rest.topic.trim()
  if (rest.id?.trim()) input.id = rest.id.trim()
  if (rest.difficulty?.trim()) input.difficulty = rest.difficulty.trim().toLowerCase() as Question['difficulty']
  const whole = (column: 'timeLimitSec' | 'points' | 'domain', field: Named) => {
    const value = rest[column]?.trim()
    if (!value) return undefined
    if (!/^\d+(\.0+)?$/.test(value)) {
      add(field === 'timeLimit' ? 'time_not_whole' : 'not_whole', field === 'timeLimit' ? { value } : { field, value })
      return undefined
    }
    return Number(value)
  }
  const time = whole('timeLimitSec', 'timeLimit') ?? (rest.timeLimitSec?.trim() ? undefined : row.defaultTimeSec)
  if (time !== undefined) {
    // Other tools allow up to 300 s (Blooket) or 30 minutes (Quizizz): the nearest Cirrus time, said per question.
    const fitted = Math.min(TIME_LIMIT_SEC.max, Math.max(TIME_LIMIT_SEC.min, time))
    if (fitted !== time) notes.push(note('time_fitted', { value: time, min: TIME_LIMIT_SEC.min, max: TIME_LIMIT_SEC.max, fitted }))
    input.timeLimitSec = fitted
  }
  const points = whole('points', 'points')
  if (points !== undefined) input.points = points as Question['points']
  const domain = whole('domain', 'domain')
  if (domain !== undefined) input.domain = domain
  return { input, place, problems, ...(notes.length && { notes }) }
}

const NUMBER = String.raw`[-+]?(?:\d+(?:[.,]\d+)?|[.,]\d+)(?:e[-+]?\d+)?`
const NUMBER_CELL = new RegExp(String.raw`^(${NUMBER})(?:\s*(?:±|\+-|\+/-)\s*(${NUMBER}))?(?:\s*\.\.\s*(${NUMBER}))?(?:\s*\((\d{1,3})\s*%\))?$`, 'i')
const toNumber = (text: string) => Number(text.replace(',', '.'))

/** "42", "42 ± 2" (or +-, +/-), "40..44" (a range), each maybe with "(50%)" for part of the points. */
export function parseNumberCell(text: string): NumberAnswer | null {
  const m = NUMBER_CELL.exec(text.trim())
  if (!m || (m[2] !== undefined && m[3] !== undefined)) return null
  const credit = m[4] === undefined ? 1 : Number(m[4]) / 100
  if (!(credit > 0 && credit <= 1)) return null
  if (m[3] !== undefined) {
    const [from, to] = [toNumber(m[1]!), toNumber(m[3])].sort((a, b) => a - b) as [number, number]
    return { value: (from + to) / 2, tolerance: (to - from) / 2, credit }
  }
  return { value: toNumber(m[1]!), tolerance: m[2] === undefined ? 0 : Math.abs(toNumber(m[2])), credit }
}

/** An accepted number as a cell: the reverse of parseNumberCell. */
export function numberCell(a: NumberAnswer): string {
  return `${a.value}${a.tolerance ? ` ± ${a.tolerance}` : ''}${a.credit < 1 ? ` (${Math.round(a.credit * 100)}%)` : ''}`
}

function canonicalTrueFalse(text: string): string {
  const lower = text.toLowerCase()
  return lower === 'true' ? 'True' : lower === 'false' ? 'False' : text
}

/** The first few non-empty cells, quoted and cut short: enough to recognise the row. */
function describeCells(row: readonly string[]): string {
  const cells = row.filter((c) => c.trim())
  const shown = cells.slice(0, 8).map((c) => `"${c.length > 40 ? c.slice(0, 40) + '...' : c}"`)
  // Quoted from the file, so that it reads alike in every language; the rest of the row as "...".
  return shown.length ? shown.join(', ') + (cells.length > 8 ? ', ...' : '') : '—'
}

/** Reads a whole table: the header row at `headerIndex`, then one question per non-blank row. */
export function readTable(rows: readonly string[][], headerIndex: number, sheet?: string): ReadResult {
  const header = rows[headerIndex] ?? []
  const columns = tableColumns(header)
  const fileProblems: ImportProblem[] = []
  const rowAt = (row: number): Place => (sheet === undefined ? { at: 'row', row } : { at: 'row', row, sheet })
  const headerRow = rowAt(headerIndex + 1)
  if (columns.fields.prompt === undefined) fileProblems.push(problem(headerRow, 'no_question_column', { found: describeCells(header) }))
  const gimkit = columns.wrongAnswers.some((c) => c !== undefined)
  if (!gimkit && !columns.answers.some((c) => c !== undefined)) fileProblems.push(problem(headerRow, 'no_answer_columns'))
  if (fileProblems.length) return { drafts: [], fileProblems }

  const cell = (row: readonly string[], col: number | undefined) => (col === undefined ? '' : (row[col] ?? ''))
  const drafts: Draft[] = []
  const f = columns.fields
  const questionColumns = [f.prompt, f.correct, ...columns.answers, ...columns.wrongAnswers]
  const defaultTimeSec = f.timeLimitSec !== undefined && squash(header[f.timeLimitSec] ?? '') === QUIZIZZ_TIME_HEADER ? QUIZIZZ_DEFAULT_TIME_SEC : undefined
  for (const [index, row] of rows.entries()) {
    // Blank in every question column: a spacer, or one of the numbered empty slots of Kahoot's template.
    if (index <= headerIndex || questionColumns.every((col) => !cell(row, col).trim())) continue
    // Quizizz's row of instructions under its header.
    if (index === headerIndex + 1 && isInstructionRow([cell(row, f.prompt), cell(row, f.type), cell(row, f.correct)])) continue
    if (drafts.length === IMPORT_LIMITS.questions) return { drafts: [], fileProblems: [tooManyQuestions()] }
    const line = index + 1
    const cells: RowCells = {
      prompt: cell(row, f.prompt),
      // Gimkit's sheet: the right answer's text, then the wrong ones; the right one is answer 1.
      answers: gimkit
        ? [cell(row, f.correct), ...Array.from({ length: columns.wrongAnswers.length }, (_, i) => cell(row, columns.wrongAnswers[i]))]
        : Array.from({ length: columns.answers.length }, (_, i) => cell(row, columns.answers[i])),
      correct: gimkit ? (cell(row, f.correct).trim() ? '1' : '') : cell(row, f.correct),
      type: cell(row, f.type),
      ...(defaultTimeSec !== undefined && { defaultTimeSec }),
      rest: {
        explanation: cell(row, f.explanation),
        timeLimitSec: cell(row, f.timeLimitSec),
        points: cell(row, f.points),
        topic: cell(row, f.topic),
        difficulty: cell(row, f.difficulty),
        domain: cell(row, f.domain),
        id: cell(row, f.id),
        imageLink: cell(row, f.imageLink),
        unit: cell(row, f.unit),
        sliderMin: cell(row, f.sliderMin),
        sliderMax: cell(row, f.sliderMax),
        sliderStep: cell(row, f.sliderStep),
      },
    }
    drafts.push(draftFromRow(cells, rowAt(line)))
  }
  if (!drafts.length) fileProblems.push(problem(headerRow, 'no_questions_below_header'))
  return { drafts, fileProblems }
}

/** Cirrus's table for a quiz: the header row, then one row per question, with as many answer columns as needed (at least 4). */
export function writeTable(questions: readonly Question[]): string[][] {
  const cellsOf = (q: Question) => (q.type === 'number' ? (q.number?.answers ?? []).map(numberCell) : q.options.map((o) => o.text))
  const answerCount = Math.max(4, ...questions.map((q) => cellsOf(q).length))
  const numbers = questions.some((q) => q.type === 'number')
  const header = [
    'type', 'question',
    ...Array.from({ length: answerCount }, (_, i) => `answer ${i + 1}`),
    'correct', 'explanation', 'time limit', 'points', 'topic', 'difficulty', 'domain', 'id',
    // A number question's unit and slider, only when the quiz has one: other quizzes' sheets stay as they were.
    ...(numbers ? ['unit', 'slider from', 'slider to', 'slider step'] : []),
  ]
  const rows = questions.map((q) => [
    q.type,
    q.prompt,
    ...Array.from({ length: answerCount }, (_, i) => cellsOf(q)[i] ?? ''),
    // An order, a poll and a number carry their key in the answer cells themselves.
    q.type === 'ordering' || q.type === 'poll' || q.type === 'number' ? '' : q.options.flatMap((o, i) => (o.correct ? [String(i + 1)] : [])).join(','),
    q.explanation,
    String(q.timeLimitSec),
    String(q.points),
    q.topic ?? '',
    q.difficulty,
    q.domain === undefined ? '' : String(q.domain),
    q.id,
    ...(numbers ? [q.number?.unit ?? '', ...[q.number?.min, q.number?.max, q.number?.step].map((n) => (n === undefined ? '' : String(n)))] : []),
  ])
  return [header, ...rows]
}
