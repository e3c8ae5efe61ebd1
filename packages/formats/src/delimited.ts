import Papa, { type ParseError } from 'papaparse'
import type { ImportProblem, Place } from './types.ts'
import { FILE, problem } from './said.ts'
import type { ProblemCode } from './words.ts'

/**
 * Papa's error codes (papaparse 5: its `errors[].code`) as problems a teacher can act on, at the row they are on.
 * Its English `message` is never shown; a code it may add later is `delimited_error`, "this row cannot be read".
 * TooFewFields and TooManyFields come only with Papa's `header` option, which Cirrus does not use (table.ts finds
 * the header row itself): they are worded all the same.
 */
const ERRORS: Readonly<Record<ParseError['code'], ProblemCode>> = {
  MissingQuotes: 'quote_not_closed',
  InvalidQuotes: 'quote_then_text',
  TooFewFields: 'row_too_few_cells',
  TooManyFields: 'row_too_many_cells',
  UndetectableDelimiter: 'no_separator',
}

export const delimitedProblem = (papaCode: string): ProblemCode => (Object.hasOwn(ERRORS, papaCode) ? ERRORS[papaCode as ParseError['code']] : 'delimited_error')

export interface DelimitedRows {
  rows: string[][]
  /** The 1-based line of the file on which each row starts (fields may hold line breaks). */
  lines: number[]
  problems: ImportProblem[]
  /**
   * Set when reading stopped: `filled` after more than `maxRows` rows with something in them, `rows` after
   * MAX_ROWS rows in all (most of them empty, or nothing would have stopped it earlier).
   */
  truncated: 'filled' | 'rows' | null
}

/** Rows read at most, empty ones included (a sheet exported with thousands of empty formatted rows still fits). */
export const MAX_ROWS = 100_000

/** The problem of a file that stopped at MAX_ROWS. */
export const tooManyRows = (): ImportProblem => problem(FILE, 'too_many_rows', { max: MAX_ROWS })

/** "row 4", or "row 4 (line 6)" once a field with line breaks has put rows and lines apart. */
export const rowPlace = (row: number, line: number): Place => (row === line ? { at: 'row', row } : { at: 'row', row, line })

/**
 * Splits CSV-style text (quotes, "" inside quotes, line breaks inside quoted fields) with papaparse, keeping
 * the line each row starts on. `firstLine` is the line of the text's first character in the whole file. Reading
 * stops after `maxRows` rows that are not blank (`truncated`), so a huge file costs no more than a full quiz.
 */
export function parseDelimited(
  text: string,
  delimiter?: string,
  firstLine = 1,
  label: (row: number, line: number) => Place = rowPlace,
  maxRows = Number.POSITIVE_INFINITY,
): DelimitedRows {
  const rows: string[][] = []
  const starts: number[] = []
  const problems: ImportProblem[] = []
  const newlines: number[] = []
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) newlines.push(i)
  // Binary search: the number of line breaks before an offset.
  const lineAt = (offset: number) => {
    let lo = 0
    let hi = newlines.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (newlines[mid]! < offset) lo = mid + 1
      else hi = mid
    }
    return firstLine + lo
  }
  let cursor = 0
  let filled = 0
  let truncated: DelimitedRows['truncated'] = null
  Papa.parse<string[]>(text, {
    ...(delimiter ? { delimiter } : { delimitersToGuess: [',', ';', '\t'] }),
    step(result, parser) {
      if (truncated) return
      if (result.data.some((cell) => cell.trim()) && ++filled > maxRows) truncated = 'filled'
      else if (rows.length === MAX_ROWS) truncated = 'rows'
      if (truncated) return parser.abort()
      starts.push(cursor) // Papa's cursor after a row is where the next one starts
      rows.push(result.data)
      cursor = result.meta.cursor
      for (const error of result.errors) {
        if (error.code === 'UndetectableDelimiter') continue // one column: Papa's fallback, a comma, is right
        const line = lineAt(error.index ?? starts[starts.length - 1]!)
        problems.push(problem(label(rows.length, line), delimitedProblem(error.code)))
      }
    },
  })
  return { rows, lines: starts.map(lineAt), problems, truncated }
}
