import type { Request, RequestHandler, Response } from 'express'
import { ErrorCode } from '@cirrus/protocol'
import { sendError } from './reply.ts'

/**
 * Requests that are not a live game (practice, exams), let through `concurrency` at a time, the others waiting in
 * one queue per address, served in turn by address. A live game keeps priority this way: each request's database
 * queries wait for the event loop's next turn (db/client.ts `yielding`), and with one request at work a turn holds
 * one query of it, not one of each of the dozens in flight; the game's messages are read between turns. Taking
 * turns by address keeps one busy address from starving the others. A request leaves the lane when its answer is
 * sent, when its client goes away, or after `holdMs` (so that a client that does not read its answer cannot hold
 * the lane).
 */
export interface LaneOptions {
  concurrency: number
  /** Requests of one address that may wait; more are refused with 503 busy. */
  waitingPerAddress: number
  holdMs: number
}

export const LANE: LaneOptions = { concurrency: 1, waitingPerAddress: 64, holdMs: 2_000 }

export class WorkLane {
  private running = 0
  /** The waiting requests of each address; the Map's order is the order addresses take their turns. */
  private readonly waiting = new Map<string, (() => void)[]>()

  constructor(
    private readonly addressOf: (req: Request) => string,
    private readonly options: LaneOptions = LANE,
  ) {}

  readonly middleware: RequestHandler = (req, res, next) => {
    const start = () => this.start(res, next)
    if (this.running < this.options.concurrency && this.waiting.size === 0) return start()
    const address = this.addressOf(req)
    const queue = this.waiting.get(address) ?? []
    if (queue.length >= this.options.waitingPerAddress) {
      res.setHeader('Retry-After', '2')
      return sendError(res, 503, { code: ErrorCode.Busy, message: `${queue.length} requests from this address are already waiting; wait for their answers first` })
    }
    queue.push(start)
    this.waiting.set(address, queue)
    res.once('close', () => {
      const at = queue.indexOf(start)
      if (at < 0) return
      queue.splice(at, 1)
      if (queue.length === 0 && this.waiting.get(address) === queue) this.waiting.delete(address)
    })
  }

  private start(res: Response, next: () => void): void {
    this.running++
    let done = false
    const leave = () => {
      if (done) return
      done = true
      clearTimeout(timer)
      this.running--
      this.startNext()
    }
    const timer = setTimeout(leave, this.options.holdMs)
    res.once('finish', leave)
    res.once('close', leave)
    next()
  }

  private startNext(): void {
    while (this.running < this.options.concurrency) {
      const turn = this.waiting.entries().next()
      if (turn.done) return
      const [address, queue] = turn.value
      const start = queue.shift()!
      // The address goes to the back of the line, with whatever it still has waiting.
      this.waiting.delete(address)
      if (queue.length > 0) this.waiting.set(address, queue)
      start()
    }
  }
}
