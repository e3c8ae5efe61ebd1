import helmet from 'helmet'
import express, { type Express, type NextFunction, type Request, type Response } from 'express'
import fs from 'node:fs'
import path from 'node:path'
import { ErrorCode, PinSchema, type ServerConfig } from '@cirrus/protocol'
import type { Store } from '../db/store.ts'
import type { RoomRegistry } from '../rooms/registry.ts'
import { practiceRoutes } from '../practice/routes.ts'
import type { Practice } from '../practice/service.ts'
import type { Trust } from '../address.ts'
import type { FilePool } from '../files/pool.ts'
import { every, KeyedLimiter, type Limits } from '../sockets/limits.ts'
import type { TeacherGate } from './admin.ts'
import { bankRoutes } from './bank.ts'
import { joinOrigin, joinWarning } from './join-origin.ts'
import { SAFE_METHODS, type OriginPolicy } from './origins.ts'
import { quizRoutes } from './quizzes.ts'
import { imageRoutes } from './images.ts'
import { reportRoutes } from './reports.ts'
import { SlowRefusals } from './refusals.ts'
import { sendError } from './reply.ts'
import { sessionRoutes } from './session.ts'
import { webApp } from './static.ts'

export interface HttpDeps {
  store: Store
  rooms: RoomRegistry
  /** The built web app; served with a fallback to index.html for the client's own routes. */
  webRoot: string | null
  /** Who is a teacher: may read and change the quiz library (CIRRUS_ADMIN_PASSWORD). */
  admin: TeacherGate
  /** Which pages may change things (ALLOWED_ORIGINS). */
  origins: OriginPolicy
  /** Which X-Forwarded-For hops to believe (TRUST_PROXY): `req.ip` follows it. */
  trust: Trust
  now: () => number
  practice: Practice
  /** Shared with the socket edge: looking up PINs that are not running costs the address a token. */
  missedPins: KeyedLimiter
  /** PUBLIC_URL: the address phones use to reach this server, when it is not the one the host's browser uses. */
  publicUrl: string | null
  /** Reads imports and writes exports off the event loop. */
  files: FilePool
  /** The rates of imports and of the practice API (RATE_LIMITS may override them). */
  limits: Limits
}

export function createHttpApp({ store, rooms, webRoot, admin, origins, trust, now, practice, missedPins, publicUrl, files, limits }: HttpDeps): Express {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', trust)
  // Volume first, before anything else is done for a request: one address's flood of cheap requests (each parsed,
  // routed and answered on the event loop that runs the live games) meets a limit, refused slowly.
  const perAddress = new KeyedLimiter(limits.httpPerAddress.capacity, limits.httpPerAddress.perSecond)
  const refusals = new SlowRefusals()
  app.use((req, res, next) => {
    if (req.path.startsWith('/assets/') || perAddress.take(req.ip ?? 'unknown', now())) return next()
    res.setHeader('Retry-After', '1')
    refusals.send(req.ip ?? 'unknown', res, 429, { code: ErrorCode.RateLimited, message: `too many requests from this address (more than ${limits.httpPerAddress.capacity} at once, then ${every(limits.httpPerAddress)}); wait a few seconds` })
  })
  app.use(
    helmet({
      // A classroom server is often plain http on a LAN: upgrading requests to https would break every asset.
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: null, connectSrc: ["'self'", 'ws:', 'wss:'] } },
      strictTransportSecurity: false,
    }),
  )
  // Another site's page may not act with a visitor's browser here: no state change from a foreign origin.
  app.use((req, res, next) => {
    if (SAFE_METHODS.has(req.method) || origins.allows(req.headers)) return next()
    sendError(res, 403, { code: ErrorCode.ForbiddenOrigin, message: 'requests that change things are accepted only from this server\'s own pages (or ALLOWED_ORIGINS)' })
  })
  app.use(sessionRoutes(admin))
  // The library parses its own bodies (an import's body is the file itself), so it comes before the JSON parser.
  const imports = new KeyedLimiter(limits.importsPerAddress.capacity, limits.importsPerAddress.perSecond)
  app.use(quizRoutes({ store, admin, now, files, imports }))
  app.use(imageRoutes(store.images, admin))
  app.use(bankRoutes(admin.require))
  // No JSON parser for the whole app: each router reads its own bodies with its own limit (a quiz 2 MB, a practice
  // request 16 KB), so a body sent anywhere else is never parsed.
  app.use(practiceRoutes(practice, now, admin.require, limits))
  app.use(reportRoutes({ store, requireTeacher: admin.require, files, now }))

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true, games: rooms.size })
  })

  app.get('/api/config', (req, res) => {
    const origin = joinOrigin({ publicUrl, requestHost: req.headers.host })
    // The address this server listens on, from the listening socket itself (HOST, or every interface).
    const bound = (req.socket as { server?: { address(): unknown } }).server?.address()
    const listening = bound && typeof bound === 'object' && 'address' in bound ? String(bound.address) : null
    const config: ServerConfig = { joinOrigin: origin, joinWarning: joinWarning({ joinOrigin: origin, requestHost: req.headers.host, listening }) }
    res.json(config)
  })

  app.get('/api/games/:pin', (req, res) => {
    const pin = PinSchema.safeParse(req.params.pin)
    if (!pin.success) return sendError(res, 400, { code: ErrorCode.InvalidPayload, message: 'a PIN is six digits' })
    const room = rooms.get(pin.data)
    if (!room && !missedPins.take(req.ip ?? 'unknown', now())) {
      return sendError(res, 429, { code: ErrorCode.RateLimited, message: 'too many unknown PINs from this address; wait a moment' })
    }
    if (!room) return sendError(res, 404, { code: ErrorCode.GameNotFound, message: `no game with PIN ${pin.data} is running` })
    const view = room.view()
    // What the join screen asks for, and the language its friendly names are drawn in (docs/protocol.md, *Ways to play*).
    const { twoStepJoin, friendlyNames, language } = room.snapshot.settings
    res.json({ pin: room.pin, phase: view.phase, quizTitle: room.snapshot.quizTitle, locked: room.snapshot.locked, playerCount: view.playerCount, twoStepJoin, friendlyNames, language })
  })

  app.use('/api', (req, res) => {
    // A body sent to no route is not read: the connection closes instead of reading and dropping it (2 MB, say).
    if (req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined) res.setHeader('Connection', 'close')
    sendError(res, 404, { code: ErrorCode.InvalidPayload, message: 'no such API route' })
  })

  if (webRoot && fs.existsSync(path.join(webRoot, 'index.html'))) {
    app.use(webApp(webRoot))
    app.get(/^\/(?!api\/|socket\.io\/|healthz).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache')
      res.sendFile(path.join(webRoot, 'index.html'))
    })
  } else {
    app.get('/', (_req, res) => {
      res.type('text').send('Cirrus is running, but the web app is not built: run `npm run build:web`.')
    })
  }

  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (error instanceof SyntaxError) return sendError(res, 400, { code: ErrorCode.InvalidPayload, message: 'the body is not valid JSON' })
    console.error('HTTP request failed:', error)
    sendError(res, 500, { code: ErrorCode.Internal, message: 'something went wrong on the server' })
  })
  return app
}
