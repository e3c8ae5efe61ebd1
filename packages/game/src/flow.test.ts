import type { Question } from '@cirrus/questions'
import { describe, expect, it } from 'vitest'
import { ANSWER_GRACE_MS } from './constants.ts'
import { nextWakeAt, reduce } from './reduce.ts'
import { apply, applyAll, deepFreeze, join, newGame, pick, QUIZ, started, T0 } from './test-fixtures.ts'
import type { Effect, GameEvent, GameState } from './types.ts'
import { NO_ANSWERS, answerOf } from './round-answers.ts'

const types = (effects: Effect[]) => effects.map((e) => e.type)
const single = QUIZ[0]!
const singles = (n: number, extra: Partial<Question> = {}): Question[] => Array.from({ length: n }, (_, i) => ({ ...single, id: `s${i}`, ...extra }))

/** Plays one question: the answers (each at its time), then endAnswering if still open, then on to the next question. */
function playRound(state: GameState, answers: [GameEvent, number][]): GameState {
  const opened = state.round!.openedAt
  let s = state
  for (const [event, dt] of answers) s = apply(s, event, opened + dt).state
  if (s.phase === 'question') s = apply(s, { type: 'endAnswering' }, opened + 15_000).state
  return s
}
function onward(state: GameState, now: number): GameState {
  return applyAll(state, [{ type: 'next' }, { type: 'next' }], now)
}

describe('a whole game', () => {
  it('goes lobby → question → reveal → leaderboard → ... → podium', () => {
    let s = applyAll(newGame(), join('a'), T0)
    expect(s).toMatchObject({ phase: 'lobby', index: -1, round: null })
    const phases: string[] = []
    let now = T0
    const step = (event: GameEvent) => {
      const r = apply(s, event, (now += 1000))
      s = r.state
      phases.push(s.phase)
      expect(types(r.effects)).toContain('broadcast')
      expect(r.effects).toContainEqual({ type: 'phaseChanged', phase: s.phase })
    }
    step({ type: 'start' })
    for (let i = 0; i < QUIZ.length; i++) {
      expect(s).toMatchObject({ phase: 'question', index: i })
      step({ type: 'endAnswering' })
      step({ type: 'next' })
      step({ type: 'next' })
    }
    expect(phases.slice(0, 4)).toEqual(['question', 'reveal', 'leaderboard', 'question'])
    expect(phases.at(-1)).toBe('podium')
    expect(phases.filter((p) => p === 'question')).toHaveLength(QUIZ.length)
  })

  it('opens a question with the deadline one time limit from now', () => {
    const s = started(['a'], { timeScale: 4 })
    expect(s.round).toEqual({ index: 0, openedAt: T0, deadline: T0 + 5000, answers: NO_ANSWERS })
    expect(nextWakeAt(s)).toBe(T0 + 5000 + ANSWER_GRACE_MS)
  })
})

