import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { QuestionSchema, type Question } from '@cirrus/questions'
import { numberCredit } from './number.ts'
import { orderingCredit, orderProblem, rightOrderShown, shownOrder } from './ordering.ts'
import { mulberry32 } from './random.ts'
import { choiceProblem, grade, scoreAnswer } from './scoring.ts'
import { createGame } from './create.ts'
import { apply, settings, started, T0 } from './test-fixtures.ts'
import type { GameEvent, GameState } from './types.ts'
import { publicView } from './views.ts'

const ordering = (items: string[]): Question => QuestionSchema.parse({ id: 'q-order', type: 'ordering', prompt: 'Put them in order', options: items.map((text) => ({ text, correct: true })), explanation: 'Because order.' })
const poll = QuestionSchema.parse({ id: 'q-poll', type: 'poll', prompt: 'Which do you like?', options: [{ text: 'Tea', correct: false }, { text: 'Coffee', correct: false }, { text: 'Water', correct: false }] })
const number = QuestionSchema.parse({
  id: 'q-number',
  type: 'number',
  prompt: 'How tall is Mont Blanc, in metres?',
  options: [],
  number: { answers: [{ value: 4806, tolerance: 10 }, { value: 4806, tolerance: 100, credit: 0.5 }], min: 4000, max: 5000, step: 1, unit: 'm' },
  explanation: 'Because 4806.',
})
const FOUR = ordering(['A', 'B', 'C', 'D'])

type AnswerChoice = Extract<GameEvent, { type: 'answer' }>['choice']
const answer = (playerId: string, choice: AnswerChoice, at = 100, questionIndex = 0): [GameEvent, number] => [{ type: 'answer', playerId, questionIndex, choice, rttMs: 0 }, T0 + at]
const run = (state: GameState, events: [GameEvent, number][]) => events.reduce((s, [e, now]) => apply(s, e, now).state, state)

describe('the model of the new types', () => {
  it.each([
    { name: 'ordering of 2 items', q: { type: 'ordering', options: [{ text: 'a', correct: true }, { text: 'b', correct: true }] }, message: 'an ordering question has 3 to 6 items to put in order, not 2' },
    { name: 'ordering of 7 items', q: { type: 'ordering', options: 'abcdefg'.split('').map((text) => ({ text, correct: true })) }, message: 'an ordering question has 3 to 6 items to put in order, not 7' },
    { name: 'poll with a right option', q: { type: 'poll', options: [{ text: 'a', correct: true }, { text: 'b', correct: false }] }, message: 'a poll has no right answer: no option is marked correct' },
    { name: 'number without numbers', q: { type: 'number', options: [] }, message: 'a number question needs at least one accepted number' },
    { name: 'number with options', q: { type: 'number', options: [{ text: '4', correct: true }], number: { answers: [{ value: 4 }] } }, message: 'a number question has no options: its accepted numbers say what is right' },
    { name: 'number only half right', q: { type: 'number', options: [], number: { answers: [{ value: 4, credit: 0.5 }] } }, message: 'a number question needs one accepted number worth full credit' },
    { name: 'number outside its slider', q: { type: 'number', options: [], number: { answers: [{ value: 40 }], min: 0, max: 10 } }, message: 'accepted number 1 (40) is outside the slider (0 to 10)' },
    { name: 'number with half a slider', q: { type: 'number', options: [], number: { answers: [{ value: 4 }], min: 0 } }, message: "a number question's slider needs both ends, or neither" },
    { name: 'numbers on a single', q: { type: 'single', options: [{ text: 'a', correct: true }, { text: 'b', correct: false }], number: { answers: [{ value: 4 }] } }, message: 'only a number question has accepted numbers' },
  ])('$name: "$message"', ({ q, message }) => {
    const result = QuestionSchema.safeParse({ id: 'x', prompt: 'p', ...q })
    expect(result.success).toBe(false)
    expect(result.error!.issues.map((i) => i.message)).toContain(message)
  })

  it('accepts each new type', () => {
    expect([FOUR.type, poll.type, number.type]).toEqual(['ordering', 'poll', 'number'])
  })
})

