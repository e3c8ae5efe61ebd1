import { exportQuiz, goodQuestions, hasProblems, importQuiz, problem, type ExportNotes, type ExportResult, type FormatId, type ImportedPicture, type ImportResult, type QuizToExport } from '@cirrus/formats'
import { LIMITS, type Question } from '@cirrus/questions'
import { ErrorCode, QuizDraftSchema, type QuizDraft, type QuizDraftInput } from '@cirrus/protocol'
import { invalidError } from '../http/reply.ts'
import type { ReportRows } from '../db/reports.ts'
import { reportFile, type ReportFile, type ReportFormat, type ReportLocale } from '../reports/file.ts'

/**
 * The work on quiz files that the file worker does off the event loop (files/pool.ts): reading an import and, for a
 * commit, everything up to the quiz to save; writing an export. Pure functions of their input, so they run in the
 * worker thread and in a test alike. What goes back to the server is small to hand over: the preview already as
 * JSON bytes (the main thread only writes them out), or the checked quiz to save.
 */
export type FileJob =
  | {
      kind: 'import'
      format: FormatId
      content: Uint8Array
      fileName: string
      /** Absent: a preview. Present: a commit, with the query's title and `only=good`. */
      commit?: { title?: string; onlyGood: boolean }
    }
  /** `notes`: the lines a file explains itself with, in the teacher's language (EXPORT_NOTES); absent, English. */
  | { kind: 'export'; format: FormatId; quiz: QuizToExport; notes?: ExportNotes }
  /** A game's report (docs/reports.md): built from its rows, as JSON or a download. */
  | { kind: 'report'; rows: ReportRows; format: ReportFormat; locale?: ReportLocale }

export type FileOutcome =
  /** An answer ready to send: the preview (200), or a refused commit (422 with the preview, 400 invalid). */
  | { kind: 'answer'; status: number; json: Uint8Array }
  /**
   * A commit that may be saved: the quiz, how many of the file's questions were left out, and the pictures the file
   * carries for each of the quiz's questions (by position), which the server re-encodes before saving.
   */
  | { kind: 'save'; draft: QuizDraft; skipped: number; pictures: ImportedPicture[][] }
  | { kind: 'export'; result: ExportResult }
  | ({ kind: 'report' } & ReportFile)

export async function runJob(job: FileJob): Promise<FileOutcome> {
  if (job.kind === 'export') return { kind: 'export', result: await exportQuiz(job.format, job.quiz, { ...(job.notes && { notes: job.notes }) }) }
  if (job.kind === 'report') return { kind: 'report', ...(await reportFile(job.rows, job.format, job.locale)) }
  const result = await readFile(job.format, job.content, job.fileName)
  if (!job.commit) return answer(200, withoutPictureBytes(result))
  const good = goodQuestions(result)
  if (result.fileProblems.length || (hasProblems(result) && !job.commit.onlyGood) || good.length === 0) {
    const message = result.fileProblems.length
      ? 'the file cannot be read; nothing was saved'
      : good.length === 0
        ? 'no question in the file can be used; nothing was saved'
        : `${result.questions.length - good.length} of ${result.questions.length} questions have problems; nothing was saved (add only=good to import the others)`
    return answer(422, { error: { code: ErrorCode.ImportHasProblems, message }, preview: withoutPictureBytes(result) })
  }
  const draft = QuizDraftSchema.safeParse({
    title: (job.commit.title || result.title || 'Imported quiz').slice(0, LIMITS.titleChars),
    questions: withDistinctIds(good),
  } satisfies QuizDraftInput)
  if (!draft.success) return answer(400, { error: invalidError(draft.error, 'the imported quiz') })
  const pictures = result.questions.flatMap((q) => (q.question ? [q.pictures ?? []] : []))
  return { kind: 'save', draft: draft.data, skipped: result.questions.length - good.length, pictures }
}

/**
 * The file read; an exception of a reader (none is known) becomes a problem with the file, not a failed request.
 * The teacher reads `read_failed` in their language; the exception's English is for the server's log alone.
 */
async function readFile(format: FormatId, content: Uint8Array, fileName: string): Promise<ImportResult> {
  try {
    return await importQuiz(format, content, { fileName, idPrefix: 'q' })
  } catch (error) {
    console.error(`reading a ${format} file failed:`, error)
    return { format, questions: [], fileProblems: [problem({ at: 'file' }, 'read_failed')] }
  }
}

/** A preview names the pictures a file carries, without their bytes: the page needs to say they come, not show them. */
function withoutPictureBytes(result: ImportResult): ImportResult {
  return { ...result, questions: result.questions.map((q) => (q.pictures ? { ...q, pictures: q.pictures.map((p) => ({ ...p, base64: '' })) } : q)) }
}

const answer = (status: number, body: unknown): FileOutcome => ({ kind: 'answer', status, json: new TextEncoder().encode(JSON.stringify(body)) })

/** A file may name two questions alike (or reuse a bank id twice); the second becomes "<id>-2" and so on. */
export function withDistinctIds(questions: Question[]): Question[] {
  const used = new Set<string>()
  return questions.map((q) => {
    let id = q.id
    for (let n = 2; used.has(id); n++) id = `${q.id.slice(0, 72)}-${n}`
    used.add(id)
    return id === q.id ? q : { ...q, id }
  })
}
