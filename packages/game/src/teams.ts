import { TEAM_COLORS, teamNames, type GameLanguage, type TeamStanding, type TeamView } from '@cirrus/protocol'
import { streakBonus } from './scoring.ts'
import { scores } from './scoring.ts'
import { answerOf } from './round-answers.ts'
import type { GameState, PlayedQuestion, PlayerState, Round, TeamState } from './types.ts'

/**
 * Teams (settings.teams): players are balanced into teams as they join, may pick one in the lobby when the host
 * allows it, and keep their own score; a team's points for a question are the mean of its seated members' points
 * (a member who did not answer brings 0), so the size of a team does not decide. The team's streak grows when more
 * than half of its members answered right, and its bonus is the players' streak bonus on the team's streak.
 */

/** The teams a new game starts with, named in the game's language, or undefined without teams. */
export function newTeams(count: number, language: GameLanguage): TeamState[] | undefined {
  if (count === 0) return undefined
  const names = teamNames(language)
  return Array.from({ length: count }, (_, i) => ({ name: names[i]!, color: TEAM_COLORS[i]!, score: 0, streak: 0 }))
}

/** How many seated players each team has. */
export function teamSizes(state: Pick<GameState, 'teams' | 'order' | 'players'>): number[] {
  const sizes = (state.teams ?? []).map(() => 0)
  for (const id of state.order) {
    const team = state.players[id]?.team
    if (team !== undefined && team < sizes.length) sizes[team]!++
  }
  return sizes
}

/** The team a joining player goes to: the smallest, the first of equals. Updates `sizes`. */
export function balancedTeam(sizes: number[]): number {
  let best = 0
  for (let t = 1; t < sizes.length; t++) if (sizes[t]! < sizes[best]!) best = t
  sizes[best]!++
  return best
}

/** Seats every player without a team (joined after a snapshot, or before teams existed) in a balanced team. */
export function seatUnteamed(state: GameState): GameState {
  if (!state.teams) return state
  const sizes = teamSizes(state)
  let players = state.players
  for (const id of state.order) {
    const p = players[id]
    if (!p || (p.team !== undefined && p.team < sizes.length)) continue
    if (players === state.players) players = { ...players }
    players[id] = { ...p, team: balancedTeam(sizes) }
  }
  return players === state.players ? state : { ...state, players }
}

/** The teams after a question is settled: each team's mean points and streak (players are the settled ones). */
export function settleTeams(teams: TeamState[], players: Record<string, PlayerState>, order: readonly string[], round: Round, question: PlayedQuestion, bonus: boolean): TeamState[] {
  const sums = teams.map(() => ({ members: 0, points: 0, right: 0 }))
  for (const id of order) {
    const p = players[id]
    const sum = p?.team !== undefined ? sums[p.team] : undefined
    if (!sum) continue
    const a = answerOf(round.answers, id)
    sum.members++
    // The members' own streak bonuses stay theirs: the team has its own.
    if (a) sum.points += a.points - a.streakBonus
    if (a?.correct) sum.right++
  }
  return teams.map((team, t) => {
    const { members, points, right } = sums[t]!
    if (members === 0 || !scores(question)) return team
    const streak = right * 2 > members ? team.streak + 1 : 0
    const gained = Math.round(points / members) + (bonus && streak > 0 ? streakBonus(streak) : 0)
    return { ...team, streak, score: Math.max(0, team.score + gained) }
  })
}

export function teamViews(state: GameState): TeamView[] {
  return (state.teams ?? []).map(({ name, color }, team) => ({ team, name, color }))
}

/** Every team, score descending, ties in team order, with competition ranks. */
export function teamStandings(state: GameState): TeamStanding[] {
  const sizes = teamSizes(state)
  const standings = (state.teams ?? []).map(({ name, color, score, streak }, team) => ({ team, name, color, score, streak, members: sizes[team]!, rank: 0 }))
  standings.sort((a, b) => b.score - a.score || a.team - b.team)
  standings.forEach((s, i) => {
    const previous = standings[i - 1]
    s.rank = previous && previous.score === s.score ? previous.rank : i + 1
  })
  return standings
}

/** A player's team as the player sees it, or null. */
export function teamOf(state: GameState, player: PlayerState): TeamView | null {
  const team = player.team === undefined ? undefined : state.teams?.[player.team]
  return team ? { team: player.team!, name: team.name, color: team.color } : null
}
