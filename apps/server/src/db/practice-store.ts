import type { Choice, SessionFilter } from '@cirrus/protocol'
import type { Db } from './client.ts'
import type { CardState } from '../practice/scheduler.ts'
import { parseOrder } from '../practice/shuffle.ts'

/** A card with what the store keeps beside the scheduler's numbers. */
export interface StoredCard extends CardState {
  key: string
  questionJson: string | null
  topic: string | null
  domain: number | null
}

/** One answer that moved a card. */
export interface ReviewEntry {
  key: string
  topic: string | null
  domain: number | null
  source: 'practice' | 'exam' | 'live'
  correct: boolean
  rating: number
  elapsedMs: number | null
  sessionId: string | null
  at: number
}

export interface CardUpdate {
  card: StoredCard
  entry: ReviewEntry
}

export interface SessionRow {
  id: string
  learnerId: string
  filter: SessionFilter
  timerSec: number | null
  limit: number | null
  currentKey: string | null
  currentServedAt: number | null
  /** The order the current question's options are shown in (see shuffle.ts); null: as written. */
  currentOrder: number[] | null
  answered: number
  correct: number
  startedAt: number
  endedAt: number | null
}

export interface ExamItemRow {
  position: number
  questionId: string
  domain: number
  /** The order its options are shown in (see shuffle.ts); null: as written. */
  order: number[] | null
  /** By the question's own option numbers. */
  choice: Choice | null
  flagged: boolean
  correct: boolean | null
}

export interface ExamRow {
  id: string
  learnerId: string
  startedAt: number
  deadline: number
  status: 'open' | 'submitted' | 'expired'
  finishedAt: number | null
  correctCount: number | null
  scaledScore: number | null
  passed: boolean | null
}

export interface ProblemReportRow {
  id: string
  questionKey: string
  prompt: string
  reason: string
  comment: string
  context: string
  learnerId: string
  createdAt: number
  updatedAt: number
}

export interface ExamFinish {
  status: 'submitted' | 'expired'
  at: number
  correctCount: number
  scaledScore: number
  passed: boolean
  items: { position: number; correct: boolean }[]
  cards: CardUpdate[]
}

/**
 * The practice room's database access (learners, review cards and logs, sessions, exam attempts, problem reports):
 * apps/server/src/practice speaks to the database through this class only. Its Prisma queries run unchanged on
 * SQLite and PostgreSQL (db/client.ts). None of it is on the live game's real-time path.
 */
/** Mock exams a learner's history shows: the latest 100 (at the limits, more than two months of one a day). */
export const EXAM_HISTORY = 100

export class PracticeStore {
  constructor(private readonly db: Db) {}

  async createLearner(id: string, tokenHash: string, at: number): Promise<void> {
    await this.db.learner.create({ data: { id, tokenHash, createdAt: new Date(at), lastSeenAt: new Date(at) } })
  }

  async learnerIdByTokenHash(tokenHash: string): Promise<string | null> {
    const row = await this.db.learner.findUnique({ where: { tokenHash }, select: { id: true } })
    return row?.id ?? null
  }

  async touchLearner(id: string, at: number): Promise<void> {
    await this.db.learner.update({ where: { id }, data: { lastSeenAt: new Date(at) } })
  }

  async cards(learnerId: string): Promise<StoredCard[]> {
    const rows = await this.db.reviewCard.findMany({ where: { learnerId } })
    return rows.map(cardFromRow)
  }

  async card(learnerId: string, key: string): Promise<StoredCard | null> {
    const row = await this.db.reviewCard.findUnique({ where: { learnerId_questionKey: { learnerId, questionKey: key } } })
    return row ? cardFromRow(row) : null
  }

  /** The learner's latest answers, newest first. */
  async recentReviews(learnerId: string, take = 5000): Promise<ReviewEntry[]> {
    const rows = await this.db.reviewLog.findMany({ where: { learnerId }, orderBy: { id: 'desc' }, take })
    return rows.map(entryFromRow)
  }

