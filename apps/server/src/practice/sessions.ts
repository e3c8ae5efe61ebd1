import { choiceProblem, grade } from '@cirrus/game'
import type { Question } from '@cirrus/questions'
import {
  ErrorCode,
  PRACTICE,
  fail,
  ok,
  type Choice,
  type PracticeFeedback,
  type Reply,
  type SessionFilter,
  type SessionSummary,
  type SessionView,
  type StartSessionInput,
} from '@cirrus/protocol'
import { newId } from '../tokens.ts'
import { answerKey, bankKeysByDomain, bankKeysByTopic, practiceQuestion, questionFor } from './catalog.ts'
import { nextQuestion } from './queue.ts'
import { reviewed } from './review.ts'
import { ratingFor } from './scheduler.ts'
import type { Serial } from './serial.ts'
import { asShown, drawOptionOrder } from './shuffle.ts'
import type { PracticeStore, SessionRow, StoredCard } from '../db/practice-store.ts'

export interface SessionDeps {
  store: PracticeStore
  now: () => number
  random: () => number
  serial: Serial
}

/** Practice sessions: one question at a time from the learner's filter, graded at once, scheduled with FSRS. */
export class Sessions {
  constructor(private readonly deps: SessionDeps) {}

  async start(learnerId: string, input: StartSessionInput): Promise<Reply<SessionView>> {
    const filter = filterOf(input)
    if (filter.mode === 'topics') {
      const unknown = filter.topics.filter((t) => !bankKeysByTopic.has(t))
      if (unknown.length) return fail(ErrorCode.InvalidPayload, `unknown topic${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`)
    }
    const id = newId()
    await this.deps.store.createSession({ id, learnerId, filter, timerSec: input.timerSec ?? null, limit: input.limit ?? null, startedAt: this.deps.now() })
    return this.next(learnerId, id)
  }

  /** The question on screen; serves the next one when none is. Ends the session when nothing is left. */
  next(learnerId: string, sessionId: string): Promise<Reply<SessionView>> {
    return this.deps.serial.run(sessionId, async () => {
      const session = await this.owned(learnerId, sessionId)
      if (!('id' in session)) return session
      if (session.endedAt === null && session.currentKey === null) {
        const next = session.limit !== null && session.answered >= session.limit ? null : await this.pick(session)
        // Each time a question is served, its options are dealt anew: a learner never learns a key by its place.
        if (next) await this.deps.store.serve(session.id, next.key, this.deps.now(), drawOptionOrder(next.question, this.deps.random))
        else await this.deps.store.endSession(session.id, this.deps.now())
      }
      return ok(await this.view(learnerId, sessionId))
    })
  }

  async get(learnerId: string, sessionId: string): Promise<Reply<SessionView>> {
    const session = await this.owned(learnerId, sessionId)
    return 'id' in session ? ok(await this.view(learnerId, sessionId)) : session
  }

  answer(learnerId: string, sessionId: string, key: string, choice: Choice | null): Promise<Reply<PracticeFeedback>> {
    return this.deps.serial.run(sessionId, async () => {
      const { store, now } = this.deps
      const session = await this.owned(learnerId, sessionId)
      if (!('id' in session)) return session
      if (session.endedAt !== null) return fail(ErrorCode.SessionOver, 'this practice session has ended')
      if (session.currentKey !== key) return fail(ErrorCode.WrongQuestion, 'this is not the question on screen; ask for the next question')
      const previous = await store.card(learnerId, key)
      const question = questionFor(key, previous?.questionJson ?? null)
      if (!question) return fail(ErrorCode.WrongQuestion, 'this question is no longer in the bank')
      // The choice is by the positions the learner saw; the feedback's key is by the same positions.
      const shown = asShown(question, session.currentOrder)
      if (choice !== null) {
        const problem = choiceProblem(shown, choice)
        if (problem) return fail(ErrorCode.InvalidChoice, problem)
      }
      const at = now()
      const elapsedMs = Math.max(0, at - (session.currentServedAt ?? at))
      const timedOut = session.timerSec !== null && elapsedMs > session.timerSec * 1000 + PRACTICE.timerGraceMs
      // The game's own rule for every type: an ordering's neighbouring pairs, a number's tolerance and credit.
      const credit = choice !== null && !timedOut ? grade(shown, choice).credit : 0
      const correct = credit === 1
      const rating = ratingFor(credit, elapsedMs, question)
      const update = reviewed(previous, { key, question, questionJson: previous?.questionJson ?? null, correct, rating, elapsedMs, source: 'practice', sessionId, at })
      const counters = { id: sessionId, answered: session.answered + 1, correct: session.correct + (correct ? 1 : 0) }
      await store.saveReviews(learnerId, [update], counters)
      return ok({
        correct,
        credit,
        timedOut,
        rating,
        ...answerKey(shown),
        nextDueAt: update.card.due,
        answered: counters.answered,
        correctCount: counters.correct,
      })
    })
  }

