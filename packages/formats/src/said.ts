import type { ExportWarning, ImportNote, ImportProblem, Place } from './types.ts'
import { lineOf, noteText, placeText, problemText, warningText, type NoteCode, type ProblemCode, type Values, type WarningCode } from './words.ts'

/** A value quoting the file is cut as a message is (IMPORT_LIMITS.messageChars), so a preview stays small. */
const VALUE_CHARS = 300

function bounded(values: Values): Values {
  const long = Object.values(values).some((v) => typeof v === 'string' && v.length > VALUE_CHARS)
  if (!long) return values
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'string' && v.length > VALUE_CHARS ? `${v.slice(0, VALUE_CHARS - 3)}...` : v]))
}

/** A problem at `place`: its code, the values it names, and its English. */
export function problem(place: Place, code: ProblemCode, values: Values = {}, other?: Place): ImportProblem {
  const kept = bounded(values)
  const line = lineOf(place)
  const message = problemText(code, other ? { ...kept, other: placeText(other) } : kept)
  return { location: placeText(place), place, ...(line !== undefined && { line }), code, values: kept, message, ...(other && { other }) }
}

export function note(code: NoteCode, values: Values = {}): ImportNote {
  const kept = bounded(values)
  return { code, values: kept, message: noteText(code, kept) }
}

export function warning(code: WarningCode, values: Values = {}): ExportWarning {
  return { code, values, message: warningText(code, values) }
}

/** The same problem moved to another place (a CSV row once its line is known). */
export const movedTo = (p: ImportProblem, place: Place): ImportProblem => problem(place, p.code, p.values, p.other)

/** Notes said once each (a picture named twice is one note). */
export const distinct = (notes: ImportNote[]): ImportNote[] => [...new Map(notes.map((n) => [n.message, n])).values()]

/** The file as a whole. */
export const FILE: Place = { at: 'file' }
