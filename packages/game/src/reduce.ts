import { ErrorCode } from '@cirrus/protocol'
import { ANSWER_GRACE_MS } from './constants.ts'
import { aheadsOf, finalResults, leaderboard, ranksOf } from './leaderboard.ts'
import { elapsedMs, choiceProblem, nextStreak } from './scoring.ts'
import { nicknameKeys } from './nicknames.ts'
import { extraTimeOf, leaderboardMs, ownDeadline, ownLimitMs, revealMs, roundClosesAt, timeLimitMs } from './timing.ts'
import { scoreInMode } from './modes.ts'
import { balancedTeam, settleTeams, teamSizes } from './teams.ts'
import { choiceAsPlayed, friendlyNameProblem, patternAccepted } from './fair-play.ts'
import { setExtraTime } from './extra-time.ts'
import { editTeam, pickTeam } from './team-moves.ts'
import type { Step } from '@cirrus/protocol'
import type { AnswerRecord, Effect, GameEvent, GameState, PlayerState, ReduceResult, Round, RoundAnswer } from './types.ts'
import { playerView, publicView } from './views.ts'
import { clockDue, everyoneReady, ready, startClock, waitingForMedia, withMediaWait } from './media.ts'
import { gettingReady, rttCredit, withGetReady } from './get-ready.ts'
import { NO_ANSWERS, answerOf, hasAnswer, withAnswers, withoutAnswer, type AnswersDraft } from './round-answers.ts'

type Event<T extends GameEvent['type']> = Extract<GameEvent, { type: T }>

/**
 * The game's one rule book: state and event in, new state and effects out. Pure: the input state is never changed,
 * time comes only from `now`, and there is no I/O. A refused event is a value with a code and a message.
 */
export function reduce(state: GameState, event: GameEvent, now: number): ReduceResult {
  switch (event?.type) {
    case 'join':
    case 'answer':
    case 'connection':
      return single(reduceBatch(state, [event], now))
    case 'start':
      return stale(state, event.step) ?? start(state, now)
    case 'next':
      return stale(state, event.step) ?? next(state, now)
    case 'endAnswering':
      return stale(state, event.step) ?? endAnswering(state, now)
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
    case 'extraTime':
      return setExtraTime(state, event, now)
    case 'editTeam':
      return editTeam(state, event, now)
    case 'pickTeam':
      return pickTeam(state, event)
    case 'ready':
      return ready(state, event, now)
    case 'tick':
      return tick(state, now)
    default:
      return refuse(ErrorCode.InvalidPayload, `unknown event ${JSON.stringify((event as { type?: unknown } | null)?.type)}`)
  }
}

/**
 * When the server's one timer should next feed a tick: the question's closing (its deadline, or the last own deadline
 * of a player with extra time still answering; plus grace) or the auto-advance.
 */
export function nextWakeAt(state: GameState): number | null {
  if (state.pausedAt !== null) return null
  // Waiting for pictures: wake at the bound, or at once (a time already past) when everyone is ready.
  if (waitingForMedia(state)) return everyoneReady(state) ? state.round!.media!.sentAt : state.round!.openedAt
  if (state.phase === 'question' && state.round) return roundClosesAt(state)! + ANSWER_GRACE_MS
  if (state.phase === 'reveal' || state.phase === 'leaderboard') return state.advanceAt
  return null
}

export type BatchEvent = Event<'join'> | Event<'answer'> | Event<'connection'>
export type Outcome = { ok: true } | { ok: false; error: ErrorCode; message: string }
export interface BatchResult {
  state: GameState
  effects: Effect[]
  /** One per event, in order: accepted, or refused with a code and a message. */
  outcomes: Outcome[]
}

/**
 * Joins, answers and connection changes that arrived together: the same state, effects and refusals as reducing
 * them one after another, but each run of them copies the players or the round's answers once, not once per event.
 * This is what keeps 2,000 players joining or answering within a few milliseconds from costing O(N²).
 */
export function reduceBatch(state: GameState, events: readonly BatchEvent[], now: number): BatchResult {
  const effects: Effect[] = []
  const outcomes: Outcome[] = []
  let current = state
  for (let start = 0; start < events.length; ) {
    const type = events[start]!.type
    let end = start
    while (end < events.length && events[end]!.type === type) end++
    const run = events.slice(start, end)
    if (type === 'join') current = joinRun(current, run as Event<'join'>[], now, effects, outcomes)
    else if (type === 'answer') current = answerRun(current, run as Event<'answer'>[], now, effects, outcomes)
    else current = connectionRun(current, run as Event<'connection'>[], effects, outcomes)
    start = end
  }
  return { state: current, effects, outcomes }
}

