import { describe, expect, it } from 'vitest'
import { AnswerBursts } from './answer-bursts.ts'

describe('answer bursts', () => {
  it("hands every room's queue over, and commits, at each burst's size", () => {
    const ran: string[] = []
    let commits = 0
    const bursts = new AnswerBursts(async () => void commits++, 3)
    const room = (name: string) => ({ runQueued: () => ran.push(name) })
    const [a, b] = [room('a'), room('b')]
    bursts.answered(a)
    bursts.answered(b)
    expect(ran).toEqual([])
    bursts.answered(a) // the third: both rooms run what they hold, once each, and the journal commits
    expect(ran).toEqual(['a', 'b'])
    expect(commits).toBe(1)
    bursts.answered(b)
    bursts.answered(b)
    expect(ran).toEqual(['a', 'b'])
    bursts.answered(b)
    expect(ran).toEqual(['a', 'b', 'b'])
    expect(commits).toBe(2)
  })

  it('commits at once when asked, but once for a whole burst when asked while handing it over', () => {
    let commits = 0
    const bursts = new AnswerBursts(async () => void commits++, 2)
    bursts.commitNow()
    expect(commits).toBe(1)
    const closing = { runQueued: () => bursts.commitNow() } // each room's batch closes its round
    bursts.answered(closing)
    bursts.answered({ runQueued: () => bursts.commitNow() })
    expect(commits).toBe(2)
  })

  it('survives a commit that fails (each writer hears of it from its own promise)', async () => {
    const bursts = new AnswerBursts(() => Promise.reject(new Error('disk full')), 1)
    bursts.answered({ runQueued: () => {} })
    await new Promise((resolve) => setImmediate(resolve)) // no unhandled rejection
  })
})
