import { ErrorCode } from '@cirrus/protocol'
import type { GameEvent, GameState, ReduceResult } from './types.ts'
import { playerView, publicView } from './views.ts'

/** The host's and the players' team moves in the lobby (teams.ts holds the rules). Each is kept by the snapshot. */

function refuse(error: ErrorCode, message: string): ReduceResult {
  return { ok: false, error, message }
}

function teamProblem(state: GameState, team: number): ReduceResult | null {
  if (state.phase !== 'lobby') return refuse(ErrorCode.WrongPhase, 'teams change only in the lobby, before the game starts')
  if (!state.teams) return refuse(ErrorCode.NoSuchTeam, 'this game is not played in teams')
  if (!Number.isInteger(team) || team < 0 || team >= state.teams.length) return refuse(ErrorCode.NoSuchTeam, `this game has teams 1 to ${state.teams.length}`)
  return null
}

/** The host renames or recolours a team; everyone's lobby shows it. */
export function editTeam(state: GameState, { team, name, color }: Extract<GameEvent, { type: 'editTeam' }>, now: number): ReduceResult {
  const problem = teamProblem(state, team)
  if (problem) return problem
  const teams = state.teams!.map((t, i) => (i === team ? { ...t, ...(name !== undefined && { name }), ...(color !== undefined && { color }) } : t))
  const next: GameState = { ...state, teams }
  return { ok: true, state: next, effects: [{ type: 'broadcast', view: publicView(next, now) }, { type: 'hostDirty' }, { type: 'snapshot' }] }
}

/** A player moves to another team, when the host lets players pick. */
export function pickTeam(state: GameState, { playerId, team }: Extract<GameEvent, { type: 'pickTeam' }>): ReduceResult {
  const player = typeof playerId === 'string' && Object.hasOwn(state.players, playerId) ? state.players[playerId] : undefined
  if (!player) return refuse(ErrorCode.NotPlayer, 'you are not a player in this game')
  const problem = teamProblem(state, team)
  if (problem) return problem
  if (!state.settings.teamPick) return refuse(ErrorCode.TeamPickOff, 'the host puts players in teams in this game')
  if (player.team === team) return { ok: true, state, effects: [] }
  const next: GameState = { ...state, players: { ...state.players, [playerId]: { ...player, team } } }
  return { ok: true, state: next, effects: [{ type: 'you', you: playerView(next, playerId) }, { type: 'hostDirty' }, { type: 'snapshot' }] }
}
