import express, { Router, type NextFunction, type Request, type RequestHandler, type Response } from 'express'
import type { z } from 'zod'
import {
  ErrorCode,
  ExamItemUpdateSchema,
  ExamPositionSchema,
  IdSchema,
  PracticeAnswerSchema,
  ProblemReportQuerySchema,
  ProblemReportSchema,
  ReportDownloadQuerySchema,
  StartSessionSchema,
  TokenSchema,
  type Reply,
} from '@cirrus/protocol'
import { languageFrom } from '../languages.ts'
import { SlowRefusals } from '../http/refusals.ts'
import { WorkLane } from '../http/lane.ts'
import { sendError, sendInvalid } from '../http/reply.ts'
import { every, KeyedLimiter, LIMITS, type Limits, type Rate } from '../sockets/limits.ts'
import { catalogView } from './catalog.ts'
import { CSV_TABLES } from './csv-words.ts'
import { Paced } from './paced.ts'
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
export function practiceRoutes(practice: Practice, now: () => number, requireTeacher: RequestHandler, limits: PracticeLimits = LIMITS): Router {
  const router = Router()
  router.use('/api/practice', practiceRouter(practice, now, limits))

  router.get('/api/problem-reports', requireTeacher, async (req, res) => {
    const query = parse(res, ProblemReportQuerySchema, { ...req.query }, 'query')
    if (query) res.json(await practice.reports.list(query))
  })

  router.get('/api/problem-reports.csv', requireTeacher, async (req, res) => {
    const query = parse(res, ReportDownloadQuerySchema, { ...req.query }, 'query')
    if (!query) return
    const csv = await practice.reports.csv(query.lang ?? languageFrom(CSV_TABLES, req.headers['accept-language']))
    const day = new Date(now()).toISOString().slice(0, 10)
    res.setHeader('Content-Type', 'text/csv; charset=utf-8')
    res.setHeader('Content-Disposition', `attachment; filename="cirrus-problem-reports-${day}.csv"`)
    res.setHeader('Cache-Control', 'no-store')
    res.send(csv)
  })
  return router
}

export type PracticeLimits = Pick<Limits, 'practicePerLearner' | 'practicePerAddress' | 'examsPerLearner' | 'examsPerAddress'>

/** The address a request comes from, as the per-address limits count it (`req.ip` follows TRUST_PROXY). */
const addressOf = (req: Request) => req.ip ?? req.socket.remoteAddress ?? 'unknown'


/**
 * /api/practice: the solo practice room and the exam simulation (docs/practice.md). Every request counts against
 * its address and, once its token is known, its learner (PracticeLimits); starting a mock exam, the heaviest
 * request, has limits of its own. Bodies are small (16 KB at most: the largest is a problem report's comment).
 */
export function practiceRouter(practice: Practice, now: () => number, limits: PracticeLimits = LIMITS): Router {
  const router = Router()
  const newLearners = new KeyedLimiter(NEW_LEARNERS.capacity, NEW_LEARNERS.perSecond)
  const reports = new KeyedLimiter(REPORTS_PER_ADDRESS.capacity, REPORTS_PER_ADDRESS.perSecond)
  const limiter = (rate: Rate) => new KeyedLimiter(rate.capacity, rate.perSecond)
  const perAddress = limiter(limits.practicePerAddress)
  const perLearner = limiter(limits.practicePerLearner)
  const examsPerAddress = limiter(limits.examsPerAddress)
  const examsPerLearner = limiter(limits.examsPerLearner)
  /** 429 with Retry-After (how long the limit takes to give one more request), a second late: see SlowRefusals. */
  const refusals = new SlowRefusals()
  const limited = (req: Request, res: Response, rate: Rate, message: string) => {
    res.setHeader('Retry-After', String(Math.max(1, Math.ceil(1 / rate.perSecond))))
    refusals.send(addressOf(req), res, 429, { code: ErrorCode.RateLimited, message })
  }

  // Starting, reading and scoring mock exams, one at a time with a rest after each (see Paced).
  const examWork = new Paced()
  const paced = async <T>(res: Response, work: () => Promise<T>): Promise<T | undefined> => {
    const running = examWork.run(work)
    if (running) return running
    res.setHeader('Retry-After', '5')
    sendError(res, 503, { code: ErrorCode.Busy, message: 'many mock exams are being started or scored right now; try again in a few seconds' })
    return undefined
  }

  // Counted before anything else is done for the request, even reading its body.
  router.use((req, res, next) => {
    if (perAddress.take(addressOf(req), now())) return next()
    limited(req, res, limits.practicePerAddress, `too many practice requests from this address (more than ${limits.practicePerAddress.capacity} at once, then ${every(limits.practicePerAddress)}); wait a few seconds`)
  })
  router.use(express.json({ limit: '16kb' }))
  // The body is in: from here the request waits its turn with the other practice work (see WorkLane).
  router.use(new WorkLane(addressOf).middleware)

  router.get('/catalog', (_req, res) => {
    res.json(catalogView())
  })

  router.post('/learners', async (req, res) => {
    if (!newLearners.take(addressOf(req), now())) {
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
    if (!perLearner.take(learnerId, now())) {
      return limited(req, res, limits.practicePerLearner, `too many practice requests from this profile (more than ${limits.practicePerLearner.capacity} at once, then ${every(limits.practicePerLearner)}); wait a few seconds`)
    }
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
    // Scores an open attempt past its deadline first: paced like a submit.
    const history = await paced(res, () => practice.exams.history(learner(req)))
    if (history) res.json(history)
  })

  router.post('/exams', async (req, res) => {
    if (!examsPerLearner.take(learner(req), now())) {
      return limited(req, res, limits.examsPerLearner, `too many mock exams started from this profile: after ${limits.examsPerLearner.capacity} in a row, a new one can start ${every(limits.examsPerLearner)}`)
    }
    if (!examsPerAddress.take(addressOf(req), now())) {
      return limited(req, res, limits.examsPerAddress, `too many mock exams started from this address: after ${limits.examsPerAddress.capacity} in a row, a new one can start ${every(limits.examsPerAddress)}`)
    }
    const started = await paced(res, () => practice.exams.start(learner(req)))
    if (started) send(res, started, 201)
  })

  router.get('/exams/:id', async (req, res) => {
    const id = parse(res, IdSchema, req.params.id, 'exam id')
    const exam = id && (await paced(res, () => practice.exams.get(learner(req), id)))
    if (exam) send(res, exam)
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
    const done = id && (await paced(res, () => practice.exams.submit(learner(req), id)))
    if (done) send(res, done)
  })

  router.post('/problem-reports', async (req, res) => {
    const body = parse(res, ProblemReportSchema, req.body, 'report')
    if (!body) return
    if (!reports.take(addressOf(req), now())) {
      return send(res, { ok: false, error: { code: ErrorCode.RateLimited, message: 'too many problem reports from this address; wait a minute' } })
    }
    const reply = await practice.reports.report(learner(req), body)
    send(res, reply, reply.ok && reply.data.updated ? 200 : 201)
  })

  router.use(bodyErrors)
  return router
}

/** Bodies over 16 KB and bodies that are not JSON, refused as such (the app's last handler would answer 500). */
function bodyErrors(error: { type?: string }, _req: Request, res: Response, next: NextFunction): void {
  if (error.type === 'entity.too.large') return void sendError(res, 413, { code: ErrorCode.InvalidPayload, message: 'the body is larger than the 16 KB a practice request takes' })
  if (error.type === 'entity.parse.failed') return void sendError(res, 400, { code: ErrorCode.InvalidPayload, message: 'the body is not valid JSON' })
  next(error)
}
