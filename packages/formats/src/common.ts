import { LIMITS, QuestionSchema, type Question, type QuestionInput } from '@cirrus/questions'
import type { FormatId, ImportedPicture, ImportedQuestion, ImportNote, ImportOptions, ImportProblem, ImportResult, Place } from './types.ts'
import { boundedProblems, IMPORT_LIMITS, tooManyForOneQuiz, tooManyQuestions } from './limits.ts'
import { teacherProblem } from './messages.ts'
import { problem } from './said.ts'
import { placeText } from './words.ts'

export type RawContent = string | Uint8Array | ArrayBuffer

/** A question as a format reader found it, before the bank's rules are applied. */
export interface Draft {
  /** null when the reader could not make a question at all; `problems` says why. */
  input: Partial<QuestionInput> | null
  place: Place
  problems: ImportProblem[]
  /** What was changed or left out to make the question fit; the question is still imported. */
  notes?: ImportNote[]
  pictures?: ImportedPicture[]
}

export interface ReadResult {
  title?: string
  drafts: Draft[]
  fileProblems: ImportProblem[]
}

/**
 * Applies the bank's rules to every draft and gives ids to those the file did not name. The result is bounded
 * (IMPORT_LIMITS): no more questions than a reader reads, problems cut short, and a file problem when the usable
 * questions do not fit in one quiz.
 */
export function finishImport(format: FormatId, read: ReadResult, options: ImportOptions): ImportResult {
  const prefix = options.idPrefix ?? 'imported'
  const title = read.title?.trim() || titleFromFileName(options.fileName)
  const titled = title ? { title: title.slice(0, LIMITS.titleChars) } : {}
  // Readers stop at the limit themselves; this holds whatever reader is added next to it too.
  if (read.drafts.length > IMPORT_LIMITS.questions) return { format, ...titled, questions: [], fileProblems: boundedFileProblems([...read.fileProblems, tooManyQuestions()]) }
  const seenIds = new Map<string, Place>()
  const questions: ImportedQuestion[] = read.drafts.map((draft, i) => {
    const problems = [...draft.problems]
    let question: Question | null = null
    if (draft.input) {
      const given = typeof draft.input.id === 'string' ? draft.input.id.trim() : ''
      const input = { ...draft.input, id: given || `${prefix}-${i + 1}` }
      // Two questions with one id would be one question to whoever saves and plays them.
      const first = seenIds.get(input.id)
      if (first) problems.push(problem(draft.place, 'duplicate_id', { id: input.id }, first))
      else seenIds.set(input.id, draft.place)
      // Thousands of answers (a JSON array, a GIFT block of "~") are refused before each one is checked.
      const answers = Array.isArray(input.options) ? input.options.length : 0
      const parsed = answers > IMPORT_LIMITS.answersPerQuestion ? null : QuestionSchema.safeParse(input)
      if (!parsed) problems.push(problem(draft.place, 'too_many_answers', { count: answers, max: LIMITS.options.max + 4 }))
      else if (parsed.success) question = parsed.data
      else for (const issue of parsed.error.issues) problems.push(teacherProblem(draft.place, issue, input))
    }
    if (problems.length) question = null
    const notes = draft.notes?.slice(0, IMPORT_LIMITS.problemsPerQuestion)
    return {
      question,
      location: placeText(draft.place),
      place: draft.place,
      problems: boundedProblems(problems, IMPORT_LIMITS.problemsPerQuestion, draft.place),
      ...(notes?.length && { notes }),
      ...(question && draft.pictures?.length && { pictures: draft.pictures }),
    }
  })
  const usable = questions.filter((q) => q.question).length
  const fileProblems = usable > LIMITS.quizQuestions ? [...read.fileProblems, tooManyForOneQuiz(usable)] : read.fileProblems
  return { format, ...titled, questions, fileProblems: boundedFileProblems(fileProblems) }
}

const boundedFileProblems = (problems: ImportProblem[]) => boundedProblems(problems, IMPORT_LIMITS.fileProblems, { at: 'file' })

function titleFromFileName(fileName: string | undefined): string | undefined {
  if (!fileName) return undefined
  const base = fileName.split(/[\\/]/).pop() ?? fileName
  return base.replace(/\.[^.]+$/, '').replace(/[_]+/g, ' ').trim() || undefined
}

/** The questions that passed, in file order. */
export function goodQuestions(result: ImportResult): Question[] {
  return result.questions.flatMap((q) => (q.question ? [q.question] : []))
}

/** True when the file or any question has a problem (the caller then imports nothing, or only the good ones). */
export function hasProblems(result: ImportResult): boolean {
  return result.fileProblems.length > 0 || result.questions.some((q) => q.problems.length > 0)
}

/**
 * Text formats arrive as a string or as the file's bytes: UTF-8 (with or without a byte order mark), UTF-16 with
 * its byte order mark (Excel's "Unicode text"), or, when the bytes are not valid UTF-8, Windows-1252 (what Excel
 * on Windows writes for "CSV (Comma delimited)").
 */
export function toText(content: RawContent): string {
  if (typeof content === 'string') return content.replace(/^\uFEFF/, '')
  const bytes = content instanceof Uint8Array ? content : new Uint8Array(content)
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    return decodeWindows1252(bytes)
  }
}

// Windows-1252's characters at 0x80-0x9F (Node's TextDecoder reads that range as Latin-1 control characters).
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

function decodeWindows1252(bytes: Uint8Array): string {
  let text = ''
  for (const b of bytes) text += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b)
  return text
}

export function toBytes(content: RawContent): Uint8Array | null {
  if (typeof content === 'string') return null
  return content instanceof Uint8Array ? content : new Uint8Array(content)
}

/** 1-based line number of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}
