import { useEffect } from 'preact/hooks'
import type { Choice, PhaseView } from '@cirrus/protocol'
import { AnswerControls, optionLabel, phonePrompt } from '../components/AnswerButtons.tsx'
import { listOf, rightAnswerText } from '../components/Options.tsx'
import { optionTexts } from '../components/option-text.ts'
import { MessagePage, WaitingPage } from '../components/Page.tsx'
import { QuestionPicture } from '../components/Picture.tsx'
import { Countdown } from '../components/Countdown.tsx'
import { Shape, shapeOf } from '../components/shapes.tsx'
import { Leaderboard, Podium, ordinal } from '../components/Standings.tsx'
import { PlayLobbyWays, PlayTeamPodium } from '../components/PlayWays.tsx'
import { PlayingHost, hostsHere } from '../components/PlayingHost.tsx'
import { describeError } from '../messages.ts'
import { player } from '../models/player.ts'
import { Link, navigate } from '../router.tsx'
import { SoundControl } from '../sound/SoundControl.tsx'
import { GetReady, useOptionsOpen } from '../components/GetReady.tsx'
import { Chase } from '../components/Chase.tsx'
import { useGameSound } from '../sound/screen-sound.ts'
import { playerSeat, reviewSeat } from '../storage.ts'
import { formatNumber, t } from '../i18n/i18n.ts'
import { rich } from '../i18n/rich.tsx'

type View<P extends PhaseView['phase']> = Extract<PhaseView, { phase: P }>

/** The phone screen: follows the game at `pin` with the seat kept in this browser. */
export function Play({ pin }: { pin: string }) {
  const seated = playerSeat.get(pin) !== null
  useEffect(() => {
    if (!seated) {
      navigate(`/join/${pin}`, { replace: true })
      return
    }
    return player.open(pin)
  }, [pin])

  const view = player.view.value
  const fatal = player.fatal.value
  useGameSound('player', view, player.offset.value)
  if (fatal) {
    return (
      <MessagePage
        class="play-message"
        title={fatal.code === 'kicked' ? t('play.removed') : t('play.unavailable')}
        alert={player.closed.value ? t(`errors.closed.${player.closed.value}`) : fatal.code === 'not_player' || fatal.code === 'bad_token' ? t('play.noSeat') : describeError(fatal, { pin })}
        action={
          <Link href="/join" class="button primary">
            {t('play.joinAGame')}
          </Link>
        }
      />
    )
  }
  if (!view) return <WaitingPage>{t('play.connecting', { pin })}</WaitingPage>
  return (
    <div class={`play-screen phase-${view.phase}`}>
      <PlayBar view={view} />
      {hostsHere(pin) && <PlayingHost pin={pin} />}
      <main class="play-main">
        {view.phase === 'lobby' && <PlayLobby view={view} />}
        {view.phase === 'question' && <PlayQuestion view={view} />}
        {view.phase === 'reveal' && <PlayReveal view={view} />}
        {view.phase === 'leaderboard' && <PlayLeaderboard view={view} />}
        {view.phase === 'podium' && <PlayPodium view={view} />}
      </main>
      {player.paused.value && (
        <div class="paused-overlay" role="status">
          {t('play.paused')}
        </div>
      )}
    </div>
  )
}

function PlayBar({ view }: { view: PhaseView }) {
  const you = player.you.value
  return (
    <header class="play-bar">
      <span class="play-name" dir="auto">
        {you?.nickname ?? playerSeat.get(view.pin)?.nickname}
      </span>
      {'index' in view && (
        <span class="play-progress" dir="ltr">
          {formatNumber(view.index + 1)} / {formatNumber(view.totalQuestions)}
        </span>
      )}
      <span class="play-score" aria-label={t('play.score', { score: you?.score ?? 0 })}>
        {formatNumber(you?.score ?? 0)}
      </span>
      <SoundControl role="player" compact />
    </header>
  )
}

