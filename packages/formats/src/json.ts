import { printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser'
import { questionImages } from '@cirrus/questions'
import type { Codec } from './codecs.ts'
import { lineAt, type Draft, type ReadResult } from './common.ts'
import { FILE, problem } from './said.ts'
import { JSON_REASONS } from './words.ts'
import { IMPORT_LIMITS, tooManyQuestions } from './limits.ts'
import type { ImportedPicture, QuizToExport } from './types.ts'

/** Marks a file as Cirrus's own export, so a reader can tell it from any other JSON. */
export const JSON_FORMAT_TAG = 'cirrus-quiz'
export const JSON_FORMAT_VERSION = 1

/** Reads `{ format, version, title, questions: [...] }`, a saved quiz `{ title, questions }`, or a bare array of questions. */
function read(text: string): ReadResult {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return { drafts: [], fileProblems: [jsonSyntaxProblem(text, error)] }
  }
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
  let title: string | undefined
  let list: unknown
  let pictures: Record<string, unknown> = {}
  if (Array.isArray(data)) list = data
  else if (isObject(data)) {
    if (data.format !== undefined && data.format !== JSON_FORMAT_TAG)
      return { drafts: [], fileProblems: [problem(FILE, 'json_wrong_format', { value: String(data.format), expected: JSON_FORMAT_TAG })] }
    if (typeof data.version === 'number' && data.version > JSON_FORMAT_VERSION)
      return { drafts: [], fileProblems: [problem(FILE, 'json_newer_version', { version: data.version, supported: JSON_FORMAT_VERSION })] }
    if (typeof data.title === 'string') title = data.title
    list = data.questions
    if (isObject(data.pictures)) pictures = data.pictures
  }
  if (!Array.isArray(list))
    return { title, drafts: [], fileProblems: [problem(FILE, 'json_no_questions')] }
  if (list.length > IMPORT_LIMITS.questions) return { title, drafts: [], fileProblems: [tooManyQuestions()] }

  const drafts: Draft[] = list.map((item, i) => {
    const place = { at: 'item', n: i + 1 } as const
    if (!isObject(item)) return { input: null, place, problems: [problem(place, 'json_not_object')] }
    return { ...carried(item, pictures), place, problems: [] }
  })
  return { title, drafts, fileProblems: [] }
}

/**
 * Names the line and column of a syntax error, and what is wrong there as one of jsonc-parser's codes (words.ts
 * words them). V8 gives a position for some errors only ("Unexpected token ','" has none on Node 20), and words it
 * in English, so jsonc-parser's scanner (strict: no comments, no trailing commas) says what; V8's place wins.
 */
function jsonSyntaxProblem(text: string, error: unknown) {
  if (!text.trim()) return problem(FILE, 'empty_file')
  const message = error instanceof Error ? error.message : String(error)
  const v8 = /^(.*?) in JSON at position (\d+)/s.exec(message)
  // Without building a tree (one of a 4 MB file took the worker 150 MB).
  let found: { error: ParseErrorCode; offset: number } | undefined
  try {
    visit(text, { onError: (error, offset) => void (found ??= { error, offset }) }, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false })
  } catch {
    // Nesting deeper than the stack (a file of "[[[[..."): V8's place, if any, will do.
  }
  const code = found ? printParseErrorCode(found.error) : 'unknown'
  const reason = code in JSON_REASONS ? code : 'unknown'
  const offset = v8 ? Number(v8[2]) : found?.offset
  if (offset === undefined) return problem(FILE, 'json_syntax', { reason })
  const line = lineAt(text, offset)
  const column = offset - text.lastIndexOf('\n', offset - 1)
  return problem({ at: 'line', line }, 'json_syntax_at', { column, reason })
}

/** The quiz, and the bytes of every picture it names that the exporter has (`pictures`, by image id). */
function write(quiz: QuizToExport) {
  const named = new Set(quiz.questions.flatMap((q) => questionImages(q).map((i) => i.id)))
  const pictures = Object.fromEntries(Object.entries(quiz.pictures ?? {}).filter(([id]) => named.has(id)))
  const body = { format: JSON_FORMAT_TAG, version: JSON_FORMAT_VERSION, title: quiz.title, questions: quiz.questions, ...(Object.keys(pictures).length && { pictures }) }
  return { content: JSON.stringify(body, null, 2) + '\n', mimeType: 'application/json', fileExtension: 'json', warnings: [] }
}

/**
 * A picture the file carries (its `pictures`, by id) leaves the question as bytes to be re-encoded and kept by the
 * server that imports it (which names it anew); one the file only names stays named, for the server to check.
 */
function carried(input: Record<string, unknown>, pictures: Record<string, unknown>): Pick<Draft, 'input' | 'pictures'> {
  const found: ImportedPicture[] = []
  const take = (ref: unknown, target: ImportedPicture['target']): boolean => {
    const r = ref as { id?: unknown; alt?: unknown } | undefined
    const bytes = typeof r?.id === 'string' ? (pictures[r.id] as { format?: unknown; base64?: unknown } | undefined) : undefined
    if (!bytes || typeof bytes.base64 !== 'string') return false
    found.push({ target, name: `${String(r!.id).slice(0, 12)}.${String(bytes.format ?? 'png')}`, alt: typeof r!.alt === 'string' ? r!.alt : '', base64: bytes.base64 })
    return true
  }
  const out = { ...input }
  if (take(out.image, 'question')) delete out.image
  if (Array.isArray(out.options))
    out.options = out.options.map((o: unknown, i: number) => {
      if (!o || typeof o !== 'object' || !take((o as { image?: unknown }).image, i)) return o
      const { image: _, ...rest } = o as Record<string, unknown>
      return rest
    })
  return { input: out as Draft['input'], ...(found.length && { pictures: found }) }
}

export const jsonCodec: Codec = { binary: false, read, write }
