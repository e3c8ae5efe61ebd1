import { createGame } from '@cirrus/game'
import type { GameSettings } from '@cirrus/protocol'
import type { Quiz } from '@cirrus/questions'
import { randomInt } from 'node:crypto'
import type { Store } from '../db/store.ts'
import type { CirrusServer } from '../sockets/types.ts'
import { hashToken, newId, newToken } from '../tokens.ts'
import { GameRoom } from './room.ts'

/** A finished game stays reachable this long, so that a player who reloads still sees the podium. */
const FINISHED_ROOM_TTL_MS = 10 * 60_000

/** The games this process runs, by PIN. */
export class RoomRegistry {
  private readonly rooms = new Map<string, GameRoom>()
  private readonly expiry = new Set<NodeJS.Timeout>()

  constructor(
    private readonly io: CirrusServer,
    private readonly store: Store,
    private readonly now: () => number,
  ) {}

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
    const state = createGame({ pin, quizTitle: quiz.title, questions: quiz.questions, settings, seed: randomInt(2 ** 31) })
    const room = new GameRoom(gameId, state, hostTokenHash, {
      io: this.io,
      store: this.store,
      now: this.now,
      onFinished: (finished) => this.expire(finished),
    })
    this.rooms.set(pin, room)
    void this.store.saveSnapshot(gameId, state)
    return { room, hostToken }
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

  disposeAll(): void {
    for (const timer of this.expiry) clearTimeout(timer)
    for (const room of this.rooms.values()) room.dispose()
    this.rooms.clear()
  }
}
