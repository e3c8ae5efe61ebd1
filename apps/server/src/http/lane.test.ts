import express from 'express'
import type { AddressInfo } from 'node:net'
import http from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { WorkLane, type LaneOptions } from './lane.ts'

/**
 * The lane on a real HTTP server: each request names its address in a header and is held at work until the test
 * lets it go, so the order in which work starts is what the lane decided.
 */

let server: http.Server | null = null
afterEach(async () => {
  server?.closeAllConnections()
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  server = null
})

async function laneServer(options: LaneOptions) {
  const started: string[] = []
  const held = new Map<string, () => void>()
  const app = express()
  app.use(new WorkLane((req) => String(req.headers['x-address']), options).middleware)
  app.get('/work/:name', (req, res) => {
    started.push(req.params.name)
    held.set(req.params.name, () => res.json({ done: req.params.name }))
  })
  server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server!.once('listening', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const send = (name: string, address: string, signal?: AbortSignal) =>
    fetch(`${base}/work/${name}`, { headers: { 'x-address': address }, signal }).then(async (res) => ({ status: res.status, body: await res.json() }))
  const release = async (name: string) => {
    await until(() => held.has(name))
    held.get(name)!()
  }
  return { started, send, release }
}

async function until(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((resolve) => setTimeout(resolve, 10))
  expect(ok(), 'waited 2 s').toBe(true)
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50))

describe('the work lane', () => {
  it('lets one request work at a time and serves the waiting addresses in turn', async () => {
    const lane = await laneServer({ concurrency: 1, waitingPerAddress: 10, holdMs: 10_000 })
    const answers = [lane.send('a1', 'A')]
    await until(() => lane.started.length === 1)
    for (const name of ['a2', 'a3', 'a4']) answers.push(lane.send(name, 'A'))
    await settle()
    answers.push(lane.send('b1', 'B'), lane.send('c1', 'C'))
    await settle()
    expect(lane.started).toEqual(['a1'])
    for (const name of ['a1', 'a2', 'b1', 'c1', 'a3', 'a4']) await lane.release(name)
    expect((await Promise.all(answers)).map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200])
    // A's second request was first in line; then B and C each had a turn before A's third.
    expect(lane.started).toEqual(['a1', 'a2', 'b1', 'c1', 'a3', 'a4'])
  })

  it('refuses an address more waiting requests than its share, with 503 busy, and serves the others', async () => {
    const lane = await laneServer({ concurrency: 1, waitingPerAddress: 2, holdMs: 10_000 })
    const first = lane.send('a1', 'A')
    await until(() => lane.started.length === 1)
    const waiting = [lane.send('a2', 'A'), lane.send('a3', 'A')]
    await settle()
    const refused = await lane.send('a4', 'A')
    expect(refused).toEqual({ status: 503, body: { error: expect.objectContaining({ code: 'busy' }) } })
    const other = lane.send('b1', 'B')
    await settle()
    for (const name of ['a1', 'a2', 'b1', 'a3']) await lane.release(name)
    expect((await Promise.all([first, ...waiting, other])).map((a) => a.status)).toEqual([200, 200, 200, 200])
  })

  it('forgets a waiting request whose client went away, and frees the lane of one that is not answered in time', async () => {
    const lane = await laneServer({ concurrency: 1, waitingPerAddress: 10, holdMs: 300 })
    void lane.send('stuck', 'A').catch(() => undefined)
    await until(() => lane.started.length === 1)
    const gone = new AbortController()
    const abandoned = lane.send('gone', 'B', gone.signal).catch(() => 'aborted')
    await settle()
    gone.abort()
    expect(await abandoned).toBe('aborted')
    const next = lane.send('next', 'C')
    // "stuck" is never answered: after holdMs the lane lets "next" in, and "gone" never starts.
    await lane.release('next')
    expect((await next).status).toBe(200)
    expect(lane.started).toEqual(['stuck', 'next'])
  })
})
