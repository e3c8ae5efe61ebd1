import { useEffect, useMemo } from 'preact/hooks'
import type { PlayerReview, ReviewItem } from '@cirrus/protocol'
import { MessagePage, Page, WaitingPage } from '../components/Page.tsx'
import { optionText } from '../components/option-text.ts'
import { ordinal } from '../components/Standings.tsx'
import { formatNumber, t } from '../i18n/i18n.ts'
import { createReviewModel } from '../models/reports.ts'
import { ReportProblem } from '../practice/ReportProblem.tsx'
import { Link, navigate } from '../router.tsx'
import { gain } from './format.ts'
import { refusalText } from './refusals.ts'
import { said } from './Theirs.tsx'
import { counted, m } from './words.ts'
import './reports.css'

type ReviewModel = ReturnType<typeof createReviewModel>

/** /review/:playerId: a player's own review of a game, on their phone: every question, their answer, the right one, why. */
export function ReviewPage({ playerId }: { playerId: string }) {
  const model = useMemo(() => createReviewModel(playerId), [playerId])
  useEffect(() => void model.load(), [model])
  const r = model.review.value
  if (model.refusal.value) {
    return (
      <MessagePage
        class="review-page"
        title={m('review.title')}
        alert={refusalText(model.refusal.value)}
        action={
          <Link href="/join" class="button secondary">
            {t('play.joinAGame')}
          </Link>
        }
      />
    )
  }
  if (!r) return <WaitingPage>{m('review.loading')}</WaitingPage>
  return (
    <Page class="narrow review-page">
      <header class="review-head">
        <p class="muted">
          <bdi dir="auto">{r.quizTitle}</bdi>
        </p>
        <h1>{said('review.heading', {}, { name: r.nickname })}</h1>
        <p class="review-summary">
          <span>{said('review.place', {}, { place: <strong>{ordinal(r.rank)}</strong> })}</span> · <span>{counted('review.points', r.score)}</span> ·{' '}
          <span>{counted('review.right', r.correct, { total: formatNumber(r.asked) })}</span>
        </p>
      </header>
      <PractiseMisses review={r} model={model} />
      <ol class="review-items">
        {r.items.map((item) => (
          <ReviewCard key={item.index} item={item} />
        ))}
      </ol>
      <p class="review-foot">
        <Link href="/join" class="button secondary">
          {t('play.joinAnother')}
        </Link>
      </p>
    </Page>
  )
}

/** The questions missed here are already due in this browser's practice queue: one tap starts them. */
function PractiseMisses({ review: r, model }: { review: PlayerReview; model: ReviewModel }) {
  if (r.missed === 0) return <p class="review-practice notice">{m('review.nothingMissed')}</p>
  if (!r.inPractice) {
    return (
      <p class="review-practice notice">
        {m('review.noProfile')} <Link href="/practice">{m('review.practiseAlone')}</Link>
      </p>
    )
  }
  async function start() {
    const session = await model.practiseMisses(r.missed)
    if (session) navigate(`/practice/session/${session}`)
  }
  const refusal = model.practiceRefusal.value
  return (
    <div class="review-practice">
      <p>{counted('review.missedDue', r.missed)}</p>
      <button type="button" class="button primary" disabled={model.startingPractice.value} onClick={() => void start()}>
        {m('review.practiseMisses')}
      </button>
      {refusal && (
        <p class="error" role="alert">
          {refusalText(refusal)}
        </p>
      )}
    </div>
  )
}

const MARKS = { right: '✓', partly: '◐', wrong: '✗', none: '–', poll: '•' } as const

function ReviewCard({ item }: { item: ReviewItem }) {
  const verdict = !item.answered ? 'none' : !item.scored ? 'poll' : item.correct ? 'right' : item.credit > 0 ? 'partly' : 'wrong'
  return (
    <li class={`review-card verdict-${verdict}`}>
      <p class="review-card-head">
        <span class="review-number">{m('review.question', { n: formatNumber(item.index + 1) })}</span>
        <span class="review-card-verdict">
          <span aria-hidden="true">{MARKS[verdict]} </span>
          {m(`review.verdict.${verdict}`)}
          {item.points > 0 && ` · ${gain(item.points)}`}
        </span>
      </p>
      <h2 class="review-prompt" dir="auto">
        {item.prompt}
      </h2>
      <dl class="review-answers">
        <dt>{m('review.yourAnswer')}</dt>
        <dd dir="auto">{item.answered ? optionText(item.type, item.yourAnswer ?? '') : <span class="muted">{m('review.noAnswer')}</span>}</dd>
        {item.scored && !item.correct && (
          <>
            <dt>{m('review.rightAnswer')}</dt>
            <dd class="review-right" dir="auto">
              {optionText(item.type, item.rightAnswer)}
            </dd>
          </>
        )}
      </dl>
      {item.explanation && (
        <p class="review-explanation" dir="auto">
          {item.explanation}
        </p>
      )}
      {item.reportable && <ReportProblem questionKey={item.questionId} context="game" />}
    </li>
  )
}