describe('ordering: the share of neighbouring pairs right', () => {
  it.each([
    { order: [0, 1, 2, 3], credit: 1 },
    { order: [3, 2, 1, 0], credit: 0 },
    { order: [1, 2, 3, 0], credit: 2 / 3 }, // B C D A: B-C and C-D
    { order: [0, 2, 1, 3], credit: 0 },
    { order: [0, 1, 3, 2], credit: 1 / 3 },
    { order: [2, 3, 0, 1], credit: 2 / 3 },
  ])('$order (as the right order\'s places) → $credit', ({ order, credit }) => {
    expect(orderingCredit(order, undefined)).toBeCloseTo(credit)
  })

  it('reads an answer through the shown order', () => {
    const shown = [2, 0, 3, 1] // shown: C A D B
    expect(orderingCredit([1, 3, 0, 2], shown)).toBe(1) // A B C D
    expect(rightOrderShown(shown, 4)).toEqual([1, 3, 0, 2])
  })

  it.each([
    { order: [0, 1, 2], problem: 'put all 4 items in order' },
    { order: [0, 1, 2, 2], problem: 'each item comes once' },
    { order: [0, 1, 2, 4], problem: 'an item number is 0 to 3' },
    { order: 'abcd', problem: 'this question takes the items in an order' },
  ])('refuses $order: $problem', ({ order, problem }) => {
    expect(orderProblem(order, 4)).toBe(problem)
  })

  const permutation = fc.integer({ min: 3, max: 6 }).chain((n) => fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }))
  it('properties: credit is 0..1, 1 exactly for the right order, and the right order shown always earns it', () => {
    fc.assert(
      fc.property(permutation, fc.integer(), (order, seed) => {
        const shown = shownOrder(order.length, mulberry32(seed))
        expect([...shown].sort()).toEqual([...order.keys()])
        expect(shown).not.toEqual([...order.keys()]) // never shown in the right order
        const credit = orderingCredit(order, shown)
        expect(credit).toBeGreaterThanOrEqual(0)
        expect(credit).toBeLessThanOrEqual(1)
        const places = order.map((d) => shown[d])
        expect(credit === 1).toBe(places.every((p, i) => p === i))
        expect(orderingCredit(rightOrderShown(shown, order.length), shown)).toBe(1)
        expect(orderingCredit([...rightOrderShown(shown, order.length)].reverse(), shown)).toBe(0)
      }),
      { numRuns: 500 },
    )
  })
})

describe('number: within a tolerance, the best credit of the accepted numbers', () => {
  it.each([
    { typed: 4806, credit: 1 },
    { typed: 4816, credit: 1 }, // the tolerance's end is in
    { typed: 4796, credit: 1 },
    { typed: 4817, credit: 0.5 },
    { typed: 4906, credit: 0.5 },
    { typed: 4907, credit: 0 },
    { typed: -4806, credit: 0 },
  ])('$typed → $credit', ({ typed, credit }) => {
    expect(numberCredit(number.number, typed)).toBe(credit)
  })

  it('floating-point noise does not move the ends of a range', () => {
    // A range 0.1 to 0.3 is 0.2 ± 0.1.
    const spec = { answers: [{ value: 0.2, tolerance: 0.1, credit: 1 }] }
    expect(numberCredit(spec, 0.1)).toBe(1)
    expect(numberCredit(spec, 0.30000000000000004)).toBe(1)
    expect(numberCredit(spec, 0.3001)).toBe(0)
    expect(numberCredit({ answers: [{ value: 0.3, tolerance: 0, credit: 1 }] }, 0.1 + 0.2)).toBe(1)
  })

  it('properties: the value and its ends are in, beyond them is out', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 1.001, max: 100, noNaN: true }), (value, tolerance, beyond) => {
        const spec = { answers: [{ value, tolerance, credit: 1 }] }
        expect(numberCredit(spec, value)).toBe(1)
        expect(numberCredit(spec, value + tolerance)).toBe(1)
        expect(numberCredit(spec, value - tolerance)).toBe(1)
        const far = tolerance * beyond + Math.max(1, Math.abs(value)) * 1e-6
        expect(numberCredit(spec, value + far)).toBe(0)
        expect(numberCredit(spec, value - far)).toBe(0)
      }),
      { numRuns: 500 },
    )
  })
})

describe('choices that fit each type', () => {
  it.each([
    { q: FOUR, choice: { options: [0] }, problem: 'this question takes the items in an order' },
    { q: FOUR, choice: { order: [0, 1, 2, 3] }, problem: null },
    { q: number, choice: { text: '4806' }, problem: 'this question takes a number' },
    { q: number, choice: { number: Number.NaN }, problem: 'the answer is a number' },
    { q: number, choice: { number: 4806 }, problem: null },
    { q: poll, choice: { options: [2] }, problem: null },
    { q: poll, choice: { options: [0, 1] }, problem: 'pick exactly one option' },
    { q: poll, choice: { number: 1 }, problem: 'this question takes option numbers' },
  ])('$q.type $choice → $problem', ({ q, choice, problem }) => {
    expect(choiceProblem(q, choice)).toBe(problem)
  })
})

describe('scores', () => {
  const input = { elapsedMs: 10_000, limitMs: 20_000, timeScale: 1, streak: 3 }
  it('a poll earns nothing, whatever its points', () => {
    expect(scoreAnswer({ ...input, question: { ...poll, points: 2000 }, choice: { options: [0] } })).toEqual({ correct: false, credit: 0, points: 0, streakBonus: 0 })
  })
  it('a partly right order earns its share and no streak bonus', () => {
    expect(scoreAnswer({ ...input, question: FOUR, choice: { order: [1, 2, 3, 0] } })).toEqual({ correct: false, credit: 2 / 3, points: 500, streakBonus: 0 })
    expect(scoreAnswer({ ...input, question: FOUR, choice: { order: [0, 1, 2, 3] } })).toEqual({ correct: true, credit: 1, points: 750 + 300, streakBonus: 300 })
  })
  it('a number in the loose tolerance earns half', () => {
    expect(grade(number, { number: 4850 })).toEqual({ correct: false, credit: 0.5 })
    expect(scoreAnswer({ ...input, question: number, choice: { number: 4850 } }).points).toBe(375)
  })
})

