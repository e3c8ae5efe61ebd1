import { createGame, restoreGame, type GameState } from '@cirrus/game'
import type { GameSettings } from '@cirrus/protocol'
import type { Quiz } from '@cirrus/questions'
import { randomInt } from 'node:crypto'
import type { Store, UnfinishedGame } from '../db/store.ts'
import type { CirrusServer } from '../sockets/types.ts'
import { hashToken, newId, newToken } from '../tokens.ts'
import { GameRoom, type PracticeLink } from './room.ts'
import { AnswerBursts } from './answer-bursts.ts'

/** A finished game stays reachable this long, so that a player who reloads still sees the podium. */
const FINISHED_ROOM_TTL_MS = 10 * 60_000
/** How often the games this process runs are marked alive, to know after a crash how long they were away. */
const HEARTBEAT_MS = 1000

export interface Lifecycle {
  /** A game nobody has done anything in for this long ends by itself (GAME_IDLE_MINUTES). */
  idleMs: number
  /** Ended games (finished or abandoned) are deleted after this long (GAME_RETENTION_DAYS). */
  retentionMs: number
}

export const LIFECYCLE: Readonly<Lifecycle> = { idleMs: 60 * 60_000, retentionMs: 30 * 24 * 3600_000 }

/** How often idle games are looked for, and old games purged. */
const IDLE_SWEEP_MS = 30_000
const PURGE_EVERY_MS = 6 * 3600_000

/** The games this process runs, by PIN. */
export class RoomRegistry {
  private readonly rooms = new Map<string, GameRoom>()
  private readonly expiry = new Set<NodeJS.Timeout>()
  private readonly timers: NodeJS.Timeout[]

  private readonly bursts = new AnswerBursts(() => this.store.flush())

  constructor(
    private readonly io: CirrusServer,
    private readonly store: Store,
    private readonly now: () => number,
    /** The practice room, which takes each reveal's misses (optional: the live game runs without it). */
    private readonly practice?: PracticeLink,
    private readonly lifecycle: Lifecycle = LIFECYCLE,
  ) {
    const heartbeat = setInterval(() => {
      const running = [...this.rooms.values()].filter((r) => r.phase !== 'podium').map((r) => r.gameId)
      this.store.markAlive(running, this.now()).catch((error) => console.error('heartbeat failed:', error))
    }, HEARTBEAT_MS)
    const idle = setInterval(() => this.endIdle(), Math.min(IDLE_SWEEP_MS, lifecycle.idleMs / 2))
    const purge = setInterval(() => void this.purge(), PURGE_EVERY_MS)
    this.timers = [heartbeat, idle, purge]
    for (const timer of this.timers) timer.unref()
  }

  /**
   * Ends the games nobody has touched for the idle time: a lobby nobody started is closed (abandoned: its PIN is
   * freed and a restart leaves it), a running game goes to its podium with the scores it has.
   */
  endIdle(): void {
    const before = this.now() - this.lifecycle.idleMs
    for (const room of [...this.rooms.values()]) {
      if (room.phase === 'podium' || room.lastActiveAt > before) continue
      if (room.phase === 'lobby') room.close('idle', 'Nobody started this game for a long time, so it was closed. Ask the host for a new PIN.')
      else void room.dispatch({ type: 'end' })
    }
  }

  /** Deletes the games that ended longer ago than the retention time; returns how many. */
  async purge(): Promise<number> {
    try {
      return await this.store.purgeGames(this.now() - this.lifecycle.retentionMs)
    } catch (error) {
      console.error('could not purge old games:', error)
      return 0
    }
  }

  get(pin: string): GameRoom | undefined {
    return this.rooms.get(pin)
  }

  get size(): number {
    return this.rooms.size
  }

  async create(quiz: Quiz, settings: GameSettings): Promise<{ room: GameRoom; hostToken: string }> {
    const gameId = newId()
    const hostToken = newToken()
    const hostTokenHash = hashToken(hostToken)
    const pin = await this.store.createGame({ id: gameId, quizId: quiz.id, hostTokenHash, settings })
    const state = createGame({ pin, quizTitle: quiz.title, questions: quiz.questions, settings, seed: randomInt(2 ** 31), ...(settings.twoStepJoin && { joinSecret: newToken() }) })
    const room = this.open(gameId, state, hostTokenHash)
    await this.store.saveSnapshot(gameId, state, this.now())
    return { room, hostToken }
  }

  /**
   * Brings back the games a stopped process was running: each in the phase it was in, with its scores, streaks,
   * accepted answers and remaining time (the time it was away does not count). Players come back with their tokens.
   */
  restore(games: UnfinishedGame[]): GameRoom[] {
    return games.map((game) => {
      const state = restoreGame(game.snapshot, {
        players: game.players.filter((p) => !p.kicked).map(({ id, nickname }) => ({ id, nickname })),
        kicked: game.players.filter((p) => p.kicked).map((p) => p.id),
        answers: game.roundAnswers,
        stoppedAt: game.aliveAt,
        now: this.now(),
      })
      const room = this.open(game.id, state, game.hostTokenHash)
      // Kicked players' tokens too: their rejoin is refused as `kicked`, not as an unknown token.
      for (const player of game.players) room.restorePlayer(player.tokenHash, player.id, player.kicked ? null : player.learnerId)
      room.resumeTimer()
      return room
    })
  }

  /** The room running a game, by its id. */
  byGameId(gameId: string): GameRoom | undefined {
    return [...this.rooms.values()].find((room) => room.gameId === gameId)
  }

  /** Stops running a game that another process runs now (rooms/ownership.ts); see GameRoom.letGo. */
  letGo(room: GameRoom): void {
    room.letGo()
    if (this.rooms.get(room.pin) === room) this.rooms.delete(room.pin)
  }

  private open(gameId: string, state: GameState, hostTokenHash: string): GameRoom {
    const room = new GameRoom(gameId, state, hostTokenHash, {
      io: this.io,
      store: this.store,
      now: this.now,
      onFinished: (finished) => this.expire(finished),
      onClosed: (closed) => {
        if (this.rooms.get(closed.pin) === closed) this.rooms.delete(closed.pin)
      },
      ...(this.practice ? { practice: this.practice } : {}),
      bursts: this.bursts,
    })
    this.rooms.set(state.pin, room)
    return room
  }

  private expire(room: GameRoom): void {
    const timer = setTimeout(() => {
      this.expiry.delete(timer)
      room.dispose()
      if (this.rooms.get(room.pin) === room) this.rooms.delete(room.pin)
    }, FINISHED_ROOM_TTL_MS)
    timer.unref()
    this.expiry.add(timer)
  }

  /**
   * Hands every game's queued joins and answers to its engine and waits until they are committed and their replies
   * have gone out: a stopping server acknowledges what is already in flight.
   */
  async drainAll(): Promise<void> {
    await Promise.all([...this.rooms.values()].map((room) => room.drain()))
    await new Promise((resolve) => setImmediate(resolve)) // the replies are sent on the turn after the commit
  }

  /** Stops every game: what is still in flight is accepted and committed first, then every room lets go of its timers. */
  async closeAll(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer)
    for (const timer of this.expiry) clearTimeout(timer)
    await this.drainAll()
    for (const room of this.rooms.values()) room.dispose()
    this.rooms.clear()
  }
}
