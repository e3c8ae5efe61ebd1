import {
  AnswerSchema,
  CreateGameSchema,
  EmptySchema,
  ErrorCode,
  ExtraTimeSchema,
  PickTeamSchema,
  TeamEditSchema,
  HostAttachSchema,
  JoinSchema,
  KickSchema,
  LockSchema,
  MoveSchema,
  ReadySchema,
  RejoinSchema,
  fail,
  ok,
  type ClientEventName,
  type ClientToServerEvents,
  type Reply,
} from '@cirrus/protocol'
import type { z } from 'zod'
import type { GameEvent } from '@cirrus/game'
import type { Store } from '../db/store.ts'
import type { RoomRegistry } from '../rooms/registry.ts'
import { GameRoom } from '../rooms/room.ts'
import { KeyedLimiter, TokenBucket, type Limits } from './limits.ts'
import type { CirrusServer, CirrusSocket } from './types.ts'

export interface HandlerDeps {
  io: CirrusServer
  store: Store
  rooms: RoomRegistry
  now: () => number
  limits: Limits
  /** Shared by all connections: keyed by the client's address. */
  limiters: AddressLimiters
}

export interface AddressLimiters {
  joins: KeyedLimiter
  missedPins: KeyedLimiter
  creates: KeyedLimiter
}

export function createAddressLimiters(limits: Limits): AddressLimiters {
  return {
    joins: new KeyedLimiter(limits.joinsPerAddress.capacity, limits.joinsPerAddress.perSecond),
    missedPins: new KeyedLimiter(limits.missedPinsPerAddress.capacity, limits.missedPinsPerAddress.perSecond),
    creates: new KeyedLimiter(limits.createsPerAddress.capacity, limits.createsPerAddress.perSecond),
  }
}

const limited = (what: string) => fail(ErrorCode.RateLimited, `too many ${what} from this connection or address; wait a moment`)

/** What an event's acknowledgement carries when it succeeds, read off the protocol's event map. */
type AckData<E extends ClientEventName> = Parameters<ClientToServerEvents[E]>[1] extends (reply: Reply<infer T>) => void ? T : never

interface EventHandler<E extends ClientEventName, S extends z.ZodType> {
  schema: S
  handle(payload: z.output<S>, socket: CirrusSocket): Reply<AckData<E>> | Promise<Reply<AckData<E>>>
}

/** Every client event's handler, checked by the compiler against the protocol's payload and reply. */
type EventHandlers = { [E in ClientEventName]: EventHandler<E, z.ZodType> }

const handler = <E extends ClientEventName, S extends z.ZodType>(schema: S, handle: EventHandler<E, S>['handle']): EventHandler<E, S> => ({ schema, handle })

/**
 * The server's side of the protocol, built once per server: one table of handlers that every connection shares.
 * Each connection holds one listener and its token bucket, not a closure per event (40 per player, 4 KB of the
 * heap each, before this).
 */
