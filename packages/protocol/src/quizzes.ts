import { z } from 'zod'
import { DIFFICULTIES, QUESTION_TYPES, QuizSchema, type Difficulty, type Problem, type Question, type QuestionType } from '@cirrus/questions/model'
import type { ErrorBody } from './errors.ts'

/**
 * The quiz library over HTTP (/api/quizzes, /api/bank; docs/quizzes.md): request bodies and queries, checked by the
 * server with these schemas, and the shapes it answers with. The web app and the tests use the same types.
 */

/** When the server has an admin password (CIRRUS_ADMIN_PASSWORD), every edit carries it in this header. */
export const ADMIN_PASSWORD_HEADER = 'x-cirrus-admin-password'

/**
 * A quiz as the editor sends it: the same rules as the built-in bank (QuizSchema), without the id, which the server
 * gives. Question ids must be distinct within a quiz: answers, reports and practice cards are keyed by them.
 */
export const QuizDraftSchema = QuizSchema.omit({ id: true }).superRefine((quiz, ctx) => {
  const seen = new Map<string, number>()
  quiz.questions.forEach((q, i) => {
    const first = seen.get(q.id)
    if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `question ${i + 1} has the same id as question ${first + 1} ("${q.id}")`, params: { rule: 'quiz.sameId', values: { n: i + 1, first: first + 1, id: q.id } } })
    else seen.set(q.id, i)
  })
})
export type QuizDraftInput = z.input<typeof QuizDraftSchema>
export type QuizDraft = z.output<typeof QuizDraftSchema>

export const QuizListQuerySchema = z.object({
  /** Words to find in the title or the description, any case. */
  q: z.string().trim().max(100).optional(),
})

/** One row of GET /api/quizzes. */
export interface QuizSummary {
  id: string
  title: string
  description: string
  questionCount: number
  builtin: boolean
  /** ISO time of the last change. */
  updatedAt: string
}

/** GET /api/quizzes/:id: the whole quiz, answers included (the editor's view). */
export interface SavedQuiz extends QuizSummary {
  questions: Question[]
}

/** GET /api/access: whether this server asks teachers to sign in, and whether this browser is signed in. */
export interface AccessInfo {
  passwordRequired: boolean
  /** True without a password (everyone is a teacher), or with a valid session cookie. */
  signedIn: boolean
}

/** POST /api/session: a teacher signs in; the answer sets an HttpOnly session cookie. */
export const SignInSchema = z.object({ password: z.string().min(1, 'type the password').max(200) }).strict()

/** A refusal that comes with the problems of each field, e.g. a quiz that breaks the bank's rules. */
export interface ProblemsErrorBody extends ErrorBody {
  problems?: Problem[]
}

// ---- the built-in bank, for assembling a quiz ----

const csv = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(item).max(60)).optional()

export const BankQuerySchema = z.object({
  topic: csv(z.string().min(1).max(80)),
  domain: csv(z.coerce.number().int().min(1).max(4)),
  difficulty: csv(z.enum(DIFFICULTIES)),
  type: csv(z.enum(QUESTION_TYPES)),
  /** Words to find in the prompt, any case. */
  q: z.string().trim().max(100).optional(),
})
export type BankQuery = { topic?: string[]; domain?: number[]; difficulty?: Difficulty[]; type?: QuestionType[]; q?: string }

/** GET /api/bank: what there is to filter by, and the questions that match. */
export interface BankPage {
  /** The bank's sections, each with its topics (slug and readable title), in the study notes' order. */
  sections: { id: string; title: string; topics: { id: string; title: string }[] }[]
  domains: { id: number; title: string }[]
  total: number
  questions: Question[]
}

// ---- import ----

/**
 * The largest file an import takes. Cirrus's own export of a full quiz (500 questions, every text at its longest)
 * is 2.7 MB in Moodle XML, its largest format, so a quiz always comes back in; what a file costs to read is bounded
 * by the questions a reader reads (IMPORT_LIMITS of @cirrus/formats), not by its size alone.
 */
export const IMPORT_MAX_BYTES = 4 * 1024 * 1024

export const ImportQuerySchema = z.object({
  /** One of @cirrus/formats' FORMAT_IDS; absent: guessed from the file name and the content. */
  format: z.string().max(40).optional(),
  fileName: z.string().trim().max(255).optional(),
  /** The saved quiz's title; absent: the file's own title, else the file name. */
  title: z.string().trim().max(120).optional(),
  /** "good": save the questions that passed and skip the others. Absent: a file with any problem saves nothing. */
  only: z.enum(['good']).optional(),
})

/** POST /api/quizzes/:id/duplicate's query: `lang`, the language of the copy's title ("Copia de …"; else Accept-Language). */
export const DuplicateQuerySchema = z.object({ lang: z.string().trim().max(35).optional() })

/** GET /api/quizzes/:id/export/:format's query: `lang`, the language of the lines a file explains itself with (else Accept-Language). */
export const ExportQuerySchema = DuplicateQuerySchema

/** What POST /api/quizzes/import answers once the quiz is saved. */
export interface ImportCommitted {
  quiz: QuizSummary
  /** Questions of the file that had problems and were left out (only with `only=good`). */
  skipped: number
  /**
   * Pictures of the file that could not be kept (damaged, or on an answer that cannot show one): @cirrus/formats'
   * import notes (`saved_picture_*`), a code with its values and the English message made from them.
   */
  notes?: { code: string; values: Record<string, string | number>; message: string }[]
}
