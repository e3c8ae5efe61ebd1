/**
 * @cirrus/formats: read and write quizzes in other tools' file formats.
 *
 *   importQuiz(format, content, { fileName }) -> Promise<ImportResult>
 *     Never throws for a bad file: what cannot be read at all is in `fileProblems` (naming the line, row or
 *     element), and every question found is listed with its location, the parsed Question when it passes the
 *     bank's rules (QuestionSchema + questionProblems), else `question: null` and its `problems`.
 *     Nothing is saved here: the caller shows the preview and decides (all good, or only the good questions).
 *
 *   exportQuiz(format, { title, questions }, { notes }?) -> Promise<ExportResult>
 *     `content` is a string for text formats and a Uint8Array for Kahoot's .xlsx; `warnings` lists what the
 *     format could not carry (only Kahoot's own sheet has limits).
 *
 *   Every problem, note and warning is a `code` with its `values` and an English `message` made from them
 *   (words.ts); a problem says where it is as a `place` (and in English, `location`). A client in another
 *   language words the code and the place itself. Importing what was exported gives the same
 *     questions back, field for field, in every format (docs/formats.md says how each one carries them).
 *
 *   detectFormat(fileName, content) -> FormatId | null   guesses from the extension, then the content.
 *   FORMATS                                              label, extensions, MIME type of each format.
 *   goodQuestions(result), hasProblems(result)           for "import all, or only the good questions".
 *   IMPORT_LIMITS                                        what one import reads at most (entries, problems).
 *
 * Both functions are async because the spreadsheet library is; the module runs in Node and in the browser.
 */
import type { ExportResult, FormatId, ImportOptions, ImportResult, QuizToExport } from './types.ts'
import { CODECS } from './codecs.ts'
import { finishImport, toText, type RawContent } from './common.ts'
import { fitForFormat } from './fit.ts'
import { ENGLISH_NOTES, type ExportNotes } from './export-notes.ts'

export * from './types.ts'
export { FORMATS, detectFormat } from './detect.ts'
export { goodQuestions, hasProblems } from './common.ts'
export { IMPORT_LIMITS } from './limits.ts'
export { EXPORT_NOTES, type ExportNotes } from './export-notes.ts'
/** Problems and warnings made elsewhere (the server's own: a read that took too long), and the English of each code. */
export { note, problem, warning } from './said.ts'
export { FIELDS, JSON_REASONS, NOTES, OF, PROBLEMS, WARNINGS, placeText } from './words.ts'

export async function importQuiz(format: FormatId, content: RawContent, options: ImportOptions = {}): Promise<ImportResult> {
  const codec = CODECS[format]
  const read = codec.binary ? await codec.read(content) : await codec.read(toText(content))
  return finishImport(format, read, options)
}

/** `options.notes`: the lines a file explains itself with (EXPORT_NOTES, by language); English when absent. */
export async function exportQuiz(format: FormatId, quiz: QuizToExport, options: { notes?: ExportNotes } = {}): Promise<ExportResult> {
  const fitted = fitForFormat(format, quiz)
  const out = await CODECS[format].write(fitted.quiz, options.notes ?? ENGLISH_NOTES)
  return { ...out, warnings: [...fitted.warnings, ...out.warnings] }
}
/** Any table as .xlsx or .csv (the game reports use them too). */
export { writeCsv, writeXlsx, type CellValue, type SheetToWrite } from './spreadsheet.ts'
