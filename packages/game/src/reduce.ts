import { ErrorCode } from '@cirrus/protocol'
import { ANSWER_GRACE_MS } from './constants.ts'
import { finalResults, leaderboard, ranksOf } from './leaderboard.ts'
import { elapsedMs, choiceProblem, nextStreak, scoreAnswer } from './scoring.ts'
import { leaderboardMs, revealMs, timeLimitMs } from './timing.ts'
import type { Effect, GameEvent, GameState, PlayerState, ReduceResult, Round } from './types.ts'
import { playerView, publicView } from './views.ts'

type Event<T extends GameEvent['type']> = Extract<GameEvent, { type: T }>

/**
 * The game's one rule book: state and event in, new state and effects out. Pure: the input state is never changed,
 * time comes only from `now`, and there is no I/O. A refused event is a value with a code and a message.
 */
export function reduce(state: GameState, event: GameEvent, now: number): ReduceResult {
  switch (event?.type) {
    case 'join':
      return join(state, event)
    case 'connection':
      return connection(state, event)
    case 'answer':
      return answer(state, event, now)
    case 'start':
      return start(state, now)
    case 'next':
      return next(state, now)
    case 'endAnswering':
      return endAnswering(state, now)
    case 'pause':
      return pause(state, now)
    case 'resume':
      return resume(state, now)
    case 'kick':
      return kick(state, event, now)
    case 'lock':
      return lock(state, event, now)
    case 'end':
      return end(state, now)
    case 'tick':
      return tick(state, now)
    default:
      return refuse(ErrorCode.InvalidPayload, `unknown event ${JSON.stringify((event as { type?: unknown } | null)?.type)}`)
  }
}

/** When the server's one timer should next feed a tick: the answering deadline (plus grace) or the auto-advance. */
export function nextWakeAt(state: GameState): number | null {
  if (state.pausedAt !== null) return null
  if (state.phase === 'question' && state.round) return state.round.deadline + ANSWER_GRACE_MS
  if (state.phase === 'reveal' || state.phase === 'leaderboard') return state.advanceAt
  return null
}

// ---- results ----

function refuse(error: ErrorCode, message: string): ReduceResult {
  return { ok: false, error, message }
}

function done(state: GameState, effects: Effect[] = []): ReduceResult {
  return { ok: true, state, effects }
}

const hostDirty: Effect = { type: 'hostDirty' }

// ---- players ----

/** The seated player with this id; ids that only name an Object property ("constructor") find no one. */
function seated(state: GameState, playerId: string): PlayerState | undefined {
  return typeof playerId === 'string' && Object.hasOwn(state.players, playerId) ? state.players[playerId] : undefined
}

function join(state: GameState, { playerId, nickname }: Event<'join'>): ReduceResult {
  if (state.phase === 'podium') return refuse(ErrorCode.GameOver, 'this game has ended')
  if (state.locked) return refuse(ErrorCode.LobbyLocked, 'the host has locked this game')
  if (typeof nickname !== 'string' || typeof playerId !== 'string') return refuse(ErrorCode.InvalidPayload, 'a player needs an id and a nickname')
  const wanted = nickname.toLowerCase()
  for (const id of state.order) {
    if (state.players[id]?.nickname.toLowerCase() === wanted) return refuse(ErrorCode.NicknameTaken, `someone is already called "${nickname}"; choose another nickname`)
  }
  if (state.order.length >= state.settings.maxPlayers) return refuse(ErrorCode.GameFull, `this game is full (${state.settings.maxPlayers} players)`)
  if (seated(state, playerId) || state.kicked.includes(playerId)) return refuse(ErrorCode.InvalidPayload, `player id ${playerId} is already used in this game`)
  const player: PlayerState = { id: playerId, nickname, score: 0, streak: 0, correctCount: 0, connected: true, lastResult: null }
  // Only the host hears of a join: broadcasting each of 2,000 joins to everyone would be millions of messages.
  return done({ ...state, players: { ...state.players, [playerId]: player }, order: [...state.order, playerId] }, [hostDirty])
}

function connection(state: GameState, { playerId, connected }: Event<'connection'>): ReduceResult {
  const player = seated(state, playerId)
  if (!player) return state.kicked.includes(playerId) ? refuse(ErrorCode.Kicked, 'the host removed this player') : refuse(ErrorCode.NotPlayer, `no player ${playerId} in this game`)
  if (player.connected === connected) return done(state)
  return done({ ...state, players: { ...state.players, [playerId]: { ...player, connected } } }, [hostDirty])
}