  async sessionReviews(sessionId: string): Promise<ReviewEntry[]> {
    const rows = await this.db.reviewLog.findMany({ where: { sessionId }, orderBy: { id: 'asc' } })
    return rows.map(entryFromRow)
  }

  /** Writes the new cards and their log entries, and the session's counters when given, in one transaction. */
  async saveReviews(learnerId: string, updates: CardUpdate[], session?: { id: string; answered: number; correct: number }): Promise<void> {
    await this.db.$transaction([
      ...this.reviewWrites(learnerId, updates),
      ...(session
        ? [
            this.db.practiceSession.update({
              where: { id: session.id },
              data: { answered: session.answered, correct: session.correct, currentKey: null, currentServedAt: null, currentOrderJson: null },
            }),
          ]
        : []),
    ])
  }

  /**
   * The cards and their log entries in three statements however many cards move (a mock exam moves 65): the cards
   * are replaced, deleted and created again, rather than upserted one statement each, because each statement holds
   * the event loop while Prisma works and a live game's answers wait behind it. Nothing refers to a card, so a
   * replacement is an upsert. A key given twice keeps its last card, as upserts in turn would.
   */
  private reviewWrites(learnerId: string, updates: CardUpdate[]) {
    if (updates.length === 0) return []
    const cards = [...new Map(updates.map(({ card }) => [card.key, card])).values()]
    return [
      this.db.reviewCard.deleteMany({ where: { learnerId, questionKey: { in: cards.map((c) => c.key) } } }),
      this.db.reviewCard.createMany({ data: cards.map((card) => ({ learnerId, questionKey: card.key, ...cardData(card) })) }),
      this.db.reviewLog.createMany({ data: updates.map(({ entry }) => ({ learnerId, ...entryData(entry) })) }),
    ]
  }

  async createSession(row: Omit<SessionRow, 'currentKey' | 'currentServedAt' | 'currentOrder' | 'answered' | 'correct' | 'endedAt'>): Promise<void> {
    await this.db.practiceSession.create({
      data: {
        id: row.id,
        learnerId: row.learnerId,
        filterJson: JSON.stringify(row.filter),
        timerSec: row.timerSec,
        questionLimit: row.limit,
        startedAt: new Date(row.startedAt),
      },
    })
  }

  async session(id: string): Promise<SessionRow | null> {
    const row = await this.db.practiceSession.findUnique({ where: { id } })
    if (!row) return null
    return {
      id: row.id,
      learnerId: row.learnerId,
      filter: JSON.parse(row.filterJson) as SessionFilter,
      timerSec: row.timerSec,
      limit: row.questionLimit,
      currentKey: row.currentKey,
      currentServedAt: row.currentServedAt?.getTime() ?? null,
      currentOrder: parseOrder(row.currentOrderJson),
      answered: row.answered,
      correct: row.correct,
      startedAt: row.startedAt.getTime(),
      endedAt: row.endedAt?.getTime() ?? null,
    }
  }

  async serve(sessionId: string, key: string, at: number, order: number[] | null): Promise<void> {
    await this.db.practiceSession.update({
      where: { id: sessionId },
      data: { currentKey: key, currentServedAt: new Date(at), currentOrderJson: order ? JSON.stringify(order) : null },
    })
  }

