import type { ErrorBody, ProblemReason } from '@cirrus/protocol'
import en from '../i18n/locales/exam/en.json'
import { area, counted as countedIn, language, type MessageValues } from '../i18n/i18n.ts'
export { formatDateTime as dateTime, formatPercent as percent } from '../i18n/i18n.ts'
import { PracticeError } from './learner.ts'

/**
 * The words of the study pages around the practice session: the mock exam, progress, "Report a problem" and the
 * teacher's problem reports (locales/exam/<code>.json). Numbers, shares and dates are written by the language's
 * Intl; the bank's questions and topic names stay as the bank has them (English study material).
 */
export const m = area('exam', en)

/** A counted message: `count` picks the plural form, `n` is the number in the language's digits. */
export const counted = (key: string, count: number, values?: MessageValues) => countedIn(`exam:${key}`, count, values)

/** Items as one phrase ("attempt 1: 620, attempt 2: 710"), with the language's separators. */
export const list = (items: string[]) => new Intl.ListFormat(language.value, { style: 'short', type: 'unit' }).format(items)

const DOMAINS = new Set(['1', '2', '3', '4'])
/** An exam domain's name in the language; the server's title for a domain the catalogue does not know. */
export const domainName = (domain: number | string, title: string) => (DOMAINS.has(String(domain)) ? m(`domain.${domain}`) : title)

export const reasonText = (reason: ProblemReason) => m(`reason.${reason}`)

const ERRORS = new Set(['exam_not_found', 'exam_over', 'exam_in_progress', 'question_not_found', 'rate_limited', 'busy'])

/**
 * A refusal in the language, by its code: a practice request's (PracticeError) or another API call's (`status`,
 * `error`); no answer at all is status 0. Codes these pages do not expect say so plainly.
 */
export function problemText(problem: PracticeError | { status: number; error: ErrorBody }): string {
  const { code } = problem instanceof PracticeError ? problem.body : problem.error
  if (problem.status === 0) return m('errors.offline')
  return m(ERRORS.has(code) ? `errors.${code}` : 'errors.unknown')
}