describe('a game of the new types', () => {
  it('ordering: items go out in the game\'s order, never the right one, and the reveal says the right order as shown', () => {
    const s = started(['a', 'b'], {}, [ordering(['One', 'Two', 'Three', 'Four', 'Five'])])
    const view = publicView(s, T0)
    if (view.phase !== 'question') throw new Error(view.phase)
    expect([...view.question.options].sort()).toEqual(['Five', 'Four', 'One', 'Three', 'Two'])
    expect(view.question.options).not.toEqual(['One', 'Two', 'Three', 'Four', 'Five'])
    expect(JSON.stringify(view)).not.toMatch(/correct|shown|Because/)
    const right = ['One', 'Two', 'Three', 'Four', 'Five'].map((t) => view.question.options.indexOf(t))
    const after = run(s, [answer('a', { order: right }), answer('b', { order: [...right].reverse() })])
    const reveal = publicView(after, T0 + 200)
    expect(reveal).toMatchObject({ phase: 'reveal', correctOrder: right, counts: [1, 0, 1] })
    expect(after.players.a!.lastResult).toMatchObject({ correct: true, credit: 1 })
    expect(after.players.b!.lastResult).toMatchObject({ correct: false, credit: 0, points: 0 })
  })

  it('poll: no points, the streak untouched, the room counted per option', () => {
    let s = started(['a', 'b', 'c'], {}, [FOUR, poll])
    const shownRight = rightOrderShown(s.questions[0]!.shownOrder, 4)
    s = run(s, [answer('a', { order: shownRight }), answer('b', { order: shownRight }), answer('c', { order: [...shownRight].reverse() })])
    s = apply(s, { type: 'next' }, T0 + 1000).state
    s = apply(s, { type: 'next' }, T0 + 2000).state
    const streaks = () => s.order.map((id) => s.players[id]!.streak)
    const scores = () => s.order.map((id) => s.players[id]!.score)
    const before = { streaks: streaks(), scores: scores(), correct: s.order.map((id) => s.players[id]!.correctCount) }
    expect(before.streaks).toEqual([1, 1, 0])
    const question = publicView(s, T0 + 2000)
    expect(question).toMatchObject({ phase: 'question', question: { type: 'poll', points: 0, options: ['Tea', 'Coffee', 'Water'] } })
    s = run(s, [answer('a', { options: [1] }, 2100, 1), answer('b', { options: [1] }, 2100, 1)])
    s = apply(s, { type: 'endAnswering' }, T0 + 2200).state // c never answers: a poll takes no streak from them either
    expect(publicView(s, T0 + 2200)).toMatchObject({ phase: 'reveal', counts: [0, 2, 0], correctOptions: [] })
    expect(streaks()).toEqual(before.streaks)
    expect(scores()).toEqual(before.scores)
    expect(s.order.map((id) => s.players[id]!.correctCount)).toEqual(before.correct)
  })

  it('number: the view carries the slider and unit, never the accepted numbers; the reveal does', () => {
    let s = started(['a', 'b', 'c'], {}, [number])
    const view = publicView(s, T0)
    expect(view).toMatchObject({ phase: 'question', question: { type: 'number', options: [], number: { min: 4000, max: 5000, step: 1, unit: 'm' } } })
    expect(JSON.stringify(view)).not.toMatch(/4806|answers|tolerance|Because/)
    s = run(s, [answer('a', { number: 4810 }), answer('b', { number: 4900 }), answer('c', { number: 4000 })])
    expect(publicView(s, T0 + 200)).toMatchObject({ phase: 'reveal', counts: [1, 1, 1], acceptedNumbers: number.number!.answers })
    expect(s.order.map((id) => s.players[id]!.lastResult?.credit)).toEqual([1, 0.5, 0])
  })

  it('property: no question view of an ordering question is in the right order, whatever the seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 6 }), fc.integer({ min: 0, max: 2 ** 31 }), (n, seed) => {
        const items = [...Array(n).keys()].map((i) => `item ${i}`)
        const s = apply(apply(createWithSeed(ordering(items), seed), { type: 'join', playerId: 'a', nickname: 'A' }, T0).state, { type: 'start' }, T0).state
        const view = publicView(s, T0)
        expect(view.phase === 'question' && view.question.options).not.toEqual(items)
      }),
    )
  })
})

function createWithSeed(q: Question, seed: number): GameState {
  return createGame({ pin: '123456', quizTitle: 't', questions: [q], settings: settings(), seed })
}
