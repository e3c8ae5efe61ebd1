import type { Question } from '@cirrus/questions'
import type { NoteCode, ProblemCode, Values, WarningCode } from './words.ts'

export type { Field, NoteCode, ProblemCode, Values, WarningCode } from './words.ts'

/** The file formats Cirrus reads and writes. */
export const FORMAT_IDS = ['json', 'csv', 'kahoot-xlsx', 'gift', 'moodle-xml', 'anki'] as const
export type FormatId = (typeof FORMAT_IDS)[number]

/**
 * Where something is in a file: the file as a whole, a line (text formats), a row (spreadsheets: with the line it
 * starts on when a field with line breaks has put them apart, and the sheet when it is not the first), a Moodle XML
 * <question> element, an item of a JSON array. Its English is `location`; a client words it from this.
 */
export type Place =
  | { at: 'file' }
  | { at: 'line'; line: number }
  | { at: 'row'; row: number; line?: number; sheet?: string }
  | { at: 'element'; n: number; line?: number }
  | { at: 'item'; n: number }

/**
 * Something said about a file, as a code and the values it names (numbers, and the file's own text it quotes, cut
 * short), with its English `message` made from them (words.ts). A client in another language words the code.
 */
export interface Said<Code extends string> {
  code: Code
  values: Values
  message: string
}

/** Something wrong in a file, said where it is: "line 12", "row 4", "<question> #3", "file". */
export interface ImportProblem extends Said<ProblemCode> {
  /** `place` in English. */
  location: string
  place: Place
  /** The 1-based line (text formats) or row (spreadsheets) when known. */
  line?: number
  /** The other place the problem names: the question that already has the id (duplicate_id). */
  other?: Place
}

/** What an import changed or left out to make a question fit. */
export type ImportNote = Said<NoteCode>
/** What an export could not carry. */
export type ExportWarning = Said<WarningCode>

/** One question read from a file: the parsed question when it passes the bank's rules, else null and why. */
export interface ImportedQuestion {
  question: Question | null
  location: string
  place: Place
  problems: ImportProblem[]
  /**
   * What the import changed or left out to make the question fit (a time limit brought within range, a picture
   * that could not come, partial credit that became all or nothing): the question is imported, the teacher is told.
   */
  notes?: ImportNote[]
  /** Pictures the file carries for this question: the server re-encodes and keeps them when the import is saved. */
  pictures?: ImportedPicture[]
}

/** A picture a file carries (Moodle XML's base64 <file>, the old <image_base64>), for the question or one answer. */
export interface ImportedPicture {
  /** "question", or the 0-based index of the answer it belongs to. */
  target: 'question' | number
  /** Its file name in the file. */
  name: string
  /** Its alt text in the file, else its name without the extension. */
  alt: string
  /** The bytes as the file carries them, base64; never kept as they are. */
  base64: string
}

export interface ImportResult {
  format: FormatId
  /** The quiz title the file carries (JSON title, Anki deck, GIFT/XML top category), else the file name's stem. */
  title?: string
  questions: ImportedQuestion[]
  /** Problems that are not about one question: unreadable file, missing header row, unknown columns. */
  fileProblems: ImportProblem[]
}

export interface ImportOptions {
  /** Used for the title when the file carries none. */
  fileName?: string
  /** Ids given to questions whose file carries none: `${idPrefix}-1`, `${idPrefix}-2`... Default "imported". */
  idPrefix?: string
}

export interface QuizToExport {
  title: string
  questions: readonly Question[]
  /**
   * The bytes of the pictures the questions name, by image id (the server's stored re-encoded files), for the
   * formats that carry them (Cirrus JSON, Moodle XML). Absent: the pictures are named, not carried.
   */
  pictures?: Readonly<Record<string, { format: string; base64: string }>>
}

export interface ExportResult {
  content: string | Uint8Array
  mimeType: string
  /** Without the dot: "json", "csv", "xlsx", "gift", "xml", "txt". */
  fileExtension: string
  /** What the format could not carry, one each (e.g. a typed-answer question left out of Kahoot). */
  warnings: ExportWarning[]
}

/** What the UI needs to offer a format: its name, extensions and whether it reads and writes. */
export interface FormatInfo {
  id: FormatId
  label: string
  extensions: readonly string[]
  mimeType: string
  binary: boolean
  canImport: boolean
  canExport: boolean
}
