import en from '../i18n/locales/study/en.json'
import { area, counted as countedIn, type MessageValues } from '../i18n/i18n.ts'
import type { PracticeError } from './learner.ts'

/**
 * The words of a practice session and its question card's new types (locales/study/<code>.json). Numbers, shares
 * and dates are written by the language's Intl; the bank's questions and topic names stay as the bank has them.
 */
export const m = area('study', en)

/** A counted message: `count` picks the plural form, `n` is the number in the language's digits. */
export const counted = (key: string, count: number, values?: MessageValues) => countedIn(`study:${key}`, count, values)

const ERRORS = new Set(['session_not_found', 'session_over', 'wrong_question', 'invalid_choice', 'invalid_payload', 'rate_limited', 'busy'])

/**
 * A practice refusal in the language on screen, by its code (the server's English message is for logs): no answer at
 * all (status 0) is being offline; a code these pages do not expect says so plainly.
 */
export function problemText(problem: PracticeError): string {
  if (problem.status === 0) return m('errors.offline')
  return m(ERRORS.has(problem.body.code) ? `errors.${problem.body.code}` : 'errors.unknown')
}
