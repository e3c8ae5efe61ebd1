import { describe, expect, it } from 'vitest'
import { aheadOf, aheadsOf, leaderboard } from './leaderboard.ts'
import { apply, pick, started, T0 } from './test-fixtures.ts'
import type { GameState } from './types.ts'

/** "You're 120 points behind Ana": who is just ahead of each player, by how much; null for whoever leads. */

function withScores(scores: Record<string, number>): GameState {
  const s = started(Object.keys(scores))
  const players = { ...s.players }
  for (const [id, score] of Object.entries(scores)) players[id] = { ...players[id]!, score }
  return { ...s, players }
}

describe('who is just ahead', () => {
  it('names the lowest score above each player, and nobody for the leaders', () => {
    const s = withScores({ a: 900, b: 1500, c: 1500, d: 300 })
    const aheads = aheadsOf(leaderboard(s))
    expect(aheads['b']).toBeNull()
    expect(aheads['c']).toBeNull() // tied for the lead
    expect(aheads['a']).toEqual({ nickname: 'Nick c', points: 600 }) // the last of the tie above, as the board lists it
    expect(aheads['d']).toEqual({ nickname: 'Nick a', points: 600 })
    for (const id of ['a', 'b', 'c', 'd']) expect(aheadOf(s, id)).toEqual(aheads[id])
  })

  it('comes with every player their own view at the reveal', () => {
    let s = started(['a', 'b'])
    s = apply(s, pick('a', 0, [1]), T0 + 1000).state
    const reveal = apply(s, pick('b', 0, [0]), T0 + 2000)
    const effect = reveal.effects.find((e) => e.type === 'broadcast' && 'you' in e && e.you)
    const you = (effect as { you: { playerId: string; ahead?: unknown }[] }).you
    expect(you.find((v) => v.playerId === 'a')!.ahead).toBeNull()
    expect(you.find((v) => v.playerId === 'b')!.ahead).toEqual({ nickname: 'Nick a', points: reveal.state.players['a']!.score })
  })
})
