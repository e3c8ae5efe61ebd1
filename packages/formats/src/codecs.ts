import type { ExportNotes } from './export-notes.ts'
import type { ExportResult, FormatId, QuizToExport } from './types.ts'
import type { RawContent, ReadResult } from './common.ts'
import { jsonCodec } from './json.ts'
import { csvCodec } from './csv.ts'
import { kahootCodec } from './kahoot.ts'
import { giftCodec } from './gift.ts'
import { moodleXmlCodec } from './moodle-xml.ts'
import { ankiCodec } from './anki.ts'

type Awaitable<T> = T | Promise<T>

/**
 * One format's reader and writer. Text formats get decoded text; binary ones the raw bytes. A writer that explains
 * itself inside the file (GIFT, Kahoot) writes `notes`, in the language the caller chose.
 */
export type Codec =
  | { binary: false; read(text: string): Awaitable<ReadResult>; write(quiz: QuizToExport, notes: ExportNotes): Awaitable<ExportResult> }
  | { binary: true; read(content: RawContent): Awaitable<ReadResult>; write(quiz: QuizToExport, notes: ExportNotes): Awaitable<ExportResult> }

export const CODECS: Record<FormatId, Codec> = {
  json: jsonCodec,
  csv: csvCodec,
  'kahoot-xlsx': kahootCodec,
  gift: giftCodec,
  'moodle-xml': moodleXmlCodec,
  anki: ankiCodec,
}
