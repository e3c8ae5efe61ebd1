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

/** Who is just ahead of each player: the lowest score above theirs (the last of a tie, as the board lists it). */
export type Aheads = Record<string, { nickname: string; points: number } | null>

export function aheadsOf(entries: readonly LeaderEntry[]): Aheads {
  const aheads: Aheads = {}
  for (const e of entries) {
    const above = e.rank > 1 ? entries[e.rank - 2] : undefined
    aheads[e.playerId] = above ? { nickname: above.nickname, points: above.score - e.score } : null
  }
  return aheads
}

/** One player's `aheadsOf` entry without sorting everyone. */
export function aheadOf(state: GameState, playerId: string): { nickname: string; points: number } | null {
  const score = state.players[playerId]?.score ?? 0
  let best: { nickname: string; score: number } | null = null
  for (const id of state.order) {
    const p = state.players[id]
    if (p && p.score > score && (!best || p.score <= best.score)) best = { nickname: p.nickname, score: p.score }
  }
  return best && { nickname: best.nickname, points: best.score - score }
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
