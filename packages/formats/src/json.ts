import type { Question } from '@cirrus/questions'
import type { Codec } from './codecs.ts'
import { lineAt, problem, type Draft, type ReadResult } from './common.ts'

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
  if (Array.isArray(data)) list = data
  else if (isObject(data)) {
    if (data.format !== undefined && data.format !== JSON_FORMAT_TAG)
      return { drafts: [], fileProblems: [problem('file', `"format" is "${String(data.format)}", not "${JSON_FORMAT_TAG}"`)] }
    if (typeof data.version === 'number' && data.version > JSON_FORMAT_VERSION)
      return { drafts: [], fileProblems: [problem('file', `version ${data.version} is newer than this server reads (${JSON_FORMAT_VERSION})`)] }
    if (typeof data.title === 'string') title = data.title
    list = data.questions
  }
  if (!Array.isArray(list))
    return { title, drafts: [], fileProblems: [problem('file', 'expected an object with a "questions" array, or an array of questions')] }

  const drafts: Draft[] = list.map((item, i) => {
    const location = `question #${i + 1}`
    if (!isObject(item)) return { input: null, location, problems: [problem(location, 'is not an object')] }
    return { input: item as Draft['input'], location, problems: [] }
  })
  return { title, drafts, fileProblems: [] }
}

/** "line 3, column 5: Expected property name or '}'" from V8's message, whichever form it has. */
function jsonSyntaxProblem(text: string, error: unknown) {
  const message = error instanceof Error ? error.message : String(error)
  const position = /at position (\d+)/.exec(message)
  const what = message.replace(/\s*in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, '')
  if (!position) {
    if (!text.trim()) return problem('file', 'the file is empty')
    return problem('file', `not valid JSON: ${what}`)
  }
  const offset = Number(position[1])
  const line = lineAt(text, offset)
  const column = offset - text.lastIndexOf('\n', offset - 1)
  return problem(`line ${line}`, `not valid JSON at column ${column}: ${what}`, line)
}

function write(quiz: { title: string; questions: readonly Question[] }) {
  const body = { format: JSON_FORMAT_TAG, version: JSON_FORMAT_VERSION, title: quiz.title, questions: quiz.questions }
  return { content: JSON.stringify(body, null, 2) + '\n', mimeType: 'application/json', fileExtension: 'json', warnings: [] }
}

export const jsonCodec: Codec = { binary: false, read, write }