function PlayLobby({ view }: { view: View<'lobby'> }) {
  const you = player.you.value
  return (
    <div class="play-center">
      <p class="burst" aria-hidden="true">
        {[0, 1, 2, 3].map((i) => (
          <Shape key={i} index={i} />
        ))}
      </p>
      <h1>{t('play.youreIn')}</h1>
      {you && (
        <p class="lobby-nickname" dir="auto">
          {you.nickname}
        </p>
      )}
      {!hostsHere(view.pin) && <p>{t('play.seeNickname')}</p>}
      <p class="muted" dir="auto">
        {view.quizTitle}
      </p>
      <PlayLobbyWays view={view} />
      <p class="waiting">{hostsHere(view.pin) ? t('play.pressStart') : t('play.waitingHost')}</p>
    </div>
  )
}

const answer = (choice: Choice) => void player.answer(choice)

function PlayQuestion({ view }: { view: View<'question'> }) {
  // As this phone shows it: the options in its own order when each phone has one; the player's own time.
  const q = player.shownQuestion.value ?? view.question
  const time = player.ownTime.value ?? { deadline: view.deadline, totalMs: q.timeLimitMs }
  const show = view.showQuestionOnPlayers
  const lockedIn = player.lockedIn.value
  // The question's text alone first (get ready), then the options and the clock; while pictures load, nothing to read.
  const open = useOptionsOpen(view, player.offset.value)
  const loading = view.startsBy !== undefined
  return (
    <div class={`play-question ${open ? '' : 'getting-ready'}`}>
      <div class="play-question-head">
        {open && <Countdown deadline={time.deadline} pausedAt={view.pausedAt} offset={player.offset.value} totalMs={time.totalMs} class="play-countdown" />}
        {show && !loading ? (
          <h1 class="play-prompt" dir="auto">
            {q.prompt}
          </h1>
        ) : (
          <h1 class="play-prompt muted-prompt">{open ? phonePrompt(q.type) : t('play.lookAtScreen')}</h1>
        )}
      </div>
      {!open ? (
        <GetReady view={view} offset={player.offset.value} class="play-get-ready" />
      ) : (
        <>
          {show && <QuestionPicture image={q.image} class="on-phone" />}
          {lockedIn ? <LockedIn /> : <AnswerControls question={q} show={show} index={view.index} onAnswer={answer} />}
        </>
      )}
      {player.answerError.value && (
        <p class="error" role="alert">
          {describeError(player.answerError.value)}
        </p>
      )}
    </div>
  )
}

function describeChoice(choice: Choice | null, options: string[], show: boolean): string | null {
  if (!choice) return null
  if ('text' in choice) return t('play.quoted', { text: choice.text })
  if ('number' in choice) return formatNumber(choice.number)
  if ('order' in choice) return choice.order.map((i) => options[i] ?? '').join(' → ')
  return listOf(choice.options.map((i) => optionLabel(options[i] ?? '', i, show)))
}

function LockedIn() {
  const view = player.question.value
  const choice = player.myChoice.value
  const picked = choice && 'options' in choice ? choice.options : []
  const said = view ? describeChoice(choice, optionTexts(player.shownQuestion.value ?? view.question), view.showQuestionOnPlayers || view.question.type === 'truefalse' || view.question.type === 'ordering') : null
  return (
    <div class="locked-in" role="status">
      <div class="locked-shapes" aria-hidden="true">
        {picked.map((i) => (
          <span key={i} class={`locked-shape tile-${shapeOf(i).colour}`}>
            <Shape index={i} />
          </span>
        ))}
      </div>
      <h2>{t('play.lockedIn')}</h2>
      {said && (
        <p class="locked-choice" dir="auto">
          {said}
        </p>
      )}
      <p class="muted">{t('play.waitingOthers')}</p>
    </div>
  )
}