  async endSession(sessionId: string, at: number): Promise<void> {
    await this.db.practiceSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: new Date(at), currentKey: null, currentServedAt: null, currentOrderJson: null } })
  }

  async createExam(exam: {
    id: string
    learnerId: string
    startedAt: number
    deadline: number
    items: { questionId: string; domain: number; order: number[] | null }[]
  }): Promise<void> {
    await this.db.examAttempt.create({
      data: {
        id: exam.id,
        learnerId: exam.learnerId,
        startedAt: new Date(exam.startedAt),
        deadline: new Date(exam.deadline),
        items: {
          create: exam.items.map((item, position) => ({
            position,
            questionId: item.questionId,
            domain: item.domain,
            orderJson: item.order ? JSON.stringify(item.order) : null,
          })),
        },
      },
    })
  }

  async exam(id: string): Promise<{ exam: ExamRow; items: ExamItemRow[] } | null> {
    const row = await this.db.examAttempt.findUnique({ where: { id }, include: { items: { orderBy: { position: 'asc' } } } })
    if (!row) return null
    return {
      exam: examFromRow(row),
      items: row.items.map((i) => ({
        position: i.position,
        questionId: i.questionId,
        domain: i.domain,
        order: parseOrder(i.orderJson),
        choice: i.choiceJson ? (JSON.parse(i.choiceJson) as Choice) : null,
        flagged: i.flagged,
        correct: i.correct,
      })),
    }
  }

  /** The learner's latest `take` attempts, oldest first: a history read on every visit is bounded however long kept. */
  async exams(learnerId: string, take = EXAM_HISTORY): Promise<{ exam: ExamRow; items: { domain: number; correct: boolean | null }[] }[]> {
    const rows = await this.db.examAttempt.findMany({
      where: { learnerId },
      orderBy: { startedAt: 'desc' },
      take,
      include: { items: { select: { domain: true, correct: true } } },
    })
    return rows.reverse().map((row) => ({ exam: examFromRow(row), items: row.items }))
  }

  async updateExamItem(attemptId: string, position: number, update: { choice?: Choice | null; flagged?: boolean }): Promise<void> {
    await this.db.examItem.update({
      where: { attemptId_position: { attemptId, position } },
      data: {
        ...(update.choice !== undefined ? { choiceJson: update.choice === null ? null : JSON.stringify(update.choice) } : {}),
        ...(update.flagged !== undefined ? { flagged: update.flagged } : {}),
      },
    })
  }

  /**
   * Scores an open attempt, its items and the cards its answers move, in one transaction. False when the attempt
   * was no longer open (finished by another request): then nothing is written.
   */
  async finishExam(attemptId: string, learnerId: string, finish: ExamFinish): Promise<boolean> {
    try {
      await this.db.$transaction([
        this.db.examAttempt.update({
          where: { id: attemptId, status: 'open' },
          data: { status: finish.status, finishedAt: new Date(finish.at), correctCount: finish.correctCount, scaledScore: finish.scaledScore, passed: finish.passed },
        }),
        // Two statements for the 65 items, not one each: scoring a mock exam holds the event loop while Prisma works.
        ...[true, false].map((correct) =>
          this.db.examItem.updateMany({ where: { attemptId, position: { in: finish.items.filter((i) => i.correct === correct).map((i) => i.position) } }, data: { correct } }),
        ),
        ...this.reviewWrites(learnerId, finish.cards),
      ])
      return true
    } catch (error) {
      if (typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2025') return false
      throw error
    }
  }

  /** The question ids of the learner's latest `take` attempts, newest attempt first. */
  async recentExamQuestions(learnerId: string, take: number): Promise<string[][]> {
    const rows = await this.db.examAttempt.findMany({
      where: { learnerId },
      orderBy: { startedAt: 'desc' },
      take,
      select: { items: { select: { questionId: true } } },
    })
    return rows.map((row) => row.items.map((i) => i.questionId))
  }

  /**
   * Stores a learner's report of a problem with a question; a second report of the same question by the same
   * learner replaces the first (so one learner cannot fill the table with one question).
   */
  async saveProblemReport(report: Omit<ProblemReportRow, 'createdAt' | 'updatedAt'> & { at: number }): Promise<{ id: string; updated: boolean }> {
    const where = { learnerId_questionKey: { learnerId: report.learnerId, questionKey: report.questionKey } }
    const data = { prompt: report.prompt, reason: report.reason, comment: report.comment, context: report.context, updatedAt: new Date(report.at) }
    return this.db.$transaction(async (tx) => {
      const existing = await tx.problemReport.findUnique({ where, select: { id: true } })
      if (existing) {
        await tx.problemReport.update({ where, data })
        return { id: existing.id, updated: true }
      }
      await tx.problemReport.create({ data: { id: report.id, learnerId: report.learnerId, questionKey: report.questionKey, createdAt: new Date(report.at), ...data } })
      return { id: report.id, updated: false }
    })
  }

  /** The newest reports (by when they were last sent), and how many there are in all; `reason` narrows both. */
  async problemReports(options: { take: number; reason?: string }): Promise<{ total: number; rows: ProblemReportRow[] }> {
    const where = options.reason ? { reason: options.reason } : {}
    const [total, rows] = await Promise.all([
      this.db.problemReport.count({ where }),
      this.db.problemReport.findMany({ where, orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }], take: options.take }),
    ])
    return {
      total,
      rows: rows.map((r) => ({
        id: r.id,
        questionKey: r.questionKey,
        prompt: r.prompt,
        reason: r.reason,
        comment: r.comment,
        context: r.context,
        learnerId: r.learnerId,
        createdAt: r.createdAt.getTime(),
        updatedAt: r.updatedAt.getTime(),
      })),
    }
  }

  async openExamOf(learnerId: string): Promise<string | null> {
    const row = await this.db.examAttempt.findFirst({ where: { learnerId, status: 'open' }, select: { id: true } })
    return row?.id ?? null
  }

  async quizIdOfGame(gameId: string): Promise<string | null> {
    const row = await this.db.game.findUnique({ where: { id: gameId }, select: { quizId: true } })
    return row?.quizId ?? null
  }
}

