import { EventEmitter } from 'node:events'
import type { Response } from 'express'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ErrorCode } from '@cirrus/protocol'
import { SlowRefusals } from './refusals.ts'

/** Just enough of an express Response to see what was sent, and when. */
function fakeResponse() {
  const res = Object.assign(new EventEmitter(), {
    headers: {} as Record<string, string>,
    sent: null as null | { status: number; body: unknown },
    statusCode: 200,
    writableEnded: false,
    destroyed: false,
    setHeader(name: string, value: string) {
      res.headers[name.toLowerCase()] = value
      return res
    },
    status(code: number) {
      res.statusCode = code
      return res
    },
    json(body: unknown) {
      res.sent = { status: res.statusCode, body }
      res.writableEnded = true
      return res
    },
  })
  return res
}

const error = { code: ErrorCode.RateLimited, message: 'too many' }

describe('slow refusals', () => {
  beforeEach(() => void vi.useFakeTimers())
  afterEach(() => void vi.useRealTimers())

  it('answers a second late, with the connection closed', () => {
    const refusals = new SlowRefusals(1000, 2)
    const res = fakeResponse()
    refusals.send('10.0.0.1', res as unknown as Response, 429, error)
    expect(res.headers.connection).toBe('close')
    vi.advanceTimersByTime(999)
    expect(res.sent).toBeNull()
    vi.advanceTimersByTime(1)
    expect(res.sent).toEqual({ status: 429, body: { error } })
  })

  it('holds at most a few per address, and answers the rest at once; a client gone frees its place', () => {
    const refusals = new SlowRefusals(1000, 2)
    const [a, b, c, d] = [fakeResponse(), fakeResponse(), fakeResponse(), fakeResponse()]
    for (const res of [a, b, c]) refusals.send('10.0.0.1', res as unknown as Response, 429, error)
    expect([a.sent, b.sent]).toEqual([null, null])
    expect(c.sent?.status).toBe(429) // the third is not held
    refusals.send('10.0.0.2', d as unknown as Response, 429, error) // another address has places of its own
    expect(d.sent).toBeNull()
    a.emit('close') // the client went away: nothing to answer, and its place is free
    const e = fakeResponse()
    refusals.send('10.0.0.1', e as unknown as Response, 429, error)
    expect(e.sent).toBeNull()
    vi.advanceTimersByTime(1000)
    expect([a.sent, b.sent?.status, d.sent?.status, e.sent?.status]).toEqual([null, 429, 429, 429])
  })
})
