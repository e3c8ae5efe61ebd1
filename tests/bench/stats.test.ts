import { describe, expect, it } from 'vitest'
import { median, percentile, spread } from './stats.ts'

describe('benchmark statistics', () => {
  it('takes percentiles by nearest rank, whatever the order of the samples', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i) // 100..1
    expect(percentile(samples, 50)).toBe(50)
    expect(percentile(samples, 99)).toBe(99)
    expect(percentile(samples, 100)).toBe(100)
    expect(percentile([7], 99)).toBe(7)
    expect(percentile([], 50)).toBeNaN()
    expect(spread([3, 1, 2])).toEqual({ p50: 2, p99: 3 })
  })

  it('takes medians over repetitions, leaving out runs without a figure', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([2, Number.NaN, 4])).toBe(3)
    expect(median([])).toBeNaN()
  })
})
