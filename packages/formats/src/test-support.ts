import { readFileSync } from 'node:fs'
import type { Question } from '@cirrus/questions'
import type { ImportResult } from './types.ts'

/** A file of packages/formats/fixtures, as text or bytes. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')
}

/** A file of packages/formats/fixtures as its bytes (a spreadsheet). */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)))
}

/** Each question's problems as "location: message" lines, and the file's, for exact assertions. */
export function problemLines(result: ImportResult): string[] {
  return [...result.fileProblems, ...result.questions.flatMap((q) => q.problems)].map((p) => `${p.location}: ${p.message}`)
}

/** The questions that passed, without ids (imports from other tools number them). */
export function questionsOf(result: ImportResult) {
  return result.questions.map((q) => q.question)
}

/** The bank's own tags (the exam guide's task, the fact's source) travel in Cirrus JSON only. */
export function withoutBankTags({ task: _task, source: _source, ...question }: Question): Question {
  return question
}
