import { useSignal } from '@preact/signals'
import { useEffect, useRef } from 'preact/hooks'
import type { Choice, PracticeFeedback, SessionSummary, SessionView } from '@cirrus/protocol'
import { Link, navigate } from '../router.tsx'
import { practiceApi } from './learner.ts'
import { QuestionCard } from './QuestionCard.tsx'
import { ReportProblem } from './ReportProblem.tsx'
import { Meter } from './charts.tsx'
import { loadCatalog, topicTitle } from './topics.ts'
import { useServerCountdown } from './clock.ts'
import './practice.css'

const RATING_TEXT = { again: 'It comes back in a minute.', hard: 'Partly right: it comes back in a few minutes.', good: 'It comes back later today.', easy: 'Answered fast: it comes back in days.' }

/** /practice/session/:id: one question at a time, feedback with the explanation, and the summary at the end. */
export function SessionPage({ id }: { id: string }) {
  const session = useSignal<SessionView | null>(null)
  const choice = useSignal<Choice | null>(null)
  const feedback = useSignal<PracticeFeedback | null>(null)
  const error = useSignal<string | null>(null)
  const busy = useSignal(false)

  async function run(action: () => Promise<void>) {
    busy.value = true
    error.value = null
    try {
      await action()
    } catch (e) {
      error.value = (e as Error).message
    } finally {
      busy.value = false
    }
  }

  const show = (view: SessionView) => {
    session.value = view
    choice.value = null
    feedback.value = null
  }

  useEffect(() => {
    void loadCatalog()
    void run(async () => {
      const view = await practiceApi<SessionView>(`/sessions/${encodeURIComponent(id)}`)
      show(view.current || view.ended ? view : await practiceApi<SessionView>(`/sessions/${encodeURIComponent(id)}/next`, { method: 'POST' }))
    })
  }, [id])

  const current = session.value?.current ?? null
  const remaining = useServerCountdown(current?.deadline ?? null, session.value?.serverNow ?? null)

  const check = () =>
    run(async () => {
      if (!current || feedback.value) return
      feedback.value = await practiceApi<PracticeFeedback>(`/sessions/${id}/answers`, { json: { questionKey: current.question.key, choice: choice.value } })
    })

  // The timer ran out: send what is picked (the server counts it as wrong, and says so).
  useEffect(() => {
    if (remaining === 0 && current && !feedback.value && !busy.value) void check()
  }, [remaining === 0])

  // After Check, the feedback takes the focus (the button pressed is gone): it is read out, and Tab goes on to Next.
  const feedbackBox = useRef<HTMLElement>(null)
  useEffect(() => {
    if (!feedback.value) return
    feedbackBox.current?.focus({ preventScroll: true })
    feedbackBox.current?.scrollIntoView({ block: 'nearest' })
  }, [feedback.value])

  const next = () => run(async () => show(await practiceApi<SessionView>(`/sessions/${id}/next`, { method: 'POST' })))
  const stop = () => run(async () => show(await practiceApi<SessionView>(`/sessions/${id}/end`, { method: 'POST' })))

  const view = session.value
  if (!view) {
    return (
      <main class="page practice">
        <p class="error" role="alert">{error.value ?? ''}</p>
        {!error.value && <p class="muted">Loading…</p>}
      </main>
    )
  }

  if (view.ended) return <Summary summary={view.summary!} error={error.value} />

  const f = feedback.value
  // The feedback carries the counts after this answer; the view, those before it.
  const answered = f?.answered ?? view.answered
  const right = f?.correctCount ?? view.correctCount
  return (
    <main class="page practice session">
      <header class="session-bar">
        <Link href="/practice">Practice</Link>
        <span class="session-count" aria-label="Progress">
          {answered} answered{view.limit ? ` of ${view.limit}` : ''} · {right} right
        </span>
        {remaining !== null && !f && (
          <span class={`session-timer ${remaining <= 5 ? 'low' : ''}`} role="timer" aria-label="Seconds left">
            {remaining}s
          </span>
        )}
      </header>
      {current && (
        <QuestionCard
          question={current.question}
          choice={choice.value}
          onChange={f ? undefined : (c) => (choice.value = c)}
          reveal={f}
          label={`Question ${view.answered + 1}`}
        />
      )}
      {f && (
        <section class={`feedback ${f.correct ? 'right' : 'wrong'}`} aria-live="polite" tabIndex={-1} ref={feedbackBox}>
          <h2>{f.correct ? 'Right!' : f.timedOut ? "Time's up" : choice.value ? 'Not quite' : 'Skipped'}</h2>
          {f.explanation && <p class="pq-explanation">{f.explanation}</p>}
          <p class="muted">{RATING_TEXT[f.rating]}</p>
        </section>
      )}
      <p class="error" role="alert">
        {error.value ?? ''}
      </p>
      <div class="session-actions">
        {f ? (
          <button class="button primary big" type="button" onClick={next} disabled={busy.value} autoFocus>
            Next question
          </button>
        ) : (
          <>
            <button class="button primary big" type="button" onClick={check} disabled={busy.value || !choice.value}>
              Check
            </button>
            <button class="button ghost" type="button" onClick={check} disabled={busy.value}>
              I don't know
            </button>
          </>
        )}
        <button class="button ghost" type="button" onClick={stop} disabled={busy.value}>
          Stop
        </button>
      </div>
      {current && <ReportProblem key={`${current.question.key}:${current.servedAt}`} questionKey={current.question.key} context="practice" />}
    </main>
  )
}

function Summary({ summary, error }: { summary: SessionSummary; error: string | null }) {
  const share = summary.answered ? summary.correct / summary.answered : 0
  return (
    <main class="page practice summary">
      <p class="crumbs">
        <Link href="/practice">Practice</Link>
      </p>
      <h1>Session summary</h1>
      <p class="error" role="alert">
        {error ?? ''}
      </p>
      {summary.answered === 0 ? (
        <p class="notice">Nothing answered in this session.</p>
      ) : (
        <div class="summary-head">
          <p class="big-number">
            {summary.correct}/{summary.answered}
            <span>right</span>
          </p>
          <Meter value={share} label={`${Math.round(share * 100)}% right`} />
        </div>
      )}
      {summary.byTopic.length > 0 && (
        <section>
          <h2>By topic</h2>
          <ul class="bars" role="list">
            {summary.byTopic.map((t) => (
              <li key={t.topic} class="bar-row">
                <span class="bar-label">{topicTitle(t.topic)}</span>
                <Meter value={t.correct / t.answered} label={`${t.correct} of ${t.answered}`} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {summary.missed.length > 0 && (
        <section>
          <h2>To look at again</h2>
          <ul class="missed" role="list">
            {summary.missed.map((m) => (
              <li key={m.key}>{m.prompt}</li>
            ))}
          </ul>
        </section>
      )}
      <p class="notice">
        {summary.dueNow > 0
          ? `${summary.dueNow} question${summary.dueNow === 1 ? ' is' : 's are'} due now.`
          : summary.nextDueAt
            ? `Nothing is due now; the next question is due ${new Date(summary.nextDueAt).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })}.`
            : 'Nothing is due.'}
      </p>
      <div class="session-actions">
        <button class="button primary big" type="button" onClick={() => navigate('/practice')}>
          Practise again
        </button>
        <Link href="/progress" class="button ghost">
          See your progress
        </Link>
      </div>
    </main>
  )
}
