import { useSignal } from '@preact/signals'
import { useEffect, useRef } from 'preact/hooks'
import type { Choice, PracticeFeedback, SessionSummary, SessionView } from '@cirrus/protocol'
import { Link, navigate } from '../router.tsx'
import { MessagePage, Page, WaitingPage } from '../components/Page.tsx'
import { formatNumber } from '../i18n/i18n.ts'
import { practiceApi } from './learner.ts'
import { QuestionCard } from './QuestionCard.tsx'
import { ReportProblem } from './ReportProblem.tsx'
import { Meter } from './charts.tsx'
import { loadCatalog, topicTitle } from './topics.ts'
import { useServerCountdown } from './clock.ts'
import { counted, dateTimeOf, m, percentOf } from './words.ts'
import './practice.css'

const crumbs = () => [{ href: '/practice', label: m('crumb') }]

/** The heading over the feedback: right, partly right (an order or a number with some credit), time's up, not quite, skipped. */
function verdictOf(f: PracticeFeedback, answered: boolean): string {
  if (f.correct) return m('verdict.right')
  if (f.timedOut) return m('verdict.timeUp')
  if (f.credit > 0) return m('verdict.partly')
  return m(answered ? 'verdict.wrong' : 'verdict.skipped')
}

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

  const check = () => {
    // One answer per question: a second press (or Enter in a number's box) while the first is on its way does nothing.
    if (!current || feedback.value || busy.value) return
    return run(async () => {
      feedback.value = await practiceApi<PracticeFeedback>(`/sessions/${id}/answers`, { json: { questionKey: current.question.key, choice: choice.value } })
    })
  }

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
    if (error.value) return <MessagePage class="practice" alert={error.value} action={<Link href="/practice">{m('error.back')}</Link>} />
    return <WaitingPage>{m('loading')}</WaitingPage>
  }

  if (view.ended) return <Summary summary={view.summary!} error={error.value} />

  const f = feedback.value
  // The feedback carries the counts after this answer; the view, those before it.
  const answered = f?.answered ?? view.answered
  const right = f?.correctCount ?? view.correctCount
  return (
    <Page class="practice session" crumbs={crumbs()}>
      <header class="session-bar">
        <span class="session-count" aria-label={m('progress')}>
          {view.limit ? counted('answeredOf', answered, { limit: formatNumber(view.limit) }) : counted('answered', answered)} · {counted('right', right)}
        </span>
        {remaining !== null && !f && (
          <span class={`session-timer ${remaining <= 5 ? 'low' : ''}`} role="timer" aria-label={m('secondsLeft')}>
            {m('seconds', { n: formatNumber(remaining) })}
          </span>
        )}
      </header>
      {current && (
        <QuestionCard
          key={`${current.question.key}:${current.servedAt}`}
          question={current.question}
          choice={choice.value}
          onChange={f ? undefined : (c) => (choice.value = c)}
          onAnswer={() => void check()}
          reveal={f}
          label={m('question', { n: formatNumber(view.answered + 1) })}
        />
      )}
      {f && (
        <section class={`feedback ${f.correct ? 'right' : 'wrong'}`} aria-live="polite" tabIndex={-1} ref={feedbackBox}>
          <h2>{verdictOf(f, choice.value !== null)}</h2>
          {f.explanation && (
            <p class="pq-explanation" dir="auto">
              {f.explanation}
            </p>
          )}
          <p class="muted">{m(`rating.${f.rating}`)}</p>
        </section>
      )}
      <p class="error" role="alert">
        {error.value ?? ''}
      </p>
      <div class="session-actions">
        {f ? (
          <button class="button primary big" type="button" onClick={next} disabled={busy.value} autoFocus>
            {m('next')}
          </button>
        ) : (
          <>
            <button class="button primary big" type="button" onClick={check} disabled={busy.value || !choice.value}>
              {m('check')}
            </button>
            <button class="button ghost" type="button" onClick={() => ((choice.value = null), check())} disabled={busy.value}>
              {m('dontKnow')}
            </button>
          </>
        )}
        <button class="button ghost" type="button" onClick={stop} disabled={busy.value}>
          {m('stop')}
        </button>
      </div>
      {current && <ReportProblem key={`${current.question.key}:${current.servedAt}`} questionKey={current.question.key} context="practice" />}
    </Page>
  )
}

function Summary({ summary, error }: { summary: SessionSummary; error: string | null }) {
  const share = summary.answered ? summary.correct / summary.answered : 0
  return (
    <Page class="practice summary" crumbs={crumbs()} title={m('summary.title')}>
      <p class="error" role="alert">
        {error ?? ''}
      </p>
      {summary.answered === 0 ? (
        <p class="notice">{m('summary.nothing')}</p>
      ) : (
        <div class="summary-head">
          <p class="big-number">
            {formatNumber(summary.correct)}/{formatNumber(summary.answered)}
            <span>{m('summary.rightWord')}</span>
          </p>
          <Meter value={share} label={m('summary.share', { share: percentOf(share) })} />
        </div>
      )}
      {summary.byTopic.length > 0 && (
        <section>
          <h2>{m('summary.byTopic')}</h2>
          <ul class="bars" role="list">
            {summary.byTopic.map((t) => (
              <li key={t.topic} class="bar-row">
                <span class="bar-label">{topicTitle(t.topic)}</span>
                <Meter value={t.correct / t.answered} label={m('summary.of', { correct: formatNumber(t.correct), answered: formatNumber(t.answered) })} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {summary.missed.length > 0 && (
        <section>
          <h2>{m('summary.missed')}</h2>
          <ul class="missed" role="list">
            {summary.missed.map((q) => (
              <li key={q.key} dir="auto">
                {q.prompt}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p class="notice">
        {summary.dueNow > 0 ? counted('summary.dueNow', summary.dueNow) : summary.nextDueAt ? m('summary.nextDue', { date: dateTimeOf(summary.nextDueAt) }) : m('summary.nothingDue')}
      </p>
      <div class="session-actions">
        <button class="button primary big" type="button" onClick={() => navigate('/practice')}>
          {m('summary.again')}
        </button>
        <Link href="/progress" class="button ghost">
          {m('summary.seeProgress')}
        </Link>
      </div>
    </Page>
  )
}
