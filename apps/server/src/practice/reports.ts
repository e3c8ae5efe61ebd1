import {
  ErrorCode,
  PROBLEM_REPORT,
  fail,
  ok,
  type ProblemReason,
  type ProblemReportBody,
  type ProblemReportList,
  type ProblemReportReceipt,
  type ProblemReportView,
  type Reply,
} from '@cirrus/protocol'
import { fill } from '../languages.ts'
import { newId } from '../tokens.ts'
import { csvWordsFor } from './csv-words.ts'
import { bankById, questionFor } from './catalog.ts'
import type { PracticeStore, ProblemReportRow } from '../db/practice-store.ts'

/**
 * Reports per address: a classroom behind one router reports a few questions at once; a script sending them in a
 * loop meets 429 after 30, then one every 10 s. A learner's second report of a question replaces the first.
 */
export const REPORTS_PER_ADDRESS = { capacity: 30, perSecond: 0.1 } as const

/** "Report a problem with this question": stored for the teacher, listed and exported (docs/practice.md). */
export class ProblemReports {
  constructor(
    private readonly store: PracticeStore,
    private readonly now: () => number,
  ) {}

  /** A learner's report of a bank question, or of a question of their own cards (missed in a live game). */
  async report(learnerId: string, input: ProblemReportBody): Promise<Reply<ProblemReportReceipt>> {
    const card = bankById.has(input.questionKey) ? null : await this.store.card(learnerId, input.questionKey)
    const question = questionFor(input.questionKey, card?.questionJson ?? null)
    if (!question) return fail(ErrorCode.QuestionNotFound, `there is no question "${input.questionKey}" in the bank or among this learner's questions`)
    return ok(
      await this.store.saveProblemReport({
        id: newId(),
        learnerId,
        questionKey: input.questionKey,
        prompt: question.prompt,
        reason: input.reason,
        comment: input.comment,
        context: input.context,
        at: this.now(),
      }),
    )
  }

  /** The newest reports for the teacher, each with the question as the bank has it now. */
  async list(options: { limit: number; reason?: ProblemReason }): Promise<ProblemReportList> {
    const { total, rows } = await this.store.problemReports({ take: options.limit, ...(options.reason ? { reason: options.reason } : {}) })
    return { total, reports: rows.map(reportView) }
  }

  /** Every report (the newest PROBLEM_REPORT.exportLimit) as CSV, for a spreadsheet, in the language `lang`. */
  async csv(lang?: string): Promise<string> {
    const { rows } = await this.store.problemReports({ take: PROBLEM_REPORT.exportLimit })
    return reportsCsv(rows.map(reportView), lang)
  }
}

function reportView(row: ProblemReportRow): ProblemReportView {
  const q = bankById.get(row.questionKey)
  return {
    id: row.id,
    questionKey: row.questionKey,
    prompt: row.prompt,
    reason: row.reason as ProblemReason,
    comment: row.comment,
    context: row.context as ProblemReportView['context'],
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    question: q
      ? {
          prompt: q.prompt,
          options: q.options.map((o) => ({ text: o.text, correct: o.correct })),
          ...(q.type === 'number' && q.number && { acceptedNumbers: q.number.answers, ...(q.number.unit && { unit: q.number.unit }) }),
          explanation: q.explanation,
          domain: q.domain ?? null,
          task: q.task ?? null,
          topic: q.topic ?? null,
          source: q.source ?? null,
        }
      : null,
  }
}

/** The CSV's columns, in order (their headings are in the language asked: csv-words.ts). */
export const CSV_COLUMNS = ['reportedAt', 'firstReportedAt', 'questionKey', 'domain', 'task', 'topic', 'reason', 'context', 'comment', 'promptAsSeen', 'rightAnswerNow', 'source'] as const

/**
 * The reports as CSV (RFC 4180: every field quoted, CRLF, a byte order mark so that Excel reads UTF-8), with the
 * headings, reasons and where each came from in the language asked. A field that starts like a formula (= + - @,
 * tab, CR) gets a leading apostrophe, so a spreadsheet never runs a learner's text.
 */
export function reportsCsv(reports: readonly ProblemReportView[], lang?: string): string {
  const { words } = csvWordsFor(lang)
  const contexts: Record<string, string> = words.contexts
  const rows = reports.map((r) => [
    new Date(r.updatedAt).toISOString(),
    new Date(r.createdAt).toISOString(),
    r.questionKey,
    r.question?.domain ?? '',
    r.question?.task ?? '',
    r.question?.topic ?? '',
    words.reasons[r.reason] ?? r.reason,
    contexts[r.context] ?? r.context,
    r.comment,
    r.prompt,
    r.question ? rightAnswerText(r.question, lang) : '',
    r.question?.source ?? '',
  ])
  const header = CSV_COLUMNS.map((column) => words.columns[column])
  return '\uFEFF' + [header, ...rows].map((row) => row.map((cell) => csvField(String(cell))).join(',')).join('\r\n') + '\r\n'
}

/**
 * The right answer in one cell: the right options (an ordering's items, in their order), or a number's accepted
 * values ("1 to 5 minutes (50% credit)"), the numbers and words in the language asked.
 */
export function rightAnswerText(q: NonNullable<ProblemReportView['question']>, lang?: string): string {
  if (!q.acceptedNumbers) return q.options.filter((o) => o.correct).map((o) => o.text).join(' | ')
  const { words, locale } = csvWordsFor(lang)
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 })
  const percent = new Intl.NumberFormat(locale, { style: 'percent' })
  const unit = q.unit ? ` ${q.unit}` : ''
  return q.acceptedNumbers
    .map((a) => {
      const value = a.tolerance ? fill(words.range, { from: number.format(a.value - a.tolerance), to: number.format(a.value + a.tolerance) }) : number.format(a.value)
      return `${value}${unit}${a.credit < 1 ? ` (${fill(words.credit, { percent: percent.format(a.credit) })})` : ''}`
    })
    .join(' | ')
}

const FORMULA_START = /^[=+\-@\t\r]/

function csvField(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text
  return `"${safe.replace(/"/g, '""')}"`
}
