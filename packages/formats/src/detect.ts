import type { FormatId, FormatInfo } from './types.ts'
import { toBytes, type RawContent } from './common.ts'
import { FORMAT_LABELS } from './words.ts'

export const FORMATS: Readonly<Record<FormatId, FormatInfo>> = {
  json: { id: 'json', label: FORMAT_LABELS.json, extensions: ['json'], mimeType: 'application/json', binary: false, canImport: true, canExport: true },
  csv: { id: 'csv', label: FORMAT_LABELS.csv, extensions: ['csv'], mimeType: 'text/csv', binary: false, canImport: true, canExport: true },
  'kahoot-xlsx': {
    id: 'kahoot-xlsx',
    label: FORMAT_LABELS['kahoot-xlsx'],
    extensions: ['xlsx'],
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    binary: true,
    canImport: true,
    canExport: true,
  },
  gift: { id: 'gift', label: FORMAT_LABELS.gift, extensions: ['gift', 'txt'], mimeType: 'text/plain', binary: false, canImport: true, canExport: true },
  'moodle-xml': { id: 'moodle-xml', label: FORMAT_LABELS['moodle-xml'], extensions: ['xml'], mimeType: 'application/xml', binary: false, canImport: true, canExport: true },
  anki: { id: 'anki', label: FORMAT_LABELS.anki, extensions: ['txt', 'tsv'], mimeType: 'text/plain', binary: false, canImport: true, canExport: true },
}

const BY_EXTENSION: Record<string, FormatId> = { json: 'json', csv: 'csv', xlsx: 'kahoot-xlsx', gift: 'gift', xml: 'moodle-xml', tsv: 'anki' }

/** Guesses a file's format from its extension, then (for .txt or no extension) from its first bytes. */
export function detectFormat(fileName: string, content: RawContent): FormatId | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase()
  const byExt = ext ? BY_EXTENSION[ext] : undefined
  if (byExt) return byExt
  const bytes = toBytes(content)
  if (bytes && bytes[0] === 0x50 && bytes[1] === 0x4b) return 'kahoot-xlsx' // "PK": a zip, as every .xlsx is
  const head = (typeof content === 'string' ? content.slice(0, 4096) : new TextDecoder().decode(bytes!.subarray(0, 4096))).replace(/^\uFEFF/, '').trimStart()
  if (head.startsWith('{') || head.startsWith('[')) return 'json'
  if (head.startsWith('<')) return 'moodle-xml'
  if (/^#(separator|html|tags|guid|deck|notetype|columns)\b/im.test(head)) return 'anki'
  if (/^(\$CATEGORY:|::)/m.test(head) || hasGiftAnswers(head) || /\{\s*(T|F|TRUE|FALSE)\s*\}/.test(head)) return 'gift'
  if (head.split('\n', 1)[0]!.includes('\t')) return 'anki'
  if (head.split('\n', 1)[0]!.includes(',')) return 'csv'
  return null
}

/**
 * A "{...}" holding a "~" or "=", as GIFT's answers do. In one pass: the regular expression it replaces,
 * /\{[^}]*[~=][^}]*\}/, took 2 s on 4 KB of "{=" repeated.
 */
function hasGiftAnswers(text: string): boolean {
  let open = -1
  let mark = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '{' && open < 0) open = i
    else if (c === '}') {
      if (open >= 0 && mark) return true
      open = -1
      mark = false
    } else if (open >= 0 && (c === '~' || c === '=')) mark = true
  }
  return false
}
