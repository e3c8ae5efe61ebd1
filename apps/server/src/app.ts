import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Server } from 'socket.io'
import { builtinQuizzes } from '@cirrus/questions'
import { loadBuiltinPictures } from './images/builtin.ts'
import { openStores } from './db/open.ts'
import type { Store } from './db/store.ts'
import { Practice } from './practice/service.ts'
import { TRUST_NONE, type Trust } from './address.ts'
import { FILE_WORK, FilePool, type FileWork } from './files/pool.ts'
import { TeacherGate } from './http/admin.ts'
import { OriginPolicy } from './http/origins.ts'
import { createHttpApp } from './http/routes.ts'
import { Ownership } from './rooms/ownership.ts'
import { LIFECYCLE, RoomRegistry, type Lifecycle } from './rooms/registry.ts'
import { SocketEdge } from './sockets/edge.ts'
import { connectionHandler, createAddressLimiters } from './sockets/handlers.ts'
import { LIMITS, type Limits } from './sockets/limits.ts'
import { attachRedis } from './sockets/redis.ts'
import type { CirrusServer } from './sockets/types.ts'
import { randomPin } from './tokens.ts'

export interface CirrusOptions {
  databaseUrl: string
  /** The built web app's folder, or null to serve the API only. */
  webRoot: string | null
  now?: () => number
  /** Divides the mock exam's 90 minutes; for tests only (default: EXAM_TIME_SCALE, else 1). */
  examTimeScale?: number
  /** The edge's rate limits; the defaults unless given (main.ts reads RATE_LIMITS). */
  limits?: Limits
  /** The password that guards the quiz library (main.ts reads CIRRUS_ADMIN_PASSWORD); none: anyone may edit. */
  adminPassword?: string | null
  /** Where phones reach this server, for the join link (main.ts reads PUBLIC_URL); none: found from the request. */
  publicUrl?: string | null
  /** Which X-Forwarded-For hops to believe (main.ts reads TRUST_PROXY); none by default. */
  trust?: Trust
  /** Other origins whose pages may use this server (main.ts reads ALLOWED_ORIGINS). */
  allowedOrigins?: string
  /** Idle time and retention of games (main.ts reads GAME_IDLE_MINUTES and GAME_RETENTION_DAYS). */
  lifecycle?: Lifecycle
  /** The file workers that read imports and write exports; FILE_WORK unless given (tests shorten the timeout). */
  fileWork?: Partial<FileWork>
  /** socket.io's Redis adapter, for several processes (main.ts reads REDIS_URL); none: the in-memory adapter. */
  redisUrl?: string | null
}

export interface Cirrus {
  httpServer: http.Server
  io: CirrusServer
  store: Store
  rooms: RoomRegistry
  /** Open connections from one address, as the cap counts them. */
  connectionsFrom(address: string): number
  listen(port: number, host?: string): Promise<number>
  /** Stops taking connections, writes everything pending and closes the database. */
  close(): Promise<void>
}

/** Migrates the database, loads the built-in quizzes and wires HTTP and socket.io. Nothing listens yet. */
export async function createCirrus(options: CirrusOptions): Promise<Cirrus> {
  const now = options.now ?? Date.now
  if (options.publicUrl && !URL.canParse(options.publicUrl)) {
    throw new Error(`PUBLIC_URL "${options.publicUrl}" is not a URL; give one like http://192.168.1.20:3000`)
  }
  const { store, practice: practiceStore, journal } = await openStores(options.databaseUrl, randomPin)
  const practice = new Practice(practiceStore, { now, ...(options.examTimeScale ? { examTimeScale: options.examTimeScale } : {}) })
  await store.upsertQuizzes(builtinQuizzes, true)
  await loadBuiltinPictures(store.images)

  const limits = options.limits ?? LIMITS
  const limiters = createAddressLimiters(limits)
  const admin = new TeacherGate(options.adminPassword, now)
  const trust = options.trust ?? TRUST_NONE
  const origins = OriginPolicy.fromEnv(options.allowedOrigins, options.publicUrl ?? null)
  const edge = new SocketEdge({ origins, trust, teachers: admin, maxConnectionsPerAddress: limits.connectionsPerAddress })

  const httpServer = http.createServer()
  // perMessageDeflate stays off (the default): on, it costs about ten times the memory per connection.
  // On PostgreSQL a connection naming the PIN of a game another process runs waits for the game to move here first.
  let ownership: Ownership | null = null
  const allowRequest: typeof edge.allowRequest = (request, callback) => {
    if (!ownership) return edge.allowRequest(request, callback)
    ownership.admit(request).then(
      (admitted) => (admitted ? edge.allowRequest(request, callback) : callback('this game is moving to this server: try again', false)),
      () => callback('this game is moving to this server: try again', false),
    )
  }
  const io: CirrusServer = new Server(httpServer, { serveClient: false, maxHttpBufferSize: 16_000, allowRequest })
  const closeRedis = options.redisUrl ? attachRedis(io, options.redisUrl) : async () => {}
  edge.attach(io)
  const practiceLink = {
    learnerIdFor: (token: string) => practice.learners.idFor(token),
    revealed: practice.liveMisses.revealed.bind(practice.liveMisses),
  }
  const rooms = new RoomRegistry(io, store, now, practiceLink, options.lifecycle ?? LIFECYCLE)
  await rooms.purge()
  if (store.leases) {
    const owned = new Ownership(store.leases, store, rooms, now)
    journal.onFenced = (gameId) => owned.lost(gameId)
    await owned.restoreAtStart()
    ownership = owned
  } else {
    rooms.restore(await store.unfinishedGames(now()))
  }
  const files = new FilePool({ ...FILE_WORK, ...options.fileWork })
  const httpApp = createHttpApp({ store, rooms, webRoot: options.webRoot, admin, origins, trust, now, practice, missedPins: limiters.missedPins, publicUrl: options.publicUrl ?? null, files, limits })
  // On PostgreSQL, the join screen's look-up of a PIN that another process runs brings the game here first: the load
  // balancer sent the look-up where the game's connections will go (deploy/nginx.conf). Only what came through it (a
  // forwarded request): a look-up made straight at one process answers from that process.
  httpServer.on('request', (request: http.IncomingMessage, response: http.ServerResponse) => {
    const forwarded = request.headers['x-forwarded-for'] !== undefined
    const pin = ownership && forwarded && request.method === 'GET' ? /^\/api\/games\/(\d{4,10})(?:\?|$)/.exec(request.url ?? '')?.[1] : undefined
    if (!pin || rooms.get(pin)) return httpApp(request, response)
    void ownership!.bring(pin).finally(() => httpApp(request, response))
  })
  io.on('connection', connectionHandler({ io, store, rooms, now, limits, limiters }))

  return {
    httpServer,
    io,
    store,
    rooms,
    connectionsFrom: (address) => edge.connectionsFrom(address),
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject)
        // A long queue of connections not yet accepted (Node's default is 511): after a failover a whole game
        // reconnects at once to a process busy taking the game over, and a full queue drops their connections
        // (a load balancer then counts the process as down). The kernel caps it at net.core.somaxconn.
        httpServer.listen({ port, host, backlog: 4096 }, () => resolve((httpServer.address() as AddressInfo).port))
      }),
    async close() {
      // Answers already in flight are accepted and acknowledged before the connections close.
      await rooms.drainAll()
      await new Promise<void>((resolve) => io.close(() => resolve()))
      await rooms.closeAll()
      await files.close()
      await practice.close()
      await store.flush()
      await ownership?.close() // after the last write: the games are free for the other processes at once
      await store.close()
      await closeRedis()
    },
  }
}
