import type { Question } from '@cirrus/questions'
import type { GameSettings } from '@cirrus/protocol'
import type { GameState, PlayerState, Round } from './types.ts'
import { hasAnswer } from './round-answers.ts'

/** Every duration of the game, with the time scale applied. */

export function timeLimitMs(question: Question, settings: GameSettings): number {
  return (question.timeLimitSec * 1000) / settings.timeScale
}

export function revealMs(settings: GameSettings): number {
  return (settings.revealSec * 1000) / settings.timeScale
}

export function leaderboardMs(settings: GameSettings): number {
  return (settings.leaderboardSec * 1000) / settings.timeScale
}

// ---- extra time ----

/** A player's extra-time factor: 1 unless the host gave them more. */
export function extraTimeOf(player: Pick<PlayerState, 'extraTime'> | undefined): number {
  return player?.extraTime ?? 1
}

/** A player's own time limit for a question: the question's, stretched by their factor (the speed rule uses it too). */
export function ownLimitMs(question: Question, settings: GameSettings, factor: number): number {
  return timeLimitMs(question, settings) * factor
}

/** When a player's own time for the open question is up (before the latency grace). */
export function ownDeadline(round: Round, limitMs: number, factor: number): number {
  return factor === 1 ? round.deadline : round.openedAt + limitMs * factor
}

/**
 * When the open question closes by itself: when every seated, connected player who has not answered is out of their
 * own time. That is the question's deadline unless someone with extra time is still thinking; never earlier.
 */
export function roundClosesAt(state: GameState): number | null {
  const round = state.round
  if (state.phase !== 'question' || !round) return null
  const limit = timeLimitMs(state.questions[round.index]!, state.settings)
  let closes = round.deadline
  for (const id of state.order) {
    const p = state.players[id]
    if (!p || p.extraTime === undefined || p.extraTime === 1 || !p.connected || hasAnswer(round.answers, id)) continue
    closes = Math.max(closes, ownDeadline(round, limit, p.extraTime))
  }
  return closes
}