/** Reduces events one by one into `effects` and `outcomes`. */
function reduceEach(state: GameState, events: readonly GameEvent[], now: number, effects: Effect[], outcomes: Outcome[]): GameState {
  for (const event of events) {
    const result = reduce(state, event, now)
    if (result.ok) {
      state = result.state
      effects.push(...result.effects)
      outcomes.push({ ok: true })
    } else outcomes.push({ ok: false, error: result.error, message: result.message })
  }
  return state
}

/** A batch of one as a ReduceResult. */
function single({ state, effects, outcomes: [outcome] }: BatchResult): ReduceResult {
  return outcome!.ok ? { ok: true, state, effects } : outcome!
}

// ---- results ----

function refuse(error: ErrorCode, message: string): ReduceResult {
  return { ok: false, error, message }
}

function done(state: GameState, effects: Effect[] = []): ReduceResult {
  return { ok: true, state, effects }
}

const hostDirty: Effect = { type: 'hostDirty' }
const snapshot: Effect = { type: 'snapshot' }

// ---- players ----

/** The seated player with this id; ids that only name an Object property ("constructor") find no one. */
function seated(state: GameState, playerId: string): PlayerState | undefined {
  return typeof playerId === 'string' && Object.hasOwn(state.players, playerId) ? state.players[playerId] : undefined
}

/** Joins in a row, with one copy of the players and one index of the nicknames for the whole run. */
function joinRun(state: GameState, events: Event<'join'>[], now: number, effects: Effect[], outcomes: Outcome[]): GameState {
  let players = state.players
  let order = state.order
  let owned = false
  // The index of the nicknames taken is handed on from the last run's players (see nicknameIndexes), or built once.
  // A nickname is taken when it looks like, or is the same ignoring case as, a seated one (see nicknameKeys).
  let nicknames: Set<string> | null = null
  const taken = (nickname: string) => {
    const index = (nicknames ??= takeNicknameIndex(players, order))
    return nicknameKeys(nickname).some((key) => index.has(key))
  }
  // With teams, each joiner goes to the smallest team: the sizes are counted once per run.
  let sizes: number[] | null = null
  for (const { playerId, nickname, pattern } of events) {
    const refused = (error: ErrorCode, message: string) => outcomes.push({ ok: false, error, message })
    if (state.phase === 'podium') refused(ErrorCode.GameOver, 'this game has ended')
    else if (state.locked) refused(ErrorCode.LobbyLocked, 'the host has locked this game')
    else if (typeof nickname !== 'string' || typeof playerId !== 'string') refused(ErrorCode.InvalidPayload, 'a player needs an id and a nickname')
    else if (!patternAccepted(state, pattern, now)) refused(ErrorCode.WrongPattern, "those are not the shapes on the host's screen; look again and tap them in order")
    else if (friendlyNameProblem(state.settings, nickname)) refused(ErrorCode.NicknameInvalid, friendlyNameProblem(state.settings, nickname)!)
    else if (taken(nickname)) {
      refused(ErrorCode.NicknameTaken, `someone is already called "${nickname}" or a name that looks the same; choose another nickname`)
    } else if (order.length >= state.settings.maxPlayers) refused(ErrorCode.GameFull, `this game is full (${state.settings.maxPlayers} players)`)
    else if (Object.hasOwn(players, playerId) || state.kicked.includes(playerId)) refused(ErrorCode.InvalidPayload, `player id ${playerId} is already used in this game`)
    else {
      if (!owned) {
        players = { ...players }
        order = [...order]
        owned = true
      }
      const player: PlayerState = { id: playerId, nickname, score: 0, streak: 0, correctCount: 0, askedCount: 0, connected: true, lastResult: null }
      if (state.teams) player.team = balancedTeam((sizes ??= teamSizes({ teams: state.teams, order, players })))
      players[playerId] = player
      order.push(playerId)
      for (const key of nicknameKeys(nickname)) (nicknames as Set<string> | null)?.add(key) // set inside `taken`, which TypeScript cannot see
      outcomes.push({ ok: true })
      // Only the host hears of a join: broadcasting each of 2,000 joins to everyone would be millions of messages.
      effects.push(hostDirty)
    }
  }
  if (nicknames) nicknameIndexes.set(players, nicknames)
  return owned ? { ...state, players, order } : state
}

