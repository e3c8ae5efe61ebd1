import type { IncomingMessage } from 'node:http'
import { LEASE_MS, RENEW_MS, type GameLeases } from '../db/leases.ts'
import type { Store } from '../db/store.ts'
import type { RoomRegistry } from './registry.ts'

/** A game whose lease expired this long ago with nobody asking for it is taken by whichever process looks first. */
const ORPHAN_GRACE_MS = 2000
/**
 * After a failover thousands of clients retry their handshakes a few times a second: a PIN's game is looked up at
 * most once in this long, and a game whose claim failed is not claimed again sooner (those handshakes are refused
 * without asking the database), so the retries cannot queue the database work of the takeover behind them.
 */
const PIN_LOOKUP_MS = 1000
const CLAIM_RETRY_MS = 250

/**
 * Which games this process runs, when several processes share one PostgreSQL database (docs/scaling.md). The load
 * balancer sends every connection that names a PIN (`?pin=` in the socket.io handshake) to one process, by hash; that
 * process takes the game if it is free, or asks its holder to hand it over, and refuses the connection meanwhile (the
 * client retries within a second). Every second it renews its leases, hands over the games asked for, lets go of
 * the games it lost, and takes over running games whose process is gone. Taking a game over is a restart of that
 * game: the same restore as `npm start` after a crash (RoomRegistry.restore).
 */
export class Ownership {
  private readonly timer: NodeJS.Timeout
  /** One claim at a time per game: 2,000 players reconnecting at once ask once. */
  private readonly claiming = new Map<string, Promise<boolean>>()
  /** When each game's last claim failed. */
  private readonly refusedAt = new Map<string, number>()
  private readonly lookups = new Map<string, { at: number; gameId: Promise<string | null> }>()
  private ticking = false
  private closed = false

  constructor(
    private readonly leases: GameLeases,
    private readonly store: Store,
    private readonly rooms: RoomRegistry,
    private readonly now: () => number,
  ) {
    this.timer = setInterval(() => void this.tick(), RENEW_MS)
    this.timer.unref()
  }

  /**
   * The games a starting process finds unfinished: it runs those it can claim. A lease still unexpired may belong to
   * a process that just died (SIGKILL): those are tried once more after a lease's length.
   */
  async restoreAtStart(): Promise<void> {
    const games = await this.store.unfinishedGames(this.now())
    let waiting = games.map((g) => g.id)
    for (let attempt = 0; attempt < 2 && waiting.length > 0; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, LEASE_MS + 100))
      const claimed: string[] = []
      for (const id of waiting) if ((await this.leases.claim(id)) !== null) claimed.push(id)
      if (claimed.length > 0) this.rooms.restore(await this.store.unfinishedGames(this.now(), claimed))
      waiting = waiting.filter((id) => !claimed.includes(id))
    }
  }

  /**
   * Whether a new connection may go on here now. One that names the PIN of a game another process runs is refused
   * while this process takes the game (at once if it is free, else at the holder's next renewal).
   */
  async admit(request: IncomingMessage): Promise<boolean> {
    const pin = new URL(request.url ?? '/', 'http://x').searchParams.get('pin')
    if (!pin || !/^\d{4,10}$/.test(pin) || this.rooms.get(pin) || this.closed) return true
    const gameId = await this.gameByPin(pin)
    if (!gameId) return true // no such running game: the commands say so
    return this.take(gameId)
  }

  private gameByPin(pin: string): Promise<string | null> {
    const now = this.now()
    const known = this.lookups.get(pin)
    if (known && now - known.at < PIN_LOOKUP_MS) return known.gameId
    if (this.lookups.size > 10_000) for (const [p, l] of this.lookups) if (now - l.at >= PIN_LOOKUP_MS) this.lookups.delete(p)
    const gameId = this.leases.gameByPin(pin)
    this.lookups.set(pin, { at: now, gameId })
    gameId.catch(() => this.lookups.delete(pin))
    return gameId
  }

  /**
   * For an HTTP look-up of a PIN (the join screen's): brings the game here if another process runs it, waiting for
   * the handover at most `timeoutMs`; the look-up answers from what is here then.
   */
  async bring(pin: string, timeoutMs = 3000): Promise<void> {
    const deadline = Date.now() + timeoutMs
    while (!this.rooms.get(pin) && !this.closed && Date.now() < deadline) {
      const gameId = await this.gameByPin(pin)
      if (!gameId || (await this.take(gameId))) return
      await new Promise((r) => setTimeout(r, 250))
    }
  }

  private take(gameId: string): Promise<boolean> {
    let claim = this.claiming.get(gameId)
    const refused = this.refusedAt.get(gameId)
    if (!claim && refused !== undefined && this.now() - refused < CLAIM_RETRY_MS && !this.rooms.byGameId(gameId)) return Promise.resolve(false)
    if (!claim) {
      claim = (async () => {
        if (this.rooms.byGameId(gameId)) return true
        if ((await this.leases.claim(gameId)) === null) {
          this.refusedAt.set(gameId, this.now())
          await this.leases.want(gameId)
          return false
        }
        this.refusedAt.delete(gameId)
        const restored = this.rooms.restore(await this.store.unfinishedGames(this.now(), [gameId]))
        // It ended meanwhile (its PIN was looked up a moment before): nothing to run, and its lease goes at once.
        if (!restored[0]) {
          await this.leases.release(gameId)
          return true
        }
        console.log(`took game ${gameId} (PIN ${restored[0].pin}) over`)
        return true
      })().finally(() => this.claiming.delete(gameId))
      this.claiming.set(gameId, claim)
    }
    return claim.catch((error) => {
      console.error(`could not take game ${gameId} over:`, error)
      return false
    })
  }

  /** A game the journal refused to write for: another process holds it now. */
  lost(gameId: string): void {
    this.leases.forget(gameId)
    const room = this.rooms.byGameId(gameId)
    if (room) {
      console.log(`game ${gameId} (PIN ${room.pin}) is run by another process now; letting it go`)
      this.rooms.letGo(room)
    }
  }

  private async tick(): Promise<void> {
    if (this.ticking || this.closed) return
    this.ticking = true
    try {
      const { lost, wanted } = await this.leases.renew()
      for (const [gameId, at] of this.refusedAt) if (this.now() - at >= CLAIM_RETRY_MS) this.refusedAt.delete(gameId)
      for (const gameId of lost) this.lost(gameId)
      for (const gameId of wanted) await this.handOver(gameId)
      for (const gameId of await this.leases.orphans(ORPHAN_GRACE_MS)) await this.take(gameId)
    } catch (error) {
      console.error('could not renew the game leases:', error)
    } finally {
      this.ticking = false
    }
  }

  /** Hands a game to the process that asked: what is in flight is accepted and written, then the lease goes. */
  private async handOver(gameId: string): Promise<void> {
    const room = this.rooms.byGameId(gameId)
    if (!room || room.phase === 'podium') return
    await room.drain()
    room.dispose()
    await this.store.flush()
    await this.leases.release(gameId)
    this.rooms.letGo(room)
    console.log(`handed game ${gameId} (PIN ${room.pin}) over to the process its players reach`)
  }

  /** Stops renewing and lets every game go at once, so that other processes take them without waiting (SIGTERM). */
  async close(): Promise<void> {
    this.closed = true
    clearInterval(this.timer)
    while (this.ticking) await new Promise((r) => setTimeout(r, 20))
    for (const gameId of this.leases.heldGames()) await this.leases.release(gameId).catch(() => {})
  }
}
