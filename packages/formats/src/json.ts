import { printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser'
import { questionImages } from '@cirrus/questions'
import type { Codec } from './codecs.ts'
import { lineAt, problem, type Draft, type ReadResult } from './common.ts'
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
      return { drafts: [], fileProblems: [problem('file', `"format" is "${String(data.format)}", not "${JSON_FORMAT_TAG}"`)] }
    if (typeof data.version === 'number' && data.version > JSON_FORMAT_VERSION)
      return { drafts: [], fileProblems: [problem('file', `version ${data.version} is newer than this server reads (${JSON_FORMAT_VERSION})`)] }
    if (typeof data.title === 'string') title = data.title
    list = data.questions
    if (isObject(data.pictures)) pictures = data.pictures
  }
  if (!Array.isArray(list))
    return { title, drafts: [], fileProblems: [problem('file', 'expected an object with a "questions" array, or an array of questions')] }
  if (list.length > IMPORT_LIMITS.questions) return { title, drafts: [], fileProblems: [tooManyQuestions()] }

  const drafts: Draft[] = list.map((item, i) => {
    const location = `question #${i + 1}`
    if (!isObject(item)) return { input: null, location, problems: [problem(location, 'is not an object')] }
    return { ...carried(item, pictures), location, problems: [] }
  })
  return { title, drafts, fileProblems: [] }
}

/** What jsonc-parser's error codes mean, in the words of a message to a teacher. */
const JSONC_ERRORS: Record<string, string> = {
  InvalidSymbol: 'unexpected text (a word that is not true, false or null, or text without quotes?)',
  InvalidNumberFormat: 'not a number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value (a stray comma?)',
  ColonExpected: 'expected a colon after the property name',
  CommaExpected: 'expected a comma',
  CloseBraceExpected: 'expected } to close the object',
  CloseBracketExpected: 'expected ] to close the list',
  EndOfFileExpected: 'unexpected text after the end of the data',
  UnexpectedEndOfString: 'a string is not closed',
  InvalidCharacter: 'a control character inside a string',
}

/**
 * Names the line and column of a syntax error. V8 gives a position for some errors only ("Unexpected token ','"
 * has none on Node 20), so jsonc-parser's scanner (strict: no comments, no trailing commas) finds the place then.
 */
function jsonSyntaxProblem(text: string, error: unknown) {
  if (!text.trim()) return problem('file', 'the file is empty')
  const message = error instanceof Error ? error.message : String(error)
  const v8 = /^(.*?) in JSON at position (\d+)/s.exec(message)
  // Only when V8 gave no place, and without building a tree (one of a 4 MB file took the worker 150 MB).
  let found: { error: ParseErrorCode; offset: number } | undefined
  if (!v8) {
    try {
      visit(text, { onError: (error, offset) => void (found ??= { error, offset }) }, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false })
    } catch {
      // Nesting deeper than the stack (a file of "[[[[..."): V8's message, without a place, will do.
    }
  }
  const offset = v8 ? Number(v8[2]) : found?.offset
  const what = v8 ? v8[1]! : found ? (JSONC_ERRORS[printParseErrorCode(found.error)] ?? printParseErrorCode(found.error)) : message
  if (offset === undefined) return problem('file', `not valid JSON: ${what}`)
  const line = lineAt(text, offset)
  const column = offset - text.lastIndexOf('\n', offset - 1)
  return problem(`line ${line}`, `not valid JSON at column ${column}: ${what}`, line)
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
