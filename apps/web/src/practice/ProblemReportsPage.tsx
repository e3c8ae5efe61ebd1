import { useEffect, useMemo } from 'preact/hooks'
import { PROBLEM_REPORT, type ProblemReason } from '@cirrus/protocol'
import { AdminGate } from '../components/AdminUnlock.tsx'
import { Page } from '../components/Page.tsx'
import { formatNumber } from '../i18n/i18n.ts'
import { counted, dateTime, m, problemText, reasonText } from './exam-words.ts'
import { createProblemReports, type ReportedQuestion } from './report-model.ts'
import { loadCatalog, topicTitle } from './topics.ts'
import './practice.css'

/** /library/problem-reports: what learners reported about questions, for the teacher, grouped by question. */
export function ProblemReportsPage() {
  return (
    <Page class="practice problem-reports" crumbs={[{ href: '/library', label: m('crumbs.library') }]} title={m('reports.title')}>
      <p class="muted">{m('reports.intro')}</p>
      <AdminGate>
        <ReportList />
      </AdminGate>
    </Page>
  )
}

const CONTEXT = { practice: 'reports.fromPractice', exam: 'reports.fromExam', game: 'reports.fromGame' } as const

function ReportList() {
  const reports = useMemo(createProblemReports, [])
  useEffect(() => void loadCatalog(), [])
  useEffect(() => void reports.load(), [reports.reason.value])

  const list = reports.list.value
  const groups = reports.groups.value
  const refused = reports.refusal.value
  const totals = list && { reports: counted('reports.reportCount', list.total), questions: counted('reports.questionCount', groups.length) }
  return (
    <>
      <div class="page-actions reports-tools">
        <label class="field">
          <span>{m('reports.reason')}</span>
          <select value={reports.reason.value} onChange={(e) => (reports.reason.value = e.currentTarget.value as ProblemReason | '')}>
            <option value="">{m('reports.allReasons')}</option>
            {PROBLEM_REPORT.reasons.map((r) => (
              <option key={r} value={r}>
                {reasonText(r)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="button secondary" onClick={() => void reports.exportCsv()}>
          {m('reports.export')}
        </button>
      </div>
      {refused && (
        <p class="error" role="alert">
          {problemText(refused)}
        </p>
      )}
      <p class="notice-line" role="status">
        {reports.downloaded.value ? m('reports.downloaded', { file: reports.downloaded.value }) : ''}
      </p>
      {!list && !refused && <p class="muted">{m('reports.loading')}</p>}
      {list && totals && (
        <>
          <p class="report-total">
            {list.total === 0
              ? m('reports.none')
              : list.total > list.reports.length
                ? m('reports.totalSome', { ...totals, shown: formatNumber(list.reports.length) })
                : m('reports.total', totals)}
          </p>
          <ol class="report-groups" role="list">
            {groups.map((g) => (
              <li key={g.key} class="report-group">
                <ReportedQuestionCard group={g} />
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  )
}

function ReportedQuestionCard({ group }: { group: ReportedQuestion }) {
  const first = group.reports[0]!
  const q = first.question
  return (
    <article aria-label={m('reports.on', { key: group.key })}>
      <p class="pq-meta">
        <span>
          {counted('reports.reportCount', group.reports.length)} · <span dir="ltr">{group.key}</span>
        </span>
        {q?.task && <span>{m('reports.task', { task: q.task })}</span>}
        {q?.topic && (
          <span class="pq-topic" dir="auto">
            {topicTitle(q.topic)}
          </span>
        )}
      </p>
      <h2 class="report-prompt" dir="auto">
        {q?.prompt ?? first.prompt}
      </h2>
      {q && q.prompt !== first.prompt && (
        <p class="muted small" dir="auto">
          {m('reports.learnerSaw', { prompt: first.prompt })}
        </p>
      )}
      {q ? (
        <ul class="report-options" role="list">
          {q.options.map((o, i) => (
            <li key={i} class={o.correct ? 'right' : ''} dir="auto">
              {o.correct ? '✓ ' : '· '}
              {o.text}
              {o.correct && <span class="visually-hidden"> {m('reports.markedRight')}</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted small">{m('reports.notInBank')}</p>
      )}
      {q?.explanation && (
        <p class="pq-explanation" dir="auto">
          {q.explanation}
        </p>
      )}
      {q?.source && (
        <p class="small">
          {m('reports.source')}{' '}
          <a href={q.source} target="_blank" rel="noopener noreferrer" dir="ltr">
            {q.source}
          </a>
        </p>
      )}
      <ul class="report-entries" role="list">
        {group.reports.map((r) => (
          <li key={r.id} class="report-entry">
            <strong>{reasonText(r.reason)}</strong>
            <span class="muted small">
              {' '}
              · {m(CONTEXT[r.context])} · {dateTime(r.updatedAt)}
            </span>
            {r.comment && (
              <p class="report-comment" dir="auto">
                {r.comment}
              </p>
            )}
          </li>
        ))}
      </ul>
    </article>
  )
}
