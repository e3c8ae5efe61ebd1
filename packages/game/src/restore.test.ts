import { describe, expect, it } from 'vitest'
import { nextWakeAt, reduce } from './reduce.ts'
import { restoreGame } from './restore.ts'
import { apply, pick, started, T0 } from './test-fixtures.ts'
import type { AnswerRecord } from './types.ts'
import { NO_ANSWERS, answerOf } from './round-answers.ts'

describe('restoreGame', () => {
  it('puts back open answers, new players and removed ones, and does not count the time away', () => {
    const snapshot = started(['a', 'b'])
    const answered = apply(snapshot, pick('a', 0, [1]), T0 + 4000)
    const record = answered.effects.find((e) => e.type === 'persistAnswer')!.answer as AnswerRecord
    const s = restoreGame(snapshot, {
      players: [
        { id: 'a', nickname: 'Nick a' },
        { id: 'c', nickname: 'Late c' },
      ],
      answers: [record],
      stoppedAt: T0 + 5000,
      now: T0 + 65_000,
    })
    expect(s.order).toEqual(['a', 'c'])
    expect(s.kicked).toEqual(['b'])
    expect(Object.values(s.players).every((p) => !p.connected)).toBe(true)
    expect(s.players.c).toMatchObject({ nickname: 'Late c', score: 0 })
    expect(s.round).toMatchObject({ openedAt: T0 + 60_000, deadline: T0 + 80_000 })
    expect(answerOf(s.round!.answers, 'a')).toEqual(answerOf(answered.state.round!.answers, 'a'))
    expect(reduce(s, pick('a', 0, [2]), T0 + 66_000)).toMatchObject({ ok: false, error: 'already_answered' })
    const revealed = apply(s, { type: 'endAnswering' }, T0 + 70_000).state
    expect(revealed.players.a!.score).toBe(answerOf(answered.state.round!.answers, 'a')!.points)
  })

  it("puts back a revealed round's answers from their rows alone, and leaves its times as they were", () => {
    const opened = started(['a', 'b'])
    const first = apply(opened, pick('a', 0, [1]), T0 + 3000)
    const second = apply(first.state, pick('b', 0, [2]), T0 + 4000) // the last answer closes the round
    const revealed = second.state
    expect(revealed.phase).toBe('reveal')
    const rows = [first, second].map((r) => r.effects.find((e) => e.type === 'persistAnswer')!.answer as AnswerRecord)
    const snapshot = { ...revealed, round: { ...revealed.round!, answers: NO_ANSWERS } }
    const players = ['a', 'b'].map((id) => ({ id, nickname: `Nick ${id}` }))
    const s = restoreGame(snapshot, { players, answers: rows, stoppedAt: T0 + 5000, now: T0 + 60_000 })
    expect(s.round).toEqual(revealed.round)
    expect(s.players.a!.score).toBe(revealed.players.a!.score)
  })

  it('leaves a paused game as it was: resuming covers the time away', () => {
    const snapshot = apply(started(['a']), { type: 'pause' }, T0 + 1000).state
    const s = restoreGame(snapshot, { players: [{ id: 'a', nickname: 'Nick a' }], answers: [], stoppedAt: T0 + 2000, now: T0 + 10_000 })
    expect(s.round).toEqual(snapshot.round)
    expect(nextWakeAt(s)).toBeNull()
  })

  it('moves the auto-advance by the time away', () => {
    const snapshot = apply(started(['a'], { autoAdvance: true }), { type: 'endAnswering' }, T0 + 1000).state
    const s = restoreGame(snapshot, { players: [{ id: 'a', nickname: 'Nick a' }], answers: [], stoppedAt: T0 + 2000, now: T0 + 7000 })
    expect(s.advanceAt).toBe(snapshot.advanceAt! + 5000)
  })
})

describe('2,000 players', () => {
  it('the answer that closes the round makes one reveal that carries every player their own view', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `p${i}`)
    let s = started(ids, { maxPlayers: 2500 })
    ids.slice(0, -1).forEach((id, i) => (s = apply(s, pick(id, 0, [i % 4]), T0 + 1000 + i).state))
    const last = apply(s, pick('p1999', 0, [1]), T0 + 5000)
    expect(last.state.phase).toBe('reveal')
    expect(last.effects.map((e) => e.type)).toEqual(['persistAnswer', 'hostDirty', 'broadcast', 'hostDirty', 'phaseChanged'])
    const reveal = last.effects.find((e) => e.type === 'broadcast')!
    expect(reveal.you?.map((you) => you.playerId)).toEqual(ids)
  })
})