function kick(state: GameState, { playerId }: Event<'kick'>, now: number): ReduceResult {
  if (state.phase === 'podium') return refuse(ErrorCode.GameOver, 'this game has ended')
  if (!seated(state, playerId)) return refuse(ErrorCode.PlayerNotFound, `no player ${playerId} in this game`)
  const { [playerId]: _removed, ...players } = state.players
  let round = state.round
  if (round && state.phase === 'question' && Object.hasOwn(round.answers, playerId)) {
    const { [playerId]: _answer, ...answers } = round.answers
    round = { ...round, answers }
  }
  const kicked: GameState = { ...state, players, round, order: state.order.filter((id) => id !== playerId), kicked: [...state.kicked, playerId] }
  const effects: Effect[] = [{ type: 'kick', playerId }, hostDirty]
  if (kicked.phase === 'question' && everyoneAnswered(kicked)) return closeRound(kicked, now, effects)
  return done(kicked, effects)
}

function lock(state: GameState, { locked }: Event<'lock'>, now: number): ReduceResult {
  if (state.phase === 'podium') return refuse(ErrorCode.GameOver, 'this game has ended')
  const next = { ...state, locked: locked === true }
  return done(next, [{ type: 'broadcast', view: publicView(next, now) }, hostDirty])
}

// ---- answering ----

function answer(state: GameState, event: Event<'answer'>, now: number): ReduceResult {
  const { playerId, questionIndex, choice, rttMs } = event
  if (state.kicked.includes(playerId)) return refuse(ErrorCode.Kicked, 'the host removed you from this game')
  const player = seated(state, playerId)
  if (!player) return refuse(ErrorCode.NotPlayer, 'you are not a player in this game')
  const round = state.round
  if (state.phase !== 'question' || !round) return refuse(ErrorCode.WrongPhase, 'answers are accepted only while a question is open')
  if (state.pausedAt !== null) return refuse(ErrorCode.Paused, 'the game is paused')
  if (questionIndex !== state.index) return refuse(ErrorCode.WrongQuestion, `question ${questionIndex + 1} is not the open question (${state.index + 1})`)
  if (Object.hasOwn(round.answers, playerId)) return refuse(ErrorCode.AlreadyAnswered, 'you have already answered this question')
  if (now > round.deadline + ANSWER_GRACE_MS) return refuse(ErrorCode.TooLate, "time's up: the answer came after the deadline")
  const question = state.questions[state.index]!
  const problem = choiceProblem(question, choice)
  if (problem) return refuse(ErrorCode.InvalidChoice, problem)

  const limitMs = timeLimitMs(question, state.settings)
  const elapsed = elapsedMs(now, round.openedAt, rttMs, limitMs)
  const score = scoreAnswer({ question, choice, elapsedMs: elapsed, limitMs, timeScale: state.settings.timeScale, streak: player.streak })
  const next: GameState = {
    ...state,
    round: { ...round, answers: { ...round.answers, [playerId]: { choice, receivedAt: now, elapsedMs: elapsed, ...score } } },
  }
  const effects: Effect[] = [
    {
      type: 'persistAnswer',
      answer: { playerId, questionIndex, questionId: question.id, choice, ...score, elapsedMs: elapsed, answeredAt: now },
    },
    hostDirty,
  ]
  if (everyoneAnswered(next)) return closeRound(next, now, effects)
  return done(next, effects)
}

/** Every connected player still seated has answered the open question. Stops at the first who has not. */
function everyoneAnswered(state: GameState): boolean {
  const answers = state.round?.answers ?? {}
  for (const id of state.order) if (state.players[id]?.connected && !answers[id]) return false
  return true
}

// ---- the flow of the game ----

function start(state: GameState, now: number): ReduceResult {
  if (state.phase !== 'lobby') return refuse(ErrorCode.WrongPhase, 'the game has already started')
  if (state.order.length === 0) return refuse(ErrorCode.NoPlayers, 'wait for at least one player to join')
  return openQuestion(state, 0, now)
}

function next(state: GameState, now: number): ReduceResult {
  switch (state.phase) {
    case 'lobby':
      return refuse(ErrorCode.WrongPhase, 'the game has not started: use start')
    case 'question':
      return refuse(ErrorCode.WrongPhase, 'answers are still open: use endAnswering')
    case 'reveal':
      return showLeaderboard(state, now)
    case 'leaderboard':
      return state.index + 1 < state.questions.length ? openQuestion(state, state.index + 1, now) : toPodium(state, now)
    case 'podium':
      return refuse(ErrorCode.GameOver, 'this game has ended')
  }
}

function endAnswering(state: GameState, now: number): ReduceResult {
  if (state.phase !== 'question') return refuse(ErrorCode.WrongPhase, 'no question is open')
  return closeRound(state, now)
}

function end(state: GameState, now: number): ReduceResult {
  if (state.phase === 'podium') return refuse(ErrorCode.GameOver, 'this game has already ended')
  // Answers already given to an open question still count.
  return toPodium(state.phase === 'question' ? settleRound(state, now) : state, now)
}

