import { randomUUID } from 'node:crypto'
import express, { Router, type NextFunction, type Request, type Response } from 'express'
import { EXPORT_NOTES, FORMAT_IDS, FORMATS, detectFormat, problem, warning, type ExportWarning, type FormatId, type ImportProblem, type ImportResult } from '@cirrus/formats'
import { DuplicateQuerySchema, ErrorCode, ExportQuerySchema, IdSchema, IMPORT_MAX_BYTES, ImportQuerySchema, QuizDraftSchema, QuizListQuerySchema, type ImportCommitted } from '@cirrus/protocol'
import type { Store } from '../db/store.ts'
import type { FileJob } from '../files/jobs.ts'
import type { FilePool, PoolFailure } from '../files/pool.ts'
import { fileStem } from '../file-name.ts'
import { languageFrom, tableFor } from '../languages.ts'
import type { KeyedLimiter } from '../sockets/limits.ts'
import type { TeacherGate } from './admin.ts'
import { copyTitle } from './copy-title.ts'
import { SlowRefusals } from './refusals.ts'
import { sendError, sendInvalid } from './reply.ts'
import { attachPictures, missingImages, picturesOf, withStoredPictures } from './images.ts'

export interface QuizRoutesDeps {
  store: Store
  admin: TeacherGate
  now: () => number
  /** Reads imports and writes exports off the event loop. */
  files: FilePool
  /** Imports (previews and commits) per address. */
  imports: KeyedLimiter
}

const isFormat = (value: string): value is FormatId => (FORMAT_IDS as readonly string[]).includes(value)

/**
 * The quiz library: /api/quizzes (list, read, write, duplicate, delete, import, export) and /api/formats.
 * Mounted before the app's own JSON parser, because an import's body is the file itself, whatever its type.
 * Everything but the list needs the admin password when the server has one (see docs/quizzes.md).
 */
