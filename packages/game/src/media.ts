import { ErrorCode } from '@cirrus/protocol'
import { questionImages, type Question } from '@cirrus/questions'
import type { GameEvent, GameState, ReduceResult, Round } from './types.ts'
import { publicView } from './views.ts'

/**
 * Pictures load before the clock starts. A question with pictures goes out with its clock stopped; each phone says
 * `ready` once it has them (or at once when it has none to show), and the clock starts when every connected player is
 * ready, or MEDIA_WAIT_MS after the question went out, whichever is first: min(all ready, sent + N s). A slow phone
 * is not robbed of time, and one that never answers cannot hold the room for more than N seconds. Until the clock
 * starts, answers are refused and phones show "get ready", so a phone that loaded first gains no time to read.
 */
export const MEDIA_WAIT_MS = 5000

/** Whether a question waits for its pictures. */
export function waitsForMedia(question: Question): boolean {
  return questionImages(question).length > 0
}

/**
 * The round of a question just sent at `at`: with pictures, its clock provisionally starts at the bound (sent + N s,
 * scaled like every timer) and `media` records who is ready; without, it is the round as given.
 */
export function withMediaWait(round: Round, question: Question, timeScale: number, at: number): Round {
  if (!waitsForMedia(question)) return round
  const wait = MEDIA_WAIT_MS / timeScale
  return { ...round, openedAt: round.openedAt + wait, deadline: round.deadline + wait, media: { sentAt: at, ready: [] } }
}

/** Whether the open question's clock is still waiting for pictures. */
export function waitingForMedia(state: GameState): boolean {
  return state.phase === 'question' && state.round?.media !== undefined
}

/** A phone has the pictures. Late or repeated readiness changes nothing; the last one missing starts the clock. */
export function ready(state: GameState, { playerId, questionIndex }: Extract<GameEvent, { type: 'ready' }>, now: number): ReduceResult {
  if (typeof playerId !== 'string' || !Object.hasOwn(state.players, playerId)) return { ok: false, error: ErrorCode.NotPlayer, message: 'you are not a player in this game' }
  if (state.phase !== 'question' || questionIndex !== state.index) return { ok: true, state, effects: [] }
  const round = state.round!
  if (!round.media || round.media.ready.includes(playerId)) return { ok: true, state, effects: [] }
  const next: GameState = { ...state, round: { ...round, media: { ...round.media, ready: [...round.media.ready, playerId] } } }
  return everyoneReady(next) && next.pausedAt === null ? startClock(next, now) : { ok: true, state: next, effects: [] }
}

/** Every connected player is ready. */
export function everyoneReady(state: GameState): boolean {
  const ready = new Set(state.round?.media?.ready ?? [])
  return state.order.every((id) => !state.players[id]?.connected || ready.has(id))
}

/** Whether the clock should start now: everyone is ready or the bound has come. Never while paused. */
export function clockDue(state: GameState, now: number): boolean {
  return waitingForMedia(state) && state.pausedAt === null && (now >= state.round!.openedAt || everyoneReady(state))
}

/** Starts the clock at `now` (at the latest the bound): the whole time limit from here, and the view again. */
export function startClock(state: GameState, now: number): ReduceResult {
  const round = state.round!
  // Never before the get-ready is over (get-ready.ts): then the options open at that announced time.
  const start = Math.max(Math.min(now, round.openedAt), round.getReadyUntil ?? -Infinity)
  const early = round.openedAt - start
  const { media: _, ...rest } = round
  const started: GameState = { ...state, round: { ...rest, openedAt: start, deadline: round.deadline - early } }
  return { ok: true, state: started, effects: [{ type: 'broadcast', view: publicView(started, now) }, { type: 'hostDirty' }, { type: 'snapshot' }] }
}
