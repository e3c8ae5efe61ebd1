import type { Response } from 'express'
import type { ErrorBody } from '@cirrus/protocol'

/**
 * Refusals of a rate limit (429), answered slowly. A client that loops on its refusals as fast as they come (a
 * script with a few requests in flight) made thousands a second, each a request to parse, route and answer on the
 * event loop that runs the live games; held for a second, each of its requests in flight makes one a second. The
 * connection is closed after the answer, so the rest of an upload is not read. An honest client that meets a limit
 * learns it a second later, with the same message and `Retry-After`.
 *
 * Held refusals are counted per address: past `maxHeldPerAddress` they are answered at once (and the connection
 * closed), so that a client opening connections without end cannot make the server hold as many timers.
 */
export class SlowRefusals {
  private readonly held = new Map<string, number>()

  constructor(
    private readonly delayMs = 1000,
    private readonly maxHeldPerAddress = 32,
  ) {}

  send(address: string, res: Response, status: number, error: ErrorBody): void {
    res.setHeader('Connection', 'close')
    const count = this.held.get(address) ?? 0
    if (count >= this.maxHeldPerAddress || this.delayMs <= 0) return void res.status(status).json({ error })
    this.held.set(address, count + 1)
    const release = () => {
      const left = (this.held.get(address) ?? 1) - 1
      if (left > 0) this.held.set(address, left)
      else this.held.delete(address)
    }
    const timer = setTimeout(() => {
      res.off('close', gone)
      release()
      if (!res.writableEnded && !res.destroyed) res.status(status).json({ error })
    }, this.delayMs)
    timer.unref()
    const gone = () => {
      clearTimeout(timer)
      release()
    }
    res.once('close', gone)
  }
}
