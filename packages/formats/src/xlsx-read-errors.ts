import { unzipSync, strFromU8 } from 'fflate'
import type { ProblemCode } from './words.ts'

/**
 * Why read-excel-file (9.x) could not read a file, as a code a teacher can act on. It marks what it checks first
 * with `InvalidInputError` codes (NO_DATA, FILE_NOT_SUPPORTED, XLS_FILE_NOT_SUPPORTED, INVALID_ZIP); what is wrong
 * inside the zip it reports as `InvalidSpreadsheetError` with an English message ("\"xl/workbook.xml\" file not
 * found inside the `.xlsx` file"), or as its XML reader's bare `Error` ("unclosed tag"). The message is never shown:
 * it only tells the kinds apart, and a kind not told apart is `xlsx_unreadable`.
 */
export function xlsxReadProblem(error: unknown, bytes: Uint8Array): ProblemCode {
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'NO_DATA') return 'empty_file'
  if (code === 'FILE_NOT_SUPPORTED') return 'xlsx_not_xlsx'
  // A workbook saved with a password is not a zip but an OLE2 container, as an old .xls is, holding "EncryptedPackage".
  if (code === 'XLS_FILE_NOT_SUPPORTED') return isEncrypted(bytes) ? 'xlsx_encrypted' : 'xlsx_old_xls'
  if (code === 'INVALID_ZIP') return 'xlsx_damaged_zip'
  const parts = partNames(bytes)
  if (parts && !parts.includes('xl/workbook.xml')) return 'xlsx_not_workbook'
  if (parts && !sheetsListed(bytes)) return 'xlsx_no_sheets'
  const name = (error as { name?: unknown } | null)?.name
  // A part the workbook names is missing, or a part's XML or cell is broken.
  if (name === 'InvalidSpreadsheetError' || (error instanceof Error && error.constructor === Error)) return 'xlsx_damaged'
  return 'xlsx_unreadable'
}

/** "EncryptedPackage", as an OLE2 directory names its streams (UTF-16LE). */
const ENCRYPTED = new Uint8Array([...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]))

function isEncrypted(bytes: Uint8Array): boolean {
  const first = ENCRYPTED[0]!
  for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - ENCRYPTED.length; i = bytes.indexOf(first, i + 1)) {
    let j = 1
    while (j < ENCRYPTED.length && bytes[i + j] === ENCRYPTED[j]) j++
    if (j === ENCRYPTED.length) return true
  }
  return false
}

/** The zip's part names (nothing unpacked), or null when it is not a zip fflate reads. */
function partNames(bytes: Uint8Array): string[] | null {
  const names: string[] = []
  try {
    unzipSync(bytes, { filter: (file) => (names.push(file.name), false) })
  } catch {
    return null
  }
  return names
}

/** Whether xl/workbook.xml lists a <sheet>; true when it cannot be read (then the part is damaged, said elsewhere). */
function sheetsListed(bytes: Uint8Array): boolean {
  try {
    const workbook = unzipSync(bytes, { filter: (file) => file.name === 'xl/workbook.xml' })['xl/workbook.xml']
    return !workbook || /<(\w+:)?sheet\b/.test(strFromU8(workbook))
  } catch {
    return true
  }
}
