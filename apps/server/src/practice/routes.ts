import { Router, type NextFunction, type Request, type RequestHandler, type Response } from 'express'
import type { z } from 'zod'
import {
  ErrorCode,
  ExamItemUpdateSchema,
  ExamPositionSchema,
  IdSchema,
  PracticeAnswerSchema,
  ProblemReportQuerySchema,
  ProblemReportSchema,
  StartSessionSchema,
  TokenSchema,
  type Reply,
} from '@cirrus/protocol'
import { clientAddress } from '../address.ts'
import { sendError, sendInvalid } from '../http/reply.ts'
import { KeyedLimiter } from '../sockets/limits.ts'
import { catalogView } from './catalog.ts'
import { REPORTS_PER_ADDRESS } from './reports.ts'
import type { Practice } from './service.ts'

/** HTTP status of each refusal the practice API can make. */
const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.InvalidPayload]: 400,
  [ErrorCode.InvalidChoice]: 400,
  [ErrorCode.BadToken]: 401,
  [ErrorCode.RateLimited]: 429,
  [ErrorCode.SessionNotFound]: 404,
  [ErrorCode.ExamNotFound]: 404,
  [ErrorCode.QuestionNotFound]: 404,
  [ErrorCode.WrongQuestion]: 409,
  [ErrorCode.SessionOver]: 409,
  [ErrorCode.ExamInProgress]: 409,
  [ErrorCode.ExamOver]: 409,
}

type LearnerRequest = Request & { learnerId?: string }

function send<T>(res: Response, reply: Reply<T>, okStatus = 200): void {
  if (reply.ok) res.status(okStatus).json(reply.data)
  else sendError(res, STATUS[reply.error.code] ?? 500, reply.error)
}

/** Parses with a schema; on failure answers 400 naming the fields and returns undefined. */
function parse<S extends z.ZodType>(res: Response, schema: S, value: unknown, what: string): z.output<S> | undefined {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  sendInvalid(res, parsed.error, what)
  return undefined
}

/**
 * New profiles per address: a whole classroom behind one NAT makes its profiles at once on first visit, so the
 * burst is large; a script making them in a loop soon meets 429.
 */
export const NEW_LEARNERS = { capacity: 300, perSecond: 2 } as const

/**
 * The practice room's HTTP API (docs/practice.md): /api/practice for learners, and the problem reports for the
 * teacher at /api/problem-reports (JSON) and /api/problem-reports.csv, behind `requireTeacher` (the library's guard).
 */
export function practiceRoutes(practice: Practice, now: () => number, requireTeacher: RequestHandler): Router {
  const router = Router()
  router.use('/api/practice', practiceRouter(practice, now))

  router.get('/api/problem-reports', requireTeacher, async (req, res) => {
    const query = parse(res, ProblemReportQuerySchema, { ...req.query }, 'query')
    if (query) res.json(await practice.reports.list(query))
  })

  router.get('/api/problem-reports.csv', requireTeacher, async (_req, res) => {
    const csv = await practice.reports.csv()
    const day = new Date(now()).toISOString().slice(0, 10)
    res.setHeader('Content-Type', 'text/csv; charset=utf-8')
    res.setHeader('Content-Disposition', `attachment; filename="cirrus-problem-reports-${day}.csv"`)
    res.setHeader('Cache-Control', 'no-store')
    res.send(csv)
  })
  return router
}