type CardRow = Awaited<ReturnType<Db['reviewCard']['findMany']>>[number]
type LogRow = Awaited<ReturnType<Db['reviewLog']['findMany']>>[number]
type AttemptRow = Awaited<ReturnType<Db['examAttempt']['findMany']>>[number]

function cardFromRow(r: CardRow): StoredCard {
  return {
    key: r.questionKey,
    questionJson: r.questionJson,
    topic: r.topic,
    domain: r.domain,
    due: r.due.getTime(),
    stability: r.stability,
    difficulty: r.difficulty,
    elapsedDays: r.elapsedDays,
    scheduledDays: r.scheduledDays,
    learningSteps: r.learningSteps,
    reps: r.reps,
    lapses: r.lapses,
    state: r.state,
    lastReview: r.lastReview?.getTime() ?? null,
  }
}

function cardData(c: StoredCard) {
  return {
    questionJson: c.questionJson,
    topic: c.topic,
    domain: c.domain,
    due: new Date(c.due),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsedDays,
    scheduledDays: c.scheduledDays,
    learningSteps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    lastReview: c.lastReview === null ? null : new Date(c.lastReview),
  }
}

function entryFromRow(r: LogRow): ReviewEntry {
  return {
    key: r.questionKey,
    topic: r.topic,
    domain: r.domain,
    source: r.source as ReviewEntry['source'],
    correct: r.correct,
    rating: r.rating,
    elapsedMs: r.elapsedMs,
    sessionId: r.sessionId,
    at: r.reviewedAt.getTime(),
  }
}

function entryData(e: ReviewEntry) {
  return {
    questionKey: e.key,
    topic: e.topic,
    domain: e.domain,
    source: e.source,
    correct: e.correct,
    rating: e.rating,
    elapsedMs: e.elapsedMs === null ? null : Math.round(e.elapsedMs),
    sessionId: e.sessionId,
    reviewedAt: new Date(e.at),
  }
}

function examFromRow(r: AttemptRow): ExamRow {
  return {
    id: r.id,
    learnerId: r.learnerId,
    startedAt: r.startedAt.getTime(),
    deadline: r.deadline.getTime(),
    status: r.status as ExamRow['status'],
    finishedAt: r.finishedAt?.getTime() ?? null,
    correctCount: r.correctCount,
    scaledScore: r.scaledScore,
    passed: r.passed,
  }
}
