import { unzipSync } from 'fflate'
import readXlsxFile from 'read-excel-file/universal'
import { questionImages, TIME_LIMIT_SEC, type Question, type QuestionInput } from '@cirrus/questions'
import type { Codec } from './codecs.ts'
import { toBytes, type RawContent, type ReadResult } from './common.ts'
import { FILE, problem, warning } from './said.ts'
import type { ExportNotes } from './export-notes.ts'
import type { ExportWarning, QuizToExport } from './types.ts'
import { findHeaderRow, readTable, writeTable } from './table.ts'
import { writeXlsx, type CellValue } from './xlsx-write.ts'
import { xlsxReadProblem } from './xlsx-read-errors.ts'

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

/** The second sheet, where Cirrus keeps its own question table (every field of every question). */
export const CIRRUS_SHEET = 'Cirrus'

const MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString()
  return String(value)
}

/**
 * An .xlsx is a zip: a small upload can unpack to gigabytes. Cirrus's own export of 500 questions with every text
 * at its longest unpacks to 2.2 MB of XML (both sheets and their strings); images and other parts are not read.
 */
export const KAHOOT_MAX_UNZIPPED_BYTES = 10_000_000

/** The parts the spreadsheet reader unpacks (XML; not images), as the zip's directory gives their size. */
const readPart = (name: string) => name.endsWith('.xml') || name.endsWith('.xml.rels')

/** What the zip's directory says its XML parts unpack to, without unpacking them; null when it is not a zip. */
function unzippedSize(bytes: Uint8Array): number | null {
  let total = 0
  try {
    unzipSync(bytes, {
      filter: (file) => {
        if (readPart(file.name)) total += file.originalSize
        return false
      },
    })
  } catch {
    return null
  }
  return total
}

async function read(content: RawContent): Promise<ReadResult> {
  const bytes = toBytes(content)
  if (!bytes) return { drafts: [], fileProblems: [problem(FILE, 'xlsx_not_bytes')] }
  const unpacked = unzippedSize(bytes)
  if (unpacked !== null && unpacked > KAHOOT_MAX_UNZIPPED_BYTES)
    return { drafts: [], fileProblems: [problem(FILE, 'xlsx_too_big', { mb: Math.round(unpacked / 1e6), max: KAHOOT_MAX_UNZIPPED_BYTES / 1e6 })] }
  let sheets: { sheet: string; data: unknown[][] }[]
  try {
    sheets = await readXlsxFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  } catch (error) {
    return { drafts: [], fileProblems: [problem(FILE, xlsxReadProblem(error, bytes))] }
  }
  if (sheets.length === 0) return { drafts: [], fileProblems: [problem(FILE, 'xlsx_no_sheets')] }
  const cirrus = sheets.find((s) => s.sheet === CIRRUS_SHEET)
  for (const sheet of sheets) {
    if (sheet === cirrus) continue
    const rows = sheet.data.map((row) => row.map(cellText))
    const header = findHeaderRow(rows)
    if (header < 0) continue
    const kahoot = readTable(rows, header)
    return (cirrus && fullQuestions(cirrus.data.map((row) => row.map(cellText)), kahoot)) || kahoot
  }
  if (cirrus) return readTable(cirrus.data.map((row) => row.map(cellText)), 0, CIRRUS_SHEET)
  const names = sheets.map((s) => `"${s.sheet}"`).join(', ')
  return {
    drafts: [],
    fileProblems: [problem(FILE, 'xlsx_no_header', { count: sheets.length, sheets: names })],
  }
}

/**
 * The questions of Cirrus's own sheet, when the Kahoot sheet still says what Cirrus wrote there (same prompts,
 * answers and right answers, time limits as snapped). If someone edited the Kahoot sheet, it wins, alone.
 */
