import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { QuestionSchema, type Question } from '@cirrus/questions'
import { MEDIA_WAIT_MS } from './media.ts'
import { reduce } from './reduce.ts'
import { deepFreeze, newGame, T0 } from './test-fixtures.ts'
import type { GameEvent, GameState } from './types.ts'
import { publicView } from './views.ts'

/**
 * Any sequence of events over a quiz of the new types, one with pictures: the key never shows before the reveal,
 * no answer counts while the pictures load, the clock starts by the bound, and a poll changes no score or streak.
 */

const ITEMS = ['one', 'two', 'three', 'four', 'five']
const QUIZ: Question[] = [
  QuestionSchema.parse({ id: 'order', type: 'ordering', prompt: 'Order them', options: ITEMS.map((text) => ({ text, correct: true })) }),
  QuestionSchema.parse({ id: 'poll', type: 'poll', prompt: 'Vote', options: ['a', 'b', 'c'].map((text) => ({ text, correct: false })), image: { id: 'e'.repeat(64), alt: 'A chart' } }),
  QuestionSchema.parse({ id: 'number', type: 'number', prompt: 'How many?', options: [], number: { answers: [{ value: 77.25, tolerance: 0.5 }, { value: 77.25, tolerance: 5, credit: 0.5 }], min: 0, max: 1000 } }),
  QuestionSchema.parse({ id: 'single', type: 'single', prompt: 'Which?', options: [{ text: 'x', correct: true }, { text: 'y', correct: false }] }),
]
const ids = ['p0', 'p1', 'p2', 'ghost']
const id = fc.constantFrom(...ids)
const choice = fc.oneof(
  fc.record({ order: fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 }) }),
  fc.record({ order: fc.array(fc.integer({ min: -1, max: 6 }), { maxLength: 6 }) }),
  fc.record({ number: fc.oneof(fc.constantFrom(77.25, 77.5, 80, 90), fc.double({ min: -1e6, max: 1e6, noNaN: true })) }),
  fc.record({ options: fc.tuple(fc.integer({ min: 0, max: 2 })) }),
  fc.record({ text: fc.constant('77.25') }),
)
const event: fc.Arbitrary<GameEvent> = fc.oneof(
  { weight: 10, arbitrary: fc.record({ type: fc.constant('join' as const), playerId: id, nickname: fc.constantFrom('Ann', 'Bob', 'Cy') }) },
  { weight: 5, arbitrary: fc.record({ type: fc.constant('connection' as const), playerId: id, connected: fc.boolean() }) },
  { weight: 60, arbitrary: fc.record({ type: fc.constant('answer' as const), playerId: id, questionIndex: fc.integer({ min: 0, max: 3 }), choice, rttMs: fc.constant(0) }) },
  { weight: 20, arbitrary: fc.record({ type: fc.constant('ready' as const), playerId: id, questionIndex: fc.integer({ min: 0, max: 3 }) }) },
  { weight: 10, arbitrary: fc.constant({ type: 'start' as const }) },
  { weight: 15, arbitrary: fc.constant({ type: 'next' as const }) },
  { weight: 5, arbitrary: fc.constant({ type: 'endAnswering' as const }) },
  { weight: 5, arbitrary: fc.constant({ type: 'pause' as const }) },
  { weight: 5, arbitrary: fc.constant({ type: 'resume' as const }) },
  { weight: 20, arbitrary: fc.constant({ type: 'tick' as const }) },
)
const steps = fc.array(fc.tuple(event, fc.integer({ min: 0, max: 3000 })), { minLength: 1, maxLength: 80, size: 'max' })
const KEY = /"(correct\w*|accepted\w*|explanation|tolerance|credit|shownOrder|answers)"\s*:|77\.25/

describe('properties of the new types under any events', () => {
  it('hold after every event', () => {
    const seen = { orderViews: 0, waits: 0, started: 0, polls: 0 }
    fc.assert(
      fc.property(steps, fc.constantFrom(1, 4), (events, timeScale) => {
        let s: GameState = deepFreeze(newGame({ timeScale }, QUIZ))
        let now = T0
        let pollBefore: Record<string, [number, number]> | null = null
        let pausedThisQuestion = false
        for (const [e, dt] of events) {
          now += dt
          const before = s
          const r = reduce(before, e, now)
          if (!r.ok) continue
          s = deepFreeze(r.state)
          const q = s.questions[s.index]
          if (s.phase !== 'question') pausedThisQuestion = false
          if (s.pausedAt !== null) pausedThisQuestion = true
          if (s.phase === 'question' && q) {
            const view = publicView(s, now)
            expect(JSON.stringify(view)).not.toMatch(KEY)
            if (q.type === 'ordering' && view.phase === 'question') {
              seen.orderViews++
              expect(view.question.options).not.toEqual(ITEMS)
            }
            if (s.round!.media) {
              seen.waits++
              expect(r.effects.some((x) => x.type === 'persistAnswer')).toBe(false)
              // The bound: sent + N s, later only by the time paused (which never counts).
              if (!pausedThisQuestion) expect(s.round!.openedAt).toBeLessThanOrEqual(s.round!.media.sentAt + MEDIA_WAIT_MS / timeScale)
            } else if (before.round?.media && before.index === s.index) seen.started++
          }
          // Entering the poll: remember everyone's score and streak; at its reveal they are unchanged.
          if (s.phase === 'question' && q?.type === 'poll' && before.phase !== 'question') pollBefore = Object.fromEntries(s.order.map((p) => [p, [s.players[p]!.score, s.players[p]!.streak]]))
          if (s.phase === 'reveal' && before.phase === 'question' && q?.type === 'poll' && pollBefore) {
            seen.polls++
            for (const p of s.order) if (pollBefore[p]) expect([s.players[p]!.score, s.players[p]!.streak]).toEqual(pollBefore[p])
          }
          for (const p of Object.values(s.players)) expect(p.score).toBeGreaterThanOrEqual(0)
        }
      }),
      { numRuns: 400 },
    )
    expect(seen.orderViews).toBeGreaterThan(20)
    expect(seen.waits).toBeGreaterThan(5)
    expect(seen.started).toBeGreaterThan(2)
    expect(seen.polls).toBeGreaterThan(2)
  })
})
