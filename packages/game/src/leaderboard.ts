import type { LeaderEntry } from '@cirrus/protocol'
import type { FinalResult, GameState } from './types.ts'

/** Rank of every player by id. Compute once and pass to playerView when sending to many players. */
export type Ranks = Record<string, number>

/** Every player, score descending, ties in join order; ranks are competition ranks (1, 2, 2, 4). */
export function leaderboard(state: GameState): LeaderEntry[] {
  const ids = state.order.filter((id) => state.players[id] !== undefined)
  const joined = new Map(ids.map((id, i) => [id, i]))
  ids.sort((a, b) => state.players[b]!.score - state.players[a]!.score || joined.get(a)! - joined.get(b)!)
  const entries: LeaderEntry[] = []
  ids.forEach((id, i) => {
    const p = state.players[id]!
    const previous = entries[i - 1]
    const rank = previous && previous.score === p.score ? previous.rank : i + 1
    entries.push({ playerId: id, nickname: p.nickname, score: p.score, rank })
  })
  return entries
}

export function ranksOf(entries: readonly LeaderEntry[]): Ranks {
  const ranks: Ranks = {}
  for (const e of entries) ranks[e.playerId] = e.rank
  return ranks
}

/** One player's competition rank without sorting everyone: 1 + how many have more points. */
export function rankOf(state: GameState, playerId: string): number {
  const score = state.players[playerId]?.score ?? 0
  let above = 0
  for (const id of state.order) {
    const p = state.players[id]
    if (p && p.score > score) above++
  }
  return above + 1
}

/** The podium's standings: each player's right answers out of the questions they were in the game for. */
export function finalResults(state: GameState): FinalResult[] {
  return leaderboard(state).map((e) => ({
    playerId: e.playerId,
    nickname: e.nickname,
    rank: e.rank,
    score: e.score,
    correctCount: state.players[e.playerId]!.correctCount,
    askedCount: state.players[e.playerId]!.askedCount ?? 0,
  }))
}
