import { useSignal } from '@preact/signals'
import { useEffect } from 'preact/hooks'
import type { MasteryRow, ProgressView } from '@cirrus/protocol'
import { Link } from '../router.tsx'
import { Meter, ScoreChart } from './charts.tsx'
import { practiceApi } from './learner.ts'
import './practice.css'

const pct = (x: number) => `${Math.round(x * 100)}%`

/** /progress: mastery by domain and topic, seen and due, and the mock exams, as bars and a line read at a glance. */
export function ProgressPage() {
  const progress = useSignal<ProgressView | null>(null)
  const error = useSignal<string | null>(null)
  useEffect(() => {
    practiceApi<ProgressView>('/progress').then(
      (p) => (progress.value = p),
      (e: Error) => (error.value = e.message),
    )
  }, [])

  const p = progress.value
  return (
    <main class="page practice progress">
      <p class="crumbs">
        <Link href="/practice">Practice</Link>
      </p>
      <h1>Your progress</h1>
      <p class="error" role="alert">
        {error.value ?? ''}
      </p>
      {p && (
        <>
          <ul class="tiles" role="list">
            <li>
              <strong>{p.totals.seen}</strong>
              <span>of {p.totals.questions} questions seen</span>
            </li>
            <li>
              <strong>{p.totals.due}</strong>
              <span>due now</span>
            </li>
            <li>
              <strong>{p.totals.answers}</strong>
              <span>answers</span>
            </li>
            <li>
              <strong>{p.exams.filter((e) => e.scaledScore !== null).length}</strong>
              <span>mock exams</span>
            </li>
          </ul>
          {p.totals.due > 0 && (
            <p>
              <Link href="/practice" class="button primary">
                Practise the {p.totals.due} due
              </Link>
            </p>
          )}

          <section>
            <h2>Mastery by exam domain</h2>
            <MasteryList rows={p.domains} />
          </section>

          <section>
            <h2>Mock exams</h2>
            <ScoreChart exams={p.exams} />
          </section>

          <section>
            <h2>By topic</h2>
            {p.domains.map((d) => (
              <details key={d.id} class="topic-group" open>
                <summary>{d.title}</summary>
                <MasteryList rows={p.topics.filter((t) => t.domain === d.domain)} />
              </details>
            ))}
          </section>
          <p class="muted small">
            Mastery is what the scheduler expects you to still recall a week from now, across every question of the group (unseen ones count as
            nothing), times your share of right answers among the latest 20.
          </p>
        </>
      )}
    </main>
  )
}

function MasteryList({ rows }: { rows: MasteryRow[] }) {
  return (
    <ul class="bars" role="list">
      {rows.map((r) => (
        <li key={r.id} class="bar-row">
          <span class="bar-label">
            {r.title}
            <span class="muted">
              {' '}
              · {r.seen}/{r.total} seen{r.due ? ` · ${r.due} due` : ''}
              {r.recentAccuracy !== null ? ` · ${pct(r.recentAccuracy)} right lately` : ''}
            </span>
          </span>
          <Meter value={r.mastery} label={`${pct(r.mastery)} mastery`} />
        </li>
      ))}
    </ul>
  )
}