describe('answers', () => {
  it('stores the answer, persists it and tells the host; the score moves only at the reveal', () => {
    const s = started(['a', 'b'])
    const r = apply(s, pick('a', 0, [1], 200), T0 + 10_200)
    expect(answerOf(r.state.round!.answers, 'a')).toEqual({ choice: { options: [1] }, receivedAt: T0 + 10_200, elapsedMs: 10_000, correct: true, credit: 1, points: 750, streakBonus: 0 })
    expect(r.effects).toEqual([
      {
        type: 'persistAnswer',
        answer: { playerId: 'a', questionIndex: 0, questionId: 'q-single', choice: { options: [1] }, correct: true, credit: 1, points: 750, streakBonus: 0, elapsedMs: 10_000, answeredAt: T0 + 10_200 },
      },
      { type: 'hostDirty' },
    ])
    expect(r.state.players.a!.score).toBe(0)
    const revealed = apply(r.state, { type: 'endAnswering' }, T0 + 11_000)
    expect(revealed.state.players.a).toMatchObject({ score: 750, streak: 1, correctCount: 1 })
    expect(revealed.state.players.a!.lastResult).toEqual({ index: 0, answered: true, correct: true, credit: 1, points: 750, streakBonus: 0 })
    expect(revealed.state.players.b!.lastResult).toEqual({ index: 0, answered: false, correct: false, credit: 0, points: 0, streakBonus: 0 })
  })

  it('closes the round at once when every connected player has answered', () => {
    let s = started(['a', 'b', 'c'])
    s = apply(s, { type: 'connection', playerId: 'c', connected: false }, T0 + 100).state
    expect(s.phase).toBe('question')
    s = apply(s, pick('a', 0, [1]), T0 + 1000).state
    expect(s.phase).toBe('question')
    const r = apply(s, pick('b', 0, [0]), T0 + 2000)
    expect(r.state.phase).toBe('reveal')
    expect(types(r.effects)).toEqual(['persistAnswer', 'hostDirty', 'broadcast', 'hostDirty', 'phaseChanged'])
  })

  it('does not close the round when a player disconnects', () => {
    let s = apply(started(['a', 'b']), pick('a', 0, [1]), T0 + 1000).state
    const r = apply(s, { type: 'connection', playerId: 'b', connected: false }, T0 + 2000)
    expect(r.state.phase).toBe('question')
    expect(r.effects).toEqual([{ type: 'hostDirty' }])
    s = apply(r.state, { type: 'connection', playerId: 'b', connected: true }, T0 + 3000).state
    expect(s.players.b!.connected).toBe(true)
  })

  it('scores typed answers after normalising them', () => {
    let s = started(['a', 'b'], {}, [QUIZ[3]!])
    s = apply(s, { type: 'answer', playerId: 'a', questionIndex: 0, choice: { text: '  MÔNT   blanc ' }, rttMs: 0 }, T0 + 10_000).state
    s = apply(s, { type: 'answer', playerId: 'b', questionIndex: 0, choice: { text: 'Everest' }, rttMs: 0 }, T0 + 10_000).state
    expect(s.players.a).toMatchObject({ score: 750, correctCount: 1 })
    expect(s.players.b).toMatchObject({ score: 0, correctCount: 0 })
  })

  it('gives multiple response partial credit, never below zero', () => {
    let s = started(['a', 'b', 'c'], {}, [QUIZ[1]!])
    s = apply(s, pick('a', 0, [0, 1, 2]), T0 + 10_000).state
    s = apply(s, pick('b', 0, [1, 3]), T0 + 10_000).state
    s = apply(s, pick('c', 0, [2, 0]), T0 + 10_000).state
    expect([s.players.a!.score, s.players.b!.score, s.players.c!.score]).toEqual([375, 0, 750])
    expect([s.players.a!.lastResult!.credit, s.players.b!.lastResult!.credit]).toEqual([0.5, 0])
    expect([s.players.a!.streak, s.players.c!.streak]).toEqual([0, 1])
  })
})

