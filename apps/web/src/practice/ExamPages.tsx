import { useSignal } from '@preact/signals'
import { useEffect, useRef } from 'preact/hooks'
import { EXAM, type Choice, type ExamHistoryEntry, type ExamItemView, type ExamView } from '@cirrus/protocol'
import { Link, navigate } from '../router.tsx'
import { Meter, ScoreChart } from './charts.tsx'
import { clockText, useServerCountdown } from './clock.ts'
import { practiceApi, PracticeError } from './learner.ts'
import { QuestionCard } from './QuestionCard.tsx'
import { ReportProblem } from './ReportProblem.tsx'
import { loadCatalog } from './topics.ts'
import './practice.css'

type OpenExam = Extract<ExamView, { status: 'open' }>
type FinishedExam = Exclude<ExamView, { status: 'open' }>

/** /exam: what the mock exam is, start or resume it, and past attempts. */
export function ExamHome() {
  const history = useSignal<ExamHistoryEntry[] | null>(null)
  const error = useSignal<string | null>(null)
  const busy = useSignal(false)

  useEffect(() => {
    practiceApi<ExamHistoryEntry[]>('/exams').then(
      (h) => (history.value = h),
      (e: Error) => (error.value = e.message),
    )
  }, [])

  const open = history.value?.find((e) => e.status === 'open')
  async function start() {
    busy.value = true
    try {
      const exam = await practiceApi<ExamView>('/exams', { method: 'POST' })
      navigate(`/exam/${exam.id}`)
    } catch (e) {
      error.value = (e as Error).message
      busy.value = false
    }
  }

  return (
    <main class="page practice narrow-ish">
      <p class="crumbs">
        <Link href="/practice">Practice</Link>
      </p>
      <h1>Mock exam</h1>
      <ul class="exam-facts" role="list">
        <li>
          <strong>{EXAM.questionCount}</strong> questions drawn to the CLF-C02 domain weights
        </li>
        <li>
          <strong>{EXAM.durationMs / 60_000}</strong> minutes, counted by the server: a reload or a closed tab does not stop the clock
        </li>
        <li>
          Scored from <strong>{EXAM.minScore}</strong> to <strong>{EXAM.maxScore}</strong>; <strong>{EXAM.passScore}</strong> passes
        </li>
        <li>Change answers and flag questions until you submit; no feedback until the end, then a review of every question</li>
      </ul>
      <p class="error" role="alert">
        {error.value ?? ''}
      </p>
      {open ? (
        <button class="button primary big" type="button" onClick={() => navigate(`/exam/${open.id}`)}>
          Resume the exam
        </button>
      ) : (
        <button class="button primary big" type="button" onClick={start} disabled={busy.value || history.value === null}>
          Start the exam
        </button>
      )}
      {history.value && history.value.some((e) => e.status !== 'open') && (
        <section class="exam-history">
          <h2>Past attempts</h2>
          <ScoreChart exams={history.value} />
          <ul class="attempts" role="list">
            {history.value
              .filter((e) => e.status !== 'open')
              .reverse()
              .map((e) => (
                <li key={e.id}>
                  <Link href={`/exam/${e.id}`}>
                    {new Date(e.startedAt).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })}: {e.scaledScore} ({e.passed ? 'pass' : 'fail'})
                  </Link>
                </li>
              ))}
          </ul>
        </section>
      )}
    </main>
  )
}

/** /exam/:id: the attempt while it runs, or its result and review once it is over. */
export function ExamPage({ id }: { id: string }) {
  const exam = useSignal<ExamView | null>(null)
  const error = useSignal<string | null>(null)

  const load = () =>
    practiceApi<ExamView>(`/exams/${encodeURIComponent(id)}`).then(
      (view) => (exam.value = view),
      (e: Error) => (error.value = e.message),
    )

  useEffect(() => {
    void loadCatalog()
    void load()
  }, [id])

  if (!exam.value) {
    return (
      <main class="page practice">
        <p class="error" role="alert">{error.value ?? ''}</p>
        {!error.value && <p class="muted">Loading…</p>}
      </main>
    )
  }
  return exam.value.status === 'open' ? <ExamRunner exam={exam.value} onOver={(v) => (exam.value = v)} reload={load} /> : <ExamResult exam={exam.value} />
}

