import { useSignal } from '@preact/signals'
import { useEffect } from 'preact/hooks'
import { PROBLEM_REASON_TEXT, PROBLEM_REPORT, type ProblemReason, type ProblemReportList, type ProblemReportView } from '@cirrus/protocol'
import { api, download } from '../api.ts'
import { AdminGate } from '../components/AdminUnlock.tsx'
import { Link } from '../router.tsx'
import { loadCatalog, topicTitle } from './topics.ts'
import './practice.css'

/** /library/problem-reports: what learners reported about questions, for the teacher, grouped by question. */
export function ProblemReportsPage() {
  return (
    <main class="page practice problem-reports">
      <p class="crumbs">
        <Link href="/library">Quiz library</Link>
      </p>
      <h1>Problem reports</h1>
      <p class="muted">What learners reported with "Report a problem with this question" in practice and in mock exam reviews, newest first.</p>
      <AdminGate>
        <ReportList />
      </AdminGate>
    </main>
  )
}

function ReportList() {
  const reason = useSignal<ProblemReason | ''>('')
  const list = useSignal<ProblemReportList | null>(null)
  const error = useSignal<string | null>(null)
  const notice = useSignal<string | null>(null)

  useEffect(() => {
    void loadCatalog()
  }, [])
  useEffect(() => {
    void api<ProblemReportList>(`/api/problem-reports${reason.value ? `?reason=${reason.value}` : ''}`).then((result) => {
      if (result.ok) {
        list.value = result.data
        error.value = null
      } else error.value = result.error.message
    })
  }, [reason.value])

  async function exportCsv() {
    const result = await download('/api/problem-reports.csv')
    if (result.ok) notice.value = `Downloaded ${result.data.fileName}.`
    else error.value = result.error.message
  }

  const groups = groupByQuestion(list.value?.reports ?? [])
  return (
    <>
      <div class="page-actions reports-tools">
        <label class="field">
          <span>Reason</span>
          <select value={reason.value} onChange={(e) => (reason.value = e.currentTarget.value as ProblemReason | '')}>
            <option value="">All reasons</option>
            {PROBLEM_REPORT.reasons.map((r) => (
              <option key={r} value={r}>
                {PROBLEM_REASON_TEXT[r]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="button secondary" onClick={() => void exportCsv()}>
          Export all as CSV
        </button>
      </div>
      {error.value && (
        <p class="error" role="alert">
          {error.value}
        </p>
      )}
      <p class="notice-line" role="status">
        {notice.value}
      </p>
      {!list.value && !error.value && <p class="muted">Loading reports…</p>}
      {list.value && (
        <>
          <p class="report-total">
            {list.value.total === 0
              ? 'No reports yet.'
              : `${list.value.total} report${list.value.total === 1 ? '' : 's'} on ${groups.length} question${groups.length === 1 ? '' : 's'}${list.value.total > list.value.reports.length ? ` (the newest ${list.value.reports.length} shown; the CSV has them all)` : ''}.`}
          </p>
          <ol class="report-groups" role="list">
            {groups.map((g) => (
              <li key={g.key} class="report-group">
                <ReportedQuestion group={g} />
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  )
}

interface Group {
  key: string
  reports: ProblemReportView[]
}

/** One entry per question, in the order of its newest report. */
function groupByQuestion(reports: readonly ProblemReportView[]): Group[] {
  const groups = new Map<string, Group>()
  for (const r of reports) {
    const g = groups.get(r.questionKey) ?? { key: r.questionKey, reports: [] }
    g.reports.push(r)
    groups.set(r.questionKey, g)
  }
  return [...groups.values()]
}

function ReportedQuestion({ group }: { group: Group }) {
  const first = group.reports[0]!
  const q = first.question
  return (
    <article aria-label={`Reports on ${group.key}`}>
      <p class="pq-meta">
        <span>
          {group.reports.length} report{group.reports.length === 1 ? '' : 's'} · {group.key}
        </span>
        {q?.task && <span>Task {q.task}</span>}
        {q?.topic && <span class="pq-topic">{topicTitle(q.topic)}</span>}
      </p>
      <h2 class="report-prompt">{q?.prompt ?? first.prompt}</h2>
      {q && q.prompt !== first.prompt && <p class="muted small">The learner saw: {first.prompt}</p>}
      {q ? (
        <ul class="report-options" role="list">
          {q.options.map((o, i) => (
            <li key={i} class={o.correct ? 'right' : ''}>
              {o.correct ? '✓ ' : '· '}
              {o.text}
              {o.correct && <span class="visually-hidden"> (marked right)</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted small">Not a question of the built-in bank (or no longer in it).</p>
      )}
      {q?.explanation && <p class="pq-explanation">{q.explanation}</p>}
      {q?.source && (
        <p class="small">
          Source:{' '}
          <a href={q.source} target="_blank" rel="noopener noreferrer">
            {q.source}
          </a>
        </p>
      )}
      <ul class="report-entries" role="list">
        {group.reports.map((r) => (
          <li key={r.id} class="report-entry">
            <strong>{PROBLEM_REASON_TEXT[r.reason]}</strong>
            <span class="muted small">
              {' '}
              · {r.context === 'exam' ? 'mock exam review' : 'practice'} · {new Date(r.updatedAt).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })}
            </span>
            {r.comment && <p class="report-comment">{r.comment}</p>}
          </li>
        ))}
      </ul>
    </article>
  )
}
