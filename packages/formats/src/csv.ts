import Papa from 'papaparse'
import type { Codec } from './codecs.ts'
import { lineAt, problem, type ReadResult } from './common.ts'
import type { QuizToExport } from './types.ts'
import { readTable, writeTable } from './table.ts'

/** Papa's error codes in words a teacher can act on. */
const CSV_ERRORS: Record<string, string> = {
  MissingQuotes: 'a quoted field is never closed (a " is missing)',
  InvalidQuotes: 'a quoted field has text after its closing quote (write "" for a quote inside a field)',
}

function read(text: string): ReadResult {
  if (!text.trim()) return { drafts: [], fileProblems: [problem('file', 'the file is empty')] }
  const rows: string[][] = []
  const rowStarts: number[] = []
  const fileProblems: ReturnType<typeof problem>[] = []
  let offset = 0
  Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t'],
    step(result) {
      rowStarts.push(offset)
      rows.push(result.data)
      offset = result.meta.cursor
      for (const error of result.errors) {
        if (error.code === 'UndetectableDelimiter') continue // one column: Papa falls back to a comma, which is right
        const row = rows.length
        const line = lineAt(text, error.index ?? rowStarts[row - 1]!)
        fileProblems.push(problem(locate(row, line), CSV_ERRORS[error.code] ?? error.message, line))
      }
    },
  })
  if (fileProblems.length) return { drafts: [], fileProblems }
  // Papa's cursor after a row is where the next row starts.
  const lineOfRow = (row: number) => lineAt(text, rowStarts[row - 1] ?? 0)
  const result = readTable(rows, 0)
  for (const draft of result.drafts) {
    const row = draft.line!
    const line = lineOfRow(row)
    const location = locate(row, line)
    draft.location = location
    draft.line = line
    for (const p of draft.problems) {
      p.location = location
      p.line = line
    }
  }
  return result
}

/** "row 4", or "row 4 (line 6)" once a field with line breaks has put rows and lines apart. */
const locate = (row: number, line: number) => (row === line ? `row ${row}` : `row ${row} (line ${line})`)

function write(quiz: QuizToExport) {
  // The byte order mark makes Excel read the file as UTF-8; CRLF is RFC 4180's line break.
  const content = '\uFEFF' + Papa.unparse(writeTable(quiz.questions), { newline: '\r\n' }) + '\r\n'
  return { content, mimeType: 'text/csv', fileExtension: 'csv', warnings: [] }
}

export const csvCodec: Codec = { binary: false, read, write }
