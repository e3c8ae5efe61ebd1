import { describe, expect, it } from 'vitest'
import { basePoints, choiceProblem, elapsedMs, grade, scoreAnswer, streakBonus } from './scoring.ts'
import { QUIZ } from './test-fixtures.ts'

const [single, multi, tf, text, zero] = QUIZ as [(typeof QUIZ)[0], (typeof QUIZ)[0], (typeof QUIZ)[0], (typeof QUIZ)[0], (typeof QUIZ)[0]]

describe('basePoints (Kahoot: round(P × (1 − (t/T)/2)), full points under 500 ms)', () => {
  it.each([
    { P: 1000, T: 20_000, t: 10_000, scale: 1, want: 750 },
    { P: 1000, T: 20_000, t: 0, scale: 1, want: 1000 },
    { P: 1000, T: 20_000, t: 499, scale: 1, want: 1000 },
    { P: 1000, T: 20_000, t: 600, scale: 1, want: 985 },
    { P: 1000, T: 20_000, t: 20_000, scale: 1, want: 500 },
    { P: 1000, T: 20_000, t: 12_000, scale: 1, want: 700 },
    { P: 2000, T: 20_000, t: 10_000, scale: 1, want: 1500 },
    { P: 1000, T: 2_000, t: 49, scale: 10, want: 1000 },
    { P: 1000, T: 2_000, t: 60, scale: 10, want: 985 },
    { P: 1000, T: 2_000, t: 1_000, scale: 10, want: 750 },
  ])('P=$P T=$T t=$t scale=$scale → $want', ({ P, T, t, scale, want }) => {
    expect(basePoints(P, t, T, scale)).toBe(want)
  })
})

describe('elapsedMs: counted from when the question reached the player', () => {
  it.each([
    { received: 10_000, rtt: 0, want: 10_000 },
    { received: 10_200, rtt: 200, want: 10_000 },
    { received: 10_300, rtt: 300, want: 10_050 }, // round trip credited at most 250 ms
    { received: 13_000, rtt: 5_000, want: 12_750 }, // a delayed probe buys no more than the cap
    { received: 10_000, rtt: -50, want: 10_000 }, // negative round trip ignored
    { received: 10_000, rtt: Number.NaN, want: 10_000 },
    { received: 200, rtt: 240, want: 0 }, // never negative
    { received: 20_400, rtt: 0, want: 20_000 }, // inside the grace: at most T
  ])('received +$received ms, rtt $rtt → $want', ({ received, rtt, want }) => {
    expect(elapsedMs(received, 0, rtt, 20_000)).toBe(want)
  })
})

describe('grade', () => {
  it.each([
    { name: 'single right', question: single, choice: { options: [1] }, correct: true, credit: 1 },
    { name: 'single wrong', question: single, choice: { options: [0] }, correct: false, credit: 0 },
    { name: 'true/false right', question: tf, choice: { options: [1] }, correct: true, credit: 1 },
    { name: 'true/false wrong', question: tf, choice: { options: [0] }, correct: false, credit: 0 },
    { name: 'multiple all right', question: multi, choice: { options: [2, 0] }, correct: true, credit: 1 },
    { name: 'multiple half', question: multi, choice: { options: [0] }, correct: false, credit: 0.5 },
    { name: 'multiple one right one wrong', question: multi, choice: { options: [0, 1] }, correct: false, credit: 0 },
    { name: 'multiple two right one wrong', question: multi, choice: { options: [0, 1, 2] }, correct: false, credit: 0.5 },
    { name: 'multiple all wrong: never negative', question: multi, choice: { options: [1, 3] }, correct: false, credit: 0 },
    { name: 'multiple every option', question: multi, choice: { options: [0, 1, 2, 3] }, correct: false, credit: 0 },
    { name: 'text exact', question: text, choice: { text: 'Mont Blanc' }, correct: true, credit: 1 },
    { name: 'text case and spaces', question: text, choice: { text: '  mont   BLANC ' }, correct: true, credit: 1 },
    { name: 'text accents', question: text, choice: { text: 'Mönt Blânc' }, correct: true, credit: 1 },
    { name: 'text second accepted answer', question: text, choice: { text: 'monte bianco' }, correct: true, credit: 1 },
    { name: 'text wrong', question: text, choice: { text: 'Mont' }, correct: false, credit: 0 },
    { name: 'text empty', question: text, choice: { text: '' }, correct: false, credit: 0 },
  ])('$name', ({ question, choice, correct, credit }) => {
    expect(grade(question, choice)).toEqual({ correct, credit })
  })
})

