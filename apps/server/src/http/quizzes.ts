import { randomUUID } from 'node:crypto'
import express, { Router, type NextFunction, type Request, type Response } from 'express'
import { FORMAT_IDS, FORMATS, detectFormat, exportQuiz, goodQuestions, hasProblems, importQuiz, type FormatId } from '@cirrus/formats'
import { LIMITS, type Question } from '@cirrus/questions'
import {
  ErrorCode,
  IdSchema,
  IMPORT_MAX_BYTES,
  ImportQuerySchema,
  QuizDraftSchema,
  QuizListQuerySchema,
  type ImportCommitted,
  type QuizDraftInput,
} from '@cirrus/protocol'
import type { Store } from '../db/store.ts'
import type { TeacherGate } from './admin.ts'
import { sendError, sendInvalid } from './reply.ts'

export interface QuizRoutesDeps {
  store: Store
  admin: TeacherGate
  now: () => number
}

const isFormat = (value: string): value is FormatId => (FORMAT_IDS as readonly string[]).includes(value)

/**
 * The quiz library: /api/quizzes (list, read, write, duplicate, delete, import, export) and /api/formats.
 * Mounted before the app's own JSON parser, because an import's body is the file itself, whatever its type.
 * Everything but the list needs the admin password when the server has one (see docs/quizzes.md).
 */
export function quizRoutes({ store, admin, now }: QuizRoutesDeps): Router {
  const router = Router()
  const json = express.json({ limit: '2mb' })
  const file = express.raw({ type: () => true, limit: IMPORT_MAX_BYTES })
  const gate = admin.require

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
    res.status(201).json(await store.createQuiz(newQuizId(), draft.data))
  })

  // Before /api/quizzes/:id, which would take "import" for an id.
  router.post('/api/quizzes/import/preview', gate, file, async (req, res) => {
    const read = await readUpload(req, res)
    if (read) res.json(read.result)
  })

  router.post('/api/quizzes/import', gate, file, async (req, res) => {
    const read = await readUpload(req, res)
    if (!read) return
    const { result, query } = read
    const good = goodQuestions(result)
    if (result.fileProblems.length || (hasProblems(result) && query.only !== 'good') || good.length === 0) {
      const message = result.fileProblems.length
        ? 'the file cannot be read; nothing was saved'
        : good.length === 0
          ? 'no question in the file can be used; nothing was saved'
          : `${result.questions.length - good.length} of ${result.questions.length} questions have problems; nothing was saved (add only=good to import the others)`
      return res.status(422).json({ error: { code: ErrorCode.ImportHasProblems, message }, preview: result })
    }
    const draft = QuizDraftSchema.safeParse({
      title: (query.title || result.title || 'Imported quiz').slice(0, LIMITS.titleChars),
      questions: withDistinctIds(good),
    } satisfies QuizDraftInput)
    if (!draft.success) return sendInvalid(res, draft.error, 'the imported quiz')
    const saved = await store.createQuiz(newQuizId(), draft.data)
    const { questions: _, ...quiz } = saved
    res.status(201).json({ quiz, skipped: result.questions.length - good.length } satisfies ImportCommitted)
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
    if (!(await store.updateQuiz(quiz.id, draft.data))) return notFound(res, quiz.id)
    res.json(await store.savedQuiz(quiz.id))
  })

  router.post('/api/quizzes/:id/duplicate', gate, async (req, res) => {
    const quiz = await findQuiz(req, res)
    if (!quiz) return
    const title = `Copy of ${quiz.title}`.slice(0, LIMITS.titleChars)
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
    const quiz = await findQuiz(req, res)
    if (!quiz) return
    const out = await exportQuiz(format, quiz)
    res.attachment(`${fileStem(quiz.title)}.${out.fileExtension}`)
    res.type(out.mimeType)
    // What the format could not carry, for the page to show beside the download.
    res.setHeader('X-Cirrus-Export-Warnings', encodeURIComponent(JSON.stringify(headerSized(out.warnings))))
    res.send(typeof out.content === 'string' ? out.content : Buffer.from(out.content))
  })

  // Bodies too large and bodies that are not JSON get a clear refusal, not a 500.
  router.use('/api', (error: { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (error.type === 'entity.too.large') return sendError(res, 413, { code: ErrorCode.InvalidPayload, message: `the body is larger than the server takes (${IMPORT_MAX_BYTES / 1024 / 1024} MB for a file, 2 MB for a quiz)` })
    if (error.type === 'entity.parse.failed') return sendError(res, 400, { code: ErrorCode.InvalidPayload, message: 'the body is not valid JSON' })
    next(error)
  })
  return router

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

  /** The uploaded file read with its format; null once a refusal is sent (bad query, empty file, unknown format). */
  async function readUpload(req: Request, res: Response) {
    const query = ImportQuerySchema.safeParse(req.query)
    if (!query.success) return sendInvalid(res, query.error, 'the import'), null
    const content = Buffer.isBuffer(req.body) ? new Uint8Array(req.body) : new Uint8Array()
    if (content.length === 0) return sendError(res, 400, { code: ErrorCode.InvalidPayload, message: 'the file is empty: send its bytes as the body' }), null
    const { format: named, fileName = '' } = query.data
    if (named !== undefined && !isFormat(named)) return unknownFormat(res, named), null
    const format = named !== undefined && isFormat(named) ? named : detectFormat(fileName, content)
    if (!format) {
      sendError(res, 400, { code: ErrorCode.UnknownFormat, message: `cannot tell the format of "${fileName || 'the file'}"; choose one of ${FORMAT_IDS.join(', ')}` })
      return null
    }
    const result = await importQuiz(format, content, { fileName, idPrefix: 'q' })
    return { result, query: query.data }
  }
}

/** Quiz ids are the server's: random, so that two teachers' quizzes never collide with each other or the bank. */
const newQuizId = () => `quiz-${randomUUID()}`

function notFound(res: Response, id: string) {
  return sendError(res, 404, { code: ErrorCode.QuizNotFound, message: `there is no quiz "${id}"` })
}

function unknownFormat(res: Response, format: string) {
  return sendError(res, 400, { code: ErrorCode.UnknownFormat, message: `"${format}" is not a format; use one of ${FORMAT_IDS.join(', ')}` })
}

/** A file may name two questions alike (or reuse a bank id twice); the second becomes "<id>-2" and so on. */
function withDistinctIds(questions: Question[]): Question[] {
  const used = new Set<string>()
  return questions.map((q) => {
    let id = q.id
    for (let n = 2; used.has(id); n++) id = `${q.id.slice(0, 72)}-${n}`
    used.add(id)
    return id === q.id ? q : { ...q, id }
  })
}

/** The first warnings, then "and N more": a header must stay small (proxies refuse headers of more than a few KB). */
function headerSized(warnings: string[], maxChars = 2000): string[] {
  const kept: string[] = []
  let size = 0
  for (const warning of warnings) {
    size += encodeURIComponent(warning).length + 10
    if (size > maxChars) return [...kept, `and ${warnings.length - kept.length} more`]
    kept.push(warning)
  }
  return kept
}

/** "Cloud basics: week 1!" -> "cloud-basics-week-1", a file name that works on every system. */
function fileStem(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'quiz'
  )
}
