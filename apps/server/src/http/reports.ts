import express, { Router, type NextFunction, type Request, type RequestHandler, type Response } from 'express'
import { ErrorCode, ReportDownloadQuerySchema, ReviewRequestSchema, type PlayerReview, type ReportSummary } from '@cirrus/protocol'
import type { Store } from '../db/store.ts'
import { bankById } from '../practice/catalog.ts'
import type { FilePool } from '../files/pool.ts'
import { buildReview, summaryOf } from '../reports/build.ts'
import { languageFrom } from '../reports/strings.ts'
import { KeyedLimiter } from '../sockets/limits.ts'
import { hashToken } from '../tokens.ts'
import { sendError, sendInvalid } from './reply.ts'

/** Game ids are UUIDs; anything else is not one of ours (and never reaches the database). */
const GAME_ID = /^[A-Za-z0-9-]{1,64}$/
const FILE = /^(?<id>[A-Za-z0-9-]{1,64})\.(?<ext>xlsx|csv)$/

const TYPES = { json: 'application/json; charset=utf-8', csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }

/**
 * Reviews per address: a classroom behind one router opens its reviews together at the podium (300 at once), then
 * 20 a second. Each costs a few small reads, but a script replaying one seat's token should not cost more.
 */
export const REVIEWS_PER_ADDRESS = { capacity: 300, perSecond: 20 } as const

export interface ReportRoutesDeps {
  store: Store
  requireTeacher: RequestHandler
  /** Builds and writes reports off the event loop (a 2,000-player game's .xlsx takes about 2 s). */
  files: FilePool
  now: () => number
}

/**
 * The classroom record (docs/reports.md). The teacher's reports of past games, behind the teachers' gate (with no
 * password, anyone who reaches the server may read them); and each player's own review, for the holder of the
 * seat's token, gate or not.
 */
export function reportRoutes({ store, requireTeacher, files, now }: ReportRoutesDeps): Router {
  const router = Router()
  const reviews = new KeyedLimiter(REVIEWS_PER_ADDRESS.capacity, REVIEWS_PER_ADDRESS.perSecond)

  router.get('/api/reports', requireTeacher, async (_req, res) => {
    const games = await store.reports.listGames()
    res.json(games.map((g) => summaryOf(g, g.playerCount)) satisfies ReportSummary[])
  })

  router.get('/api/reports/:id', requireTeacher, async (req, res) => {
    const param = String(req.params.id)
    const file = FILE.exec(param)?.groups as { id: string; ext: 'xlsx' | 'csv' } | undefined
    const gameId = file?.id ?? param
    if (!GAME_ID.test(gameId)) return notFound(res, gameId)
    const query = ReportDownloadQuerySchema.safeParse(req.query)
    if (!query.success) return sendInvalid(res, query.error, 'query')
    const rows = await store.reports.gameRows(gameId)
    if (!rows || rows.game.startedAt === null) return notFound(res, gameId)

    const format = file?.ext ?? 'json'
    const locale = { lang: query.data.lang ?? languageFrom(req.headers['accept-language']), timeZone: query.data.tz }
    const done = await files.run({ kind: 'report', rows, format, locale })
    if (!done.ok || done.outcome.kind !== 'report') {
      const busy = !done.ok && done.reason === 'busy'
      if (busy) res.setHeader('Retry-After', '5')
      return sendError(res, busy ? 503 : 500, {
        code: busy ? ErrorCode.Busy : ErrorCode.Internal,
        message: busy ? 'the server is busy with other files; try again in a few seconds' : 'the report could not be made; try again',
      })
    }
    if (file) res.attachment(`${done.outcome.fileStem}.${file.ext}`)
    res.type(TYPES[format])
    res.send(Buffer.from(done.outcome.bytes.buffer, done.outcome.bytes.byteOffset, done.outcome.bytes.byteLength))
  })

  router.delete('/api/reports/:id', requireTeacher, async (req, res) => {
    const gameId = String(req.params.id)
    if (!GAME_ID.test(gameId)) return notFound(res, gameId)
    const outcome = await store.reports.deleteGame(gameId)
    if (outcome === 'not_found') return notFound(res, gameId)
    if (outcome === 'running') {
      return sendError(res, 409, { code: ErrorCode.WrongPhase, message: 'this game is still running: end it before deleting its report' })
    }
    res.status(204).end()
  })

  // A player's review: the seat's token is the key, as it is for rejoining the game.
  router.post('/api/review', express.json({ limit: '4kb' }), async (req, res) => {
    if (!reviews.take(req.ip ?? 'unknown', now())) return sendError(res, 429, { code: ErrorCode.RateLimited, message: 'too many reviews from this address; wait a moment' })
    const body = ReviewRequestSchema.safeParse(req.body)
    if (!body.success) return sendInvalid(res, body.error, 'body')
    const seat = await store.reports.reviewSeat(body.data.playerId)
    if (!seat || seat.tokenHash !== hashToken(body.data.playerToken)) {
      return sendError(res, 404, { code: ErrorCode.PlayerNotFound, message: 'there is no review for this seat: the game was deleted, or this is not your seat' })
    }
    if (seat.kicked) return sendError(res, 403, { code: ErrorCode.Kicked, message: 'the host removed you from this game' })
    const rows = await store.reports.reviewRows(body.data.playerId)
    if (!rows) return sendError(res, 404, { code: ErrorCode.PlayerNotFound, message: 'there is no review for this seat any more' })
    const review = buildReview(rows)
    res.json({ ...review, items: review.items.map((item) => ({ ...item, reportable: bankById.has(item.questionId) })) } satisfies PlayerReview)
  })

  router.use('/api/review', (error: { type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (error.type === 'entity.too.large') return sendError(res, 413, { code: ErrorCode.InvalidPayload, message: 'a review request is a seat id and token, a few hundred bytes' })
    if (error.type === 'entity.parse.failed') return sendError(res, 400, { code: ErrorCode.InvalidPayload, message: 'the body is not valid JSON' })
    next(error)
  })
  return router
}

function notFound(res: Response, gameId: string) {
  return sendError(res, 404, { code: ErrorCode.ReportNotFound, message: `there is no report of a game "${gameId}" (never played, deleted, or past its retention)` })
}
