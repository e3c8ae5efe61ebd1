import { choiceProblem, grade, mulberry32 } from '@cirrus/game'
import { bank } from '@cirrus/questions'
import {
  EXAM,
  ErrorCode,
  fail,
  ok,
  type Choice,
  type ExamHistoryEntry,
  type ExamItemUpdate,
  type ExamView,
  type Reply,
} from '@cirrus/protocol'
import { randomInt } from 'node:crypto'
import { newId } from '../tokens.ts'
import { answerKey, examQuestion, isWithdrawn, practiceQuestion } from './catalog.ts'
import { drawExam, RECENT_EXAMS } from './exam-draw.ts'
import { domainResults, isPass, scaledScore } from './exam-score.ts'
import { reviewed } from './review.ts'
import type { Serial } from './serial.ts'
import { asShown, drawOptionOrder, toQuestionOrder, toShownOrder, usableOrder } from './shuffle.ts'
import type { ExamItemRow, ExamRow, PracticeStore } from '../db/practice-store.ts'

export interface ExamDeps {
  store: PracticeStore
  now: () => number
  serial: Serial
  /** 90 minutes; shorter only in tests (see docs/practice.md). */
  durationMs: number
}

/**
 * Mock exams. The clock is the server's: the deadline is stored with the attempt, and an attempt found past it
 * (plus a small grace) is scored as "expired" with the answers saved so far, whenever it is next read, so a
 * restarted server needs no timer to finish it. Nothing about right or wrong leaves the server before the end.
 */
export class Exams {
  constructor(private readonly deps: ExamDeps) {}

  async start(learnerId: string): Promise<Reply<ExamView>> {
    const open = await this.deps.store.openExamOf(learnerId)
    if (open) {
      const current = await this.get(learnerId, open)
      if (current.ok && current.data.status === 'open') return fail(ErrorCode.ExamInProgress, `an exam is already in progress: ${open}`)
    }
    const id = newId()
    const startedAt = this.deps.now()
    const random = mulberry32(randomInt(2 ** 31))
    const recent = await this.deps.store.recentExamQuestions(learnerId, RECENT_EXAMS)
    const items = drawExam(bank, random, { recent }).map((item) => ({ ...item, order: drawOptionOrder(examQuestion(item.questionId), random) }))
    await this.deps.store.createExam({ id, learnerId, startedAt, deadline: startedAt + this.deps.durationMs, items })
    return this.get(learnerId, id)
  }

  get(learnerId: string, attemptId: string): Promise<Reply<ExamView>> {
    return this.deps.serial.run(attemptId, async () => {
      const found = await this.load(learnerId, attemptId)
      if (!('exam' in found)) return found
      if (found.exam.status === 'open' && this.isOver(found.exam)) return ok(await this.finish(found.exam, found.items, 'expired'))
      return ok(this.view(found.exam, found.items))
    })
  }

  update(learnerId: string, attemptId: string, position: number, update: ExamItemUpdate): Promise<Reply<{ position: number; choice: Choice | null; flagged: boolean }>> {
    return this.deps.serial.run(attemptId, async () => {
      const found = await this.load(learnerId, attemptId)
      if (!('exam' in found)) return found
      if (found.exam.status !== 'open' || this.isOver(found.exam)) return fail(ErrorCode.ExamOver, 'this exam has ended; answers can no longer change')
      const item = found.items[position]
      if (!item) return fail(ErrorCode.InvalidPayload, `this exam has questions 0 to ${found.items.length - 1}`)
      // The learner answers by the positions on screen; the attempt keeps the question's own option numbers.
      const question = examQuestion(item.questionId)
      const order = usableOrder(item.order, question)
      if (update.choice) {
        const problem = choiceProblem(asShown(question, order), update.choice)
        if (problem) return fail(ErrorCode.InvalidChoice, problem)
      }
      const stored = update.choice ? { ...update, choice: toQuestionOrder(update.choice, order) } : update
      await this.deps.store.updateExamItem(attemptId, position, stored)
      const choice = update.choice === undefined ? (item.choice && toShownOrder(item.choice, order)) : update.choice
      return ok({ position, choice, flagged: update.flagged ?? item.flagged })
    })
  }

  submit(learnerId: string, attemptId: string): Promise<Reply<ExamView>> {
    return this.deps.serial.run(attemptId, async () => {
      const found = await this.load(learnerId, attemptId)
      if (!('exam' in found)) return found
      if (found.exam.status !== 'open') return ok(this.view(found.exam, found.items))
      return ok(await this.finish(found.exam, found.items, this.isOver(found.exam) ? 'expired' : 'submitted'))
    })
  }

