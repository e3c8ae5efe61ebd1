import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { choiceProblem, grade, mulberry32 } from '@cirrus/game'
import { QuestionSchema, type Question } from '@cirrus/questions'
import { ChoiceSchema } from '@cirrus/protocol'
import { answerKey, practiceQuestion } from './catalog.ts'
import { rightAnswerText } from './reports.ts'
import { asShown, drawOptionOrder } from './shuffle.ts'

/** Ordering and number questions in practice: what the learner is shown, and how an answer is checked. */

const ordering: Question = QuestionSchema.parse({
  id: 'steps',
  type: 'ordering',
  prompt: 'Put the steps of making an AMI in order, first at the top',
  options: ['Launch and customise an instance', 'Stop the instance', 'Create the image', 'Launch new instances from it'].map((text) => ({ text, correct: true })),
  explanation: 'Customise, stop for a consistent disk, image, launch.',
})

const number: Question = QuestionSchema.parse({
  id: 'minutes',
  type: 'number',
  prompt: 'How many minutes does an Expedited retrieval take, about?',
  options: [],
  number: { answers: [{ value: 3, tolerance: 2 }, { value: 10, tolerance: 5, credit: 0.5 }], min: 0, max: 60, step: 1, unit: 'minutes' },
  explanation: 'Expedited retrievals take 1 to 5 minutes.',
})

/** The learner's answer: the items as they want them, by their positions on screen. */
const orderAs = (shownTexts: readonly string[], wanted: readonly string[]) => ({ order: wanted.map((t) => shownTexts.indexOf(t)) })
const texts = (q: Question) => q.options.map((o) => o.text)

describe('an ordering question in practice', () => {
  it('deals the items in an order that is never the right one, with the key by the items shown', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const shown = asShown(ordering, drawOptionOrder(ordering, mulberry32(seed)))
        const view = practiceQuestion('steps', shown)
        expect([...view.options].sort()).toEqual([...texts(ordering)].sort())
        expect(view.options).not.toEqual(texts(ordering))
        expect(JSON.stringify(view)).not.toMatch(/correct/)
        // The key after answering: which item shown comes first, second...
        expect(answerKey(shown).correctOrder!.map((i) => view.options[i])).toEqual(texts(ordering))
      }),
      { numRuns: 200 },
    )
  })

  it("checks an answer with the game's rule: the whole order right, neighbouring pairs for part of it, reversed nothing", () => {
    const shown = asShown(ordering, drawOptionOrder(ordering, mulberry32(7)))
    const view = practiceQuestion('steps', shown)
    const [a, b, c, d] = texts(ordering) as [string, string, string, string]
    expect(grade(shown, orderAs(view.options, [a, b, c, d]))).toEqual({ correct: true, credit: 1 })
    // B C D A: B-C and C-D are in place, 2 of 3 pairs; A B D C: only A-B.
    expect(grade(shown, orderAs(view.options, [b, c, d, a]))).toEqual({ correct: false, credit: 2 / 3 })
    expect(grade(shown, orderAs(view.options, [a, b, d, c]))).toEqual({ correct: false, credit: 1 / 3 })
    expect(grade(shown, orderAs(view.options, [d, c, b, a]))).toEqual({ correct: false, credit: 0 })
  })

  it('refuses an order that leaves an item out, repeats one or is of another kind, in words', () => {
    const shown = asShown(ordering, [2, 0, 3, 1])
    expect(choiceProblem(shown, { order: [0, 1, 2] })).toBe('put all 4 items in order')
    expect(choiceProblem(shown, { order: [0, 1, 2, 2] })).toBe('each item comes once')
    expect(choiceProblem(shown, { options: [0] })).toBe('this question takes the items in an order')
    expect(ChoiceSchema.safeParse({ order: [0, 1, 2, 3, 4, 5, 6] }).success).toBe(false) // more items than any question has
  })

  it('never shows the right order, even when the kept order no longer fits the question', () => {
    const view = practiceQuestion('steps', asShown(ordering, [0, 1]))
    expect(view.options).not.toEqual(texts(ordering))
    expect(answerKey(asShown(ordering, [0, 1])).correctOrder!.map((i) => view.options[i])).toEqual(texts(ordering))
  })
})

describe('a number question in practice', () => {
  it("gives the learner the slider and the unit, never the accepted numbers", () => {
    const view = practiceQuestion('minutes', asShown(number, drawOptionOrder(number, mulberry32(1))))
    expect(view).toMatchObject({ type: 'number', options: [], number: { min: 0, max: 60, step: 1, unit: 'minutes' } })
    expect(JSON.stringify(view)).not.toMatch(/answers|tolerance|credit|"value"/)
    const typed = practiceQuestion('n', QuestionSchema.parse({ ...number, number: { answers: [{ value: 3 }] } }))
    expect(typed.number).toEqual({}) // no slider: the learner types
  })

  it("checks a number with the game's rule: within the tolerance (ends included) right, a looser one for its credit", () => {
    expect(grade(number, { number: 3 })).toEqual({ correct: true, credit: 1 })
    expect(grade(number, { number: 1 })).toEqual({ correct: true, credit: 1 })
    expect(grade(number, { number: 5 })).toEqual({ correct: true, credit: 1 })
    expect(grade(number, { number: 12 })).toEqual({ correct: false, credit: 0.5 })
    expect(grade(number, { number: 40 })).toEqual({ correct: false, credit: 0 })
    expect(answerKey(number)).toMatchObject({ correctOptions: [], acceptedAnswers: [], acceptedNumbers: [{ value: 3, tolerance: 2, credit: 1 }, { value: 10, tolerance: 5, credit: 0.5 }], explanation: number.explanation })
  })

  it('refuses what is not a number, and numbers beyond 10^12', () => {
    expect(choiceProblem(number, { text: 'three' })).toBe('this question takes a number')
    expect(ChoiceSchema.safeParse({ number: 1e13 }).success).toBe(false)
    expect(ChoiceSchema.safeParse({ number: '3' }).success).toBe(false)
  })
})

describe("the teacher's problem reports", () => {
  it("give a number question's accepted numbers as its right answer, and an ordering's items in their order", () => {
    const view = { prompt: number.prompt, options: [], acceptedNumbers: number.number!.answers, unit: 'minutes', explanation: '', domain: null, task: null, topic: null, source: null }
    expect(rightAnswerText(view)).toBe('1 to 5 minutes | 5 to 15 minutes (50% credit)')
    const { acceptedNumbers: _numbers, unit: _unit, ...notNumber } = view
    expect(rightAnswerText({ ...notNumber, options: ordering.options })).toBe(texts(ordering).join(' | '))
  })
})