describe('streaks', () => {
  it('adds +100, +200 ... at most +500 for right answers in a row; a wrong answer resets', () => {
    let s = started(['a'], {}, singles(9))
    const bonuses: number[] = []
    const rightOrWrong = [1, 1, 1, 1, 1, 1, 1, 0, 1]
    rightOrWrong.forEach((option, i) => {
      s = playRound(s, [[pick('a', i, [option]), 0]])
      bonuses.push(s.players.a!.lastResult!.streakBonus)
      expect(s.players.a!.lastResult!.points).toBe(option === 1 ? 1000 + bonuses[i]! : 0)
      if (i < 8) s = onward(s, s.round!.openedAt + 16_000)
    })
    expect(bonuses).toEqual([0, 100, 200, 300, 400, 500, 500, 0, 0])
    expect(s.players.a).toMatchObject({ streak: 1, correctCount: 8, score: 1000 * 7 + 2000 + 1000 })
  })

  it('resets on a missing answer', () => {
    let s = started(['a', 'b'], {}, singles(4))
    const plan = [true, true, false, true]
    plan.forEach((answers, i) => {
      s = playRound(s, answers ? [[pick('a', i, [1]), 0]] : [])
      if (i < 3) s = onward(s, s.round!.openedAt + 16_000)
    })
    expect(s.players.a!.streak).toBe(1)
    expect(s.players.a!.score).toBe(1000 + 1100 + 1000)
  })

  it('is left as it was by a 0-point question, answered right, wrong or not at all', () => {
    const quiz = [...singles(2), ...singles(3, { points: 0 }), ...singles(1)]
    let s = started(['a', 'b'], {}, quiz)
    const a: GameEvent[][] = [[pick('a', 0, [1])], [pick('a', 1, [1])], [pick('a', 2, [1])], [pick('a', 3, [0])], [], [pick('a', 5, [1])]]
    const streaks: number[] = []
    a.forEach((events, i) => {
      s = playRound(s, events.map((e) => [e, 0]))
      streaks.push(s.players.a!.streak)
      if (i < 5) s = onward(s, s.round!.openedAt + 16_000)
    })
    expect(streaks).toEqual([1, 2, 2, 2, 2, 3])
    expect(s.players.a!.lastResult!.streakBonus).toBe(200)
    expect(s.players.a!.score).toBe(1000 + 1100 + 0 + 0 + 0 + 1200)
    expect(s.players.a!.correctCount).toBe(4)
  })

  it('counts a 0-point answer as neither points nor bonus', () => {
    const s = started(['a', 'b'], { points: 0 })
    const r = apply(s, pick('a', 0, [1]), T0 + 100)
    expect(answerOf(r.state.round!.answers, 'a')).toMatchObject({ correct: true, points: 0, streakBonus: 0 })
  })
})

describe('pause and resume', () => {
  it('moves the deadline and the opening by the pause, so paused time never counts', () => {
    let s = started(['a', 'b'])
    s = apply(s, { type: 'pause' }, T0 + 5000).state
    expect(s.pausedAt).toBe(T0 + 5000)
    expect(nextWakeAt(s)).toBeNull()
    // A tick long past the deadline does nothing while paused.
    const tick = apply(s, { type: 'tick' }, T0 + 50_000)
    expect(tick.state).toBe(s)
    expect(tick.effects).toEqual([])
    const r = apply(s, { type: 'resume' }, T0 + 65_000)
    expect(types(r.effects)).toContain('broadcast')
    s = r.state
    expect(s.pausedAt).toBeNull()
    expect(s.round).toMatchObject({ openedAt: T0 + 60_000, deadline: T0 + 80_000 })
    expect(nextWakeAt(s)).toBe(T0 + 80_000 + ANSWER_GRACE_MS)
    s = apply(s, pick('a', 0, [1]), T0 + 70_000).state
    expect(answerOf(s.round!.answers, 'a')!.points).toBe(750)
  })

  it('moves the auto-advance by the pause', () => {
    let s = started(['a'], { autoAdvance: true, revealSec: 8 })
    s = apply(s, { type: 'endAnswering' }, T0 + 1000).state
    expect(s.advanceAt).toBe(T0 + 9000)
    s = apply(s, { type: 'pause' }, T0 + 2000).state
    expect(apply(s, { type: 'tick' }, T0 + 9000).state.phase).toBe('reveal')
    s = apply(s, { type: 'resume' }, T0 + 12_000).state
    expect(s.advanceAt).toBe(T0 + 19_000)
    expect(apply(s, { type: 'tick' }, T0 + 18_999).state.phase).toBe('reveal')
    expect(apply(s, { type: 'tick' }, T0 + 19_000).state.phase).toBe('leaderboard')
  })

  it('gives a question opened while paused its whole time once resumed', () => {
    let s = apply(started(['a']), { type: 'endAnswering' }, T0 + 1000).state
    s = applyAll(s, [{ type: 'next' }, { type: 'pause' }], T0 + 2000)
    s = apply(s, { type: 'next' }, T0 + 3000).state
    expect(s).toMatchObject({ phase: 'question', index: 1, pausedAt: T0 + 2000 })
    s = apply(s, { type: 'resume' }, T0 + 10_000).state
    expect(s.round).toMatchObject({ openedAt: T0 + 10_000, deadline: T0 + 30_000 })
  })
})

