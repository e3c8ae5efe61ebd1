import Papa from 'papaparse'
import type { Codec } from './codecs.ts'
import type { ReadResult } from './common.ts'
import { parseDelimited, tooManyRows, rowPlace } from './delimited.ts'
import { FILE, movedTo, problem } from './said.ts'
import { IMPORT_LIMITS, tooManyQuestions } from './limits.ts'
import type { QuizToExport } from './types.ts'
import { findHeaderRow, readTable, writeTable } from './table.ts'

/** Cirrus's question table as CSV: a header row naming the columns (title rows above it are skipped), then one question per row. */
function read(text: string): ReadResult {
  if (!text.trim()) return { drafts: [], fileProblems: [problem(FILE, 'empty_file')] }
  // The header row and title rows above it come on top of the questions.
  const parsed = parseDelimited(text, headerDelimiter(text), 1, rowPlace, IMPORT_LIMITS.questions + TITLE_ROWS)
  if (parsed.truncated) return { drafts: [], fileProblems: [parsed.truncated === 'rows' ? tooManyRows() : tooManyQuestions()] }
  if (parsed.problems.length) return { drafts: [], fileProblems: parsed.problems }
  const rows = parsed.rows.map((row) => row.map(unescapeFormula))
  const lines = parsed.lines
  // The header row may have a title or notes above it; without one, row 1 is read as the header and refused.
  const result = readTable(rows, Math.max(0, findHeaderRow(rows)))
  // readTable counts rows; say the line too where a field with line breaks has put them apart.
  for (const draft of result.drafts) {
    const row = (draft.place as { row: number }).row
    draft.place = rowPlace(row, lines[row - 1]!)
    draft.problems = draft.problems.map((p) => movedTo(p, draft.place))
  }
  return result
}

/** Rows above the questions that a file may have: a title, notes, the header row. */
const TITLE_ROWS = 20

/**
 * The separator is the one the header row uses most: Excel writes ";" where "," is the decimal mark. Guessing
 * from the whole file (Papa's way) can be fooled by questions full of semicolons.
 */
function headerDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/))
  const count = (d: string) => header.split(d).length - 1
  return [',', ';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best))
}

/**
 * A cell that starts like a formula (= + - @, tab, CR) is written with a leading apostrophe, so a spreadsheet
 * program opening the export does not run it (OWASP's "CSV injection"); one that starts with an apostrophe gets
 * one more, so that reading strips exactly one and the round trip stays exact.
 */
const FORMULA_START = /^['=+\-@\t\r]/
const unescapeFormula = (cell: string) => (cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell)

function write(quiz: QuizToExport) {
  // The byte order mark makes Excel read the file as UTF-8; CRLF is RFC 4180's line break.
  const content = '\uFEFF' + Papa.unparse(writeTable(quiz.questions), { newline: '\r\n', escapeFormulae: FORMULA_START }) + '\r\n'
  return { content, mimeType: 'text/csv', fileExtension: 'csv', warnings: [] }
}

export const csvCodec: Codec = { binary: false, read, write }