/**
 * The keys of the nicknames of a players record, kept for the record a join run returned, so that the next run (a
 * classroom joins in a few hundred runs) does not read 2,000 nicknames again. An index is handed over, not shared:
 * the next run takes it out and changes it for its own new record, so reducing from an older state again only
 * finds no index and builds one. The state stays plain data; this only remembers work.
 */
const nicknameIndexes = new WeakMap<GameState['players'], Set<string>>()

function takeNicknameIndex(players: GameState['players'], order: readonly string[]): Set<string> {
  const kept = nicknameIndexes.get(players)
  if (kept) {
    nicknameIndexes.delete(players)
    return kept
  }
  const index = new Set<string>()
  for (const id of order) {
    const p = players[id]
    if (p) for (const key of nicknameKeys(p.nickname)) index.add(key)
  }
  return index
}

/** Connections lost or back in a row (a classroom's Wi-Fi drops, a restart), with one copy of the players per run. */
function connectionRun(state: GameState, events: Event<'connection'>[], effects: Effect[], outcomes: Outcome[]): GameState {
  let players = state.players
  let owned = false
  for (const { playerId, connected } of events) {
    const player = typeof playerId === 'string' && Object.hasOwn(players, playerId) ? players[playerId] : undefined
    if (!player) {
      outcomes.push(
        state.kicked.includes(playerId)
          ? { ok: false, error: ErrorCode.Kicked, message: 'the host removed this player' }
          : { ok: false, error: ErrorCode.NotPlayer, message: `no player ${playerId} in this game` },
      )
      continue
    }
    outcomes.push({ ok: true })
    if (player.connected === connected) continue
    if (!owned) {
      players = { ...players }
      owned = true
    }
    players[playerId] = { ...player, connected }
    effects.push(hostDirty)
  }
  return owned ? { ...state, players } : state
}

function kick(state: GameState, { playerId }: Event<'kick'>, now: number): ReduceResult {
  if (state.phase === 'podium') return refuse(ErrorCode.GameOver, 'this game has ended')
  if (!seated(state, playerId)) return refuse(ErrorCode.PlayerNotFound, `no player ${playerId} in this game`)
  const { [playerId]: _removed, ...players } = state.players
  let round = state.round
  if (round && state.phase === 'question') round = { ...round, answers: withoutAnswer(round.answers, playerId) }
  const kicked: GameState = { ...state, players, round, order: state.order.filter((id) => id !== playerId), kicked: [...state.kicked, playerId] }
  const effects: Effect[] = [{ type: 'kick', playerId }, hostDirty]
  if (kicked.phase === 'question' && everyoneAnswered(kicked)) return closeRound(kicked, now, effects)
  return done(kicked, effects)
}

function lock(state: GameState, { locked }: Event<'lock'>, now: number): ReduceResult {
  if (state.phase === 'podium') return refuse(ErrorCode.GameOver, 'this game has ended')
  const next = { ...state, locked: locked === true }
  return done(next, [{ type: 'broadcast', view: publicView(next, now) }, hostDirty, snapshot])
}

// ---- answering ----

/** Why an answer is refused, or its scored record. `answers` are the round's answers so far (maybe a batch's draft). */
function judgeAnswer(state: GameState, answers: Pick<AnswersDraft, 'has'>, event: Event<'answer'>, batchNow: number): Outcome & { answer?: RoundAnswer; record?: AnswerRecord } {
  const { playerId, questionIndex, choice, rttMs } = event
  const now = Math.min(event.at ?? batchNow, batchNow)
  const refuse = (error: ErrorCode, message: string) => ({ ok: false as const, error, message })
  if (state.kicked.includes(playerId)) return refuse(ErrorCode.Kicked, 'the host removed you from this game')
  const player = seated(state, playerId)
  if (!player) return refuse(ErrorCode.NotPlayer, 'you are not a player in this game')
  const round = state.round
  if (state.phase !== 'question' || !round) return refuse(ErrorCode.WrongPhase, 'answers are accepted only while a question is open')
  if (round.media) return refuse(ErrorCode.WrongPhase, "the question's pictures are still loading: its time has not started")
  if (state.pausedAt !== null) return refuse(ErrorCode.Paused, 'the game is paused')
  if (gettingReady(round, now)) return refuse(ErrorCode.WrongPhase, 'the answers are not open yet: the question is being read')
  if (questionIndex !== state.index) return refuse(ErrorCode.WrongQuestion, `question ${questionIndex + 1} is not the open question (${state.index + 1})`)
  if (answers.has(playerId)) return refuse(ErrorCode.AlreadyAnswered, 'you have already answered this question')
  const question = state.questions[state.index]!
  // A player with extra time has their own deadline, and the speed rule counts against their own time.
  const factor = extraTimeOf(player)
  if (now > ownDeadline(round, timeLimitMs(question, state.settings), factor) + ANSWER_GRACE_MS) return refuse(ErrorCode.TooLate, "time's up: the answer came after the deadline")
  const problem = choiceProblem(question, choice)
  if (problem) return refuse(ErrorCode.InvalidChoice, problem)

  const played = choiceAsPlayed(state.settings, question, questionIndex, playerId, choice)
  const limitMs = ownLimitMs(question, state.settings, factor)
  const elapsed = elapsedMs(now, round.openedAt, rttCredit(round, rttMs), limitMs)
  const score = scoreInMode({ question, choice: played, elapsedMs: elapsed, limitMs, settings: state.settings, streak: player.streak, score: player.score })
  return {
    ok: true,
    answer: { choice: played, receivedAt: now, elapsedMs: elapsed, ...score },
    record: { playerId, questionIndex, questionId: question.id, choice: played, ...score, elapsedMs: elapsed, answeredAt: now },
  }
}

