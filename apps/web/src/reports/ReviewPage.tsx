import { ReportProblem } from '../practice/ReportProblem.tsx'
import { useSignal } from '@preact/signals'
import { useEffect } from 'preact/hooks'
import type { PlayerReview, ReviewItem, SessionView } from '@cirrus/protocol'
import { api } from '../api.ts'
import { ordinal } from '../components/Standings.tsx'
import { practiceApi } from '../practice/learner.ts'
import { Link, navigate } from '../router.tsx'
import { reviewSeat } from '../storage.ts'
import './reports.css'

/** /review/:playerId: a player's own review of a game, on their phone: every question, their answer, the right one, why. */
export function ReviewPage({ playerId }: { playerId: string }) {
  const review = useSignal<PlayerReview | null>(null)
  const error = useSignal<string | null>(null)
  useEffect(() => {
    const playerToken = reviewSeat.get(playerId)
    if (!playerToken) {
      error.value = 'This browser has no seat in that game, so it has no review to show.'
      return
    }
    void api<PlayerReview>('/api/review', { json: { playerId, playerToken } }).then((result) => {
      if (result.ok) review.value = result.data
      else error.value = result.error.message
    })
  }, [playerId])

  const r = review.value
  return (
    <main class="page narrow review-page">
      {!r && !error.value && <p class="muted">Loading your review…</p>}
      {error.value && (
        <>
          <h1>Your review</h1>
          <p class="error" role="alert">
            {error.value}
          </p>
          <p>
            <Link href="/join" class="button secondary">
              Join a game
            </Link>
          </p>
        </>
      )}
      {r && <Review review={r} />}
    </main>
  )
}

function Review({ review: r }: { review: PlayerReview }) {
  return (
    <>
      <header class="review-head">
        <p class="muted">{r.quizTitle}</p>
        <h1>Your game, {r.nickname}</h1>
        <p class="review-summary">
          <strong>{ordinal(r.rank)}</strong> place · {r.score.toLocaleString()} points · {r.correct} of {r.asked} right
        </p>
      </header>
      <PractiseMisses review={r} />
      <ol class="review-items">
        {r.items.map((item) => (
          <ReviewCard key={item.index} item={item} />
        ))}
      </ol>
      <p class="review-foot">
        <Link href="/join" class="button secondary">
          Join another game
        </Link>
      </p>
    </>
  )
}

/** The questions missed here are already due in this browser's practice queue: one tap starts them. */
function PractiseMisses({ review: r }: { review: PlayerReview }) {
  const busy = useSignal(false)
  const error = useSignal<string | null>(null)
  if (r.missed === 0) return <p class="review-practice notice">Nothing missed: nothing to practise from this game.</p>
  if (!r.inPractice) {
    return (
      <p class="review-practice notice">
        This browser had no practice profile when you joined, so your misses are not in a practice queue.{' '}
        <Link href="/practice">Practise alone</Link>
      </p>
    )
  }
  async function start() {
    busy.value = true
    try {
      const session = await practiceApi<SessionView>('/sessions', { json: { mode: 'due', limit: Math.min(200, Math.max(r.missed, 5)) } })
      navigate(`/practice/session/${session.id}`)
    } catch (e) {
      error.value = (e as Error).message
      busy.value = false
    }
  }
  return (
    <div class="review-practice">
      <p>
        The {r.missed === 1 ? 'question' : `${r.missed} questions`} you got wrong {r.missed === 1 ? 'is' : 'are'} in your practice queue, due now.
      </p>
      <button type="button" class="button primary" disabled={busy.value} onClick={() => void start()}>
        Practise my misses
      </button>
      {error.value && (
        <p class="error" role="alert">
          {error.value}
        </p>
      )}
    </div>
  )
}

function ReviewCard({ item }: { item: ReviewItem }) {
  const verdict = !item.answered ? 'none' : !item.scored ? 'poll' : item.correct ? 'right' : item.credit > 0 ? 'partly' : 'wrong'
  const said = { right: 'Right', partly: 'Partly right', wrong: 'Wrong', none: 'No answer', poll: 'Poll' }[verdict]
  return (
    <li class={`review-card verdict-${verdict}`}>
      <p class="review-card-head">
        <span class="review-number">Question {item.index + 1}</span>
        <span class="review-card-verdict">
          <span aria-hidden="true">{{ right: '✓', partly: '◐', wrong: '✗', none: '–', poll: '•' }[verdict]} </span>
          {said}
          {item.points > 0 && ` · +${item.points.toLocaleString()}`}
        </span>
      </p>
      <h2 class="review-prompt">{item.prompt}</h2>
      <dl class="review-answers">
        <dt>Your answer</dt>
        <dd>{item.answered ? item.yourAnswer : <span class="muted">none</span>}</dd>
        {item.scored && !item.correct && (
          <>
            <dt>Right answer</dt>
            <dd class="review-right">{item.rightAnswer}</dd>
          </>
        )}
      </dl>
      {item.explanation && <p class="review-explanation">{item.explanation}</p>}
      {item.reportable && <ReportProblem questionKey={item.questionId} context="game" />}
    </li>
  )
}