export function connectionHandler(deps: HandlerDeps): (socket: CirrusSocket) => void {
  const { rooms, store, limits, limiters, now } = deps
  const addressOf = (socket: CirrusSocket) => socket.data.address ?? socket.handshake.address // set by the edge (sockets/edge.ts)

  const roomOf = (socket: CirrusSocket, role: 'host' | 'player'): GameRoom | Reply<never> => {
    const room = socket.data.pin ? rooms.get(socket.data.pin) : undefined
    if (!room || socket.data.role !== role) {
      return role === 'host'
        ? fail(ErrorCode.NotHost, 'only the host of a game may do this; create or attach to a game first')
        : fail(ErrorCode.NotPlayer, 'join a game first')
    }
    return room
  }

  /** A PIN that is not running costs the address a token: guessing PINs soon meets `rate_limited`. */
  const findRoom = (socket: CirrusSocket, pin: string): GameRoom | Reply<never> => {
    const room = rooms.get(pin)
    if (room) return room
    if (!limiters.missedPins.take(addressOf(socket), now())) return limited('unknown PINs')
    return fail(ErrorCode.GameNotFound, `no game with PIN ${pin} is running`)
  }

  /** A connection belongs to one game at a time: leave the previous one before taking a new seat. */
  const leaveCurrent = (socket: CirrusSocket) => {
    const current = socket.data.pin ? rooms.get(socket.data.pin) : undefined
    if (!current) return
    current.detach(socket)
    for (const room of socket.rooms) if (room !== socket.id) void socket.leave(room)
    socket.data = { address: socket.data.address, teacher: socket.data.teacher }
  }

  /** A host command carried out by the engine, in the host's own game. */
  const hostEvent = (socket: CirrusSocket, event: GameEvent) => {
    const room = roomOf(socket, 'host')
    return room instanceof GameRoom ? room.dispatch(event) : room
  }

  const handlers: EventHandlers = {
    // Moves carry the step the host saw, and the engine refuses a stale one; the commands are refused when repeated.
    'host:start': handler(MoveSchema, ({ step }, socket) => hostEvent(socket, { type: 'start', step })),
    'host:next': handler(MoveSchema, ({ step }, socket) => hostEvent(socket, { type: 'next', step })),
    'host:endAnswering': handler(MoveSchema, ({ step }, socket) => hostEvent(socket, { type: 'endAnswering', step })),
    'host:pause': handler(EmptySchema, (_, socket) => hostEvent(socket, { type: 'pause' })),
    'host:resume': handler(EmptySchema, (_, socket) => hostEvent(socket, { type: 'resume' })),
    'host:end': handler(EmptySchema, (_, socket) => hostEvent(socket, { type: 'end' })),

    'host:create': handler(CreateGameSchema, async ({ quizId, settings }, socket) => {
      if (!limiters.creates.take(addressOf(socket), now())) return limited('new games')
      const found = await store.getQuiz(quizId)
      if (!found) return fail(ErrorCode.QuizNotFound, `no quiz with id "${quizId}"`)
      // A teacher's quiz holds the teacher's answer key: hosting it (and so reading the key at each reveal) is the
      // teacher's to do. The built-in bank is public study material.
      if (!found.builtin && socket.data.teacher !== true) return fail(ErrorCode.SignInRequired, 'this quiz is a teacher\'s own: sign in as a teacher (Quiz library) to host it')
      leaveCurrent(socket)
      const { room, hostToken } = await rooms.create(found.quiz, settings)
      const attached = room.attachHost(socket, hostToken)
      return attached.ok ? ok({ ...attached.data, pin: room.pin, hostToken }) : attached
    }),

    'host:attach': handler(HostAttachSchema, ({ pin, hostToken }, socket) => {
      const room = findRoom(socket, pin)
      if (!(room instanceof GameRoom)) return room
      if (!room.isHostToken(hostToken)) return fail(ErrorCode.BadToken, 'this host token does not belong to this game')
      leaveCurrent(socket)
      return room.attachHost(socket, hostToken)
    }),

    'host:kick': handler(KickSchema, ({ playerId }, socket) => hostEvent(socket, { type: 'kick', playerId })),
    'host:lock': handler(LockSchema, ({ locked }, socket) => hostEvent(socket, { type: 'lock', locked })),
    'host:extraTime': handler(ExtraTimeSchema, ({ playerId, factor }, socket) => hostEvent(socket, { type: 'extraTime', playerId, factor })),
    'host:team': handler(TeamEditSchema, ({ team, name, color }, socket) =>
      hostEvent(socket, { type: 'editTeam', team, ...(name !== undefined && { name }), ...(color !== undefined && { color }) }),
    ),

    'player:team': handler(PickTeamSchema, ({ team }, socket) => {
      const room = roomOf(socket, 'player')
      return room instanceof GameRoom ? room.dispatch({ type: 'pickTeam', playerId: socket.data.playerId!, team }) : room
    }),

    'player:join': handler(JoinSchema, async ({ pin, nickname, learnerToken, pattern }, socket) => {
      const address = addressOf(socket)
      if (!limiters.joins.take(address, now())) return limited('joins')
      const room = findRoom(socket, pin)
      if (!(room instanceof GameRoom)) return room
      leaveCurrent(socket)
      const reply = await room.join(socket, nickname, learnerToken, pattern)
      // A wrong two-step pattern costs like an unknown PIN: guessing patterns soon meets `rate_limited`.
      if (!reply.ok && reply.error.code === ErrorCode.WrongPattern) limiters.missedPins.take(address, now())
      return reply
    }),

    'player:rejoin': handler(RejoinSchema, ({ pin, playerToken }, socket) => {
      if (!limiters.joins.take(addressOf(socket), now())) return limited('joins')
      const room = findRoom(socket, pin)
      if (!(room instanceof GameRoom)) return room
      if (socket.data.pin !== pin || socket.data.role !== 'player') leaveCurrent(socket)
      return room.rejoin(socket, playerToken)
    }),

    'player:answer': handler(AnswerSchema, ({ questionIndex, choice }, socket) => {
      const room = roomOf(socket, 'player')
      return room instanceof GameRoom ? room.answer(socket, { questionIndex, choice }) : room
    }),

    'player:ready': handler(ReadySchema, ({ questionIndex }, socket) => {
      const room = roomOf(socket, 'player')
      return room instanceof GameRoom ? room.dispatch({ type: 'ready', playerId: socket.data.playerId!, questionIndex }) : room
    }),

    'clock:sync': handler(EmptySchema, () => ok({ serverNow: now() })),
  }

  /** Validates one incoming event at the edge, before any game sees it, and acknowledges what its handler replies. */
  const receive = async (socket: CirrusSocket, event: unknown, args: unknown[]) => {
    const ack = args.at(-1)
    if (typeof ack !== 'function') return // a command without an acknowledgement cannot be answered: ignored
    const known = typeof event === 'string' && Object.hasOwn(handlers, event) ? handlers[event as ClientEventName] : undefined
    if (!known) return // no such event: the client is newer or broken; it has paid its token
    const parsed = known.schema.safeParse(args.length > 1 ? args[0] : undefined)
    if (!parsed.success) return ack(fail(ErrorCode.InvalidPayload, describe(parsed.error)))
    try {
      ack(await known.handle(parsed.data, socket))
    } catch (error) {
      console.error(`${String(event)} failed:`, error)
      ack(fail(ErrorCode.Internal, 'something went wrong on the server; try again'))
    }
  }

  return (socket) => {
    // Every incoming event, known or not, costs a token; a connection that keeps flooding is closed.
    const bucket = new TokenBucket(limits.perConnection.capacity, limits.perConnection.perSecond, now())
    let refused = 0
    socket.onAny((event: unknown, ...args: unknown[]) => {
      if (bucket.take(now())) return void receive(socket, event, args)
      const ack = args.at(-1)
      if (typeof ack === 'function') ack(limited('messages'))
      if (++refused > limits.floodDisconnectAfter) socket.disconnect(true)
    })
    socket.on('disconnect', () => {
      const room = socket.data.pin ? rooms.get(socket.data.pin) : undefined
      room?.detach(socket)
    })
  }
}

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ')
}