/**
 * Answers in a row, with one copy of the round's answers for the whole run, and one pass over the players (a cursor
 * that only moves on) to learn whether everyone has answered: 2,000 answers arriving together cost O(N), not O(N²).
 * The round closes on the answer that completes it; answers after that meet the reveal like any other late answer.
 */
function answerRun(state: GameState, events: Event<'answer'>[], now: number, effects: Effect[], outcomes: Outcome[]): GameState {
  let closedAt = -1
  const answers = withAnswers(state.round?.answers ?? NO_ANSWERS, (draft) => {
    // Players before the cursor have answered or are away; the round is complete when it reaches the end.
    let cursor = 0
    const complete = () => {
      for (; cursor < state.order.length; cursor++) {
        const id = state.order[cursor]!
        if (state.players[id]?.connected && !draft.has(id)) return false
      }
      return true
    }
    for (const [i, event] of events.entries()) {
      const judged = judgeAnswer(state, draft, event, now)
      if (!judged.ok) {
        outcomes.push({ ok: false, error: judged.error, message: judged.message })
        continue
      }
      draft.set(event.playerId, judged.answer!)
      outcomes.push({ ok: true })
      effects.push({ type: 'persistAnswer', answer: judged.record! }, hostDirty)
      if (complete()) return void (closedAt = i)
    }
  })
  if (answers === state.round?.answers || !state.round) return state
  const answered = { ...state, round: { ...state.round, answers } }
  if (closedAt < 0) return answered
  const closed = closeRound(answered, now)
  if (!closed.ok) throw new Error('closing a round cannot be refused')
  effects.push(...closed.effects)
  return reduceEach(closed.state, events.slice(closedAt + 1), now, effects, outcomes)
}

/** Every connected player still seated has answered the open question. Stops at the first who has not. */
function everyoneAnswered(state: GameState): boolean {
  const answers = state.round?.answers ?? NO_ANSWERS
  for (const id of state.order) if (state.players[id]?.connected && !hasAnswer(answers, id)) return false
  return true
}

// ---- the flow of the game ----

/** The refusal of a host's move made from a step the game has left (a double press), or null to go on. */
function stale(state: GameState, step: Step | undefined): ReduceResult | null {
  if (!step || state.phase === 'podium') return null
  if (step.phase === state.phase && step.index === state.index) return null
  return refuse(ErrorCode.StaleStep, 'the game has already moved on from the screen this command was sent from')
}

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
  if (waitingForMedia(state)) return clockDue(state, now) ? startClock(state, now) : done(state)
  if (state.phase === 'question' && state.round && now >= roundClosesAt(state)! + ANSWER_GRACE_MS) return closeRound(state, now)
  if ((state.phase === 'reveal' || state.phase === 'leaderboard') && state.advanceAt !== null && now >= state.advanceAt) return next(state, now)
  return done(state)
}

function pause(state: GameState, now: number): ReduceResult {
  if (state.phase === 'lobby' || state.phase === 'podium') return refuse(ErrorCode.WrongPhase, 'only a running game can be paused')
  if (state.pausedAt !== null) return refuse(ErrorCode.Paused, 'the game is already paused')
  const paused = { ...state, pausedAt: now }
  return done(paused, [{ type: 'broadcast', view: publicView(paused, now) }, hostDirty, snapshot])
}

