import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CirrusSocket } from '../sockets/types.ts'
import { RttMeter } from './rtt.ts'

/** A connection that records its probes and answers them when told to. */
function fakeSocket(id: string) {
  const pending: (() => void)[] = []
  const socket = {
    id,
    probes: 0,
    timeout: () => ({
      emit: (_event: string, _info: unknown, ack: (error: Error | null) => void) => {
        socket.probes++
        pending.push(() => ack(null))
      },
    }),
    answerAll: () => pending.splice(0).forEach((answer) => answer()),
  }
  return socket
}

afterEach(() => {
  vi.useRealTimers()
})

describe('RttMeter', () => {
  it('probes every connection once per period, spread out, and not while paused', () => {
    vi.useFakeTimers()
    const meter = new RttMeter()
    const sockets = Array.from({ length: 25 }, (_, i) => fakeSocket(`s${i}`))
    for (const s of sockets) meter.track(s as unknown as CirrusSocket)
    expect(sockets.every((s) => s.probes === 0)).toBe(true) // none at once
    vi.advanceTimersByTime(500)
    const first = sockets.filter((s) => s.probes === 1).length
    expect(first).toBeGreaterThan(0)
    expect(first).toBeLessThan(sockets.length)
    vi.advanceTimersByTime(4500)
    expect(sockets.map((s) => s.probes)).toEqual(sockets.map(() => 1))

    meter.setPaused(true)
    vi.advanceTimersByTime(10_000)
    expect(sockets.map((s) => s.probes)).toEqual(sockets.map(() => 1))
    meter.setPaused(false)
    vi.advanceTimersByTime(5000)
    expect(sockets.map((s) => s.probes)).toEqual(sockets.map(() => 2))
    meter.stop()
  })

  it('smooths the round trips it measures; 0 before the first', () => {
    vi.useFakeTimers()
    const meter = new RttMeter()
    const socket = fakeSocket('a')
    meter.track(socket as unknown as CirrusSocket)
    expect(meter.get('a')).toBe(0)
    vi.advanceTimersByTime(500)
    vi.advanceTimersByTime(100)
    socket.answerAll()
    expect(meter.get('a')).toBeCloseTo(100, 0)
    vi.advanceTimersByTime(4900) // the next probe of this connection
    vi.advanceTimersByTime(200)
    socket.answerAll()
    expect(meter.get('a')).toBeCloseTo(100 * 0.7 + 200 * 0.3, 0)
    meter.forget('a')
    expect(meter.get('a')).toBe(0)
    meter.stop()
  })
})