describe('auto-advance by ticks', () => {
  it('runs reveal and leaderboard by themselves, with the time scale', () => {
    let s = started(['a'], { autoAdvance: true, revealSec: 8, leaderboardSec: 5, timeScale: 2 })
    expect(s.round!.deadline).toBe(T0 + 10_000)
    const early = apply(s, { type: 'tick' }, T0 + 10_499)
    expect(early.state).toBe(s)
    expect(early.effects).toEqual([])
    const closed = apply(s, { type: 'tick' }, T0 + 10_500)
    s = closed.state
    expect(s).toMatchObject({ phase: 'reveal', advanceAt: T0 + 14_500 })
    expect(types(closed.effects)).toEqual(['broadcast', 'hostDirty', 'phaseChanged'])
    expect(nextWakeAt(s)).toBe(T0 + 14_500)
    s = apply(s, { type: 'tick' }, T0 + 14_500).state
    expect(s).toMatchObject({ phase: 'leaderboard', advanceAt: T0 + 17_000 })
    s = apply(s, { type: 'tick' }, T0 + 17_100).state
    expect(s).toMatchObject({ phase: 'question', index: 1, advanceAt: null })
    expect(s.round).toMatchObject({ openedAt: T0 + 17_100, deadline: T0 + 27_100 })
  })

  it('without auto-advance, waits for the host', () => {
    let s = apply(started(['a']), { type: 'tick' }, T0 + 20_500).state
    expect(s).toMatchObject({ phase: 'reveal', advanceAt: null })
    expect(nextWakeAt(s)).toBeNull()
    expect(apply(s, { type: 'tick' }, T0 + 999_999).state).toBe(s)
  })

  it('has nothing to wake for in the lobby or on the podium', () => {
    expect(nextWakeAt(newGame())).toBeNull()
    expect(nextWakeAt(apply(started(['a']), { type: 'end' }, T0).state)).toBeNull()
  })
})

describe('kick', () => {
  it('removes the player for good and tells the runtime', () => {
    const s = started(['a', 'b', 'c'])
    const r = apply(s, { type: 'kick', playerId: 'b' }, T0 + 1000)
    expect(r.effects).toEqual([{ type: 'kick', playerId: 'b' }, { type: 'hostDirty' }])
    expect(r.state.players.b).toBeUndefined()
    expect(r.state.order).toEqual(['a', 'c'])
    expect(r.state.kicked).toEqual(['b'])
  })

  it('closes the round when everyone left has answered', () => {
    let s = apply(started(['a', 'b']), pick('a', 0, [1]), T0 + 1000).state
    const r = apply(s, { type: 'kick', playerId: 'b' }, T0 + 2000)
    expect(r.state.phase).toBe('reveal')
    expect(types(r.effects)).toEqual(['kick', 'hostDirty', 'broadcast', 'hostDirty', 'phaseChanged'])
    // A kicked player's answer no longer counts.
    s = apply(started(['a', 'b', 'c']), pick('b', 0, [1]), T0 + 1000).state
    s = apply(s, { type: 'kick', playerId: 'b' }, T0 + 2000).state
    expect(answerOf(s.round!.answers, 'b')).toBeUndefined()
  })

  it('works in the lobby', () => {
    const s = apply(applyAll(newGame(), join('a', 'b'), T0), { type: 'kick', playerId: 'a' }, T0).state
    expect(s).toMatchObject({ phase: 'lobby', order: ['b'], kicked: ['a'] })
  })
})