function resume(state: GameState, now: number): ReduceResult {
  if (state.pausedAt === null) return refuse(ErrorCode.NotPaused, 'the game is not paused')
  // Paused time never counts: every deadline moves on by the length of the pause.
  const shift = Math.max(0, now - state.pausedAt)
  const round: Round | null = state.round && {
    ...state.round,
    openedAt: state.round.openedAt + shift,
    deadline: state.round.deadline + shift,
    ...(state.round.getReadyUntil !== undefined && { getReadyUntil: state.round.getReadyUntil + shift }),
  }
  const resumed: GameState = { ...state, pausedAt: null, round, advanceAt: state.advanceAt === null ? null : state.advanceAt + shift }
  return done(resumed, [{ type: 'broadcast', view: publicView(resumed, now) }, hostDirty, snapshot])
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
  const sent: Round = { index, openedAt: at, deadline: at + timeLimitMs(question, state.settings), answers: NO_ANSWERS }
  // One preparing step before answers open: the pictures' wait, then the get-ready's (get-ready.ts).
  const round = withGetReady(withMediaWait(sent, question, state.settings.timeScale, at), state.settings, at)
  return phaseChange({ ...state, phase: 'question', index, round, advanceAt: null }, now)
}

function showLeaderboard(state: GameState, now: number): ReduceResult {
  const advanceAt = state.settings.autoAdvance ? clock(state, now) + leaderboardMs(state.settings) : null
  return phaseChange({ ...state, phase: 'leaderboard', advanceAt }, now)
}

/** Closes the open question: settles every player's result and shows the reveal. */
function closeRound(state: GameState, now: number, before: Effect[] = []): ReduceResult {
  const revealed = settleRound(state, now)
  const board = leaderboard(revealed)
  const ranks = ranksOf(board)
  const aheads = aheadsOf(board)
  const you = revealed.order.map((id) => playerView(revealed, id, ranks, aheads))
  return done(revealed, [...before, { type: 'broadcast', view: publicView(revealed, now), you }, hostDirty, { type: 'phaseChanged', phase: 'reveal' }])
}

/**
 * The points of the round go into the scores (only now: the leaderboard never moves mid-question). Every player
 * seated now was in the game for this question, answered or not; one who joins later is not.
 */
function settleRound(state: GameState, now: number): GameState {
  const round = state.round!
  const question = state.questions[round.index]!
  const players: Record<string, PlayerState> = {}
  for (const id of state.order) {
    const seated = state.players[id]!
    // Snapshots written before askedCount existed lack it.
    const p = { ...seated, askedCount: (seated.askedCount ?? 0) + 1 }
    const a = answerOf(round.answers, id)
    players[id] = a
      ? {
          ...p,
          score: Math.max(0, p.score + a.points), // a penalty never takes a score below zero
          streak: nextStreak(p.streak, question, a.correct),
          correctCount: p.correctCount + (a.correct ? 1 : 0),
          lastResult: { index: round.index, answered: true, correct: a.correct, credit: a.credit, points: a.points, streakBonus: a.streakBonus },
        }
      : {
          ...p,
          streak: nextStreak(p.streak, question, false),
          lastResult: { index: round.index, answered: false, correct: false, credit: 0, points: 0, streakBonus: 0 },
        }
  }
  const advanceAt = state.settings.autoAdvance ? clock(state, now) + revealMs(state.settings) : null
  const teams = state.teams && settleTeams(state.teams, players, state.order, round, question, state.settings.streakBonus)
  return { ...state, phase: 'reveal', players, advanceAt, ...(teams && { teams }) }
}

function toPodium(state: GameState, now: number): ReduceResult {
  const over: GameState = { ...state, phase: 'podium', pausedAt: null, advanceAt: null }
  const board = leaderboard(over)
  const ranks = ranksOf(board)
  const aheads = aheadsOf(board)
  const you = over.order.map((id) => playerView(over, id, ranks, aheads))
  return done(over, [{ type: 'broadcast', view: publicView(over, now), you }, { type: 'phaseChanged', phase: 'podium' }, { type: 'finished', results: finalResults(over) }, hostDirty])
}

function phaseChange(state: GameState, now: number): ReduceResult {
  return done(state, [{ type: 'broadcast', view: publicView(state, now) }, { type: 'phaseChanged', phase: state.phase }, hostDirty])
}