describe('choiceProblem', () => {
  it.each([
    { name: 'single: one option', question: single, choice: { options: [3] }, ok: true },
    { name: 'single: two options', question: single, choice: { options: [0, 1] }, ok: false },
    { name: 'single: none', question: single, choice: { options: [] }, ok: false },
    { name: 'single: out of range', question: single, choice: { options: [4] }, ok: false },
    { name: 'single: negative', question: single, choice: { options: [-1] }, ok: false },
    { name: 'single: fraction', question: single, choice: { options: [0.5] }, ok: false },
    { name: 'single: text', question: single, choice: { text: 'Paris' }, ok: false },
    { name: 'truefalse: out of range', question: tf, choice: { options: [2] }, ok: false },
    { name: 'truefalse: one', question: tf, choice: { options: [0] }, ok: true },
    { name: 'multiple: several', question: multi, choice: { options: [0, 3, 1] }, ok: true },
    { name: 'multiple: one', question: multi, choice: { options: [1] }, ok: true },
    { name: 'multiple: none', question: multi, choice: { options: [] }, ok: false },
    { name: 'multiple: repeated', question: multi, choice: { options: [0, 0] }, ok: false },
    { name: 'multiple: out of range', question: multi, choice: { options: [0, 9] }, ok: false },
    { name: 'text: text', question: text, choice: { text: 'x' }, ok: true },
    { name: 'text: options', question: text, choice: { options: [0] }, ok: false },
    { name: 'not an object', question: single, choice: null, ok: false },
    { name: 'a string', question: text, choice: 'Mont Blanc', ok: false },
  ])('$name', ({ question, choice, ok }) => {
    expect(choiceProblem(question, choice) === null).toBe(ok)
  })
})

describe('streakBonus', () => {
  it.each([
    [1, 0],
    [2, 100],
    [3, 200],
    [4, 300],
    [5, 400],
    [6, 500],
    [7, 500],
    [50, 500],
  ])('streak %i → +%i', (streak, bonus) => {
    expect(streakBonus(streak)).toBe(bonus)
  })
})

describe('scoreAnswer', () => {
  const at = { elapsedMs: 10_000, limitMs: 20_000, timeScale: 1 }
  it.each([
    { name: 'first right answer', question: single, choice: { options: [1] }, streak: 0, want: { correct: true, credit: 1, points: 750, streakBonus: 0 } },
    { name: 'third right in a row', question: single, choice: { options: [1] }, streak: 2, want: { correct: true, credit: 1, points: 950, streakBonus: 200 } },
    { name: 'wrong keeps no bonus', question: single, choice: { options: [0] }, streak: 4, want: { correct: false, credit: 0, points: 0, streakBonus: 0 } },
    { name: 'partial credit, no bonus', question: multi, choice: { options: [0] }, streak: 3, want: { correct: false, credit: 0.5, points: 375, streakBonus: 0 } },
    { name: 'zero points: nothing, no bonus', question: zero, choice: { options: [0] }, streak: 3, want: { correct: true, credit: 1, points: 0, streakBonus: 0 } },
  ])('$name', ({ question, choice, streak, want }) => {
    expect(scoreAnswer({ question, choice, streak, ...at })).toEqual(want)
  })
})