function ExamRunner({ exam, onOver, reload }: { exam: OpenExam; onOver: (view: ExamView) => void; reload: () => Promise<unknown> }) {
  const items = useSignal<ExamItemView[]>(exam.items)
  const at = useSignal(Math.max(0, exam.items.findIndex((i) => i.choice === null)))
  const reviewing = useSignal(false)
  const error = useSignal<string | null>(null)
  const busy = useSignal(false)
  const remaining = useServerCountdown(exam.deadline, exam.serverNow)

  // Time is up on the server's clock: ask it for the result (it scores the attempt with what was saved).
  useEffect(() => {
    if (remaining === 0) {
      const timer = setTimeout(() => void reload(), EXAM.graceMs + 200)
      return () => clearTimeout(timer)
    }
  }, [remaining === 0])

  const item = items.value[at.value]!
  const save = async (position: number, update: { choice?: Choice | null; flagged?: boolean }) => {
    const before = items.value
    items.value = before.map((i) => (i.position === position ? { ...i, ...update } : i))
    try {
      error.value = null
      await practiceApi(`/exams/${exam.id}/items/${position}`, { method: 'PUT', json: update })
    } catch (e) {
      items.value = before
      if (e instanceof PracticeError && e.body.code === 'exam_over') return void reload()
      error.value = `Not saved: ${(e as Error).message}`
    }
  }

  const submit = async () => {
    busy.value = true
    try {
      onOver(await practiceApi<ExamView>(`/exams/${exam.id}/submit`, { method: 'POST' }))
    } catch (e) {
      error.value = (e as Error).message
      busy.value = false
    }
  }

  const answeredCount = items.value.filter((i) => i.choice !== null).length
  const flaggedCount = items.value.filter((i) => i.flagged).length
  const go = (i: number) => {
    at.value = Math.max(0, Math.min(items.value.length - 1, i))
    if (reviewing.value) window.scrollTo({ top: 0 })
    reviewing.value = false
  }

  return (
    <main class="page practice exam">
      <header class="exam-bar">
        <span class="exam-progress">
          {answeredCount}/{items.value.length} answered{flaggedCount ? ` · ${flaggedCount} flagged` : ''}
        </span>
        <span class={`exam-timer ${remaining !== null && remaining < 300 ? 'low' : ''}`} role="timer" aria-label="Time left">
          {remaining === null ? '' : clockText(remaining)}
        </span>
        {!reviewing.value && (
          <button class="button warning small" type="button" onClick={() => (reviewing.value = true)}>
            Review and submit
          </button>
        )}
      </header>

      {reviewing.value ? (
        <ReviewScreen items={items.value} busy={busy.value} onSubmit={submit} onBack={() => (reviewing.value = false)} onJump={go} />
      ) : (
        <>
          <QuestionCard question={item.question} choice={item.choice} onChange={(c) => void save(item.position, { choice: c })} label={`Question ${at.value + 1} of ${items.value.length}`} />
          <label class="check flag">
            <input type="checkbox" checked={item.flagged} onChange={(e) => void save(item.position, { flagged: (e.target as HTMLInputElement).checked })} />
            <span>Flag for review</span>
          </label>
          <div class="exam-nav">
            <button class="button ghost" type="button" onClick={() => go(at.value - 1)} disabled={at.value === 0}>
              Previous
            </button>
            {at.value < items.value.length - 1 ? (
              <button class="button primary" type="button" onClick={() => go(at.value + 1)}>
                Next
              </button>
            ) : (
              <button class="button warning" type="button" onClick={() => (reviewing.value = true)}>
                Review and submit
              </button>
            )}
          </div>
        </>
      )}
      <p class="error" role="alert">
        {error.value ?? ''}
      </p>
      {!reviewing.value && <QuestionGrid items={items.value} at={at.value} onGo={go} />}
    </main>
  )
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
    const moves: Record<string, number> = { ArrowRight: from + 1, ArrowLeft: from - 1, ArrowDown: from + columns, ArrowUp: from - columns, Home: 0, End: cells.length - 1 }
    const to = moves[event.key]
    if (to === undefined) return
    event.preventDefault()
    cells[Math.max(0, Math.min(cells.length - 1, to))]!.focus()
  }
  return (
    <nav class="exam-grid" aria-label="All questions (arrow keys move between them)" onKeyDown={onKeyDown}>
      {items.map((i, n) => (
        <button
          key={i.position}
          type="button"
          tabIndex={n === at ? 0 : -1}
          class={`cell ${i.choice ? 'is-answered' : ''} ${i.flagged ? 'flagged' : ''} ${n === at ? 'here' : ''}`}
          aria-label={`Question ${n + 1}${i.choice ? ', answered' : ''}${i.flagged ? ', flagged' : ''}`}
          aria-current={n === at ? 'step' : undefined}
          onClick={() => onGo(n)}
        >
          {n + 1}
        </button>
      ))}
    </nav>
  )
}