  /** The learner stops: the question on screen, if any, is left unanswered (the schedule does not change). */
  end(learnerId: string, sessionId: string): Promise<Reply<SessionView>> {
    return this.deps.serial.run(sessionId, async () => {
      const session = await this.owned(learnerId, sessionId)
      if (!('id' in session)) return session
      await this.deps.store.endSession(sessionId, this.deps.now())
      return ok(await this.view(learnerId, sessionId))
    })
  }

  private async owned(learnerId: string, sessionId: string): Promise<SessionRow | Reply<never>> {
    const session = await this.deps.store.session(sessionId)
    if (!session || session.learnerId !== learnerId) return fail(ErrorCode.SessionNotFound, 'no such practice session for this learner')
    return session
  }

  private async pick(session: SessionRow): Promise<{ key: string; question: Question } | null> {
    const cards = new Map((await this.deps.store.cards(session.learnerId)).map((c) => [c.key, c]))
    const last = (await this.deps.store.sessionReviews(session.id)).at(-1)?.key ?? null
    const key = nextQuestion({ pool: poolOf(session.filter, cards), cards, includeNew: session.filter.mode !== 'due', avoid: last, now: this.deps.now(), random: this.deps.random })
    const question = key === null ? null : questionFor(key, cards.get(key)?.questionJson ?? null)
    return key !== null && question ? { key, question } : null
  }

  private async view(learnerId: string, sessionId: string): Promise<SessionView> {
    const { store, now } = this.deps
    const session = (await store.session(sessionId))!
    let current: SessionView['current'] = null
    if (session.currentKey && session.currentServedAt !== null) {
      const card = await store.card(learnerId, session.currentKey)
      const question = questionFor(session.currentKey, card?.questionJson ?? null)
      if (question) {
        const deadline = session.timerSec === null ? null : session.currentServedAt + session.timerSec * 1000
        current = { question: practiceQuestion(session.currentKey, asShown(question, session.currentOrder)), servedAt: session.currentServedAt, deadline }
      }
    }
    return {
      id: session.id,
      filter: session.filter,
      timerSec: session.timerSec,
      limit: session.limit,
      answered: session.answered,
      correctCount: session.correct,
      current,
      serverNow: now(),
      ended: session.endedAt !== null,
      summary: session.endedAt !== null ? await this.summary(session) : null,
    }
  }

  private async summary(session: SessionRow): Promise<SessionSummary> {
    const { store, now } = this.deps
    const reviews = await store.sessionReviews(session.id)
    const cards = await store.cards(session.learnerId)
    const byTopic = new Map<string, { answered: number; correct: number }>()
    for (const r of reviews) {
      const t = byTopic.get(r.topic ?? 'other') ?? { answered: 0, correct: 0 }
      t.answered++
      if (r.correct) t.correct++
      byTopic.set(r.topic ?? 'other', t)
    }
    const cardByKey = new Map(cards.map((c) => [c.key, c]))
    const missedKeys = [...new Set(reviews.filter((r) => !r.correct).map((r) => r.key))]
    const at = now()
    const upcoming = cards.filter((c) => c.lastReview !== null).map((c) => c.due)
    const dueNow = upcoming.filter((d) => d <= at).length
    return {
      answered: reviews.length,
      correct: reviews.filter((r) => r.correct).length,
      startedAt: session.startedAt,
      endedAt: session.endedAt,
      byTopic: [...byTopic].map(([topic, t]) => ({ topic, ...t })),
      missed: missedKeys.flatMap((key) => {
        const q = questionFor(key, cardByKey.get(key)?.questionJson ?? null)
        return q ? [{ key, prompt: q.prompt }] : []
      }),
      dueNow,
      nextDueAt: dueNow > 0 || upcoming.length === 0 ? null : Math.min(...upcoming),
    }
  }
}

function filterOf(input: StartSessionInput): SessionFilter {
  if (input.mode === 'topics') return { mode: 'topics', topics: [...new Set(input.topics)] }
  if (input.mode === 'domains') return { mode: 'domains', domains: [...new Set(input.domains)].sort() }
  return { mode: 'due' }
}

/** The questions a session draws from: its topics' or domains' bank questions and the learner's own cards in them. */
function poolOf(filter: SessionFilter, cards: ReadonlyMap<string, StoredCard>): string[] {
  // A card whose question left the bank (and was not kept with the card) cannot be asked any more.
  const own = [...cards.values()].filter((c) => questionFor(c.key, c.questionJson) !== null)
  if (filter.mode === 'due') return own.map((c) => c.key)
  const inFilter = (c: { topic: string | null; domain: number | null }) =>
    filter.mode === 'topics' ? c.topic !== null && filter.topics.includes(c.topic) : c.domain !== null && filter.domains.includes(c.domain)
  const bankKeys = filter.mode === 'topics' ? filter.topics.flatMap((t) => bankKeysByTopic.get(t) ?? []) : filter.domains.flatMap((d) => bankKeysByDomain.get(d) ?? [])
  return [...new Set([...bankKeys, ...own.filter(inFilter).map((c) => c.key)])]
}
