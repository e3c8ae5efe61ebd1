import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import writeXlsxFile from 'write-excel-file/universal'

export type CellValue = string | number | null
export interface SheetToWrite {
  sheet: string
  data: readonly (readonly CellValue[])[]
  columns?: { width?: number }[]
  /** Opens right to left (Arabic): the first column at the right. */
  rightToLeft?: boolean
}

/*
 * write-excel-file (4.1.1) indexes shared strings in a plain object, so a cell whose whole text is the name of an
 * Object.prototype member ("constructor", "toString", "valueOf", "__proto__"...) is written as garbage and the
 * file cannot be read back. Such cells are written as unique placeholders, then put back into
 * xl/sharedStrings.xml.
 */
const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype))
const placeholder = (i: number) => `cirrus-placeholder-${i}-\u2063`

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** An .xlsx file of the given sheets, strings and numbers only. */
export async function writeXlsx(sheets: readonly SheetToWrite[]): Promise<Uint8Array> {
  const swapped: string[] = []
  const cell = (value: CellValue) => {
    if (value === null || value === '') return null
    if (typeof value === 'string' && PROTOTYPE_NAMES.has(value)) return { value: placeholder(swapped.push(value) - 1) }
    return { value }
  }
  const blob = await writeXlsxFile(sheets.map((s) => ({ sheet: s.sheet, columns: s.columns, rightToLeft: s.rightToLeft, data: s.data.map((row) => row.map(cell)) }))).toBlob()
  const bytes = new Uint8Array(await blob.arrayBuffer())
  if (!swapped.length) return bytes
  const files = unzipSync(bytes)
  const path = 'xl/sharedStrings.xml'
  let xml = strFromU8(files[path]!)
  swapped.forEach((original, i) => {
    xml = xml.replace(`>${placeholder(i)}<`, `>${escapeXml(original)}<`)
  })
  files[path] = strToU8(xml)
  return zipSync(files)
}
