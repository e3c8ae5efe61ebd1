import { useEffect, useMemo } from 'preact/hooks'
import type { MasteryRow } from '@cirrus/protocol'
import { Page } from '../components/Page.tsx'
import { formatNumber } from '../i18n/i18n.ts'
import { Link } from '../router.tsx'
import { Meter, ScoreChart } from './charts.tsx'
import { counted, domainName, m, percent, problemText } from './exam-words.ts'
import { createProgress } from './progress-model.ts'
import './practice.css'

/** /progress: mastery by domain and topic, seen and due, and the mock exams, as bars and a line read at a glance. */
export function ProgressPage() {
  const model = useMemo(createProgress, [])
  useEffect(() => void model.load(), [])
  const p = model.progress.value
  const exams = p?.exams.filter((e) => e.scaledScore !== null).length ?? 0

  return (
    <Page class="practice progress" crumbs={[{ href: '/practice', label: m('crumbs.practice') }]} title={m('progress.title')}>
      <p class="error" role="alert">
        {model.refusal.value ? problemText(model.refusal.value) : ''}
      </p>
      {p && (
        <>
          <ul class="tiles" role="list">
            <Tile value={p.totals.seen} label={counted('progress.tileSeen', p.totals.questions)} />
            <Tile value={p.totals.due} label={counted('progress.tileDue', p.totals.due)} />
            <Tile value={p.totals.answers} label={counted('progress.tileAnswers', p.totals.answers)} />
            <Tile value={exams} label={counted('progress.tileExams', exams)} />
          </ul>
          {p.totals.due > 0 && (
            <p>
              <Link href="/practice" class="button primary">
                {counted('progress.practiseDue', p.totals.due)}
              </Link>
            </p>
          )}

          <section>
            <h2>{m('progress.byDomain')}</h2>
            <MasteryList rows={p.domains} domains />
          </section>

          <section>
            <h2>{m('progress.exams')}</h2>
            <ScoreChart exams={p.exams} />
          </section>

          <section>
            <h2>{m('progress.byTopic')}</h2>
            {p.domains.map((d) => (
              <details key={d.id} class="topic-group" open>
                <summary>{domainName(d.id, d.title)}</summary>
                <MasteryList rows={p.topics.filter((t) => t.domain === d.domain)} />
              </details>
            ))}
          </section>
          <p class="muted small">{m('progress.note')}</p>
        </>
      )}
    </Page>
  )
}

function Tile({ value, label }: { value: number; label: string }) {
  return (
    <li>
      <strong>{formatNumber(value)}</strong>
      <span>{label}</span>
    </li>
  )
}

/** Bars of mastery; the exam's domains in the language, the bank's topics as the bank names them. */
function MasteryList({ rows, domains = false }: { rows: MasteryRow[]; domains?: boolean }) {
  return (
    <ul class="bars" role="list">
      {rows.map((r) => {
        const facts = [
          m('progress.rowSeen', { seen: formatNumber(r.seen), total: formatNumber(r.total) }),
          ...(r.due ? [counted('progress.rowDue', r.due)] : []),
          ...(r.recentAccuracy !== null ? [m('progress.rowLately', { percent: percent(r.recentAccuracy) })] : []),
        ]
        return (
          <li key={r.id} class="bar-row">
            <span class="bar-label">
              {domains ? domainName(r.id, r.title) : <span dir="auto">{r.title}</span>}
              <span class="muted"> · {facts.join(' · ')}</span>
            </span>
            <Meter value={r.mastery} label={m('progress.mastery', { percent: percent(r.mastery) })} />
          </li>
        )
      })}
    </ul>
  )
}
