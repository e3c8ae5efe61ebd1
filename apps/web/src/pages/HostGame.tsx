import { useEffect, useRef } from 'preact/hooks'
import type { PhaseView, PublicQuestion } from '@cirrus/protocol'
import { AdvanceIn, Countdown } from '../components/Countdown.tsx'
import { AnswerChart, OptionGrid, OrderList, describeNumber } from '../components/Options.tsx'
import { MessagePage, WaitingPage } from '../components/Page.tsx'
import { QrCode } from '../components/Qr.tsx'
import { QuestionPicture } from '../components/Picture.tsx'
import { Leaderboard, Podium } from '../components/Standings.tsx'
import { ExtraTimePanel, JoinPatternBoard, PlainOptions, PlayerChipName, RemoveButton, RulesList, TeamLobby, TeamStandingsList } from '../components/Ways.tsx'
import { describeError } from '../messages.ts'
import { host } from '../models/host.ts'
import { joinHost, joinProblem, joinUrl, loadJoinLink } from '../models/join-link.ts'
import { Link } from '../router.tsx'
import { SoundControl } from '../sound/SoundControl.tsx'
import { EndAnswering } from '../components/EndAnswering.tsx'
import { FullscreenButton } from '../components/FullscreenButton.tsx'
import { JoinWarningNotice } from '../components/JoinWarning.tsx'
import '../components/projector.css'
import { GetReady, useOptionsOpen } from '../components/GetReady.tsx'
import { useGameSound } from '../sound/screen-sound.ts'
import { formatNumber, t } from '../i18n/i18n.ts'
import { rich } from '../i18n/rich.tsx'

type View<P extends PhaseView['phase']> = Extract<PhaseView, { phase: P }>

/** The projector screen: follows the game at `pin` with the host token kept in this browser. */
export function HostGame({ pin }: { pin: string }) {
  useEffect(() => host.open(pin), [pin])
  useEffect(loadJoinLink, [])
  const view = host.view.value
  const fatal = host.fatal.value
  useGameSound('host', view, host.offset.value)

  if (fatal) {
    return (
      <MessagePage
        title={t('host.cantShow', { pin })}
        alert={host.closed.value ? t(`errors.closed.${host.closed.value}`) : fatal.code === 'bad_token' ? t('host.notHost') : describeError(fatal, { pin })}
        action={
          <Link href="/host" class="button primary">
            {t('host.newGame')}
          </Link>
        }
      />
    )
  }
  if (!view) return <WaitingPage>{t('play.connecting', { pin })}</WaitingPage>
  return (
    <div class={`host-screen phase-${view.phase}`}>
      <HostBar view={view} />
      <main class="host-main">
        {view.phase === 'lobby' && <HostLobby view={view} />}
        {view.phase === 'question' && <HostQuestion view={view} />}
        {view.phase === 'reveal' && <HostReveal view={view} />}
        {view.phase === 'leaderboard' && <HostLeaderboard view={view} />}
        {view.phase === 'podium' && <HostPodium view={view} />}
      </main>
      {host.commandError.value && (
        <p class="toast error" role="alert">
          {describeError(host.commandError.value)}
        </p>
      )}
    </div>
  )
}

function HostBar({ view }: { view: PhaseView }) {
  const progress = 'index' in view ? t('host.progress', { n: view.index + 1, total: view.totalQuestions }) : view.phase === 'podium' ? t('play.finalTitle') : t('host.lobby')
  return (
    <header class="host-bar">
      <span class="brand">Cirrus</span>
      <SoundControl role="host" />
      <FullscreenButton />
      <span class="host-progress">{progress}</span>
      {view.phase !== 'lobby' && view.phase !== 'podium' && (
        <span class="host-join-hint">
          {rich('host.joinHint', { address: joinHost(), pin: view.pin }, { dir: 'ltr' })}
        </span>
      )}
      <span class="host-count">
        {t('host.players', { count: host.playerCount.value })}
      </span>
      {view.phase !== 'podium' && <ExtraTimePanel players={host.players.value} onChange={(id, factor) => void host.extraTime(id, factor)} />}
    </header>
  )
}

