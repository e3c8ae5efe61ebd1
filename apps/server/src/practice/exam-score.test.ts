import { describe, expect, it } from 'vitest'
import { domainResults, isPass, RAW_CUT, scaledScore } from './exam-score.ts'

describe('the scaled score', () => {
  it.each([
    [0, 65, 100],
    [65, 65, 1000],
    [46, 65, 707], // 70.8% right: just over the cut
    [45, 65, 693], // 69.2%: just under, and under 700
    [7, 10, 700], // exactly the cut
    [35, 50, 700],
    [34, 50, 682],
    [55, 65, 846],
    [20, 65, 363],
  ])('%i right of %i scores %i', (correct, total, score) => {
    expect(scaledScore(correct, total)).toBe(score)
  })

  it('passes at 700 exactly when the share right reaches the cut, for every count of 65', () => {
    let previous = 0
    for (let correct = 0; correct <= 65; correct++) {
      const score = scaledScore(correct, 65)
      expect(score).toBeGreaterThanOrEqual(100)
      expect(score).toBeLessThanOrEqual(1000)
      expect(score).toBeGreaterThan(previous) // one more right answer always counts
      expect(isPass(score)).toBe(correct / 65 >= RAW_CUT)
      previous = score
    }
  })

  it('refuses counts that cannot be', () => {
    expect(() => scaledScore(66, 65)).toThrow(RangeError)
    expect(() => scaledScore(-1, 65)).toThrow(RangeError)
    expect(() => scaledScore(0, 0)).toThrow(RangeError)
    expect(() => scaledScore(1.5, 65)).toThrow(RangeError)
  })

  it('reports each domain with a verdict at the same cut', () => {
    const items = [
      ...Array.from({ length: 10 }, (_, i) => ({ domain: 1, correct: i < 7 })),
      ...Array.from({ length: 10 }, (_, i) => ({ domain: 2, correct: i < 6 })),
      { domain: 3, correct: true },
    ]
    expect(domainResults(items)).toEqual([
      { domain: 1, title: 'Cloud Concepts', total: 10, correct: 7, verdict: 'meets' },
      { domain: 2, title: 'Security and Compliance', total: 10, correct: 6, verdict: 'needs_improvement' },
      { domain: 3, title: 'Cloud Technology and Services', total: 1, correct: 1, verdict: 'meets' },
      { domain: 4, title: 'Billing, Pricing, and Support', total: 0, correct: 0, verdict: 'needs_improvement' },
    ])
  })
})