function tick(state: GameState, now: number): ReduceResult {
  if (state.pausedAt !== null) return done(state)
  if (state.phase === 'question' && state.round && now >= state.round.deadline + ANSWER_GRACE_MS) return closeRound(state, now)
  if ((state.phase === 'reveal' || state.phase === 'leaderboard') && state.advanceAt !== null && now >= state.advanceAt) return next(state, now)
  return done(state)
}

function pause(state: GameState, now: number): ReduceResult {
  if (state.phase === 'lobby' || state.phase === 'podium') return refuse(ErrorCode.WrongPhase, 'only a running game can be paused')
  if (state.pausedAt !== null) return refuse(ErrorCode.Paused, 'the game is already paused')
  const paused = { ...state, pausedAt: now }
  return done(paused, [{ type: 'broadcast', view: publicView(paused, now) }, hostDirty])
}

function resume(state: GameState, now: number): ReduceResult {
  if (state.pausedAt === null) return refuse(ErrorCode.NotPaused, 'the game is not paused')
  // Paused time never counts: every deadline moves on by the length of the pause.
  const shift = Math.max(0, now - state.pausedAt)
  const round: Round | null = state.round && { ...state.round, openedAt: state.round.openedAt + shift, deadline: state.round.deadline + shift }
  const resumed: GameState = { ...state, pausedAt: null, round, advanceAt: state.advanceAt === null ? null : state.advanceAt + shift }
  return done(resumed, [{ type: 'broadcast', view: publicView(resumed, now) }, hostDirty])
}

/**
 * Times set while paused start from the moment of the pause, so that resuming (which shifts them by the pause)
 * gives them their whole length.
 */
function clock(state: GameState, now: number): number {
  return state.pausedAt ?? now
}

function openQuestion(state: GameState, index: number, now: number): ReduceResult {
  const at = clock(state, now)
  const question = state.questions[index]!
  const round: Round = { index, openedAt: at, deadline: at + timeLimitMs(question, state.settings), answers: {} }
  return phaseChange({ ...state, phase: 'question', index, round, advanceAt: null }, now)
}

function showLeaderboard(state: GameState, now: number): ReduceResult {
  const advanceAt = state.settings.autoAdvance ? clock(state, now) + leaderboardMs(state.settings) : null
  return phaseChange({ ...state, phase: 'leaderboard', advanceAt }, now)
}

/** Closes the open question: settles every player's result and shows the reveal. */
function closeRound(state: GameState, now: number, before: Effect[] = []): ReduceResult {
  const revealed = settleRound(state, now)
  const ranks = ranksOf(leaderboard(revealed))
  const effects: Effect[] = [...before, { type: 'broadcast', view: publicView(revealed, now) }]
  for (const id of revealed.order) effects.push({ type: 'toPlayer', playerId: id, you: playerView(revealed, id, ranks) })
  effects.push(hostDirty, { type: 'phaseChanged', phase: 'reveal' })
  return done(revealed, effects)
}

/** The points of the round go into the scores (only now: the leaderboard never moves mid-question). */
function settleRound(state: GameState, now: number): GameState {
  const round = state.round!
  const points = state.questions[round.index]!.points
  const players: Record<string, PlayerState> = {}
  for (const id of state.order) {
    const p = state.players[id]!
    const a = round.answers[id]
    players[id] = a
      ? {
          ...p,
          score: p.score + a.points,
          streak: nextStreak(p.streak, points, a.correct),
          correctCount: p.correctCount + (a.correct ? 1 : 0),
          lastResult: { index: round.index, answered: true, correct: a.correct, credit: a.credit, points: a.points, streakBonus: a.streakBonus },
        }
      : {
          ...p,
          streak: nextStreak(p.streak, points, false),
          lastResult: { index: round.index, answered: false, correct: false, credit: 0, points: 0, streakBonus: 0 },
        }
  }
  const advanceAt = state.settings.autoAdvance ? clock(state, now) + revealMs(state.settings) : null
  return { ...state, phase: 'reveal', players, advanceAt }
}

function toPodium(state: GameState, now: number): ReduceResult {
  const over: GameState = { ...state, phase: 'podium', pausedAt: null, advanceAt: null }
  const ranks = ranksOf(leaderboard(over))
  const effects: Effect[] = [{ type: 'broadcast', view: publicView(over, now) }]
  for (const id of over.order) effects.push({ type: 'toPlayer', playerId: id, you: playerView(over, id, ranks) })
  effects.push({ type: 'phaseChanged', phase: 'podium' }, { type: 'finished', results: finalResults(over) }, hostDirty)
  return done(over, effects)
}

function phaseChange(state: GameState, now: number): ReduceResult {
  return done(state, [{ type: 'broadcast', view: publicView(state, now) }, { type: 'phaseChanged', phase: state.phase }, hostDirty])
}
