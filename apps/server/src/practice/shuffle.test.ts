import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { grade, mulberry32 } from '@cirrus/game'
import { bank } from '@cirrus/questions'
import { answerKey } from './catalog.ts'
import { asShown, drawOptionOrder, parseOrder, toQuestionOrder, toShownOrder, usableOrder } from './shuffle.ts'

const choiceQuestions = bank.filter((q) => q.type === 'single' || q.type === 'multiple')

describe('option order', () => {
  it('shuffles multiple-choice and multiple-response options and deals ordering items, never true/false, typed or number answers', () => {
    const random = mulberry32(1)
    for (const q of bank) {
      const order = drawOptionOrder(q, random)
      if (q.type === 'truefalse' || q.type === 'text' || q.type === 'number') expect(order).toBeNull()
      else expect([...order!].sort()).toEqual(q.options.map((_, i) => i))
    }
  })

  it('maps any answer by shown position back to the same answer, graded the same, for any order', () => {
    fc.assert(
      fc.property(fc.constantFrom(...choiceQuestions), fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), (q, seed, picks) => {
        const order = drawOptionOrder(q, mulberry32(seed))!
        const shown = asShown(q, order)
        const positions = [...new Set(picks.map((p) => p % q.options.length))].sort((a, b) => a - b)
        const choice = { options: q.type === 'single' ? positions.slice(0, 1) : positions }
        // What the learner saw at each position is the option the server grades.
        const mapped = toQuestionOrder(choice, order)
        expect(mapped.options.map((i) => q.options[i]!.text).sort()).toEqual(choice.options.map((i) => shown.options[i]!.text).sort())
        expect(grade(q, mapped)).toEqual(grade(shown, choice))
        expect(toShownOrder(mapped, order)).toEqual(choice)
        // The key sent after answering points at the shown positions of the right options.
        expect(answerKey(shown).correctOptions.map((i) => shown.options[i]!.text).sort()).toEqual(q.options.filter((o) => o.correct).map((o) => o.text).sort())
      }),
      { numRuns: 500 },
    )
  })

  it('puts the key of a multiple-choice question at every position about equally often', () => {
    const q = choiceQuestions.find((x) => x.type === 'single' && x.options.length === 4)!
    const key = q.options.findIndex((o) => o.correct)
    const at = [0, 0, 0, 0]
    const random = mulberry32(42)
    for (let n = 0; n < 4000; n++) at[drawOptionOrder(q, random)!.indexOf(key)]!++
    for (const count of at) expect(Math.abs(count - 1000)).toBeLessThan(120)
  })

  it('falls back to the written order when a kept order no longer fits the question', () => {
    const q = choiceQuestions[0]!
    expect(usableOrder([0], q)).toBeNull()
    expect(usableOrder(q.options.map(() => 0), q)).toBeNull()
    expect(asShown(q, [9, 9, 9])).toBe(q)
    expect(parseOrder(null)).toBeNull()
    expect(parseOrder('[2,0,1]')).toEqual([2, 0, 1])
    expect(parseOrder('{"x":1}')).toBeNull()
    expect(toQuestionOrder({ text: 'S3' }, [1, 0])).toEqual({ text: 'S3' })
  })
})
