import type { CirrusSocket } from '../sockets/types.ts'

/** Every tracked connection is probed about this often; the probes are spread over the period, not sent in a burst. */
const PERIOD_MS = 5_000
const SLICES = 10
const PROBE_TIMEOUT_MS = 3_000
/** Weight of a new sample in the smoothed round trip. */
const ALPHA = 0.3

/**
 * Measures each connection's round trip with `sync:probe`, so that a player's answering time can be counted from
 * when the question reached them rather than from when the server sent it. Probes pause while the game is busy (a
 * question is open or its results are going out): with 2,000 players they are 400 messages a second each way, which
 * would only compete with the answers and the reveal; the round trip measured before the question is the one used.
 */
export class RttMeter {
  private readonly sockets = new Map<string, CirrusSocket>()
  private readonly rttById = new Map<string, number>()
  private timer: NodeJS.Timeout | null = null
  private slice = 0
  private paused = false

  /** A new connection is first probed within PERIOD_MS, in its slice (a classroom joining is not 2,000 probes at once). */
  track(socket: CirrusSocket): void {
    if (this.sockets.has(socket.id)) return
    this.sockets.set(socket.id, socket)
    this.timer ??= setInterval(() => this.probeSlice(), PERIOD_MS / SLICES)
  }

  setPaused(paused: boolean): void {
    this.paused = paused
  }

  /** Smoothed round trip in ms; 0 until measured (no credit is given on a guess). */
  get(socketId: string): number {
    return this.rttById.get(socketId) ?? 0
  }

  forget(socketId: string): void {
    this.sockets.delete(socketId)
    this.rttById.delete(socketId)
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
    this.sockets.clear()
  }

  private probeSlice(): void {
    if (this.paused) return
    let i = 0
    for (const socket of this.sockets.values()) {
      if (i++ % SLICES === this.slice) this.probe(socket)
    }
    this.slice = (this.slice + 1) % SLICES
  }

  private probe(socket: CirrusSocket): void {
    const sentAt = performance.now()
    socket.timeout(PROBE_TIMEOUT_MS).emit('sync:probe', { serverNow: Date.now() }, (error: Error | null) => {
      if (error || !this.sockets.has(socket.id)) return
      const sample = performance.now() - sentAt
      const previous = this.rttById.get(socket.id)
      this.rttById.set(socket.id, previous === undefined ? sample : previous * (1 - ALPHA) + sample * ALPHA)
    })
  }
}
