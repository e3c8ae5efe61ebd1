import { batch, computed, signal } from '@preact/signals'
import type { ProblemReason, ProblemReportList, ProblemReportReceipt, ProblemReportView, ProblemsErrorBody } from '@cirrus/protocol'
import { api, download } from '../api.ts'
import { language } from '../i18n/i18n.ts'
import { asRefusal } from './exam-model.ts'
import { practiceApi, type PracticeError } from './learner.ts'

/** "Report a problem with this question": one form per question, closed until the learner opens it. */
export function createReportForm(questionKey: string, context: 'practice' | 'exam' | 'game') {
  const open = signal(false)
  const reason = signal<ProblemReason | null>(null)
  const comment = signal('')
  const sending = signal(false)
  const refusal = signal<PracticeError | null>(null)
  const sent = signal<ProblemReportReceipt | null>(null)
  /** "Something else" says what it is. */
  const needsComment = computed(() => reason.value === 'other' && !comment.value.trim())
  const ready = computed(() => reason.value !== null && !needsComment.value && !sending.value)

  async function send() {
    if (!reason.value || needsComment.value) return
    batch(() => {
      sending.value = true
      refusal.value = null
    })
    try {
      sent.value = await practiceApi<ProblemReportReceipt>('/problem-reports', { json: { questionKey, reason: reason.value, comment: comment.value.trim(), context } })
    } catch (e) {
      refusal.value = asRefusal(e)
    } finally {
      sending.value = false
    }
  }

  return { open, reason, comment, sending, refusal, sent, needsComment, ready, send }
}

export interface ReportedQuestion {
  key: string
  reports: ProblemReportView[]
}

/** One entry per question, in the order of its newest report. */
export function groupByQuestion(reports: readonly ProblemReportView[]): ReportedQuestion[] {
  const groups = new Map<string, ReportedQuestion>()
  for (const r of reports) {
    const g = groups.get(r.questionKey) ?? { key: r.questionKey, reports: [] }
    g.reports.push(r)
    groups.set(r.questionKey, g)
  }
  return [...groups.values()]
}

type Refused = { status: number; error: ProblemsErrorBody }

/** /library/problem-reports: the teacher's list, filtered by reason, and its CSV. */
export function createProblemReports() {
  const reason = signal<ProblemReason | ''>('')
  const list = signal<ProblemReportList | null>(null)
  const refusal = signal<Refused | null>(null)
  /** The file just downloaded, said once it is. */
  const downloaded = signal<string | null>(null)
  const groups = computed(() => groupByQuestion(list.value?.reports ?? []))

  async function load() {
    const result = await api<ProblemReportList>(`/api/problem-reports${reason.value ? `?reason=${reason.value}` : ''}`)
    batch(() => {
      if (result.ok) {
        list.value = result.data
        refusal.value = null
      } else refusal.value = { status: result.status, error: result.error }
    })
  }

  async function exportCsv() {
    // The CSV's headings and words in the language on screen.
    const result = await download(`/api/problem-reports.csv?${new URLSearchParams({ lang: language.value })}`)
    if (result.ok) downloaded.value = result.data.fileName
    else refusal.value = { status: result.status, error: result.error }
  }

  return { reason, list, refusal, downloaded, groups, load, exportCsv }
}
