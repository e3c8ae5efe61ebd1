import { z } from 'zod'
import type { Difficulty, NumberAnswer, QuestionType } from '@cirrus/questions'
import { ChoiceSchema, IdSchema, type Choice } from './payloads.ts'
import type { PublicNumber } from './views.ts'

/**
 * The solo practice room and the exam simulation over HTTP (/api/practice, docs/practice.md): request bodies,
 * checked by the server with these schemas, and the views it answers with. The web app and tests use the same types.
 */

/** The learner's token travels in this header as `Bearer <token>`. */
export const LEARNER_AUTH_HEADER = 'authorization'

/** CLF-C02 as the simulation runs it. */
export const EXAM = {
  questionCount: 65,
  durationMs: 90 * 60_000,
  minScore: 100,
  maxScore: 1000,
  passScore: 700,
  /** Answers and flags arriving this long after the deadline are still taken (latency), no later. */
  graceMs: 2000,
} as const

export const PRACTICE = {
  timerSec: { min: 10, max: 300 },
  limit: { min: 1, max: 200 },
  /** Practice answers within this grace after a timer ran out still count as in time. */
  timerGraceMs: 1000,
} as const

const TopicSlugSchema = z.string().min(1).max(80)
const DomainIdSchema = z.number().int().min(1).max(4)

const sessionOptions = {
  /** Seconds per question; absent or null: untimed. */
  timerSec: z.number().int().min(PRACTICE.timerSec.min).max(PRACTICE.timerSec.max).nullable().optional(),
  /** Stop after this many answers; absent or null: until nothing is left to practise. */
  limit: z.number().int().min(PRACTICE.limit.min).max(PRACTICE.limit.max).nullable().optional(),
}

export const StartSessionSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('due'), ...sessionOptions }).strict(),
  z.object({ mode: z.literal('topics'), topics: z.array(TopicSlugSchema).min(1, 'pick at least one topic').max(60), ...sessionOptions }).strict(),
  z.object({ mode: z.literal('domains'), domains: z.array(DomainIdSchema).min(1, 'pick at least one domain').max(4), ...sessionOptions }).strict(),
])
export type StartSessionInput = z.input<typeof StartSessionSchema>
export type SessionFilter = { mode: 'due' } | { mode: 'topics'; topics: string[] } | { mode: 'domains'; domains: number[] }

/** An answer to the question on screen; `choice: null` is "I don't know" or the timer running out. */
export const PracticeAnswerSchema = z.object({ questionKey: IdSchema.max(200), choice: ChoiceSchema.nullable() }).strict()
export type PracticeAnswerInput = z.input<typeof PracticeAnswerSchema>

export const ExamItemUpdateSchema = z
  .object({ choice: ChoiceSchema.nullable().optional(), flagged: z.boolean().optional() })
  .strict()
  .refine((u) => u.choice !== undefined || u.flagged !== undefined, 'send a choice, a flag, or both')
export type ExamItemUpdate = z.input<typeof ExamItemUpdateSchema>

export const ExamPositionSchema = z.coerce.number().int().min(0).max(EXAM.questionCount - 1)

/** "Report a problem with this question". */
export const PROBLEM_REPORT = {
  reasons: ['wrong_key', 'unclear', 'outdated', 'other'] as const,
  commentChars: 1000,
  /** The teacher's list: newest first, this many at most per request. */
  listLimit: { default: 200, max: 1000 },
  /** The CSV export: the newest this many. */
  exportLimit: 10_000,
} as const
export type ProblemReason = (typeof PROBLEM_REPORT.reasons)[number]
export const PROBLEM_REASON_TEXT: Record<ProblemReason, string> = {
  wrong_key: 'The marked answer is wrong',
  unclear: 'The question or its options are unclear',
  outdated: 'It is out of date with AWS today',
  other: 'Something else',
}

/** A learner's report; `comment` may be empty except for "other", which needs one. */
export const ProblemReportSchema = z
  .object({
    questionKey: z.string().min(1).max(200),
    reason: z.enum(PROBLEM_REPORT.reasons),
    comment: z.string().trim().max(PROBLEM_REPORT.commentChars, `a comment has at most ${PROBLEM_REPORT.commentChars} characters`).default(''),
    /** Where the learner saw the question: practice, a mock exam's review, or the review of a live game. */
    context: z.enum(['practice', 'exam', 'game']),
  })
  .strict()
  .refine((r) => r.reason !== 'other' || r.comment.length > 0, { message: 'say what the problem is', path: ['comment'] })
export type ProblemReportInput = z.input<typeof ProblemReportSchema>
export type ProblemReportBody = z.output<typeof ProblemReportSchema>

/** The teacher's list: `?limit=` (newest first) and optionally `?reason=`. */
export const ProblemReportQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(PROBLEM_REPORT.listLimit.max).default(PROBLEM_REPORT.listLimit.default),
    reason: z.enum(PROBLEM_REPORT.reasons).optional(),
  })
  .strict()

// ---- views ----

export interface LearnerCreated {
  learnerId: string
  learnerToken: string
}

/**
 * A question as the learner sees it before answering: no answer key. Practice plays single, multiple, true/false,
 * typed, ordering and number questions (a poll has no right answer to practise); the mock exam only single and
 * multiple.
 */
