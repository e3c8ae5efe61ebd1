import {
  ErrorCode,
  PROBLEM_REPORT,
  PROBLEM_REASON_TEXT,
  fail,
  ok,
  type ProblemReason,
  type ProblemReportBody,
  type ProblemReportList,
  type ProblemReportReceipt,
  type ProblemReportView,
  type Reply,
} from '@cirrus/protocol'
import { newId } from '../tokens.ts'
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

  /** Every report (the newest PROBLEM_REPORT.exportLimit) as CSV, for a spreadsheet. */
  async csv(): Promise<string> {
    const { rows } = await this.store.problemReports({ take: PROBLEM_REPORT.exportLimit })
    return reportsCsv(rows.map(reportView))
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

export const CSV_COLUMNS = ['reported_at', 'first_reported_at', 'question_key', 'domain', 'task', 'topic', 'reason', 'context', 'comment', 'prompt_as_seen', 'right_answer_now', 'source'] as const

/**
 * The reports as CSV (RFC 4180: every field quoted, CRLF, a byte order mark so that Excel reads UTF-8). A field that
 * starts like a formula (= + - @, tab, CR) gets a leading apostrophe, so a spreadsheet never runs a learner's text.
 */
export function reportsCsv(reports: readonly ProblemReportView[]): string {
  const rows = reports.map((r) => [
    new Date(r.updatedAt).toISOString(),
    new Date(r.createdAt).toISOString(),
    r.questionKey,
    r.question?.domain ?? '',
    r.question?.task ?? '',
    r.question?.topic ?? '',
    `${r.reason}: ${PROBLEM_REASON_TEXT[r.reason] ?? ''}`,
    r.context,
    r.comment,
    r.prompt,
    r.question ? rightAnswerText(r.question) : '',
    r.question?.source ?? '',
  ])
  return '\uFEFF' + [CSV_COLUMNS, ...rows].map((row) => row.map((cell) => csvField(String(cell))).join(',')).join('\r\n') + '\r\n'
}

/** The right answer in one cell: the right options (an ordering's items, in their order), or a number's accepted values. */
export function rightAnswerText(q: NonNullable<ProblemReportView['question']>): string {
  if (!q.acceptedNumbers) return q.options.filter((o) => o.correct).map((o) => o.text).join(' | ')
  const unit = q.unit ? ` ${q.unit}` : ''
  return q.acceptedNumbers
    .map((a) => `${a.tolerance ? `${a.value - a.tolerance} to ${a.value + a.tolerance}` : a.value}${unit}${a.credit < 1 ? ` (${Math.round(a.credit * 100)}% credit)` : ''}`)
    .join(' | ')
}

const FORMULA_START = /^[=+\-@\t\r]/

function csvField(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text
  return `"${safe.replace(/"/g, '""')}"`
}
