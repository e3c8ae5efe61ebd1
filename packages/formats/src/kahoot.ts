import readXlsxFile from 'read-excel-file/universal'
import writeXlsxFile from 'write-excel-file/universal'
import type { Question } from '@cirrus/questions'
import type { Codec } from './codecs.ts'
import { problem, toBytes, type RawContent, type ReadResult } from './common.ts'
import type { QuizToExport } from './types.ts'
import { readTable, squash } from './table.ts'

/** Kahoot's own limits, from its quiz spreadsheet template. */
export const KAHOOT = {
  answers: 4,
  questionChars: 120,
  answerChars: 75,
  timeLimits: [5, 10, 20, 30, 60, 90, 120, 240],
  headerRow: 8,
} as const

/** The header row of Kahoot's template, word for word (its hints after the dash are ignored when reading). */
const HEADER = [
  '',
  'Question - max 120 characters',
  'Answer 1 - max 75 characters',
  'Answer 2 - max 75 characters',
  'Answer 3 - max 75 characters',
  'Answer 4 - max 75 characters',
  'Time limit (sec) \u2013 5, 10, 20, 30, 60, 90, 120, or 240 secs',
  'Correct answer(s) - choose at least one',
]

const MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString()
  return String(value)
}

/** The header row is the first whose cells include "Question" and "Answer 1", wherever it is. */
function findHeaderRow(rows: readonly string[][]): number {
  return rows.findIndex((row) => {
    const cells = row.map(squash)
    return cells.includes('question') && cells.includes('answer 1')
  })
}

async function read(content: RawContent): Promise<ReadResult> {
  const bytes = toBytes(content)
  if (!bytes) return { drafts: [], fileProblems: [problem('file', 'a Kahoot spreadsheet is an .xlsx file: send its bytes, not text')] }
  let sheets: { sheet: string; data: unknown[][] }[]
  try {
    sheets = await readXlsxFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    return { drafts: [], fileProblems: [problem('file', `not a readable .xlsx spreadsheet (${why})`)] }
  }
  for (const sheet of sheets) {
    const rows = sheet.data.map((row) => row.map(cellText))
    const header = findHeaderRow(rows)
    if (header < 0) continue
    return readTable(rows, header)
  }
  const names = sheets.map((s) => `"${s.sheet}"`).join(', ')
  return {
    drafts: [],
    fileProblems: [problem('file', `no header row with "Question" and "Answer 1" columns in ${sheets.length === 1 ? 'sheet' : 'sheets'} ${names}`)],
  }
}

const nearestTimeLimit = (sec: number) =>
  KAHOOT.timeLimits.reduce((best, t) => (Math.abs(t - sec) < Math.abs(best - sec) ? t : best), KAHOOT.timeLimits[0] as number)

/** Kahoot's template: a title and notes above, the header in row 8, one numbered question per row below. */
async function write(quiz: QuizToExport) {
  const warnings: string[] = []
  const rows: (string | number | null)[][] = [
    [null, quiz.title],
    [null, 'Exported from Cirrus in the layout of Kahoot\'s quiz spreadsheet template.'],
    [null, 'Questions have at most 120 characters and answers at most 75; several correct answers are separated by commas.'],
    [null, 'Time limits are 5, 10, 20, 30, 60, 90, 120 or 240 seconds.'],
    [],
    [],
    [],
    HEADER,
  ]
  let number = 0
  quiz.questions.forEach((q: Question, i) => {
    const name = `question ${i + 1}`
    if (q.type === 'text') return void warnings.push(`${name} is left out: Kahoot's spreadsheet has no typed-answer questions`)
    if (q.options.length > KAHOOT.answers)
      return void warnings.push(`${name} is left out: it has ${q.options.length} answers and Kahoot's spreadsheet has room for ${KAHOOT.answers}`)
    if (q.prompt.length > KAHOOT.questionChars) warnings.push(`${name} is longer than Kahoot's ${KAHOOT.questionChars} characters; shorten it before importing into Kahoot`)
    if (q.options.some((o) => o.text.length > KAHOOT.answerChars)) warnings.push(`${name} has an answer longer than Kahoot's ${KAHOOT.answerChars} characters`)
    const time = nearestTimeLimit(q.timeLimitSec)
    if (time !== q.timeLimitSec) warnings.push(`${name}: time limit ${q.timeLimitSec} s written as ${time} s, the nearest that Kahoot offers`)
    const answers = Array.from({ length: KAHOOT.answers }, (_, a) => q.options[a]?.text ?? null)
    const correct = q.options.flatMap((o, a) => (o.correct ? [a + 1] : [])).join(',')
    rows.push([++number, q.prompt, ...answers, time, correct])
  })
  const lost = ['explanation', 'topic', 'difficulty', 'points', 'domain', 'id']
  if (number > 0) warnings.push(`Kahoot's spreadsheet does not carry ${lost.join(', ')}`)
  const blob = await writeXlsxFile(rows.map((row) => row.map((value) => (value === null ? null : { value }))), {
    sheet: 'Kahoot',
    columns: [{ width: 5 }, { width: 60 }, { width: 25 }, { width: 25 }, { width: 25 }, { width: 25 }, { width: 16 }, { width: 16 }],
  }).toBlob()
  return { content: new Uint8Array(await blob.arrayBuffer()), mimeType: MIME, fileExtension: 'xlsx', warnings }
}

export const kahootCodec: Codec = { binary: true, read, write }