/** /api/practice: the solo practice room and the exam simulation (docs/practice.md). */
export function practiceRouter(practice: Practice, now: () => number): Router {
  const router = Router()
  const newLearners = new KeyedLimiter(NEW_LEARNERS.capacity, NEW_LEARNERS.perSecond)
  const reports = new KeyedLimiter(REPORTS_PER_ADDRESS.capacity, REPORTS_PER_ADDRESS.perSecond)

  router.get('/catalog', (_req, res) => {
    res.json(catalogView())
  })

  router.post('/learners', async (req, res) => {
    if (!newLearners.take(clientAddress(req.socket.remoteAddress, req.headers), now())) {
      return send(res, { ok: false, error: { code: ErrorCode.RateLimited, message: 'too many new practice profiles from this address; wait a moment' } })
    }
    res.status(201).json(await practice.learners.create())
  })

  // Everything below needs the learner's token: `Authorization: Bearer <token>`.
  router.use(async (req: LearnerRequest, res: Response, next: NextFunction) => {
    const [scheme, token] = (req.headers.authorization ?? '').split(' ')
    const valid = scheme === 'Bearer' && TokenSchema.safeParse(token).success
    const learnerId = valid ? await practice.learners.idFor(token!) : null
    if (!learnerId) return send(res, { ok: false, error: { code: ErrorCode.BadToken, message: 'send the learner token as "Authorization: Bearer <token>" (POST /api/practice/learners makes one)' } })
    req.learnerId = learnerId
    next()
  })

  const learner = (req: Request) => (req as LearnerRequest).learnerId!

  router.get('/me', (req, res) => {
    res.json({ learnerId: learner(req) })
  })

  router.get('/progress', async (req, res) => {
    res.json(await practice.progress(learner(req)))
  })

  router.post('/sessions', async (req, res) => {
    const body = parse(res, StartSessionSchema, req.body, 'session')
    if (body) send(res, await practice.sessions.start(learner(req), body), 201)
  })

  router.get('/sessions/:id', async (req, res) => {
    const id = parse(res, IdSchema, req.params.id, 'session id')
    if (id) send(res, await practice.sessions.get(learner(req), id))
  })

  router.post('/sessions/:id/next', async (req, res) => {
    const id = parse(res, IdSchema, req.params.id, 'session id')
    if (id) send(res, await practice.sessions.next(learner(req), id))
  })

  router.post('/sessions/:id/answers', async (req, res) => {
    const id = parse(res, IdSchema, req.params.id, 'session id')
    const body = id === undefined ? undefined : parse(res, PracticeAnswerSchema, req.body, 'answer')
    if (id && body) send(res, await practice.sessions.answer(learner(req), id, body.questionKey, body.choice))
  })

  router.post('/sessions/:id/end', async (req, res) => {
    const id = parse(res, IdSchema, req.params.id, 'session id')
    if (id) send(res, await practice.sessions.end(learner(req), id))
  })

  router.get('/exams', async (req, res) => {
    res.json(await practice.exams.history(learner(req)))
  })

  router.post('/exams', async (req, res) => {
    send(res, await practice.exams.start(learner(req)), 201)
  })

  router.get('/exams/:id', async (req, res) => {
    const id = parse(res, IdSchema, req.params.id, 'exam id')
    if (id) send(res, await practice.exams.get(learner(req), id))
  })

  router.put('/exams/:id/items/:position', async (req, res) => {
    const id = parse(res, IdSchema, req.params.id, 'exam id')
    if (id === undefined) return
    const position = parse(res, ExamPositionSchema, req.params.position, 'question number')
    if (position === undefined) return
    const body = parse(res, ExamItemUpdateSchema, req.body, 'update')
    if (body) send(res, await practice.exams.update(learner(req), id, position, body))
  })

  router.post('/exams/:id/submit', async (req, res) => {
    const id = parse(res, IdSchema, req.params.id, 'exam id')
    if (id) send(res, await practice.exams.submit(learner(req), id))
  })

  router.post('/problem-reports', async (req, res) => {
    const body = parse(res, ProblemReportSchema, req.body, 'report')
    if (!body) return
    if (!reports.take(req.ip ?? req.socket.remoteAddress ?? 'unknown', now())) {
      return send(res, { ok: false, error: { code: ErrorCode.RateLimited, message: 'too many problem reports from this address; wait a minute' } })
    }
    const reply = await practice.reports.report(learner(req), body)
    send(res, reply, reply.ok && reply.data.updated ? 200 : 201)
  })

  return router
}