function PlayReveal({ view }: { view: View<'reveal'> }) {
  const result = player.result.value
  const you = player.you.value
  if (!result || !you) {
    return (
      <div class="play-center">
        <p class="waiting">{t('play.counting')}</p>
      </div>
    )
  }
  if (view.question.type === 'poll') return <PollThanks answered={result.answered} view={view} />
  const verdict = !result.answered ? 'missed' : result.correct ? 'right' : result.credit > 0 ? 'partly' : 'wrong'
  const title = t(`play.verdict.${verdict}`)
  const right = rightAnswerText(view)
  return (
    <div class={`result result-${verdict}`} role="status">
      <p class="result-icon" aria-hidden="true">
        {verdict === 'missed' ? <ClockIcon /> : { right: '✓', partly: '◐', wrong: '✗' }[verdict]}
      </p>
      <h1 class="result-title">{title}</h1>
      <p class="result-points">{t('play.points', { count: result.points, points: `${result.points > 0 ? '+' : ''}${formatNumber(result.points)}` })}</p>
      {result.streakBonus > 0 && <p class="result-bonus">{t('play.bonus', { bonus: formatNumber(result.streakBonus) })}</p>}
      {you.streak > 1 && <p class="result-streak">{t('play.streak', { count: you.streak })}</p>}
      {view.showQuestionOnPlayers && right && (
        <p class="result-answer">
          {t('play.rightAnswer')} <strong dir="auto">{right}</strong>
        </p>
      )}
      {view.showQuestionOnPlayers && view.explanation && <p class="result-explanation" dir="auto">
          {view.explanation}
        </p>}
      <p class="result-rank">
        {rich('play.place', { place: ordinal(you.rank) })}
      </p>
      <Chase you={you} />
    </div>
  )
}

/** A poll has no right answer: the phone thanks the player and shows how the room voted, the big screen's chart in words. */
function PollThanks({ answered, view }: { answered: boolean; view: View<'reveal'> }) {
  const total = view.counts.reduce((a, b) => a + b, 0)
  return (
    <div class="result result-poll" role="status">
      <h1 class="result-title">{answered ? t('play.pollThanks') : t('play.pollClosed')}</h1>
      <p class="result-points">{t('play.pollNoPoints')}</p>
      <ul class="poll-results" aria-label={t('play.pollResults')}>
        {view.question.options.map((text, i) => (
          <li key={i}>
            <span class={`poll-bar tile-${shapeOf(i).colour}`} style={{ width: `${total ? (100 * (view.counts[i] ?? 0)) / total : 0}%` }} aria-hidden="true" />
            <span class="poll-label">
              <bdi>{text}</bdi>: {formatNumber(view.counts[i] ?? 0)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** Drawn rather than an emoji: phones and classroom PCs without an emoji font would show an empty box. */
function ClockIcon() {
  return (
    <svg class="clock-icon" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round">
      <circle cx="12" cy="13" r="8.5" />
      <path d="M12 8.5V13l3 2M9.5 2.5h5" />
    </svg>
  )
}

function PlayLeaderboard({ view }: { view: View<'leaderboard'> }) {
  const you = player.you.value
  return (
    <div class="play-standings">
      {you && (
        <p class="play-rank">
          <span class="play-rank-place">{ordinal(you.rank)}</span>
          <span>{t('play.withPoints', { count: you.score, points: formatNumber(you.score) })}</span>
        </p>
      )}
      {you && <Chase you={you} />}
      <PlayTeamPodium view={view} />
      <Leaderboard top={view.top} highlight={you?.playerId} />
    </div>
  )
}

function PlayPodium({ view }: { view: View<'podium'> }) {
  const you = player.you.value
  const token = playerSeat.get(view.pin)?.playerToken
  // The review is asked for with the seat's token, kept for it by player id: the live seat goes with the game.
  useEffect(() => {
    if (you && token) reviewSeat.set(you.playerId, token)
  }, [you?.playerId, token])
  return (
    <div class="play-standings">
      <h1>{t('play.finalTitle')}</h1>
      <PlayTeamPodium view={view} />
      <Podium top={view.top} highlight={you?.playerId} />
      {you && (
        <p class="play-final">
          {rich('play.finished', { place: ordinal(you.rank), score: formatNumber(you.score), right: you.correctCount, asked: you.askedCount })}
        </p>
      )}
      <p class="play-final-actions">
        {you && token && (
          <Link href={`/review/${you.playerId}`} class="button primary">
            {t('play.review')}
          </Link>
        )}
        <Link href="/join" class="button secondary">
          {t('play.joinAnother')}
        </Link>
      </p>
    </div>
  )
}