export function quizRoutes({ store, admin, now, files, imports }: QuizRoutesDeps): Router {
  const router = Router()
  const json = express.json({ limit: '2mb' })
  const file = express.raw({ type: () => true, limit: IMPORT_MAX_BYTES })
  const gate = admin.require
  // Before the body is read: a flood of uploads is refused without taking them in, and the connection is closed
  // rather than kept for the next request, which would mean reading and dropping the rest of this one's file.
  const refusals = new SlowRefusals()
  const importLimit = (req: Request, res: Response, next: NextFunction) => {
    const address = req.ip ?? 'unknown'
    if (!imports.take(address, now())) {
      res.setHeader('Retry-After', '2')
      return refusals.send(address, res, 429, { code: ErrorCode.RateLimited, message: 'too many imports from this address; wait a few seconds' })
    }
    if (files.full) return busy(res)
    next()
  }

  router.get('/api/formats', (_req, res) => {
    res.json(FORMAT_IDS.map((id) => FORMATS[id]))
  })

  router.get('/api/quizzes', async (req, res) => {
    const query = QuizListQuerySchema.safeParse(req.query)
    if (!query.success) return sendInvalid(res, query.error, 'the search')
    res.json(await store.listQuizzes(query.data.q))
  })

  router.post('/api/quizzes', gate, json, async (req, res) => {
    const draft = QuizDraftSchema.safeParse(req.body)
    if (!draft.success) return sendInvalid(res, draft.error, 'the quiz')
    const missing = await missingImages(store.images, draft.data.questions)
    if (missing) return sendError(res, 400, missing)
    res.status(201).json(await store.createQuiz(newQuizId(), draft.data))
  })

  // Before /api/quizzes/:id, which would take "import" for an id.
  router.post('/api/quizzes/import/preview', gate, importLimit, file, (req, res) => readUpload(req, res, false))

  router.post('/api/quizzes/import', gate, importLimit, file, async (req, res) => {
    const outcome = await readUpload(req, res, true)
    if (outcome?.kind !== 'save') return
    const pictured = await attachPictures(store.images, outcome.draft.questions, outcome.pictures)
    const stored = await withStoredPictures(store.images, pictured.questions)
    const notes = [...pictured.notes, ...stored.notes]
    const { questions: _, ...quiz } = await store.createQuiz(newQuizId(), { ...outcome.draft, questions: stored.questions })
    res.status(201).json({ quiz, skipped: outcome.skipped, ...(notes.length && { notes }) } satisfies ImportCommitted)
  })

  router.get('/api/quizzes/:id', gate, async (req, res) => {
    const quiz = await findQuiz(req, res)
    if (quiz) res.json(quiz)
  })

  router.put('/api/quizzes/:id', gate, json, async (req, res) => {
    const quiz = await findQuiz(req, res, { editable: true })
    if (!quiz) return
    const draft = QuizDraftSchema.safeParse(req.body)
    if (!draft.success) return sendInvalid(res, draft.error, 'the quiz')
    const missing = await missingImages(store.images, draft.data.questions)
    if (missing) return sendError(res, 400, missing)
    if (!(await store.updateQuiz(quiz.id, draft.data))) return notFound(res, quiz.id)
    res.json(await store.savedQuiz(quiz.id))
  })

  router.post('/api/quizzes/:id/duplicate', gate, async (req, res) => {
    const query = DuplicateQuerySchema.safeParse(req.query)
    if (!query.success) return sendInvalid(res, query.error, 'the query')
    const quiz = await findQuiz(req, res)
    if (!quiz) return
    const title = copyTitle(quiz.title, query.data.lang, req.headers['accept-language'])
    res.status(201).json(await store.createQuiz(newQuizId(), { title, description: quiz.description, questions: quiz.questions }))
  })

  router.delete('/api/quizzes/:id', gate, async (req, res) => {
    const quiz = await findQuiz(req, res, { editable: true })
    if (!quiz) return
    if (!(await store.deleteQuiz(quiz.id, now()))) return notFound(res, quiz.id)
    res.status(204).end()
  })

  router.get('/api/quizzes/:id/export/:format', gate, async (req, res) => {
    const format = String(req.params.format)
    if (!isFormat(format)) return unknownFormat(res, format)
    const query = ExportQuerySchema.safeParse(req.query)
    if (!query.success) return sendInvalid(res, query.error, 'the query')
    const quiz = await findQuiz(req, res)
    if (!quiz) return
    // Off the event loop too: 500 questions take Kahoot's .xlsx writer about 0.1 s.
    // The formats that carry pictures get their bytes; the others name what they leave out.
    const pictures = format === 'json' || format === 'moodle-xml' ? await picturesOf(store.images, quiz.questions) : undefined
    // The lines a GIFT or Kahoot file explains itself with, in the page's language (else the browser's, else English).
    const notes = tableFor(EXPORT_NOTES, query.data.lang ?? languageFrom(EXPORT_NOTES, req.headers['accept-language']))
    const done = await files.run({ kind: 'export', format, quiz: { title: quiz.title, questions: quiz.questions, ...(pictures && { pictures }) }, ...(notes && { notes }) })
    if (!done.ok || done.outcome.kind !== 'export') {
      const busy = !done.ok && done.reason === 'busy'
      if (busy) res.setHeader('Retry-After', '5')
      return sendError(res, busy ? 503 : 500, { code: busy ? ErrorCode.Busy : ErrorCode.Internal, message: busy ? 'the server is busy with other files; try again in a few seconds' : 'the export failed; try again' })
    }
    const out = done.outcome.result
    res.attachment(`${fileStem(quiz.title)}.${out.fileExtension}`)
    res.type(out.mimeType)
    // What the format could not carry, for the page to show beside the download: in English, and as codes and
    // values for a page in another language to word.
    const warnings = headerSized(out.warnings)
    res.setHeader('X-Cirrus-Export-Warnings', encodeURIComponent(JSON.stringify(warnings.map((w) => w.message))))
    res.setHeader('X-Cirrus-Export-Warning-Codes', encodeURIComponent(JSON.stringify(warnings.map(({ code, values }) => ({ code, values })))))
    res.send(typeof out.content === 'string' ? out.content : Buffer.from(out.content))
  })

  // Bodies too large and bodies that are not JSON get a clear refusal, not a 500.
  router.use('/api', (error: { type?: string; status?: number }, req: Request, res: Response, next: NextFunction) => {
    if (error.type === 'entity.too.large') {
      const message = req.path.startsWith('/quizzes/import')
        ? `the file is larger than the ${IMPORT_MAX_BYTES / 2 ** 20} MB an import takes: split it into smaller files`
        : 'the body is larger than the 2 MB the server takes for a quiz'
      res.setHeader('Connection', 'close') // the rest of the body is not read
      return sendError(res, 413, { code: ErrorCode.InvalidPayload, message })
    }
    if (error.type === 'entity.parse.failed') return sendError(res, 400, { code: ErrorCode.InvalidPayload, message: 'the body is not valid JSON' })
    next(error)
  })
  return router

  /** 503: the file workers and their queue are full. */
  function busy(res: Response) {
    res.setHeader('Retry-After', '5')
    // Held a second like the limit's refusals: a client retrying at once would otherwise make hundreds a second.
    refusals.send(res.req.ip ?? 'unknown', res, 503, { code: ErrorCode.Busy, message: `the server is reading other files (${files.limits.workers + files.limits.queue} at most at once); try again in a few seconds` })
  }

  /** The quiz named by `:id`, or null once the refusal is sent: 404 when missing, 403 when built in and `editable`. */
  async function findQuiz(req: Request, res: Response, { editable = false } = {}) {
    const id = IdSchema.safeParse(req.params.id)
    if (!id.success) return notFound(res, String(req.params.id)), null
    const quiz = await store.savedQuiz(id.data)
    if (!quiz) return notFound(res, id.data), null
    if (editable && quiz.builtin) {
      sendError(res, 403, { code: ErrorCode.QuizReadOnly, message: `"${quiz.title}" is built in and cannot change; duplicate it to make your own copy` })
      return null
    }
    return quiz
  }

  /**
   * Reads the uploaded file on a file worker and sends the answer it made, unless the outcome is a quiz to save,
   * which it returns. Refusals made here: a bad query, an empty file, an unknown format, the workers busy; a file
   * that took too long or too much memory to read is answered as a file problem, like any unreadable file.
   */
  async function readUpload(req: Request, res: Response, commit: boolean) {
    const query = ImportQuerySchema.safeParse(req.query)
    if (!query.success) return void sendInvalid(res, query.error, 'the import')
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0)
    if (body.length === 0) return void sendError(res, 400, { code: ErrorCode.InvalidPayload, message: 'the file is empty: send its bytes as the body' })
    const { format: named, fileName = '' } = query.data
    if (named !== undefined && !isFormat(named)) return void unknownFormat(res, named)
    // A look at the first 4 KB (one pass): the worker gets the format with the file.
    const format = named !== undefined && isFormat(named) ? named : detectFormat(fileName, body)
    if (!format) {
      return void sendError(res, 400, { code: ErrorCode.UnknownFormat, message: `cannot tell the format of "${fileName || 'the file'}"; choose one of ${FORMAT_IDS.join(', ')}` })
    }
    // Handed to the worker, not copied, when the body is a buffer of its own (any body over 4 KB; smaller ones may
    // share Node's pool): a copy of each upload would be 4 MB more for the event loop's garbage collector.
    const whole = body.byteOffset === 0 && body.byteLength === body.buffer.byteLength && body.buffer instanceof ArrayBuffer
    const content = whole ? new Uint8Array(body.buffer, 0, body.byteLength) : new Uint8Array(body)
    const job: FileJob = { kind: 'import', format, content, fileName, ...(commit ? { commit: { title: query.data.title, onlyGood: query.data.only === 'good' } } : {}) }
    const done = await files.run(job, [content.buffer])
    if (!done.ok) {
      if (done.reason === 'busy' || done.reason === 'closed') return void busy(res)
      const preview: ImportResult = { format, questions: [], fileProblems: [readFailure(done.reason, files.limits)] }
      if (!commit) return void res.json(preview)
      return void res.status(422).json({ error: { code: ErrorCode.ImportHasProblems, message: 'the file cannot be read; nothing was saved' }, preview })
    }
    if (done.outcome.kind === 'answer') {
      // Written as it came (res.send would hash a preview of a few MB for an ETag, which a POST has no use for).
      const json = done.outcome.json
      res.status(done.outcome.status).type('json').setHeader('Content-Length', String(json.byteLength))
      return void res.end(Buffer.from(json.buffer, json.byteOffset, json.byteLength))
    }
    return done.outcome
  }
}

