import { describe, expect, it } from 'vitest'
import { LEADERBOARD_SIZE } from './constants.ts'
import { finalResults, leaderboard, rankOf, ranksOf } from './leaderboard.ts'
import { apply, applyAll, join, newGame, pick, QUIZ, started, T0 } from './test-fixtures.ts'
import type { GameState } from './types.ts'
import { publicView } from './views.ts'

/** A lobby whose players have these scores, in join order. */
function withScores(scores: number[]): GameState {
  const s = applyAll(newGame(), join(...scores.map((_, i) => `p${i}`)), T0)
  const players = { ...s.players }
  scores.forEach((score, i) => (players[`p${i}`] = { ...players[`p${i}`]!, score }))
  return { ...s, players }
}

describe('leaderboard', () => {
  it.each([
    { scores: [], ranks: [], order: [] },
    { scores: [5], ranks: [1], order: ['p0'] },
    { scores: [100, 300, 200], ranks: [1, 2, 3], order: ['p1', 'p2', 'p0'] },
    { scores: [100, 200, 200, 50], ranks: [1, 1, 3, 4], order: ['p1', 'p2', 'p0', 'p3'] },
    { scores: [0, 0, 0], ranks: [1, 1, 1], order: ['p0', 'p1', 'p2'] },
    { scores: [10, 20, 10, 20, 5], ranks: [1, 1, 3, 3, 5], order: ['p1', 'p3', 'p0', 'p2', 'p4'] },
  ])('scores $scores → $order ranked $ranks', ({ scores, ranks, order }) => {
    const s = withScores(scores)
    const board = leaderboard(s)
    expect(board.map((e) => e.playerId)).toEqual(order)
    expect(board.map((e) => e.rank)).toEqual(ranks)
    for (const e of board) expect(rankOf(s, e.playerId)).toBe(e.rank)
    expect(ranksOf(board)).toEqual(Object.fromEntries(board.map((e) => [e.playerId, e.rank])))
  })

  it('puts equal scores in join order on the podium, with shared ranks', () => {
    // d answers fastest, b and c at the same time, a wrong.
    let s = started(['a', 'b', 'c', 'd'])
    s = apply(s, pick('d', 0, [1]), T0 + 100).state
    s = apply(s, pick('c', 0, [1]), T0 + 10_000).state
    s = apply(s, pick('b', 0, [1]), T0 + 10_000).state
    s = apply(s, pick('a', 0, [0]), T0 + 10_000).state
    s = apply(s, { type: 'end' }, T0 + 11_000).state
    expect(finalResults(s)).toEqual([
      { playerId: 'd', nickname: 'Nick d', rank: 1, score: 1000, correctCount: 1, askedCount: 1 },
      { playerId: 'b', nickname: 'Nick b', rank: 2, score: 750, correctCount: 1, askedCount: 1 },
      { playerId: 'c', nickname: 'Nick c', rank: 2, score: 750, correctCount: 1, askedCount: 1 },
      { playerId: 'a', nickname: 'Nick a', rank: 4, score: 0, correctCount: 0, askedCount: 1 },
    ])
    const view = publicView(s, T0 + 12_000)
    expect(view.phase === 'podium' && view.top.map((e) => e.playerId)).toEqual(['d', 'b', 'c', 'a'])
  })

  it(`shows the first ${LEADERBOARD_SIZE} on the leaderboard and podium views, and every player in leaderboard()`, () => {
    const scores = Array.from({ length: 25 }, (_, i) => i * 10)
    let s = withScores(scores)
    s = { ...s, phase: 'leaderboard', index: 0 }
    const view = publicView(s, T0)
    expect(view.phase === 'leaderboard' && view.top.length).toBe(LEADERBOARD_SIZE)
    expect(view.phase === 'leaderboard' && view.top[0]!.playerId).toBe('p24')
    expect(leaderboard(s)).toHaveLength(25)
  })

  it.each([
    // expected: each player's [right answers, questions they were in the game for]
    { story: 'ended after 2 of 5 questions', late: null, expected: { a: [2, 2], b: [0, 2] } },
    { story: 'a player joins while question 2 is open', late: 'question', expected: { a: [2, 2], b: [0, 2], c: [1, 1] } },
    { story: 'a player joins at the leaderboard after question 1', late: 'leaderboard', expected: { a: [2, 2], b: [0, 2], c: [1, 1] } },
  ])('counts right answers out of the questions played while seated: $story', ({ late, expected }) => {
    const TF = 2 // the true/false question, answered by index
    const tfQuiz = [QUIZ[TF]!, QUIZ[TF]!, QUIZ[TF]!, QUIZ[TF]!, QUIZ[TF]!].map((q, i) => ({ ...q, id: `tf-${i}` }))
    let s = started(['a', 'b'], {}, tfQuiz)
    s = applyAll(s, [pick('a', 0, [1]), pick('b', 0, [0])], T0 + 1000)
    s = apply(s, { type: 'next' }, T0 + 2000).state // leaderboard
    if (late === 'leaderboard') s = applyAll(s, join('c'), T0 + 2500)
    s = apply(s, { type: 'next' }, T0 + 3000).state // question 2
    if (late === 'question') s = applyAll(s, join('c'), T0 + 3500)
    s = applyAll(s, [pick('a', 1, [1]), pick('b', 1, [0]), ...(late ? [pick('c', 1, [1])] : [])], T0 + 4000)
    s = apply(s, { type: 'end' }, T0 + 5000).state
    const results = Object.fromEntries(finalResults(s).map((r) => [r.playerId, [r.correctCount, r.askedCount]]))
    expect(results).toEqual(expected)
    expect(s.questions).toHaveLength(5)
  })
})
