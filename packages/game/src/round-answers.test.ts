import { describe, expect, it } from 'vitest'
import { NO_ANSWERS, answerEntries, answerList, answerOf, answersFrom, hasAnswer, snapshotAnswers, withAnswers, withoutAnswer, type RoundAnswers } from './round-answers.ts'
import type { RoundAnswer } from './types.ts'

const answer = (n: number): RoundAnswer => ({ choice: { options: [n % 4] }, receivedAt: n, elapsedMs: n, correct: n % 2 === 0, credit: 1, points: n, streakBonus: 0 })
const ids = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`)

/** Adds the players' answers in runs of `run` (a batch each), as the engine's answer runs do. */
function inRuns(players: string[], run: number): RoundAnswers {
  let answers = NO_ANSWERS
  for (let i = 0; i < players.length; i += run) {
    answers = withAnswers(answers, (draft) => {
      for (const [j, id] of players.slice(i, i + run).entries()) draft.set(id, answer(i + j))
    })
  }
  return answers
}

describe("a round's answers", () => {
  it('hold every answer, in the order they came, however they were batched, in equal states', () => {
    const players = ids(300)
    const oneByOne = inRuns(players, 1)
    for (const run of [7, 64, 100, 300]) expect(inRuns(players, run)).toEqual(oneByOne)
    expect(oneByOne.count).toBe(300)
    expect(answerEntries(oneByOne).map(([id]) => id)).toEqual(players)
    expect(answerList(oneByOne).map((a) => a.points)).toEqual(players.map((_, i) => i))
    expect(answerOf(oneByOne, 'p299')).toEqual(answer(299))
    expect(answerOf(oneByOne, 'p3')).toEqual(answer(3))
    expect(hasAnswer(oneByOne, 'nobody')).toBe(false)
    // What a batch copies stays small: the recent part becomes a run each 64 answers.
    expect(Object.keys(oneByOne.recent).length).toBeLessThan(64)
  })

  it('keep few runs, largest first, merged as a binary counter carries', () => {
    const answers = inRuns(ids(5000), 100)
    // 5,000 = 78 runs of 64 and 8 more: 78 = 64 + 8 + 4 + 2, so runs of 4,096, 512, 256 and 128.
    expect(answers.runs.map((run) => run.size)).toEqual([4096, 512, 256, 128])
    expect(answers.runs.map((run) => Object.keys(run.answers).length)).toEqual([4096, 512, 256, 128])
    expect(Object.keys(answers.recent)).toHaveLength(8)
    expect(answerEntries(answers).map(([id]) => id)).toEqual(ids(5000))
    expect(answerOf(answers, 'p4999')).toEqual(answer(4999))
    expect(answerOf(answers, 'p0')).toEqual(answer(0))
  })

  it('never change: a batch makes new answers and leaves the old ones as they were', () => {
    const before = inRuns(ids(70), 10)
    const snapshot = structuredClone(before)
    const after = withAnswers(before, (draft) => {
      expect(draft.has('p0')).toBe(true)
      expect(draft.has('new')).toBe(false)
      draft.set('new', answer(1000))
      expect(draft.has('new')).toBe(true)
    })
    expect(before).toEqual(snapshot)
    expect(hasAnswer(after, 'new')).toBe(true)
    expect(withAnswers(after, () => {})).toBe(after) // nothing set: the same object
  })

  it("lose a kicked player's answer and keep the rest", () => {
    const answers = inRuns(ids(100), 30)
    const without = withoutAnswer(answers, 'p10')
    expect(without.count).toBe(99)
    expect(hasAnswer(without, 'p10')).toBe(false)
    expect(answerOf(without, 'p11')).toEqual(answer(11))
    expect(withoutAnswer(answers, 'nobody')).toBe(answers)
  })

  it('come back from a record, and from snapshots written before they had runs', () => {
    const record = Object.fromEntries(ids(80).map((id, i) => [id, answer(i)]))
    expect(answersFrom(record)).toEqual(inRuns(ids(80), 1))
    expect(snapshotAnswers({})).toEqual(NO_ANSWERS)
    expect(snapshotAnswers(record)).toEqual(answersFrom(record))
    const current = inRuns(ids(5), 1)
    expect(snapshotAnswers(current)).toBe(current)
    expect(snapshotAnswers(undefined)).toEqual(NO_ANSWERS)
    // Two parts, as an earlier version kept them.
    const settled = Object.fromEntries(ids(70).map((id, i) => [id, answer(i)]))
    expect(snapshotAnswers({ settled, recent: { late: answer(70) }, count: 71 })).toEqual(answersFrom({ ...settled, late: answer(70) }))
  })
})
