import { describe, expect, it } from 'vitest'
import { apply, applyAll, join, newGame, pick, QUIZ, started, T0, typed } from './test-fixtures.ts'
import type { GameState } from './types.ts'
import { hostView, playerView, publicView } from './views.ts'

function at(index: number, ids = ['a', 'b', 'c']): GameState {
  return started(ids, {}, [QUIZ[index]!])
}

describe('publicView', () => {
  it('lobby: title, lock and the common fields', () => {
    const s = applyAll(newGame({ autoAdvance: true, showQuestionOnPlayers: true }), join('a', 'b'), T0)
    expect(publicView(s, T0 + 5)).toEqual({
      phase: 'lobby',
      pin: '123456',
      serverNow: T0 + 5,
      pausedAt: null,
      totalQuestions: QUIZ.length,
      playerCount: 2,
      showQuestionOnPlayers: true,
      autoAdvance: true,
      advanceAt: null,
      optionsPerPlayer: false,
      locked: false,
      quizTitle: 'Tiny quiz',
      rules: { scoring: 'speed', streakBonus: true, wrongPenalty: 0, teams: 0, teamPick: false },
      teams: [],
    })
  })

  it.each(QUIZ.map((q, i) => ({ id: q.id, i })))('question $id: option texts only, never which are right', ({ i }) => {
    let s = at(i)
    s = apply(s, QUIZ[i]!.type === 'text' ? typed('a', 0, 'Mont Blanc') : pick('a', 0, [0]), T0 + 100).state
    const view = publicView(s, T0 + 200)
    const json = JSON.stringify(view)
    expect(json).not.toMatch(/correct/i)
    expect(json).not.toMatch(/accepted/i)
    expect(json).not.toContain('Because') // the explanation
    if (QUIZ[i]!.type === 'text') expect(json).not.toContain('Mont Blanc')
    expect(view).toMatchObject({ phase: 'question', index: 0, deadline: T0 + 20_000, answeredCount: 1 })
  })

  it('question: options in order, pick for multiple response, time limit scaled', () => {
    const view = publicView(started(['a'], { timeScale: 2 }, [QUIZ[1]!]), T0)
    expect(view.phase === 'question' && view.question).toEqual({
      id: 'q-multi',
      type: 'multiple',
      prompt: 'Prompt of q-multi',
      options: ['Red', 'Green', 'Blue', 'Cheese'],
      pick: 2,
      points: 1000,
      timeLimitMs: 10_000,
      difficulty: 'medium',
    })
  })

  it('reveal: right options, counts per option, explanation', () => {
    let s = at(1, ['a', 'b', 'c', 'd'])
    s = apply(s, pick('a', 0, [0, 2]), T0 + 100).state
    s = apply(s, pick('b', 0, [0, 1]), T0 + 100).state
    s = apply(s, pick('c', 0, [3]), T0 + 100).state
    s = apply(s, { type: 'endAnswering' }, T0 + 200).state
    expect(publicView(s, T0 + 300)).toMatchObject({
      phase: 'reveal',
      correctOptions: [0, 2],
      acceptedAnswers: [],
      counts: [2, 1, 1, 1],
      answeredCount: 3,
      explanation: 'Because q-multi.',
    })
  })

  it('reveal of a typed question: accepted answers and [right, wrong]', () => {
    let s = at(3)
    s = apply(s, typed('a', 0, 'mont blanc'), T0 + 100).state
    s = apply(s, typed('b', 0, 'K2'), T0 + 100).state
    s = apply(s, typed('c', 0, 'Monte Bianco'), T0 + 100).state
    expect(publicView(s, T0 + 300)).toMatchObject({ phase: 'reveal', correctOptions: [], acceptedAnswers: ['Mont Blanc', 'Monte Bianco'], counts: [2, 1], answeredCount: 3 })
  })

  it('shows the pause and the auto-advance time', () => {
    let s = started(['a'], { autoAdvance: true })
    s = apply(s, { type: 'endAnswering' }, T0 + 1000).state
    s = apply(s, { type: 'pause' }, T0 + 2000).state
    expect(publicView(s, T0 + 3000)).toMatchObject({ pausedAt: T0 + 2000, advanceAt: T0 + 9000, autoAdvance: true })
  })
})

describe('playerView', () => {
  it('shows whether the player answered, only while the question is open', () => {
    let s = apply(started(['a', 'b']), pick('a', 0, [1]), T0 + 10_000).state
    expect(playerView(s, 'a')).toEqual({ playerId: 'a', nickname: 'Nick a', score: 0, streak: 0, rank: 1, correctCount: 0, askedCount: 0, answered: true, lastResult: null, extraTime: 1, team: null, ahead: null })
    expect(playerView(s, 'b').answered).toBe(false)
    s = apply(s, { type: 'endAnswering' }, T0 + 11_000).state
    expect(playerView(s, 'a')).toMatchObject({ score: 750, streak: 1, rank: 1, correctCount: 1, answered: false })
    expect(playerView(s, 'b')).toMatchObject({ rank: 2 })
    expect(playerView(s, 'b', { b: 7 }).rank).toBe(7)
  })
})

describe('hostView', () => {
  it('lists players in join order with connection and answering progress', () => {
    let s = apply(started(['a', 'b', 'c']), pick('b', 0, [1]), T0 + 10_000).state
    s = apply(s, { type: 'connection', playerId: 'c', connected: false }, T0 + 10_000).state
    expect(hostView(s)).toEqual({
      pin: '123456',
      phase: 'question',
      locked: false,
      playerCount: 3,
      connectedCount: 2,
      answeredCount: 1,
      players: [
        { playerId: 'a', nickname: 'Nick a', score: 0, correctCount: 0, askedCount: 0, connected: true, answered: false, extraTime: 1, team: null },
        { playerId: 'b', nickname: 'Nick b', score: 0, correctCount: 0, askedCount: 0, connected: true, answered: true, extraTime: 1, team: null },
        { playerId: 'c', nickname: 'Nick c', score: 0, correctCount: 0, askedCount: 0, connected: false, answered: false, extraTime: 1, team: null },
      ],
    })
  })
})