describe('lock and join', () => {
  it('a locked game refuses joins until unlocked', () => {
    let s = applyAll(newGame(), join('a'), T0)
    const r = apply(s, { type: 'lock', locked: true }, T0)
    expect(types(r.effects)).toEqual(['broadcast', 'hostDirty', 'snapshot']) // a restart keeps the lock
    s = r.state
    expect(reduce(s, join('b')[0]!, T0)).toMatchObject({ ok: false, error: 'lobby_locked' })
    s = apply(s, { type: 'lock', locked: false }, T0).state
    expect(reduce(s, join('b')[0]!, T0).ok).toBe(true)
  })

  it('can lock mid-game', () => {
    const s = apply(started(['a']), { type: 'lock', locked: true }, T0).state
    expect(s.locked).toBe(true)
    expect(reduce(s, join('z')[0]!, T0)).toMatchObject({ ok: false, error: 'lobby_locked' })
  })

  it('a join only tells the host', () => {
    const r = apply(newGame(), join('a')[0]!, T0)
    expect(r.effects).toEqual([{ type: 'hostDirty' }])
    expect(r.state.players.a).toEqual({ id: 'a', nickname: 'Nick a', score: 0, streak: 0, correctCount: 0, askedCount: 0, connected: true, lastResult: null })
  })

  it('late joiners start at 0 and can answer the open question', () => {
    let s = apply(started(['a', 'b']), pick('a', 0, [1]), T0 + 100).state
    s = apply(s, join('late')[0]!, T0 + 200).state
    expect(s.order).toEqual(['a', 'b', 'late'])
    s = apply(s, pick('late', 0, [1]), T0 + 300).state
    s = apply(s, { type: 'endAnswering' }, T0 + 400).state
    expect(s.players.late!.score).toBe(1000)
    s = apply(s, join('later')[0]!, T0 + 500).state
    expect(s.players.later).toMatchObject({ score: 0, streak: 0, lastResult: null })
  })
})

describe('end', () => {
  it('mid-question counts the answers given, then shows the podium and writes the results', () => {
    let s = apply(started(['a', 'b']), pick('b', 0, [1]), T0 + 10_000).state
    const r = apply(s, { type: 'end' }, T0 + 11_000)
    s = r.state
    expect(s).toMatchObject({ phase: 'podium', pausedAt: null, advanceAt: null })
    expect(s.players.b!.score).toBe(750)
    expect(types(r.effects)).toEqual(['broadcast', 'phaseChanged', 'finished', 'hostDirty'])
    expect(r.effects).toContainEqual({
      type: 'finished',
      results: [
        { playerId: 'b', nickname: 'Nick b', rank: 1, score: 750, correctCount: 1, askedCount: 1 },
        { playerId: 'a', nickname: 'Nick a', rank: 2, score: 0, correctCount: 0, askedCount: 1 },
      ],
    })
    const you = r.effects.flatMap((e) => (e.type === 'broadcast' ? (e.you ?? []) : [])).find((y) => y.playerId === 'a')
    expect(you).toMatchObject({ rank: 2, score: 0 })
  })

  it('works from the lobby and while paused', () => {
    expect(apply(newGame(), { type: 'end' }, T0).state.phase).toBe('podium')
    const paused = apply(started(['a']), { type: 'pause' }, T0 + 1).state
    expect(apply(paused, { type: 'end' }, T0 + 2).state).toMatchObject({ phase: 'podium', pausedAt: null })
  })

  it('next after the last leaderboard goes to the podium with the same effects', () => {
    let s = started(['a'], {}, [single])
    s = applyAll(s, [{ type: 'endAnswering' }, { type: 'next' }], T0 + 1000)
    const r = apply(s, { type: 'next' }, T0 + 2000)
    expect(r.state.phase).toBe('podium')
    expect(types(r.effects)).toEqual(['broadcast', 'phaseChanged', 'finished', 'hostDirty'])
  })
})

