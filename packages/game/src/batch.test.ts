import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { reduce, reduceBatch, type BatchEvent, type Outcome } from './reduce.ts'
import { apply, applyAll, deepFreeze, join, newGame, pick, started, T0, typed } from './test-fixtures.ts'
import type { Effect, GameState } from './types.ts'
import { hostView } from './views.ts'
import { answerOf } from './round-answers.ts'

/** The reference: the same events reduced one after another. */
function oneByOne(state: GameState, events: readonly BatchEvent[], now: number) {
  const effects: Effect[] = []
  const outcomes: Outcome[] = []
  for (const event of events) {
    const result = reduce(state, event, now)
    if (result.ok) {
      state = result.state
      effects.push(...result.effects)
      outcomes.push({ ok: true })
    } else outcomes.push({ ok: false, error: result.error, message: result.message })
  }
  return { state, effects, outcomes }
}

const ids = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'ghost']
const batchEvent: fc.Arbitrary<BatchEvent> = fc.oneof(
  fc.record({ type: fc.constant('connection' as const), playerId: fc.constantFrom(...ids), connected: fc.boolean() }),
  fc.record({ type: fc.constant('join' as const), playerId: fc.constantFrom(...ids), nickname: fc.constantFrom('Ann', 'ann', 'Аnn', 'Bob', 'ВОВ', 'BOB', 'Cy', 'Di', 'Ed', 'Flo') }),
  fc.record({
    type: fc.constant('answer' as const),
    playerId: fc.constantFrom(...ids),
    questionIndex: fc.constantFrom(0, 0, 0, 1),
    choice: fc.oneof(fc.record({ options: fc.array(fc.integer({ min: -1, max: 4 }), { minLength: 1, maxLength: 3 }) }), fc.record({ text: fc.constantFrom('Paris', 'x') })),
    rttMs: fc.integer({ min: 0, max: 500 }),
  }),
)

describe('reduceBatch', () => {
  it('checks nicknames against the state it is given, however often a state is reduced again', () => {
    const lobby = reduceBatch(newGame(), [{ type: 'join', playerId: 'a', nickname: 'Ann' }], T0).state
    const withBob = reduceBatch(lobby, [{ type: 'join', playerId: 'b', nickname: 'Bob' }], T0).state
    // From the older state again: Bob is not taken there, Ann is.
    expect(reduceBatch(lobby, [{ type: 'join', playerId: 'c', nickname: 'BOB' }], T0).outcomes).toEqual([{ ok: true }])
    expect(reduceBatch(lobby, [{ type: 'join', playerId: 'c', nickname: 'ann' }], T0).outcomes[0]).toMatchObject({ ok: false, error: 'nickname_taken' })
    // From the newer one, twice: both are taken.
    for (let i = 0; i < 2; i++) {
      const { outcomes } = reduceBatch(withBob, [{ type: 'join', playerId: 'c', nickname: 'bob' }, { type: 'join', playerId: 'd', nickname: 'ANN' }], T0)
      expect(outcomes.map((o) => o.ok)).toEqual([false, false])
    }
  })

  it('gives the same state, effects and refusals as reducing the events one by one', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom('p0', 'p1', 'p2', 'p3'), { maxLength: 4 }),
        fc.boolean(),
        fc.subarray(['p0', 'p1', 'p2', 'p3']),
        fc.array(batchEvent, { maxLength: 30 }),
        fc.integer({ min: 0, max: 45_000 }),
        // Ways to play: teams balanced as a batch joins, extra time keeping a round open past its deadline.
        fc.constantFrom(0, 2, 3),
        fc.subarray(['p0', 'p1', 'p2', 'p3']),
        (seated, start, away, events, after, teams, slow) => {
          let s = applyAll(newGame({ maxPlayers: 5, teams }), join(...seated), T0)
          for (const id of slow) if ((seated as string[]).includes(id)) s = apply(s, { type: 'extraTime', playerId: id, factor: 2 }, T0).state
          if (start && seated.length > 0) s = apply(s, { type: 'start' }, T0).state
          for (const id of away) if ((seated as string[]).includes(id)) s = apply(s, { type: 'connection', playerId: id, connected: false }, T0).state
          deepFreeze(s)
          const now = T0 + after
          expect(reduceBatch(s, events, now)).toEqual(oneByOne(s, events, now))
        },
      ),
      { numRuns: 400 },
    )
  })

  it('closes the round on the answer that completes it and refuses the ones after it', () => {
    const s = deepFreeze(started(['a', 'b']))
    const { state, outcomes, effects } = reduceBatch(s, [pick('a', 0, [1]), pick('b', 0, [0]), typed('a', 0, 'again')] as BatchEvent[], T0 + 100)
    expect(state.phase).toBe('reveal')
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.error))).toEqual(['ok', 'ok', 'wrong_phase'])
    expect(effects.filter((e) => e.type === 'broadcast')).toHaveLength(1)
  })

  it('judges and times each answer at the moment it reached the server, however late the batch runs', () => {
    const s = deepFreeze(started(['a', 'b', 'c']))
    const { deadline, openedAt } = s.round!
    const inTime = { ...pick('a', 0, [0]), at: openedAt + 2000 } as BatchEvent
    const late = { ...pick('b', 0, [0]), at: deadline + 501 } as BatchEvent
    const { state, outcomes } = reduceBatch(s, [inTime, late], deadline + 520)
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.error))).toEqual(['ok', 'too_late'])
    expect(answerOf(state.round!.answers, 'a')!.receivedAt).toBe(openedAt + 2000)
    expect(answerOf(state.round!.answers, 'a')!.elapsedMs).toBe(2000)
  })

  // How fast this is belongs to the benchmark (npm run bench); here, that a whole classroom fits in one batch.
  it('takes 2,000 joins and then 2,000 answers in one batch each', () => {
    const players = Array.from({ length: 2000 }, (_, i) => `p${i}`)
    const joined = reduceBatch(newGame({ maxPlayers: 2500 }), join(...players) as BatchEvent[], T0)
    expect(joined.outcomes.every((o) => o.ok)).toBe(true)
    const s = apply(joined.state, { type: 'start' }, T0).state
    const answered = reduceBatch(s, players.map((id, i) => pick(id, 0, [i % 4])) as BatchEvent[], T0 + 1000)
    expect(answered.state.phase).toBe('reveal')
    expect(answered.outcomes.every((o) => o.ok)).toBe(true)
    expect(answered.effects.filter((e) => e.type === 'broadcast')).toHaveLength(1)
  })
})