  /** Every attempt of the learner, oldest first; open attempts past their deadline are scored first. */
  async history(learnerId: string): Promise<ExamHistoryEntry[]> {
    const open = await this.deps.store.openExamOf(learnerId)
    if (open) await this.get(learnerId, open)
    return (await this.deps.store.exams(learnerId)).map(({ exam, items }) => ({
      id: exam.id,
      status: exam.status,
      startedAt: exam.startedAt,
      deadline: exam.deadline,
      finishedAt: exam.finishedAt,
      scaledScore: exam.scaledScore,
      passed: exam.passed,
      correctCount: exam.correctCount,
      byDomain: exam.status === 'open' ? null : domainResults(items.map((i) => ({ domain: i.domain, correct: i.correct === true }))),
    }))
  }

  private isOver(exam: ExamRow): boolean {
    return this.deps.now() > exam.deadline + EXAM.graceMs
  }

  private async load(learnerId: string, attemptId: string) {
    const found = await this.deps.store.exam(attemptId)
    if (!found || found.exam.learnerId !== learnerId) return fail(ErrorCode.ExamNotFound, 'no such exam attempt for this learner')
    return found
  }

  /**
   * Scores the attempt: every question counts, an unanswered one as wrong. Only the questions answered move the
   * learner's practice cards (wrong: Again and due at once, right: Good), so that an early submission (or the clock
   * running out) does not mark the questions never answered as seen and due.
   */
  private async finish(exam: ExamRow, items: ExamItemRow[], status: 'submitted' | 'expired'): Promise<ExamView> {
    const { store, now } = this.deps
    const at = now()
    const graded = items.map((item) => {
      const question = examQuestion(item.questionId)
      const correct = isWithdrawn(item.questionId) || (item.choice !== null && grade(question, item.choice).correct)
      return { ...item, question, correct }
    })
    const correctCount = graded.filter((g) => g.correct).length
    const score = scaledScore(correctCount, graded.length)
    const cards = new Map((await store.cards(exam.learnerId)).map((c) => [c.key, c]))
    const updates = graded.filter((g) => g.choice !== null && !isWithdrawn(g.questionId)).map((g) =>
      reviewed(cards.get(g.questionId) ?? null, {
        key: g.questionId,
        question: g.question,
        questionJson: null,
        correct: g.correct,
        rating: g.correct ? 'good' : 'again',
        elapsedMs: null,
        source: 'exam',
        sessionId: null,
        at,
        dueNow: !g.correct,
      }),
    )
    await store.finishExam(exam.id, exam.learnerId, {
      status,
      at,
      correctCount,
      scaledScore: score,
      passed: isPass(score),
      items: graded.map((g) => ({ position: g.position, correct: g.correct })),
      cards: updates,
    })
    const done = (await store.exam(exam.id))!
    return this.view(done.exam, done.items)
  }

  private view(exam: ExamRow, items: ExamItemRow[]): ExamView {
    const serverNow = this.deps.now()
    const base = { id: exam.id, startedAt: exam.startedAt, deadline: exam.deadline, serverNow }
    // Options as this attempt shows them, the learner's choice and the key by the same positions.
    const asOnScreen = items.map((item) => {
      const question = examQuestion(item.questionId)
      const order = usableOrder(item.order, question)
      return { question: asShown(question, order), choice: item.choice && toShownOrder(item.choice, order) }
    })
    const shown = items.map((item, i) => ({
      position: item.position,
      question: practiceQuestion(item.questionId, asOnScreen[i]!.question),
      choice: asOnScreen[i]!.choice,
      flagged: item.flagged,
    }))
    if (exam.status === 'open') return { ...base, status: 'open', items: shown }
    return {
      ...base,
      status: exam.status,
      finishedAt: exam.finishedAt!,
      result: {
        correctCount: exam.correctCount!,
        total: items.length,
        scaledScore: exam.scaledScore!,
        passed: exam.passed!,
        byDomain: domainResults(items.map((i) => ({ domain: i.domain, correct: i.correct === true }))),
      },
      review: shown.map((s, i) => ({ ...s, correct: items[i]!.correct === true, ...answerKey(asOnScreen[i]!.question) })),
    }
  }
}