function fullQuestions(rows: string[][], kahoot: ReadResult): ReadResult | null {
  const full = readTable(rows, 0, CIRRUS_SHEET)
  if (full.fileProblems.length || full.drafts.some((d) => d.problems.length || !d.input)) return null
  const fits = full.drafts.filter((d) => fitsKahoot(d.input!))
  if (fits.length !== kahoot.drafts.length) return null
  const same = fits.every((f, i) => {
    const k = kahoot.drafts[i]!.input
    return (
      k !== null &&
      k.prompt === f.input!.prompt &&
      JSON.stringify(k.options) === JSON.stringify(f.input!.options) &&
      (k.timeLimitSec ?? TIME_LIMIT_SEC.default) === nearestTimeLimit(f.input!.timeLimitSec ?? TIME_LIMIT_SEC.default)
    )
  })
  return same ? full : null
}

/** Kahoot's sheet plays choices only: no typed answers, orders, polls or numbers, and at most four answers. */
const KAHOOT_TYPES: ReadonlySet<string | undefined> = new Set(['single', 'multiple', 'truefalse'])
const fitsKahoot = (q: Partial<Pick<QuestionInput, 'type' | 'options'>>) => KAHOOT_TYPES.has(q.type) && (q.options?.length ?? 0) <= KAHOOT.answers

const nearestTimeLimit = (sec: number) =>
  KAHOOT.timeLimits.reduce((best, t) => (Math.abs(t - sec) < Math.abs(best - sec) ? t : best), KAHOOT.timeLimits[0] as number)

/**
 * Kahoot's template: a title and notes above, the header in row 8, one numbered question per row below. A second
 * sheet holds Cirrus's question table, so that Cirrus reads back what Kahoot's sheet cannot carry.
 */
async function write(quiz: QuizToExport, notes: ExportNotes) {
  const warnings: ExportWarning[] = []
  const rows: CellValue[][] = [
    [null, quiz.title],
    ...notes.kahoot.map((line) => [null, line]),
    [],
    [],
    [],
    HEADER,
  ]
  let number = 0
  quiz.questions.forEach((q: Question, i) => {
    const n = i + 1
    if (q.type === 'text') return void warnings.push(warning('kahoot_typed', { n }))
    if (q.type === 'ordering' || q.type === 'poll' || q.type === 'number') return void warnings.push(warning('kahoot_type', { n, type: q.type }))
    if (questionImages(q).length) warnings.push(warning('kahoot_pictures', { n }))
    if (!fitsKahoot(q)) return void warnings.push(warning('kahoot_answers', { n, count: q.options.length, max: KAHOOT.answers }))
    if (q.prompt.length > KAHOOT.questionChars) warnings.push(warning('kahoot_prompt_long', { n, max: KAHOOT.questionChars }))
    if (q.options.some((o) => o.text.length > KAHOOT.answerChars)) warnings.push(warning('kahoot_answer_long', { n, max: KAHOOT.answerChars }))
    const time = nearestTimeLimit(q.timeLimitSec)
    if (time !== q.timeLimitSec) warnings.push(warning('kahoot_time', { n, value: q.timeLimitSec, fitted: time }))
    const answers = Array.from({ length: KAHOOT.answers }, (_, a) => q.options[a]?.text ?? null)
    const correct = q.options.flatMap((o, a) => (o.correct ? [a + 1] : [])).join(',')
    // One right answer as a number, several as text ("1,3"), as a teacher types them in Excel.
    rows.push([++number, q.prompt, ...answers, time, correct.includes(',') ? correct : Number(correct)])
  })
  const content = await writeXlsx([
    {
      sheet: 'Kahoot',
      data: rows,
      columns: [{ width: 5 }, { width: 60 }, { width: 25 }, { width: 25 }, { width: 25 }, { width: 25 }, { width: 16 }, { width: 16 }],
    },
    // Every field of every question, for Cirrus to read back; Kahoot imports the template's sheet, the first.
    { sheet: CIRRUS_SHEET, data: writeTable(quiz.questions) },
  ])
  return { content, mimeType: MIME, fileExtension: 'xlsx', warnings }
}

export const kahootCodec: Codec = { binary: true, read, write }