describe('the reveal', () => {
  it('sends every player (connected or not) their own result and rank', () => {
    let s = started(['a', 'b', 'c'])
    s = apply(s, { type: 'connection', playerId: 'c', connected: false }, T0).state
    s = apply(s, pick('a', 0, [1]), T0 + 10_000).state
    const r = apply(s, { type: 'endAnswering' }, T0 + 11_000)
    const yous = r.effects.flatMap((e) => (e.type === 'broadcast' ? (e.you ?? []) : []))
    expect(yous.map((you) => [you.playerId, you.rank, you.score])).toEqual([
      ['a', 1, 750],
      ['b', 2, 0],
      ['c', 2, 0],
    ])
    expect(yous[0]!.lastResult).toEqual({ index: 0, answered: true, correct: true, credit: 1, points: 750, streakBonus: 0 })
  })
})

describe('purity', () => {
  it('never changes the state it is given (frozen states, whole game)', () => {
    let s = deepFreeze(applyAll(newGame({ autoAdvance: true }), join('a', 'b', 'c'), T0))
    const events: GameEvent[] = [
      { type: 'start' },
      pick('a', 0, [1]),
      { type: 'pause' },
      { type: 'resume' },
      { type: 'lock', locked: true },
      { type: 'kick', playerId: 'c' },
      { type: 'connection', playerId: 'b', connected: false },
      { type: 'tick' },
      { type: 'next' },
      { type: 'tick' },
      pick('a', 1, [0, 2]),
      { type: 'end' },
    ]
    let now = T0
    for (const event of events) {
      const before = structuredClone(s)
      const r = reduce(s, event, (now += 10_000))
      expect(s).toEqual(before)
      if (r.ok) s = deepFreeze(r.state)
    }
    expect(s.phase).toBe('podium')
  })
})

describe('host moves carry the step they were made from', () => {
  it('refuses a second press of the same button instead of skipping a phase', () => {
    let s = started(['a'])
    const step = { phase: 'question', index: 0 } as const
    s = apply(s, { type: 'endAnswering', step }, T0 + 1000).state
    expect(s.phase).toBe('reveal')
    const reveal = { phase: 'reveal', index: 0 } as const
    s = apply(s, { type: 'next', step: reveal }, T0 + 2000).state
    expect(s.phase).toBe('leaderboard')
    // The double press: the same step again, now stale. Without the step it would open question 2.
    expect(reduce(s, { type: 'next', step: reveal }, T0 + 2010)).toMatchObject({ ok: false, error: 'stale_step' })
    expect(reduce(s, { type: 'endAnswering', step }, T0 + 2010)).toMatchObject({ ok: false, error: 'stale_step' })
    expect(s.phase).toBe('leaderboard')
  })

  it.each([
    ['start', { phase: 'lobby', index: -1 }],
    ['next', { phase: 'reveal', index: 0 }],
    ['endAnswering', { phase: 'question', index: 1 }],
  ] as const)('takes %s from the step the game is at', (type, step) => {
    let s = applyAll(newGame(), join('a'), T0)
    if (step.phase !== 'lobby') s = apply(s, { type: 'start' }, T0).state
    if (step.phase === 'reveal') s = apply(s, { type: 'endAnswering' }, T0).state
    if (step.index === 1) s = onward(apply(s, { type: 'endAnswering' }, T0).state, T0)
    expect(reduce(s, { type, step: { phase: s.phase, index: s.index } }, T0 + 10).ok).toBe(true)
    expect(reduce(s, { type, step: { phase: s.phase, index: s.index + 1 } }, T0 + 10)).toMatchObject({ ok: false, error: 'stale_step' })
  })

  it('asks for a snapshot on pause, resume and lock, which a restart must keep', () => {
    const s = started(['a'])
    const paused = apply(s, { type: 'pause' }, T0 + 100)
    expect(types(paused.effects)).toContain('snapshot')
    expect(types(apply(paused.state, { type: 'resume' }, T0 + 200).effects)).toContain('snapshot')
  })
})
