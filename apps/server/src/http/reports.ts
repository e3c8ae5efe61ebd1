import express, { Router, type NextFunction, type Request, type RequestHandler, type Response } from 'express'
import { ErrorCode, ReportDownloadQuerySchema, ReviewRequestSchema, type GameReport, type PlayerReview, type ReportSummary } from '@cirrus/protocol'
import type { Store } from '../db/store.ts'
import { buildReport, buildReview, summaryOf } from '../reports/build.ts'
import { reportCsv, reportXlsx } from '../reports/sheets.ts'
import { languageFrom, stringsFor } from '../reports/strings.ts'
import { hashToken } from '../tokens.ts'
import { fileStem } from './quizzes.ts'
import { sendError, sendInvalid } from './reply.ts'

/** Game ids are UUIDs; anything else is not one of ours (and never reaches the database). */
const GAME_ID = /^[A-Za-z0-9-]{1,64}$/
const FILE = /^(?<id>[A-Za-z0-9-]{1,64})\.(?<ext>xlsx|csv)$/

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * The classroom record (docs/reports.md). The teacher's reports of past games, behind the teachers' gate (with no
 * password, anyone who reaches the server may read them); and each player's own review, for the holder of the
 * seat's token, gate or not.
 */
export function reportRoutes(store: Store, requireTeacher: RequestHandler): Router {
  const router = Router()

  router.get('/api/reports', requireTeacher, async (_req, res) => {
    const games = await store.reports.listGames()
    res.json(games.map((g) => summaryOf(g, g.playerCount)) satisfies ReportSummary[])
  })

  router.get('/api/reports/:id', requireTeacher, async (req, res) => {
    const param = String(req.params.id)
    const file = FILE.exec(param)?.groups
    const gameId = file?.id ?? param
    if (!GAME_ID.test(gameId)) return notFound(res, gameId)
    const rows = await store.reports.gameRows(gameId)
    if (!rows || rows.game.startedAt === null) return notFound(res, gameId)
    const report = buildReport(rows)
    if (!file) return res.json(report satisfies GameReport)

    const query = ReportDownloadQuerySchema.safeParse(req.query)
    if (!query.success) return sendInvalid(res, query.error, 'query')
    const strings = stringsFor(query.data.lang ?? languageFrom(req.headers['accept-language']))
    res.attachment(`${downloadStem(report)}.${file.ext}`)
    if (file.ext === 'csv') {
      res.type('text/csv; charset=utf-8')
      return res.send(reportCsv(report, strings))
    }
    res.type(XLSX_TYPE)
    res.send(Buffer.from(await reportXlsx(report, strings)))
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
    const body = ReviewRequestSchema.safeParse(req.body)
    if (!body.success) return sendInvalid(res, body.error, 'body')
    const seat = await store.reports.reviewSeat(body.data.playerId)
    if (!seat || seat.tokenHash !== hashToken(body.data.playerToken)) {
      return sendError(res, 404, { code: ErrorCode.PlayerNotFound, message: 'there is no review for this seat: the game was deleted, or this is not your seat' })
    }
    if (seat.kicked) return sendError(res, 403, { code: ErrorCode.Kicked, message: 'the host removed you from this game' })
    const rows = await store.reports.gameRows(seat.gameId)
    const review = rows && buildReview(rows, body.data.playerId)
    if (!review) return sendError(res, 404, { code: ErrorCode.PlayerNotFound, message: 'there is no review for this seat yet' })
    res.json(review satisfies PlayerReview)
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

/** "cirrus-report-cloud-basics-2026-12-01" */
function downloadStem(report: GameReport): string {
  return `cirrus-report-${fileStem(report.quizTitle)}-${(report.startedAt ?? report.createdAt).slice(0, 10)}`
}
