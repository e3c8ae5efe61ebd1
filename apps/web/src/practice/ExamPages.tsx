import { useEffect, useMemo, useRef } from 'preact/hooks'
import { EXAM, type ExamItemView } from '@cirrus/protocol'
import { MessagePage, Page, WaitingPage } from '../components/Page.tsx'
import { secondsUntil, useServerNow } from '../components/server-clock.ts'
import { formatNumber } from '../i18n/i18n.ts'
import { rich } from '../i18n/rich.tsx'
import { Link, navigate } from '../router.tsx'
import { Meter, ScoreChart } from './charts.tsx'
import { clockText } from './clock.ts'
import { createExamAttempt, createExamHome, type ExamAttempt, type FinishedExam, type ReviewFilter } from './exam-model.ts'
import { counted, dateTime, domainName, m, problemText } from './exam-words.ts'
import { QuestionCard } from './QuestionCard.tsx'
import { ReportProblem } from './ReportProblem.tsx'
import { loadCatalog } from './topics.ts'
import './practice.css'

const n = formatNumber
/** A counted message with emphasis (the number in bold where the language puts it). */
const richCounted = (key: string, count: number) => rich(`exam:${key}`, { count, n: n(count) })

/** /exam: what the mock exam is, start or resume it, and past attempts. */
export function ExamHome() {
  const home = useMemo(createExamHome, [])
  useEffect(() => void home.load(), [])
  const open = home.open.value

  return (
    <Page class="practice narrow-ish" crumbs={[{ href: '/practice', label: m('crumbs.practice') }]} title={m('home.title')}>
      <ul class="exam-facts" role="list">
        <li>{richCounted('home.questions', EXAM.questionCount)}</li>
        <li>{richCounted('home.minutes', EXAM.durationMs / 60_000)}</li>
        <li>{rich('exam:home.scale', { min: n(EXAM.minScore), max: n(EXAM.maxScore), pass: n(EXAM.passScore) })}</li>
        <li>{m('home.rules')}</li>
      </ul>
      <p class="error" role="alert">
        {home.refusal.value ? problemText(home.refusal.value) : ''}
      </p>
      {open ? (
        <button class="button primary big" type="button" onClick={() => navigate(`/exam/${open.id}`)}>
          {m('home.resume')}
        </button>
      ) : (
        <button class="button primary big" type="button" onClick={() => void home.start()} disabled={home.starting.value || home.history.value === null}>
          {m('home.start')}
        </button>
      )}
      {home.finished.value.length > 0 && (
        <section class="exam-history">
          <h2>{m('home.past')}</h2>
          <ScoreChart exams={home.history.value!} />
          <ul class="attempts" role="list">
            {home.finished.value.map((e) => (
              <li key={e.id}>
                <Link href={`/exam/${e.id}`}>{m('home.attempt', { date: dateTime(e.startedAt), score: n(e.scaledScore ?? 0), verdict: m(e.passed ? 'home.pass' : 'home.fail') })}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Page>
  )
}

/** /exam/:id: the attempt while it runs, or its result and review once it is over. */
export function ExamPage({ id }: { id: string }) {
  const exam = useMemo(() => createExamAttempt(id), [id])
  useEffect(() => {
    void loadCatalog()
    void exam.load()
  }, [exam])

  if (exam.finished.value) return <ExamResult exam={exam.finished.value} onlyMissed={exam.onlyMissed} reviewed={exam.reviewed.value} />
  if (exam.open.value) return <ExamRunner exam={exam} deadline={exam.open.value.deadline} />
  const refused = exam.refusal.value
  return refused ? <MessagePage class="practice" alert={problemText(refused.error)} action={<Link href="/exam">{m('crumbs.exam')}</Link>} /> : <WaitingPage>{m('loading')}</WaitingPage>
}

function ExamRunner({ exam, deadline }: { exam: ExamAttempt; deadline: number }) {
  const remaining = secondsUntil(deadline, useServerNow(exam.offset.value, true, 250))

  // Time is up on the server's clock: ask it for the result (it scores the attempt with what was saved).
  useEffect(() => {
    if (remaining === 0) {
      const timer = setTimeout(() => void exam.load(), EXAM.graceMs + 200)
      return () => clearTimeout(timer)
    }
  }, [remaining === 0])

  const items = exam.items.value
  const item = exam.current.value!
  const at = exam.at.value
  const reviewing = exam.reviewing.value
  const flaggedCount = exam.flagged.value.length
  const refused = exam.refusal.value
  const openReview = () => (exam.reviewing.value = true)

  return (
    <Page class="practice exam">
      <header class="exam-bar">
        <span class="exam-progress">
          {m('runner.answered', { answered: n(exam.answeredCount.value), total: n(items.length) })}
          {flaggedCount ? ` · ${counted('runner.flagged', flaggedCount)}` : ''}
        </span>
        <span class={`exam-timer ${remaining < 300 ? 'low' : ''}`} role="timer" aria-label={m('runner.timeLeft')}>
          {clockText(remaining)}
        </span>
        {!reviewing && (
          <button class="button warning small" type="button" onClick={openReview}>
            {m('runner.review')}
          </button>
        )}
      </header>

      {reviewing ? (
        <ReviewScreen exam={exam} />
      ) : (
        <>
          <QuestionCard
            question={item.question}
            choice={item.choice}
            onChange={(c) => void exam.save(item.position, { choice: c })}
            label={m('runner.questionOf', { n: n(at + 1), total: n(items.length) })}
          />
          <label class="check flag">
            <input type="checkbox" checked={item.flagged} onChange={(e) => void exam.save(item.position, { flagged: (e.target as HTMLInputElement).checked })} />
            <span>{m('runner.flag')}</span>
          </label>
          <div class="exam-nav">
            <button class="button ghost" type="button" onClick={() => exam.go(at - 1)} disabled={at === 0}>
              {m('runner.previous')}
            </button>
            {at < items.length - 1 ? (
              <button class="button primary" type="button" onClick={() => exam.go(at + 1)}>
                {m('runner.next')}
              </button>
            ) : (
              <button class="button warning" type="button" onClick={openReview}>
                {m('runner.review')}
              </button>
            )}
          </div>
        </>
      )}
      <p class="error" role="alert">
        {refused ? (refused.saving ? m('runner.notSaved', { reason: problemText(refused.error) }) : problemText(refused.error)) : ''}
      </p>
      {!reviewing && <QuestionGrid items={items} at={at} onGo={exam.go} />}
    </Page>
  )
}

/** A question's cell as a screen reader hears it: its number, and whether it is answered and flagged. */
function cellName(item: ExamItemView, place: number): string {
  const key = item.choice ? (item.flagged ? 'grid.answeredFlagged' : 'grid.answered') : item.flagged ? 'grid.flagged' : 'grid.cell'
  return m(key, { n: n(place) })
}

/**
 * Every question as a cell: answered, flagged, the one on screen. One stop for Tab (the cell on screen); the arrow
 * keys, Home and End move among the cells, so the keyboard reaches what follows without 65 presses.
 */
function QuestionGrid({ items, at, onGo }: { items: ExamItemView[]; at: number; onGo: (i: number) => void }) {
  const onKeyDown = (event: KeyboardEvent) => {
    const cells = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('button.cell')]
    const from = cells.indexOf(document.activeElement as HTMLButtonElement)
    if (from < 0) return
    const columns = Math.max(1, cells.filter((c) => c.offsetTop === cells[0]!.offsetTop).length)
    // In a right-to-left page the grid runs from the right: the arrow pointing away from the start moves on.
    const forward = getComputedStyle(event.currentTarget as HTMLElement).direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight'
    const back = forward === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight'
    const moves: Record<string, number> = { [forward]: from + 1, [back]: from - 1, ArrowDown: from + columns, ArrowUp: from - columns, Home: 0, End: cells.length - 1 }
    const to = moves[event.key]
    if (to === undefined) return
    event.preventDefault()
    cells[Math.max(0, Math.min(cells.length - 1, to))]!.focus()
  }
  return (
    <nav class="exam-grid" aria-label={m('grid.label')} onKeyDown={onKeyDown}>
      {items.map((i, place) => (
        <button
          key={i.position}
          type="button"
          tabIndex={place === at ? 0 : -1}
          class={`cell ${i.choice ? 'is-answered' : ''} ${i.flagged ? 'flagged' : ''} ${place === at ? 'here' : ''}`}
          aria-label={cellName(i, place + 1)}
          aria-current={place === at ? 'step' : undefined}
          onClick={() => onGo(place)}
        >
          {n(place + 1)}
        </button>
      ))}
    </nav>
  )
}

const FILTERS: [ReviewFilter, string][] = [
  ['all', 'review.filterAll'],
  ['unanswered', 'review.filterUnanswered'],
  ['flagged', 'review.filterFlagged'],
]

const rowState = (i: ExamItemView) => m(i.choice ? (i.flagged ? 'review.stateAnsweredFlagged' : 'review.stateAnswered') : i.flagged ? 'review.stateUnansweredFlagged' : 'review.stateUnanswered')

/** Before submitting, as the real exam's review screen: what is answered, unanswered and flagged; jump to any. */
function ReviewScreen({ exam }: { exam: ExamAttempt }) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), []) // a keyboard or screen reader user lands on the review
  const unanswered = exam.unanswered.value.length
  const counts: Record<ReviewFilter, number> = { all: exam.items.value.length, unanswered, flagged: exam.flagged.value.length }
  const rows = exam.reviewRows.value
  return (
    <section class="exam-review" aria-labelledby="review-title">
      <h2 id="review-title" tabIndex={-1} ref={heading}>
        {m('review.title')}
      </h2>
      <ul class="review-counts" role="list">
        <li>{richCounted('review.countAnswered', exam.answeredCount.value)}</li>
        <li class={unanswered ? 'warn' : ''}>{richCounted('review.countUnanswered', unanswered)}</li>
        <li>{richCounted('review.countFlagged', counts.flagged)}</li>
      </ul>
      <p class="muted">
        {unanswered ? `${m('review.countAsWrong')} ` : ''}
        {m('review.hint')}
      </p>
      <div class="session-actions">
        <button class="button warning big" type="button" onClick={() => void exam.submit()} disabled={exam.submitting.value}>
          {m('review.submit')}
        </button>
        <button class="button ghost" type="button" onClick={() => (exam.reviewing.value = false)}>
          {m('review.back')}
        </button>
      </div>
      <div class="review-filters" role="group" aria-label={m('review.show')}>
        {FILTERS.map(([id, key]) => (
          <button key={id} type="button" class={`button small ${exam.filter.value === id ? 'secondary' : 'ghost'}`} aria-pressed={exam.filter.value === id} onClick={() => (exam.filter.value = id)}>
            {m(key, { n: n(counts[id]) })}
          </button>
        ))}
      </div>
      {rows.length === 0 ? (
        <p class="muted">{m(exam.filter.value === 'flagged' ? 'review.noneFlagged' : 'review.allAnswered')}</p>
      ) : (
        <ol class="review-rows" role="list">
          {rows.map((i) => (
            <li key={i.position}>
              <button type="button" class={`review-row ${i.choice ? 'is-answered' : 'is-unanswered'}`} onClick={() => exam.go(i.position)}>
                <span class="review-row-n">{m('review.question', { n: n(i.position + 1) })}</span>
                <span class="review-row-state">{rowState(i)}</span>
                <span class="review-row-prompt" dir="auto">
                  {i.question.prompt}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

const scaleShare = (score: number) => (score - EXAM.minScore) / (EXAM.maxScore - EXAM.minScore)

function verdictOf(r: FinishedExam['review'][number]): string {
  const verdict = m(r.correct ? 'result.verdictRight' : r.choice ? 'result.verdictWrong' : 'result.verdictUnanswered')
  return r.flagged ? m('result.verdictFlagged', { verdict }) : verdict
}

function ExamResult({ exam, onlyMissed, reviewed }: { exam: FinishedExam; onlyMissed: ExamAttempt['onlyMissed']; reviewed: FinishedExam['review'] }) {
  const { result } = exam
  // After the submit (or the clock), the result takes the focus: the button pressed is gone with the exam.
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus({ preventScroll: true }), [])
  const scale = { min: n(EXAM.minScore), max: n(EXAM.maxScore), pass: n(EXAM.passScore) }
  return (
    <Page class="practice exam-result" crumbs={[{ href: '/exam', label: m('crumbs.exam') }]}>
      <h1 ref={heading} tabIndex={-1}>
        {m(exam.status === 'expired' ? 'result.titleExpired' : 'result.title')}
      </h1>
      <section class={`score-card ${result.passed ? 'pass' : 'fail'}`}>
        <p class="big-number">
          {n(result.scaledScore)}
          <span>{m(result.passed ? 'result.pass' : 'result.fail')}</span>
        </p>
        <Meter value={scaleShare(result.scaledScore)} marker={scaleShare(EXAM.passScore)} label={m('result.scoreMeter', { score: n(result.scaledScore), ...scale })} />
        <p class="muted">{m('result.right', { right: n(result.correctCount), total: n(result.total), ...scale })}</p>
      </section>
      <section>
        <h2>{m('result.byDomain')}</h2>
        <p class="muted small">{m('result.byDomainNote')}</p>
        <ul class="bars" role="list">
          {result.byDomain.map((d) => (
            <li key={d.domain} class="bar-row">
              <span class="bar-label">
                {domainName(d.domain, d.title)}{' '}
                <em class={d.verdict === 'meets' ? 'verdict ok' : 'verdict'}>{m(d.verdict === 'meets' ? 'result.meets' : 'result.needsImprovement')}</em>
              </span>
              <Meter value={d.total ? d.correct / d.total : 0} marker={0.7} label={m('result.domainMeter', { right: n(d.correct), total: n(d.total) })} />
            </li>
          ))}
        </ul>
      </section>
      <section class="review">
        <h2>{m('result.review')}</h2>
        <label class="check">
          <input type="checkbox" checked={onlyMissed.value} onChange={(e) => (onlyMissed.value = (e.target as HTMLInputElement).checked)} />
          <span>{m('result.onlyMissed')}</span>
        </label>
        <ol class="review-list" role="list">
          {reviewed.map((r) => (
            <li key={r.position} class={`review-item ${r.correct ? 'right' : 'wrong'}`}>
              <p class="review-verdict">{verdictOf(r)}</p>
              <QuestionCard question={r.question} choice={r.choice} reveal={r} label={m('result.question', { n: n(r.position + 1) })} />
              {r.explanation && (
                <p class="pq-explanation" dir="auto">
                  {r.explanation}
                </p>
              )}
              <ReportProblem questionKey={r.question.key} context="exam" />
            </li>
          ))}
        </ol>
      </section>
      <div class="session-actions">
        <Link href="/practice" class="button primary">
          {m('result.practise')}
        </Link>
        <Link href="/progress" class="button ghost">
          {m('result.progress')}
        </Link>
      </div>
    </Page>
  )
}