type ReviewFilter = 'all' | 'unanswered' | 'flagged'

/** Before submitting, as the real exam's review screen: what is answered, unanswered and flagged; jump to any. */
function ReviewScreen({ items, busy, onSubmit, onBack, onJump }: { items: ExamItemView[]; busy: boolean; onSubmit: () => void; onBack: () => void; onJump: (i: number) => void }) {
  const filter = useSignal<ReviewFilter>('all')
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), []) // a keyboard or screen reader user lands on the review
  const unanswered = items.filter((i) => i.choice === null)
  const flagged = items.filter((i) => i.flagged)
  const answered = items.length - unanswered.length
  const shown = filter.value === 'unanswered' ? unanswered : filter.value === 'flagged' ? flagged : items
  const filters: [ReviewFilter, string, number][] = [
    ['all', 'All', items.length],
    ['unanswered', 'Unanswered', unanswered.length],
    ['flagged', 'Flagged', flagged.length],
  ]
  return (
    <section class="exam-review" aria-labelledby="review-title">
      <h2 id="review-title" tabIndex={-1} ref={heading}>
        Review before you submit
      </h2>
      <ul class="review-counts" role="list">
        <li>
          <strong>{answered}</strong> answered
        </li>
        <li class={unanswered.length ? 'warn' : ''}>
          <strong>{unanswered.length}</strong> unanswered
        </li>
        <li>
          <strong>{flagged.length}</strong> flagged for review
        </li>
      </ul>
      <p class="muted">
        {unanswered.length ? 'Unanswered questions count as wrong. ' : ''}Pick any question to go back to it; you can change answers until you submit or the time is up.
      </p>
      <div class="session-actions">
        <button class="button warning big" type="button" onClick={onSubmit} disabled={busy}>
          Submit and see my score
        </button>
        <button class="button ghost" type="button" onClick={onBack}>
          Back to the questions
        </button>
      </div>
      <div class="review-filters" role="group" aria-label="Show">
        {filters.map(([id, label, count]) => (
          <button key={id} type="button" class={`button small ${filter.value === id ? 'secondary' : 'ghost'}`} aria-pressed={filter.value === id} onClick={() => (filter.value = id)}>
            {label} ({count})
          </button>
        ))}
      </div>
      {shown.length === 0 ? (
        <p class="muted">{filter.value === 'flagged' ? 'No question is flagged.' : 'Every question is answered.'}</p>
      ) : (
        <ol class="review-rows" role="list">
          {shown.map((i) => (
            <li key={i.position}>
              <button type="button" class={`review-row ${i.choice ? 'is-answered' : 'is-unanswered'}`} onClick={() => onJump(i.position)}>
                <span class="review-row-n">Question {i.position + 1}</span>
                <span class="review-row-state">
                  {i.choice ? 'Answered' : 'Unanswered'}
                  {i.flagged ? ' · Flagged' : ''}
                </span>
                <span class="review-row-prompt">{i.question.prompt}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

function ExamResult({ exam }: { exam: FinishedExam }) {
  const onlyMissed = useSignal(false)
  const { result } = exam
  const shown = exam.review.filter((r) => !onlyMissed.value || !r.correct || r.flagged)
  // After the submit (or the clock), the result takes the focus: the button pressed is gone with the exam.
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus({ preventScroll: true }), [])
  return (
    <main class="page practice exam-result">
      <p class="crumbs">
        <Link href="/exam">Mock exam</Link>
      </p>
      <h1 ref={heading} tabIndex={-1}>{exam.status === 'expired' ? "Time's up: your result" : 'Your result'}</h1>
      <section class={`score-card ${result.passed ? 'pass' : 'fail'}`}>
        <p class="big-number">
          {result.scaledScore}
          <span>{result.passed ? 'Pass' : 'Fail'}</span>
        </p>
        <Meter
          value={(result.scaledScore - EXAM.minScore) / (EXAM.maxScore - EXAM.minScore)}
          marker={(EXAM.passScore - EXAM.minScore) / (EXAM.maxScore - EXAM.minScore)}
          label={`${result.scaledScore} of ${EXAM.maxScore}; ${EXAM.passScore} passes`}
        />
        <p class="muted">
          {result.correctCount} of {result.total} right · scaled from {EXAM.minScore} to {EXAM.maxScore}; {EXAM.passScore} or more passes
        </p>
      </section>
      <section>
        <h2>Performance by domain</h2>
        <p class="muted small">
          As on AWS's score report: each domain meets competencies or needs improvement. The exam is compensatory: only the total score decides
          pass or fail.
        </p>
        <ul class="bars" role="list">
          {result.byDomain.map((d) => (
            <li key={d.domain} class="bar-row">
              <span class="bar-label">
                {d.title} <em class={d.verdict === 'meets' ? 'verdict ok' : 'verdict'}>{d.verdict === 'meets' ? 'Meets competencies' : 'Needs improvement'}</em>
              </span>
              <Meter value={d.total ? d.correct / d.total : 0} marker={0.7} label={`${d.correct} of ${d.total}`} />
            </li>
          ))}
        </ul>
      </section>
      <section class="review">
        <h2>Review</h2>
        <label class="check">
          <input type="checkbox" checked={onlyMissed.value} onChange={(e) => (onlyMissed.value = (e.target as HTMLInputElement).checked)} />
          <span>Only missed and flagged questions</span>
        </label>
        <ol class="review-list" role="list">
          {shown.map((r) => (
            <li key={r.position} class={`review-item ${r.correct ? 'right' : 'wrong'}`}>
              <p class="review-verdict">
                {r.correct ? '✓ Right' : r.choice ? '✗ Wrong' : '✗ Unanswered'}
                {r.flagged ? ' · flagged' : ''}
              </p>
              <QuestionCard question={r.question} choice={r.choice} reveal={r} label={`Question ${r.position + 1}`} />
              {r.explanation && <p class="pq-explanation">{r.explanation}</p>}
              <ReportProblem questionKey={r.question.key} context="exam" />
            </li>
          ))}
        </ol>
      </section>
      <div class="session-actions">
        <Link href="/practice" class="button primary">
          Practise what you missed
        </Link>
        <Link href="/progress" class="button ghost">
          See your progress
        </Link>
      </div>
    </main>
  )
}
