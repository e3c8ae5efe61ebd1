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

type Handler<S extends z.ZodType> = (payload: z.output<S>, socket: CirrusSocket) => Reply<unknown> | Promise<Reply<unknown>>

/** Host commands that move the game: each carries the step the host saw, and the engine refuses a stale one. */
const HOST_MOVES = {
  'host:start': 'start',
  'host:next': 'next',
  'host:endAnswering': 'endAnswering',
} as const satisfies Partial<Record<ClientEventName, GameEvent['type']>>

/** Host commands that map one to one onto engine events; each is refused when repeated (paused, not paused, over). */
const HOST_COMMANDS = {
  'host:pause': { type: 'pause' },
  'host:resume': { type: 'resume' },
  'host:end': { type: 'end' },
} as const satisfies Partial<Record<ClientEventName, GameEvent>>

/** Wires one connection: every event is validated here, at the edge, before any game sees it. */
export function registerHandlers(socket: CirrusSocket, deps: HandlerDeps): void {
  const { rooms, store, limits, limiters, now } = deps
  const address = socket.data.address ?? socket.handshake.address // set by the edge (sockets/edge.ts)

  // Every incoming event, known or not, costs a token; a connection that keeps flooding is closed.
  const bucket = new TokenBucket(limits.perConnection.capacity, limits.perConnection.perSecond, now())
  let refused = 0
  socket.use((packet, next) => {
    if (bucket.take(now())) return next()
    const ack = packet.at(-1)
    if (typeof ack === 'function') ack(limited('messages'))
    if (++refused > limits.floodDisconnectAfter) socket.disconnect(true)
  })

  const on = <S extends z.ZodType>(event: ClientEventName, schema: S, handler: Handler<S>) => {
    socket.on(event, async (...args: unknown[]) => {
      const ack = args.at(-1)
      if (typeof ack !== 'function') return // a command without an acknowledgement cannot be answered: ignored
      const parsed = schema.safeParse(args.length > 1 ? args[0] : undefined)
      if (!parsed.success) return ack(fail(ErrorCode.InvalidPayload, describe(parsed.error)))
      try {
        ack(await handler(parsed.data, socket))
      } catch (error) {
        console.error(`${event} failed:`, error)
        ack(fail(ErrorCode.Internal, 'something went wrong on the server; try again'))
      }
    })
  }

  const roomOf = (role: 'host' | 'player'): GameRoom | Reply<never> => {
    const room = socket.data.pin ? rooms.get(socket.data.pin) : undefined
    if (!room || socket.data.role !== role) {
      return role === 'host'
        ? fail(ErrorCode.NotHost, 'only the host of a game may do this; create or attach to a game first')
        : fail(ErrorCode.NotPlayer, 'join a game first')
    }
    return room
  }

  /** A PIN that is not running costs the address a token: guessing PINs soon meets `rate_limited`. */
  const findRoom = (pin: string): GameRoom | Reply<never> => {
    const room = rooms.get(pin)
    if (room) return room
    if (!limiters.missedPins.take(address, now())) return limited('unknown PINs')
    return fail(ErrorCode.GameNotFound, `no game with PIN ${pin} is running`)
  }

  /** A connection belongs to one game at a time: leave the previous one before taking a new seat. */
  const leaveCurrent = () => {
    const current = socket.data.pin ? rooms.get(socket.data.pin) : undefined
    if (!current) return
    current.detach(socket)
    for (const room of socket.rooms) if (room !== socket.id) void socket.leave(room)
    socket.data = { address: socket.data.address, teacher: socket.data.teacher }
  }

  on('host:create', CreateGameSchema, async ({ quizId, settings }) => {
    if (!limiters.creates.take(address, now())) return limited('new games')
    const found = await store.getQuiz(quizId)
    if (!found) return fail(ErrorCode.QuizNotFound, `no quiz with id "${quizId}"`)
    // A teacher's quiz holds the teacher's answer key: hosting it (and so reading the key at each reveal) is the
    // teacher's to do. The built-in bank is public study material.
    if (!found.builtin && socket.data.teacher !== true) return fail(ErrorCode.SignInRequired, 'this quiz is a teacher\'s own: sign in as a teacher (Quiz library) to host it')
    leaveCurrent()
    const { room, hostToken } = await rooms.create(found.quiz, settings)
    const attached = room.attachHost(socket, hostToken)
    return attached.ok ? ok({ ...attached.data, pin: room.pin, hostToken }) : attached
  })

  on('host:attach', HostAttachSchema, ({ pin, hostToken }) => {
    const room = findRoom(pin)
    if (!(room instanceof GameRoom)) return room
    if (!room.isHostToken(hostToken)) return fail(ErrorCode.BadToken, 'this host token does not belong to this game')
    leaveCurrent()
    return room.attachHost(socket, hostToken)
  })

  for (const [event, type] of Object.entries(HOST_MOVES)) {
    on(event as ClientEventName, MoveSchema, ({ step }) => {
      const room = roomOf('host')
      return room instanceof GameRoom ? room.dispatch({ type, step }) : room
    })
  }

  for (const [event, engineEvent] of Object.entries(HOST_COMMANDS)) {
    on(event as ClientEventName, EmptySchema, () => {
      const room = roomOf('host')
      return room instanceof GameRoom ? room.dispatch(engineEvent) : room
    })
  }

  on('host:kick', KickSchema, ({ playerId }) => {
    const room = roomOf('host')
    return room instanceof GameRoom ? room.dispatch({ type: 'kick', playerId }) : room
  })

  on('host:lock', LockSchema, ({ locked }) => {
    const room = roomOf('host')
    return room instanceof GameRoom ? room.dispatch({ type: 'lock', locked }) : room
  })

  on('host:extraTime', ExtraTimeSchema, ({ playerId, factor }) => {
    const room = roomOf('host')
    return room instanceof GameRoom ? room.dispatch({ type: 'extraTime', playerId, factor }) : room
  })

  on('host:team', TeamEditSchema, ({ team, name, color }) => {
    const room = roomOf('host')
    return room instanceof GameRoom ? room.dispatch({ type: 'editTeam', team, ...(name !== undefined && { name }), ...(color !== undefined && { color }) }) : room
  })

  on('player:team', PickTeamSchema, ({ team }) => {
    const room = roomOf('player')
    return room instanceof GameRoom ? room.dispatch({ type: 'pickTeam', playerId: socket.data.playerId!, team }) : room
  })

  on('player:join', JoinSchema, async ({ pin, nickname, learnerToken, pattern }) => {
    if (!limiters.joins.take(address, now())) return limited('joins')
    const room = findRoom(pin)
    if (!(room instanceof GameRoom)) return room
    leaveCurrent()
    const reply = await room.join(socket, nickname, learnerToken, pattern)
    // A wrong two-step pattern costs like an unknown PIN: guessing patterns soon meets `rate_limited`.
    if (!reply.ok && reply.error.code === ErrorCode.WrongPattern) limiters.missedPins.take(address, now())
    return reply
  })

  on('player:rejoin', RejoinSchema, ({ pin, playerToken }) => {
    if (!limiters.joins.take(address, now())) return limited('joins')
    const room = findRoom(pin)
    if (!(room instanceof GameRoom)) return room
    if (socket.data.pin !== pin || socket.data.role !== 'player') leaveCurrent()
    return room.rejoin(socket, playerToken)
  })

  on('player:answer', AnswerSchema, ({ questionIndex, choice }) => {
    const room = roomOf('player')
    return room instanceof GameRoom ? room.answer(socket, { questionIndex, choice }) : room
  })

  on('player:ready', ReadySchema, ({ questionIndex }) => {
    const room = roomOf('player')
    return room instanceof GameRoom ? room.dispatch({ type: 'ready', playerId: socket.data.playerId!, questionIndex }) : room
  })

  on('clock:sync', EmptySchema, () => ok({ serverNow: deps.now() }))

  socket.on('disconnect', () => {
    const room = socket.data.pin ? rooms.get(socket.data.pin) : undefined
    room?.detach(socket)
  })
}

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ')
}
