import { EXTRA_TIME_FACTORS, ErrorCode } from '@cirrus/protocol'
import type { GameEvent, GameState, ReduceResult } from './types.ts'
import { playerView } from './views.ts'

/**
 * The host gives one player extra time (a learning plan, a slow reader), in the lobby or during the game: that
 * player's deadline and the speed rule's time stretch by the factor (timing.ts), from the question open now on. Only
 * the host's list and the player's own phone hear of it (the `you` effect), never the public view; it is kept in
 * the snapshot, so a restart keeps it.
 */
export function setExtraTime(state: GameState, { playerId, factor }: Extract<GameEvent, { type: 'extraTime' }>, _now: number): ReduceResult {
  if (state.phase === 'podium') return { ok: false, error: ErrorCode.GameOver, message: 'this game has ended' }
  const player = typeof playerId === 'string' && Object.hasOwn(state.players, playerId) ? state.players[playerId] : undefined
  if (!player) return { ok: false, error: ErrorCode.PlayerNotFound, message: `no player ${playerId} in this game` }
  if (!(EXTRA_TIME_FACTORS as readonly number[]).includes(factor)) return { ok: false, error: ErrorCode.InvalidPayload, message: 'extra time is a factor of 1, 1.5 or 2' }
  if ((player.extraTime ?? 1) === factor) return { ok: true, state, effects: [] }
  const { extraTime: _, ...rest } = player
  const next: GameState = { ...state, players: { ...state.players, [playerId]: factor === 1 ? rest : { ...rest, extraTime: factor } } }
  return { ok: true, state: next, effects: [{ type: 'you', you: playerView(next, playerId) }, { type: 'hostDirty' }, { type: 'snapshot' }] }
}
