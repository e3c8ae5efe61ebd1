import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Paced } from './paced.ts'

describe('paced work', () => {
  beforeEach(() => void vi.useFakeTimers())
  afterEach(() => void vi.useRealTimers())

  it('runs one piece at a time, each followed by a rest as long as itself', async () => {
    const paced = new Paced(1, 10, () => Date.now())
    const log: string[] = []
    /** A piece that "holds the loop" for `ms` (the fake clock moves while it runs). */
    const piece = (name: string, ms: number) => async () => {
      log.push(`${name} starts at ${Date.now()}`)
      vi.setSystemTime(Date.now() + ms)
      return name
    }
    const start = Date.now()
    vi.setSystemTime(start)
    const a = paced.run(piece('a', 200))!
    const b = paced.run(piece('b', 50))!
    const c = paced.run(piece('c', 10))!
    expect(paced.queued).toBe(3)
    await vi.advanceTimersByTimeAsync(0)
    expect(await a).toBe('a')
    expect(log).toEqual([`a starts at ${start}`])
    // b waits for a's rest: 200 ms after a ended.
    await vi.advanceTimersByTimeAsync(199)
    expect(log).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(await b).toBe('b')
    await vi.advanceTimersByTimeAsync(50)
    expect(await c).toBe('c')
    expect(log).toEqual([`a starts at ${start}`, `b starts at ${start + 400}`, `c starts at ${start + 500}`])
  })

  it('refuses more than the pieces it lets wait, and goes on after a piece that failed', async () => {
    vi.useRealTimers() // no rest (ratio 0): the pieces follow each other at once
    const paced = new Paced(0, 2)
    const failing = paced.run(async () => {
      throw new Error('no')
    })!
    const second = paced.run(async () => 2)!
    expect(paced.run(async () => 3)).toBeNull()
    await expect(failing).rejects.toThrow('no')
    expect(await second).toBe(2)
    expect(await paced.run(async () => 4)).toBe(4)
  })
})
