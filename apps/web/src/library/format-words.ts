import type { ImportNote, ImportProblem, Place } from '@cirrus/formats'
import type { DownloadWarning } from '../api.ts'
import { formatLabel } from '../formats.ts'
import { formatNumber } from '../i18n/i18n.ts'
import { m, typeName } from './words.ts'

/**
 * What packages/formats says about a file (an import's problems and notes, an export's warnings) in the language on
 * screen: each comes as a code and its values (docs/formats.md), worded here from the library catalogue's
 * importProblems, importNotes and exportWarnings. Values that are codes are worded too (a field, what a picture
 * belongs to, a format, a question type, why JSON is broken); numbers in the language's digits; the file's own text
 * as it is. A code this catalogue does not know keeps the server's English message.
 */

type Values = Readonly<Record<string, string | number>>

/** A message by key, or null when the catalogue has none. */
function known(key: string, values: Record<string, string | number>): string | null {
  const said = m(key, values)
  return said === key || said.endsWith(`:${key}`) ? null : said
}

/** The values as the sentence shows them. `count` stays a number for the plural; `total` is it in digits. */
function shown(values: Values): Record<string, string | number> {
  const out: Record<string, string | number> = {}
  for (const [k, v] of Object.entries(values)) out[k] = typeof v === 'number' ? formatNumber(v) : v
  const n = typeof values.n === 'number' ? formatNumber(values.n) : ''
  if (typeof values.field === 'string') out.field = known(`fields.${values.field}`, { n }) ?? values.field
  if (typeof values.of === 'string') out.of = known(`pictureOf.${values.of}`, { n }) ?? values.of
  if (typeof values.reason === 'string') out.reason = known(`jsonReasons.${values.reason}`, {}) ?? m('jsonReasons.unknown')
  if (typeof values.kind === 'string') out.kind = known(`kinds.${values.kind}`, {}) ?? m('kinds.other')
  if (typeof values.format === 'string') out.format = formatLabel(values.format)
  if (typeof values.type === 'string') out.type = typeName(values.type as Parameters<typeof typeName>[0])
  if (typeof values.count === 'number') Object.assign(out, { count: values.count, total: formatNumber(values.count) })
  return out
}

/** "line 12", "row 4 (line 6)", "<question> #3", "file", in the language on screen. */
export function sayPlace(place: Place): string {
  const n = (v: number) => formatNumber(v)
  switch (place.at) {
    case 'file':
      return m('places.file')
    case 'line':
      return m('places.line', { line: n(place.line) })
    case 'row': {
      const line = place.line !== undefined && place.line !== place.row ? n(place.line) : undefined
      const values = { row: n(place.row), ...(line && { line }), ...(place.sheet !== undefined && { sheet: place.sheet }) }
      return m(`places.${place.sheet === undefined ? 'row' : 'sheetRow'}${line ? 'Line' : ''}`, values)
    }
    case 'element':
      return place.line === undefined ? m('places.element', { n: n(place.n) }) : m('places.elementLine', { n: n(place.n), line: n(place.line) })
    case 'item':
      return m('places.item', { n: n(place.n) })
  }
}

/** An import's problem, without its place (shown beside it). */
export function sayProblem(p: ImportProblem): string {
  const values = shown(p.values)
  if (p.code === 'question_rule') {
    // The question rules are the editor's, worded there (problems.rules).
    const rule = known(`problems.rules.${String(p.values.rule)}`, values)
    if (rule === null) return p.message
    return p.values.field === undefined ? rule : m('importProblems.inField', { field: values.field!, problem: rule })
  }
  return known(`importProblems.${p.code}`, p.other ? { ...values, other: sayPlace(p.other) } : values) ?? p.message
}

export const sayNote = (note: ImportNote): string => known(`importNotes.${note.code}`, shown(note.values)) ?? note.message

export const sayWarning = (w: DownloadWarning): string => (w.code && known(`exportWarnings.${w.code}`, shown(w.values ?? {}))) || w.message