/** Why a file could not be read, naming the limit it met. */
function readFailure(reason: Exclude<PoolFailure, 'busy' | 'closed'>, limits: FilePool['limits']): ImportProblem {
  if (reason === 'timeout') return problem({ at: 'file' }, 'read_timeout', { seconds: limits.timeoutMs / 1000 })
  if (reason === 'memory') return problem({ at: 'file' }, 'read_memory', { mb: limits.memoryMb })
  return problem({ at: 'file' }, 'read_stopped')
}

/** Quiz ids are the server's: random, so that two teachers' quizzes never collide with each other or the bank. */
const newQuizId = () => `quiz-${randomUUID()}`

function notFound(res: Response, id: string) {
  return sendError(res, 404, { code: ErrorCode.QuizNotFound, message: `there is no quiz "${id}"` })
}

function unknownFormat(res: Response, format: string) {
  return sendError(res, 400, { code: ErrorCode.UnknownFormat, message: `"${format}" is not a format; use one of ${FORMAT_IDS.join(', ')}` })
}

/**
 * The first warnings, then "and N more": a header must stay small (proxies refuse headers of more than a few KB).
 * Measured by the English; the codes and values of the same warnings are about as long.
 */
function headerSized(warnings: ExportWarning[], maxChars = 2000): ExportWarning[] {
  const kept: ExportWarning[] = []
  let size = 0
  for (const said of warnings) {
    size += encodeURIComponent(said.message).length + 10
    if (size > maxChars) return [...kept, warning('more_warnings', { count: warnings.length - kept.length })]
    kept.push(said)
  }
  return kept
}