export interface PracticeQuestion {
  /** The bank question's id, or "<quizId>/<questionId>" for a question missed in a live game of another quiz. */
  key: string
  type: QuestionType
  prompt: string
  /** Options as shown; empty for typed and number questions; for ordering, the items in a dealt order, never the right one. */
  options: string[]
  /** For multiple response: how many options are right. */
  pick?: number
  /** For a number question: the slider's ends and step when it has them (else the learner types), and the unit. Never the answer. */
  number?: PublicNumber
  topic?: string
  domain?: number
  difficulty: Difficulty
}

/** How the scheduler took an answer (docs/practice.md, *The schedule*): hard is a partly right order or number. */
export type PracticeRatingName = 'again' | 'hard' | 'good' | 'easy'

/** The answer key after answering, by the positions shown. */
export interface AnswerKey {
  correctOptions: number[]
  acceptedAnswers: string[]
  /** Ordering: the right order, as indexes of the items shown (first to last). */
  correctOrder?: number[]
  /** Number: the accepted numbers, each right within its tolerance for its share of credit. */
  acceptedNumbers?: NumberAnswer[]
  explanation: string
}

/** What the server said about one practice answer. */
export interface PracticeFeedback extends AnswerKey {
  correct: boolean
  /** How right, 0 to 1, by the game's rule for the type: an ordering's share of neighbouring pairs in place, a number's credit. */
  credit: number
  /** The timer ran out before the answer arrived. */
  timedOut: boolean
  rating: PracticeRatingName
  /** When the scheduler brings this question back (ms since the epoch). */
  nextDueAt: number
  answered: number
  correctCount: number
}

export interface TopicTally {
  topic: string
  answered: number
  correct: number
}

export interface SessionSummary {
  answered: number
  correct: number
  startedAt: number
  endedAt: number | null
  byTopic: TopicTally[]
  /** The questions missed in this session, to look at again. */
  missed: { key: string; prompt: string }[]
  /** Due now across all of the learner's cards after this session. */
  dueNow: number
  /** When the next card falls due, if none is due now. */
  nextDueAt: number | null
}

export interface SessionView {
  id: string
  filter: SessionFilter
  timerSec: number | null
  limit: number | null
  answered: number
  correctCount: number
  /** The question on screen, or null when the session has ended. */
  current: { question: PracticeQuestion; servedAt: number; deadline: number | null } | null
  serverNow: number
  ended: boolean
  /** Present once the session has ended. */
  summary: SessionSummary | null
}

export interface ExamItemView {
  position: number
  question: PracticeQuestion
  choice: Choice | null
  flagged: boolean
}

export interface DomainResult {
  domain: number
  title: string
  total: number
  correct: number
  /** AWS's score report wording: "meets" at the pass ratio or above, else "needs improvement". */
  verdict: 'meets' | 'needs_improvement'
}

export interface ExamReviewItem extends ExamItemView, AnswerKey {
  correct: boolean
}

export interface ExamResult {
  correctCount: number
  total: number
  scaledScore: number
  passed: boolean
  byDomain: DomainResult[]
}

export type ExamView =
  | { id: string; status: 'open'; startedAt: number; deadline: number; serverNow: number; items: ExamItemView[] }
  | {
      id: string
      status: 'submitted' | 'expired'
      startedAt: number
      deadline: number
      finishedAt: number
      serverNow: number
      result: ExamResult
      review: ExamReviewItem[]
    }

export interface ExamHistoryEntry {
  id: string
  status: 'open' | 'submitted' | 'expired'
  startedAt: number
  deadline: number
  finishedAt: number | null
  scaledScore: number | null
  passed: boolean | null
  correctCount: number | null
  byDomain: DomainResult[] | null
}

export interface MasteryRow {
  /** A topic slug or a domain number as text. */
  id: string
  title: string
  domain: number
  total: number
  seen: number
  due: number
  /** 0..1: see docs/practice.md. */
  mastery: number
  /** Share right among the recent answers, or null when none. */
  recentAccuracy: number | null
}

export interface ProgressView {
  serverNow: number
  totals: { questions: number; seen: number; due: number; answers: number }
  domains: MasteryRow[]
  topics: MasteryRow[]
  exams: ExamHistoryEntry[]
}

export interface CatalogView {
  domains: { id: number; title: string; weight: number; questionCount: number }[]
  topics: { id: string; title: string; domain: number; questionCount: number }[]
}

/** The answer to a learner's report: `updated` when it replaced their earlier report of the same question. */
export interface ProblemReportReceipt {
  id: string
  updated: boolean
}

/** A report as the teacher reads it, with the question as the bank has it now (null when it is not the bank's). */
export interface ProblemReportView {
  id: string
  questionKey: string
  /** The prompt the learner saw. */
  prompt: string
  reason: ProblemReason
  comment: string
  context: 'practice' | 'exam'
  createdAt: number
  updatedAt: number
  question: {
    prompt: string
    options: { text: string; correct: boolean }[]
    /** A number question's accepted numbers and unit (its options are empty). */
    acceptedNumbers?: NumberAnswer[]
    unit?: string
    explanation: string
    domain: number | null
    task: string | null
    topic: string | null
    source: string | null
  } | null
}

export interface ProblemReportList {
  /** Every stored report (of the reason asked for), however many are listed. */
  total: number
  /** Newest first (by the time it was last sent). */
  reports: ProblemReportView[]
}
