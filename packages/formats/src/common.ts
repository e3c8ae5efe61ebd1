import { QuestionSchema, type Question, type QuestionInput } from '@cirrus/questions'
import type { FormatId, ImportedQuestion, ImportOptions, ImportProblem, ImportResult } from './types.ts'

export type RawContent = string | Uint8Array | ArrayBuffer

/** A question as a format reader found it, before the bank's rules are applied. */
export interface Draft {
  /** null when the reader could not make a question at all; `problems` says why. */
  input: Partial<QuestionInput> | null
  location: string
  line?: number
  problems: ImportProblem[]
}

export interface ReadResult {
  title?: string
  drafts: Draft[]
  fileProblems: ImportProblem[]
}

export function problem(location: string, message: string, line?: number): ImportProblem {
  return line === undefined ? { location, message } : { location, line, message }
}

const FIELD_NAMES: Record<string, string> = {
  prompt: 'question text',
  options: 'answers',
  explanation: 'explanation',
  timeLimitSec: 'time limit',
  points: 'points',
  difficulty: 'difficulty',
  topic: 'topic',
  domain: 'domain',
  type: 'type',
  id: 'id',
}

/** "answers: a multiple-choice question has exactly one right option, not 2" */
function describePath(path: PropertyKey[]): string {
  if (!path.length) return ''
  const [field, index, sub] = path
  const name = FIELD_NAMES[String(field)] ?? String(field)
  if (field === 'options' && typeof index === 'number') return `answer ${index + 1}${sub === 'text' || sub === undefined ? '' : ` ${String(sub)}`}: `
  return `${name}: `
}

/** Applies the bank's rules to every draft and gives ids to those the file did not name. */
export function finishImport(format: FormatId, read: ReadResult, options: ImportOptions): ImportResult {
  const prefix = options.idPrefix ?? 'imported'
  const questions: ImportedQuestion[] = read.drafts.map((draft, i) => {
    const problems = [...draft.problems]
    let question: Question | null = null
    if (draft.input) {
      const input = { ...draft.input, id: draft.input.id?.trim() || `${prefix}-${i + 1}` }
      const parsed = QuestionSchema.safeParse(input)
      if (parsed.success) question = parsed.data
      else
        for (const issue of parsed.error.issues)
          problems.push(problem(draft.location, `${describePath(issue.path)}${issue.message}`, draft.line))
    }
    if (problems.length) question = null
    return { question, location: draft.location, problems }
  })
  const title = read.title?.trim() || titleFromFileName(options.fileName)
  return { format, ...(title ? { title } : {}), questions, fileProblems: read.fileProblems }
}

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

/** Text formats arrive as a string or as the file's bytes (UTF-8, with or without a byte order mark). */
export function toText(content: RawContent): string {
  const text = typeof content === 'string' ? content : new TextDecoder('utf-8').decode(content)
  return text.replace(/^\uFEFF/, '')
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
