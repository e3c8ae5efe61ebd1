import { LIMITS } from '@cirrus/questions'
import type { ImportProblem, Place } from './types.ts'
import { FILE, problem } from './said.ts'

/**
 * What one import may cost, whatever the file holds. A quiz holds at most LIMITS.quizQuestions (500) questions; a
 * reader stops once a file has more entries than `questions` (the quiz's 500 and a margin of 100 for entries that
 * turn out not to be questions Cirrus plays: essays, broken rows, which "only the good ones" leaves out), and says
 * so instead of reading on. Messages and lists of problems are cut short, so that a preview stays small whatever
 * the file: at most 600 questions of bounded size, each with a few problems of at most 300 characters.
 */
export const IMPORT_LIMITS = {
  /** Entries (rows, notes, blocks, <question> elements, array items) read before the reader stops. */
  questions: LIMITS.quizQuestions + 100,
  /** Problems with the file as a whole that are listed; the rest are counted in one last "and N more". */
  fileProblems: 50,
  /** Problems listed per question, likewise. */
  problemsPerQuestion: 10,
  /** A problem's message is cut to this many characters (some quote the file). */
  messageChars: 300,
  /** An entry with more answers than this is refused before the bank's rules look at each one (at most 10 are allowed). */
  answersPerQuestion: 50,
} as const

/** The problem of a file with more entries than a reader reads. */
export function tooManyQuestions(): ImportProblem {
  return problem(FILE, 'too_many_entries', { max: IMPORT_LIMITS.questions, quizMax: LIMITS.quizQuestions })
}

/** The problem of a file whose usable questions do not fit in one quiz. */
export function tooManyForOneQuiz(count: number): ImportProblem {
  return problem(FILE, 'too_many_usable', { count, max: LIMITS.quizQuestions })
}

/** A message cut to IMPORT_LIMITS.messageChars. */
export function shortMessage(message: string): string {
  const max = IMPORT_LIMITS.messageChars
  return message.length <= max ? message : `${message.slice(0, max - 3)}...`
}

/** At most `max` problems, each with a short message: the first `max - 1` and "and N more problems" in place of the rest. */
export function boundedProblems(problems: readonly ImportProblem[], max: number, morePlace: Place): ImportProblem[] {
  const kept = problems.length > max ? problems.slice(0, max - 1) : problems
  const shown = kept.map((p) => (p.message.length > IMPORT_LIMITS.messageChars ? { ...p, message: shortMessage(p.message) } : p))
  if (problems.length > max) shown.push(problem(morePlace, 'more_problems', { count: problems.length - kept.length }))
  return shown
}
