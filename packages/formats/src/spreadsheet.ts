import Papa from 'papaparse'
import type { CellValue } from './xlsx-write.ts'

export { writeXlsx, type CellValue, type SheetToWrite } from './xlsx-write.ts'

/** A cell starting with one of these would run as a formula in a spreadsheet: it gets a leading apostrophe. */
const FORMULA_START = /^['=+\-@\t\r]/

/**
 * One table as CSV for a spreadsheet: a byte order mark (so that Excel reads UTF-8), CRLF line breaks (RFC 4180),
 * quotes where a cell needs them, and cells that would be formulas escaped. Empty cells for null.
 */
export function writeCsv(rows: readonly (readonly CellValue[])[]): string {
  const cells = rows.map((row) => row.map((cell) => (cell === null ? '' : cell)))
  return '\uFEFF' + Papa.unparse(cells, { newline: '\r\n', escapeFormulae: FORMULA_START }) + '\r\n'
}