/** Focuses the screen's main action when it appears, so Enter, Space or a presenter's clicker drives the game. */
function usePrimaryFocus(key: string) {
  const ref = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    ref.current?.focus({ preventScroll: true })
  }, [key])
  return ref
}

function HostLobby({ view }: { view: View<'lobby'> }) {
  const players = host.players.value
  const locked = host.locked.value
  // Focus moves to Start once it can be pressed, so Enter starts the game.
  const start = usePrimaryFocus(`lobby-${players.length > 0}`)
  const heading = useRef<HTMLHeadingElement>(null)
  const remove = (playerId: string) => {
    // The button goes away with the player: keep keyboard focus in the list's neighbourhood, not lost on the page.
    heading.current?.focus()
    void host.kick(playerId)
  }
  return (
    <div class="lobby">
      <section class="lobby-join" aria-label={t('host.howToJoin')}>
        <div class="lobby-join-text">
          <p class="lobby-instruction">{rich('host.joinAt', { address: joinHost() }, { dir: 'ltr' })}</p>
          <p class="lobby-pin-label">{t('join.pinLabel')}</p>
          <p class="lobby-pin" dir="ltr" aria-label={t('host.pinAria', { pin: view.pin.split('').join(' ') })}>
            {view.pin.slice(0, 3)}
            <span class="pin-gap" /> {view.pin.slice(3)}
          </p>
          <p class="lobby-quiz" dir="auto">
            {view.quizTitle}
          </p>
          {host.joinSecret.value && <JoinPatternBoard secret={host.joinSecret.value} offset={host.offset.value} />}
          <RulesList rules={view.rules} />
        </div>
        <div class="lobby-qr">
          <QrCode text={joinUrl(view.pin)} label={t('host.qrLabel', { url: joinUrl(view.pin) })} />
          <p class="qr-caption">{t('host.scan')}</p>
        </div>
      </section>
      <JoinWarningNotice warning={joinProblem.value} />
      <section class="lobby-players" aria-labelledby="players-heading">
        <div class="lobby-players-head">
          <h2 id="players-heading" ref={heading} tabIndex={-1}>
            {t('host.players', { count: players.length })}
          </h2>
          <div class="lobby-controls">
            <button type="button" class={`button ${locked ? 'warning' : 'secondary'}`} aria-pressed={locked} onClick={() => host.lock(!locked)}>
              {locked ? t('host.unlock') : t('host.lock')}
            </button>
            <button ref={start} type="button" class="button primary big" disabled={players.length === 0} onClick={() => host.move('host:start')}>
              {t('host.start')}
            </button>
          </div>
        </div>
        {locked && <p class="notice">{t('host.locked')}</p>}
        {view.teams.length > 0 ? (
          <TeamLobby teams={view.teams} players={players} onEdit={(team, change) => void host.editTeam(team, change)} onRemove={remove} />
        ) : players.length === 0 ? (
          <p class="waiting">{t('host.waitingPlayers')}</p>
        ) : (
          <ul class="player-chips" aria-live="polite" aria-relevant="additions">
            {players.map((p) => (
              <li key={p.playerId} class={`chip ${p.connected ? '' : 'away'}`}>
                <PlayerChipName nickname={p.nickname} />
                <RemoveButton nickname={p.nickname} onRemove={() => remove(p.playerId)} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}

const QUESTION_HINTS: Partial<Record<PublicQuestion['type'], (q: PublicQuestion) => string>> = {
  multiple: (q) => (q.pick ? t('answer.pick', { count: q.pick }) : t('answer.pickAll')),
  truefalse: () => t('host.hint.truefalse'),
  text: () => t('host.hint.text'),
  ordering: () => t('host.hint.ordering'),
  poll: () => t('host.hint.poll'),
  number: (q) => (q.number?.unit ? t('host.hint.numberUnit', { unit: q.number.unit }) : t('host.hint.number')),
}

/** The question's options on the big screen while it is open: coloured tiles, the items to order, or a hint. */
function QuestionBody({ question, plain }: { question: PublicQuestion; plain: boolean }) {
  // Every phone has its own order: the projector's colours and shapes would match no one's, so it shows text alone.
  if (plain && (question.type === 'single' || question.type === 'multiple' || question.type === 'poll')) return <PlainOptions question={question} />
  if (question.type === 'text') return <p class="typed-hint">{t('host.hint.typeOnDevice')}</p>
  if (question.type === 'number') {
    const { min, max } = question.number ?? {}
    return <p class="typed-hint">{min !== undefined && max !== undefined ? t('host.hint.numberRange', { min: formatNumber(min), max: formatNumber(max) }) : t('host.hint.numberOnDevice')}</p>
  }
  if (question.type === 'ordering') return <OrderList question={question} />
  return <OptionGrid question={question} />
}

function QuestionHead({ view }: { view: View<'question'> | View<'reveal'> }) {
  const q = view.question
  const hint = view.phase === 'reveal' ? (q.type === 'poll' ? t('host.hint.pollReveal') : null) : QUESTION_HINTS[q.type]?.(q) ?? null
  return (
    <div class="question-head">
      <h1 class={`prompt ${q.prompt.length > 150 ? 'long' : ''}`} dir="auto">
        {q.prompt}
      </h1>
      {hint && <p class="question-hint">{hint}</p>}
    </div>
  )
}

function HostQuestion({ view }: { view: View<'question'> }) {
  const paused = host.paused.value
  const answered = host.answeredCount.value
  // The question's text alone first (get ready, or its pictures loading), then the options and the clock.
  const open = useOptionsOpen(view, host.offset.value)
  return (
    <div class={`host-question ${open ? '' : 'getting-ready'}`}>
      <QuestionHead view={view} />
      <div class="question-middle">
        {!open ? (
          <GetReady view={view} offset={host.offset.value} class="host-get-ready" />
        ) : (
          <Countdown deadline={view.deadline} pausedAt={view.pausedAt} offset={host.offset.value} totalMs={view.question.timeLimitMs} class="host-countdown" />
        )}
        <QuestionPicture image={view.question.image} class="on-projector" />
        {open && (
          <div class="answered" aria-live="off">
            <span class="answered-number">{answered}</span>
            <span class="answered-label">{t('host.ofAnswered', { count: view.playerCount })}</span>
          </div>
        )}
      </div>
      {open && <QuestionBody question={view.question} plain={view.optionsPerPlayer} />}
      <div class="host-controls">
        <button type="button" class="button secondary" onClick={() => host.command(paused ? 'host:resume' : 'host:pause')}>
          {paused ? t('host.resume') : t('host.pause')}
        </button>
        <EndAnswering resetKey={`q${view.index}`} onEnd={() => host.move('host:endAnswering')} />
        <EndGame />
      </div>
      {paused && (
        <div class="paused-overlay" role="status">
          {t('play.paused')}
        </div>
      )}
    </div>
  )
}

function HostReveal({ view }: { view: View<'reveal'> }) {
  const next = usePrimaryFocus(`r${view.index}`)
  const q = view.question
  return (
    <div class="host-reveal">
      <QuestionHead view={view} />
      <div class="reveal-body">
        {/* With each phone's own order, the counts go beside the options below, without colours. */}
        {!(view.optionsPerPlayer && (q.type === 'single' || q.type === 'multiple' || q.type === 'poll')) && (
          <AnswerChart
            question={q}
            counts={view.counts}
            correct={view.correctOptions}
            caption={view.answeredCount === 0 ? t('host.noneAnswered') : t('host.answered', { n: view.answeredCount, count: view.playerCount })}
          />
        )}
        <div class="reveal-side">
          {q.type === 'text' ? (
            <div class="accepted">
              <h2>{t('host.accepted')}</h2>
              <ul>
                {view.acceptedAnswers.map((a) => (
                  <li key={a} dir="auto">
                    {a}
                  </li>
                ))}
              </ul>
            </div>
          ) : q.type === 'number' ? (
            <div class="accepted">
              <h2>{t('host.acceptedNumbers')}</h2>
              <ul>
                {(view.acceptedNumbers ?? []).map((a, i) => (
                  <li key={i}>{describeNumber(a, q.number?.unit)}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <QuestionPicture image={q.image} class="on-reveal" />
          {view.explanation && (
            <div class="explanation">
              <h2>{t('host.why')}</h2>
              <p dir="auto">{view.explanation}</p>
            </div>
          )}
        </div>
      </div>
      {view.optionsPerPlayer && (q.type === 'single' || q.type === 'multiple' || q.type === 'poll') ? <PlainOptions question={q} correct={q.type === 'poll' ? undefined : view.correctOptions} counts={view.counts} /> : q.type === 'ordering' ? <OrderList question={q} order={view.correctOrder} /> : q.type === 'poll' ? <OptionGrid question={q} /> : q.type !== 'text' && q.type !== 'number' && <OptionGrid question={q} correct={view.correctOptions} />}
      <div class="host-controls">
        <AdvanceIn at={view.advanceAt} pausedAt={view.pausedAt} offset={host.offset.value} label={t('host.leaderboard')} />
        <button ref={next} type="button" class="button primary" onClick={() => host.move('host:next')}>
          {t('host.leaderboard')}
        </button>
        <EndGame />
      </div>
    </div>
  )
}

function HostLeaderboard({ view }: { view: View<'leaderboard'> }) {
  const last = view.index + 1 >= view.totalQuestions
  const next = usePrimaryFocus(`l${view.index}`)
  const label = last ? t('host.podium') : t('host.nextQuestion')
  return (
    <div class="host-leaderboard">
      <h1 class="screen-title">{t('host.leaderboard')}</h1>
      {/* A team game ranks the teams first; the best five players below them keep the screen from overflowing. */}
      {view.teams.length > 0 && <TeamStandingsList teams={view.teams} big />}
      <Leaderboard top={view.teams.length > 0 ? view.top.slice(0, 5) : view.top} />
      <div class="host-controls">
        <AdvanceIn at={view.advanceAt} pausedAt={view.pausedAt} offset={host.offset.value} label={label} />
        <button ref={next} type="button" class="button primary" onClick={() => host.move('host:next')}>
          {label}
        </button>
        {!last && <EndGame />}
      </div>
    </div>
  )
}

function HostPodium({ view }: { view: View<'podium'> }) {
  const standings = host.standings.value
  return (
    <div class="host-podium">
      <h1 class="screen-title">{t('host.podium')}</h1>
      {view.teams.length > 0 && <TeamStandingsList teams={view.teams} big />}
      <Podium top={view.top} />
      <section class="final-results" aria-labelledby="final-heading">
        <h2 id="final-heading">{t('play.finalTitle')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('host.rank')}</th>
              <th scope="col">{t('host.player')}</th>
              <th scope="col">{t('host.score')}</th>
              <th scope="col">{t('host.rightAnswers')}</th>
            </tr>
          </thead>
          <tbody>
            {standings.map((s) => (
              <tr key={s.playerId}>
                <td>{formatNumber(s.rank)}</td>
                <td dir="auto">{s.nickname}</td>
                <td>{formatNumber(s.score)}</td>
                <td>
                  {t('host.outOf', { n: formatNumber(s.correctCount), total: formatNumber(s.askedCount) })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p class="host-controls">
        <Link href="/reports" class="button ghost">
          {t('host.reports')}
        </Link>
        <Link href="/host" class="button secondary">
          {t('host.another')}
        </Link>
      </p>
    </div>
  )
}

function EndGame() {
  const end = () => {
    if (confirm(t('host.endConfirm'))) void host.command('host:end')
  }
  return (
    <button type="button" class="button ghost" onClick={end}>
      {t('host.endGame')}
    </button>
  )
}
