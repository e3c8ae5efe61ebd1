import { useEffect, useMemo, useRef } from 'preact/hooks'
import type { SessionSummary } from '@cirrus/protocol'
import { Link, navigate } from '../router.tsx'
import { MessagePage, Page, WaitingPage } from '../components/Page.tsx'
import { useServerNow } from '../components/server-clock.ts'
import { formatDateTime, formatNumber, formatPercent } from '../i18n/i18n.ts'
import { createPracticeSession } from '../models/practice-session.ts'
import { countsOf, secondsLeft, verdictKey } from '../models/practice-rules.ts'
import type { PracticeError } from './learner.ts'
import { QuestionCard } from './QuestionCard.tsx'
import { ReportProblem } from './ReportProblem.tsx'
import { Meter } from './charts.tsx'
import { loadCatalog, topicTitle } from './topics.ts'
import { counted, m, problemText } from './words.ts'
import './practice.css'

const crumbs = () => [{ href: '/practice', label: m('crumb') }]

/** /practice/session/:id: one question at a time, feedback with the explanation, and the summary at the end. */
export function SessionPage({ id }: { id: string }) {
  const model = useMemo(() => createPracticeSession(id), [id])
  const { choice, feedback, refusal, busy } = model

  useEffect(() => {
    void loadCatalog()
    void model.load()
  }, [model])

  const current = model.current.value
  // The app's one clock, counting to the server's deadline for the question on screen.
  const now = useServerNow(model.offset.value, current?.deadline != null, 250)
  const remaining = secondsLeft(current?.deadline, now)

  // The timer ran out: send what is picked (the server counts it as wrong, and says so).
  useEffect(() => {
    if (remaining === 0) void model.check()
  }, [remaining === 0])

  // After Check, the feedback takes the focus (the button pressed is gone): it is read out, and Tab goes on to Next.
  const feedbackBox = useRef<HTMLElement>(null)
  useEffect(() => {
    if (!feedback.value) return
    feedbackBox.current?.focus({ preventScroll: true })
    feedbackBox.current?.scrollIntoView({ block: 'nearest' })
  }, [feedback.value])

  const error = refusal.value && problemText(refusal.value)
  const view = model.view.value
  if (!view) {
    if (error) return <MessagePage class="practice" alert={error} action={<Link href="/practice">{m('error.back')}</Link>} />
    return <WaitingPage>{m('loading')}</WaitingPage>
  }

  if (view.ended) return <Summary summary={view.summary!} refusal={refusal.value} />

  const f = feedback.value
  const { answered, right } = countsOf(view, f)
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
          onAnswer={() => void model.check()}
          reveal={f}
          label={m('question', { n: formatNumber(view.answered + 1) })}
        />
      )}
      {f && (
        <section class={`feedback ${f.correct ? 'right' : 'wrong'}`} aria-live="polite" tabIndex={-1} ref={feedbackBox}>
          <h2>{m(verdictKey(f, choice.value !== null))}</h2>
          {f.explanation && (
            <p class="pq-explanation" dir="auto">
              {f.explanation}
            </p>
          )}
          <p class="muted">{m(`rating.${f.rating}`)}</p>
        </section>
      )}
      <p class="error" role="alert">
        {error ?? ''}
      </p>
      <div class="session-actions">
        {f ? (
          <button class="button primary big" type="button" onClick={model.next} disabled={busy.value} autoFocus>
            {m('next')}
          </button>
        ) : (
          <>
            <button class="button primary big" type="button" onClick={model.check} disabled={busy.value || !choice.value}>
              {m('check')}
            </button>
            <button class="button ghost" type="button" onClick={model.skip} disabled={busy.value}>
              {m('dontKnow')}
            </button>
          </>
        )}
        <button class="button ghost" type="button" onClick={model.stop} disabled={busy.value}>
          {m('stop')}
        </button>
      </div>
      {current && <ReportProblem key={`${current.question.key}:${current.servedAt}`} questionKey={current.question.key} context="practice" />}
    </Page>
  )
}

function Summary({ summary, refusal }: { summary: SessionSummary; refusal: PracticeError | null }) {
  const share = summary.answered ? summary.correct / summary.answered : 0
  return (
    <Page class="practice summary" crumbs={crumbs()} title={m('summary.title')}>
      <p class="error" role="alert">
        {refusal ? problemText(refusal) : ''}
      </p>
      {summary.answered === 0 ? (
        <p class="notice">{m('summary.nothing')}</p>
      ) : (
        <div class="summary-head">
          <p class="big-number">
            {formatNumber(summary.correct)}/{formatNumber(summary.answered)}
            <span>{m('summary.rightWord')}</span>
          </p>
          <Meter value={share} label={m('summary.share', { share: formatPercent(share) })} />
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
        {summary.dueNow > 0 ? counted('summary.dueNow', summary.dueNow) : summary.nextDueAt ? m('summary.nextDue', { date: formatDateTime(summary.nextDueAt) }) : m('summary.nothingDue')}
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
