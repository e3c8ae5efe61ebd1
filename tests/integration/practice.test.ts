import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXAM, type PracticeFeedback, type ProgressView, type SessionView } from '@cirrus/protocol'
import { bank, DOMAIN_IDS, domainQuota } from '@cirrus/questions'
import { rightChoice } from '../support/answers.ts'
import { queryDatabase } from '../support/db.ts'
import { api } from '../support/http.ts'
import { answerCurrent, answerFor, bankQuestion, newLearner, type FinishedExam, type OpenExam } from '../support/practice.ts'
import { startServer, type TestServer } from '../support/server.ts'

/** The practice API against a real server and SQLite file, with the server's clock in the test's hands. */

let server: TestServer
let clock = Date.UTC(2026, 10, 27, 9, 0, 0)
const MIN = 60_000

beforeAll(async () => {
  server = await startServer({ now: () => clock })
})

afterAll(async () => {
  await server?.close()
})

describe('learner profiles', () => {
  it('are made without sign-up and recognised by their token only', async () => {
    const learner = await newLearner(server.url)
    expect(learner.learnerToken.length).toBeGreaterThanOrEqual(16)
    expect(await learner.ok('/me')).toEqual({ learnerId: learner.learnerId })

    const none = await api(server.url, '/api/practice/me')
    expect(none.status).toBe(401)
    expect(none.body.error.code).toBe('bad_token')
    const forged = await api(server.url, '/api/practice/progress', { headers: { authorization: 'Bearer not-a-real-token-at-all' } })
    expect(forged.status).toBe(401)
  })

  it('refuse bodies that do not fit, naming the field', async () => {
    const learner = await newLearner(server.url)
    const noTopics = await learner.request('/sessions', { json: { mode: 'topics', topics: [] } })
    expect(noTopics.status).toBe(400)
    expect(noTopics.body.error).toMatchObject({ code: 'invalid_payload' })
    expect(noTopics.body.error.message).toMatch(/topics: pick at least one topic/)
    const unknown = await learner.request('/sessions', { json: { mode: 'topics', topics: ['astrology'] } })
    expect(unknown.status).toBe(400)
    expect(unknown.body.error.message).toMatch(/unknown topic: astrology/)
    const badTimer = await learner.request('/sessions', { json: { mode: 'due', timerSec: 2 } })
    expect(badTimer.status).toBe(400)
    expect(badTimer.body.error.message).toMatch(/timerSec/)
  })
})

describe('a practice session', () => {
  it('gives feedback with the explanation, brings a wrong answer back sooner than a right one, and sums up', async () => {
    const learner = await newLearner(server.url)
    let session = await learner.ok<SessionView>('/sessions', { json: { mode: 'topics', topics: ['ec2-spot', 'ec2-on-demand'], limit: 3 } })
    expect(session.current!.question).not.toHaveProperty('correct')
    expect(JSON.stringify(session)).not.toMatch(/"correct"|"correctOptions"|"explanation"/) // no answer key before answering
    expect(['ec2-spot', 'ec2-on-demand']).toContain(session.current!.question.topic)
    expect(session.current!.deadline).toBeNull() // untimed by default

    const firstKey = session.current!.question.key
    const firstPrompt = session.current!.question.prompt
    const wrong = await answerCurrent(learner, session, false) as PracticeFeedback
    expect(wrong).toMatchObject({ correct: false, rating: 'again', answered: 1, correctCount: 0 })
    expect(wrong.explanation).toBe(bankQuestion(session.current!.question).explanation)
    expect(wrong.correctOptions.length + wrong.acceptedAnswers.length).toBeGreaterThan(0)

    // Answering the same question again is refused: it is no longer on screen.
    const again = await learner.request(`/sessions/${session.id}/answers`, { json: { questionKey: firstKey, choice: answerFor(session.current!.question, true) } })
    expect(again.status).toBe(409)
    expect(again.body.error.code).toBe('wrong_question')

    session = await learner.ok(`/sessions/${session.id}/next`, { method: 'POST' })
    expect(session.current!.question.key).not.toBe(firstKey)
    clock += 30_000 // slower than "fast": Good, not Easy
    const right = await answerCurrent(learner, session, true) as PracticeFeedback
    expect(right).toMatchObject({ correct: true, rating: 'good', answered: 2, correctCount: 1 })
    expect(wrong.nextDueAt).toBeLessThan(right.nextDueAt)

    session = await learner.ok(`/sessions/${session.id}/next`, { method: 'POST' })
    const fast = await answerCurrent(learner, session, true) as PracticeFeedback
    expect(fast.rating).toBe('easy') // answered at once
    expect(fast.nextDueAt).toBeGreaterThan(right.nextDueAt)

    // The limit of three is reached: the session ends with its summary.
    session = await learner.ok(`/sessions/${session.id}/next`, { method: 'POST' })
    expect(session.ended).toBe(true)
    expect(session.current).toBeNull()
    expect(session.summary).toMatchObject({ answered: 3, correct: 2 })
    expect(session.summary!.missed).toEqual([{ key: firstKey, prompt: firstPrompt }])

    // A minute on, the wrong answer is due again and "what's due" serves it first.
    clock += 2 * MIN
    const due = await learner.ok<SessionView>('/sessions', { json: { mode: 'due' } })
    expect(due.current!.question.key).toBe(firstKey)
    const stopped = await learner.ok<SessionView>(`/sessions/${due.id}/end`, { method: 'POST' })
    expect(stopped.ended).toBe(true)
    expect(stopped.summary!.answered).toBe(0)
    const late = await learner.request(`/sessions/${due.id}/answers`, { json: { questionKey: firstKey, choice: null } })
    expect(late.body.error.code).toBe('session_over')
  })

  it('counts an answer after the timer ran out as wrong', async () => {
    const learner = await newLearner(server.url)
    const session = await learner.ok<SessionView>('/sessions', { json: { mode: 'domains', domains: [4], timerSec: 10 } })
    expect(session.current!.deadline).toBe(session.current!.servedAt + 10_000)
    expect(session.current!.question.domain).toBe(4)
    clock += 12_000
    const feedback = await answerCurrent(learner, session, true) as PracticeFeedback
    expect(feedback).toMatchObject({ correct: false, timedOut: true, rating: 'again' })
  })

  it('shows on the progress page: seen, due and mastery per topic and domain', async () => {
    const learner = await newLearner(server.url)
    const empty = await learner.ok<ProgressView>('/progress')
    expect(empty.totals).toMatchObject({ questions: bank.length, seen: 0, due: 0, answers: 0 })
    expect(empty.domains.map((d) => d.total)).toEqual(DOMAIN_IDS.map((d) => bank.filter((q) => q.domain === d).length))

    let session = await learner.ok<SessionView>('/sessions', { json: { mode: 'topics', topics: ['dms'], limit: 2 } })
    await answerCurrent(learner, session, true)
    session = await learner.ok(`/sessions/${session.id}/next`, { method: 'POST' })
    await answerCurrent(learner, session, false)
    const progress = await learner.ok<ProgressView>('/progress')
    const dms = progress.topics.find((t) => t.id === 'dms')!
    expect(dms).toMatchObject({ title: 'Database Migration Service', domain: 3, seen: 2, recentAccuracy: 0.5 })
    expect(dms.mastery).toBeGreaterThan(0)
    expect(dms.mastery).toBeLessThan(0.5)
    expect(progress.domains.find((d) => d.id === '3')!.seen).toBe(2)
    expect(progress.topics.find((t) => t.id === 'ami')!.mastery).toBe(0)
    expect(progress.totals).toMatchObject({ seen: 2, answers: 2 })
  })
})

describe('the exam simulation', () => {
  it('draws 65, keeps answers and flags changeable with no feedback, then scores, reports per domain and reviews', async () => {
    const learner = await newLearner(server.url)
    const started = await learner.request<OpenExam>('/exams', { method: 'POST' })
    expect(started.status).toBe(201)
    const exam = started.body
    expect(exam.status).toBe('open')
    expect(exam.items).toHaveLength(EXAM.questionCount)
    expect(exam.deadline - exam.startedAt).toBe(90 * MIN)
    expect(JSON.stringify(exam)).not.toMatch(/"correct"|"correctOptions"|"acceptedAnswers"|"explanation"/)

    const second = await learner.request('/exams', { method: 'POST' })
    expect(second.status).toBe(409)
    expect(second.body.error.code).toBe('exam_in_progress')

    // 50 right, then changed minds: question 0 right -> wrong -> right; question 1 flagged then unflagged.
    for (const item of exam.items.slice(0, 50)) {
      const saved = await learner.ok(`/exams/${exam.id}/items/${item.position}`, { method: 'PUT', json: { choice: answerFor(item.question, true) } })
      expect(saved).not.toHaveProperty('correct')
    }
    await learner.ok(`/exams/${exam.id}/items/0`, { method: 'PUT', json: { choice: answerFor(exam.items[0]!.question, false), flagged: true } })
    await learner.ok(`/exams/${exam.id}/items/0`, { method: 'PUT', json: { choice: answerFor(exam.items[0]!.question, true) } })
    await learner.ok(`/exams/${exam.id}/items/1`, { method: 'PUT', json: { flagged: true } })
    for (const item of exam.items.slice(50, 60)) {
      await learner.ok(`/exams/${exam.id}/items/${item.position}`, { method: 'PUT', json: { choice: answerFor(item.question, false) } })
    }
    const bad = await learner.request(`/exams/${exam.id}/items/70`, { method: 'PUT', json: { flagged: true } })
    expect(bad.status).toBe(400)
    const wrongShape = await learner.request(`/exams/${exam.id}/items/2`, { method: 'PUT', json: { choice: { options: [5, 5] } } })
    expect(wrongShape.status).toBe(400)

    const reloaded = await learner.ok<OpenExam>(`/exams/${exam.id}`)
    expect(reloaded.items[0]!.flagged).toBe(true)
    expect(reloaded.items[1]!.flagged).toBe(true)
    expect(reloaded.items[1]!.choice).toEqual(answerFor(exam.items[1]!.question, true))
    expect(reloaded.items[64]!.choice).toBeNull()

    clock += 30 * MIN
    const done = await learner.ok<FinishedExam>(`/exams/${exam.id}/submit`, { method: 'POST' })
    expect(done.status).toBe('submitted')
    expect(done.result).toMatchObject({ correctCount: 50, total: 65, passed: true })
    expect(done.result.scaledScore).toBe(700 + Math.floor((300 * (50 / 65 - 0.7)) / 0.3))
    expect(done.result.byDomain.map((d) => d.total)).toEqual([16, 19, 22, 8])
    expect(done.result.byDomain.reduce((n, d) => n + d.correct, 0)).toBe(50)
    expect(done.review).toHaveLength(65)
    for (const item of done.review) {
      expect(item.explanation).toBe(bankQuestion(item.question).explanation)
      expect(item.correct).toBe(item.position < 50)
    }

    const late = await learner.request(`/exams/${exam.id}/items/63`, { method: 'PUT', json: { flagged: true } })
    expect(late.status).toBe(409)
    expect(late.body.error.code).toBe('exam_over')

    // The exam's misses are due in practice (the five left unanswered are not counted); its history shows on the progress page.
    const progress = await learner.ok<ProgressView>('/progress')
    expect(progress.totals).toMatchObject({ seen: 60, due: 10, answers: 60 })
    expect(progress.exams).toEqual([expect.objectContaining({ id: exam.id, status: 'submitted', scaledScore: done.result.scaledScore, passed: true })])
  })

  it('is scored with what was saved when the server clock passes the deadline', async () => {
    const learner = await newLearner(server.url)
    const exam = await learner.ok<OpenExam>('/exams', { method: 'POST' })
    for (const item of exam.items.slice(0, 10)) {
      await learner.ok(`/exams/${exam.id}/items/${item.position}`, { method: 'PUT', json: { choice: answerFor(item.question, true) } })
    }
    clock += 90 * MIN + EXAM.graceMs + 1
    const refused = await learner.request(`/exams/${exam.id}/items/20`, { method: 'PUT', json: { choice: answerFor(exam.items[20]!.question, true) } })
    expect(refused.body.error.code).toBe('exam_over')
    const expired = await learner.ok<FinishedExam>(`/exams/${exam.id}`)
    expect(expired.status).toBe('expired')
    expect(expired.result).toMatchObject({ correctCount: 10, passed: false })
    expect(expired.result.scaledScore).toBe(100 + Math.floor((600 * (10 / 65)) / 0.7))
    // A new attempt may start now.
    expect((await learner.request('/exams', { method: 'POST' })).status).toBe(201)
  })

  it('survives a question withdrawn from the bank after the draw: shown as withdrawn, counted as right', async () => {
    const learner = await newLearner(server.url)
    const exam = await learner.ok<OpenExam>('/exams', { method: 'POST' })
    await learner.ok(`/exams/${exam.id}/items/0`, { method: 'PUT', json: { choice: answerFor(exam.items[0]!.question, false) } })
    await queryDatabase(server.databaseUrl, 'UPDATE ExamItem SET questionId = ? WHERE attemptId = ? AND position = 0', 'withdrawn-question', exam.id)
    const open = await learner.ok<OpenExam>(`/exams/${exam.id}`)
    expect(open.items[0]!.question.prompt).toMatch(/withdrawn/)
    const done = await learner.ok<FinishedExam>(`/exams/${exam.id}/submit`, { method: 'POST' })
    expect(done.result.correctCount).toBe(1)
    expect(done.review[0]!.correct).toBe(true)
    // The withdrawn question moves no card, and the 64 left unanswered are not counted as seen.
    expect((await learner.ok<ProgressView>('/progress')).totals.seen).toBe(0)
  })

  it('belongs to its learner only', async () => {
    const owner = await newLearner(server.url)
    const other = await newLearner(server.url)
    const exam = await owner.ok<OpenExam>('/exams', { method: 'POST' })
    const peek = await other.request(`/exams/${exam.id}`)
    expect(peek.status).toBe(404)
    expect(peek.body.error.code).toBe('exam_not_found')
  })
})

describe('options shuffled on the server', () => {
  const texts = (q: { options: string[] }) => q.options.join('\u0000')

  it("deals a question's options anew each time practice serves it, and grades by what the learner saw", async () => {
    const learner = await newLearner(server.url)
    const first = await learner.ok<SessionView>('/sessions', { json: { mode: 'domains', domains: [4], limit: 1 } })
    const key = first.current!.question.key
    const bankQ = bankQuestion(first.current!.question)
    // Keep missing the same question and ask for what's due: it comes back, with its options in a new order.
    const orders = new Set<string>()
    let session = first
    for (let n = 0; n < 8; n++) {
      const q = session.current!.question
      expect(q.key).toBe(key)
      expect([...q.options].sort()).toEqual(bankQ.options.map((o) => o.text).sort())
      expect((await learner.ok<SessionView>(`/sessions/${session.id}`)).current!.question.options).toEqual(q.options) // stable on screen
      orders.add(texts(q))
      const feedback = (await answerCurrent(learner, session, false)) as PracticeFeedback
      expect(feedback.correct).toBe(false)
      // The key comes back by the positions on screen (an ordering question's as the order, its options all in it).
      if (bankQ.type === 'ordering') expect(feedback.correctOrder!.map((i) => q.options[i])).toEqual(bankQ.options.map((o) => o.text))
      else expect(feedback.correctOptions.map((i) => q.options[i]).sort()).toEqual(bankQ.options.filter((o) => o.correct).map((o) => o.text).sort())
      clock += 2 * MIN
      session = await learner.ok<SessionView>('/sessions', { json: { mode: 'due', limit: 1 } })
    }
    if (bankQ.type === 'single' || bankQ.type === 'multiple') expect(orders.size).toBeGreaterThan(1)
    // And answered right by shown position, it is right.
    expect(((await answerCurrent(learner, session, true)) as PracticeFeedback).correct).toBe(true)
  })

  it("shows each exam question in an order of its own, kept for the attempt; answers map back to the question's options", async () => {
    const learner = await newLearner(server.url)
    const exam = await learner.ok<OpenExam>('/exams', { method: 'POST' })
    const choiceItems = exam.items.filter((i) => i.question.type === 'single' || i.question.type === 'multiple')
    const reordered = choiceItems.filter((i) => texts(i.question) !== bankQuestion(i.question).options.map((o) => o.text).join('\u0000'))
    expect(reordered.length).toBeGreaterThan(choiceItems.length / 2) // 1 in 24 four-option orders is the written one
    expect(JSON.stringify(exam)).not.toMatch(/"correct"|"correctOptions"|"acceptedAnswers"|"explanation"/)

    for (const item of exam.items) {
      const saved = await learner.ok(`/exams/${exam.id}/items/${item.position}`, { method: 'PUT', json: { choice: answerFor(item.question, true) } })
      expect(saved.choice).toEqual(answerFor(item.question, true)) // echoed by shown position
    }
    const again = await learner.ok<OpenExam>(`/exams/${exam.id}`)
    expect(again.items.map((i) => i.question.options)).toEqual(exam.items.map((i) => i.question.options))
    expect(again.items.map((i) => i.choice)).toEqual(exam.items.map((i) => answerFor(i.question, true)))

    // The database keeps the choice by the question's own option numbers.
    const rows = await queryDatabase<{ questionId: string; choiceJson: string }>(server.databaseUrl, 'SELECT position, questionId, choiceJson FROM ExamItem WHERE attemptId = ? ORDER BY position', exam.id)
    for (const row of rows) expect(JSON.parse(row.choiceJson)).toEqual(rightChoice(bank.find((q) => q.id === row.questionId)!))

    const done = await learner.ok<FinishedExam>(`/exams/${exam.id}/submit`, { method: 'POST' })
    expect(done.result).toMatchObject({ correctCount: 65, scaledScore: 1000, passed: true })
    for (const r of done.review) {
      expect(r.question.options).toEqual(exam.items[r.position]!.question.options)
      expect(r.correctOptions.map((i) => r.question.options[i]).sort()).toEqual(
        bankQuestion(r.question).type === 'text' ? [] : bankQuestion(r.question).options.filter((o) => o.correct).map((o) => o.text).sort(),
      )
    }
  })
})

describe('an early submission', () => {
  it('counts only what was answered in the progress figures, and all 65 in the score', async () => {
    const learner = await newLearner(server.url)
    const exam = await learner.ok<OpenExam>('/exams', { method: 'POST' })
    for (const [n, item] of exam.items.slice(0, 6).entries()) {
      await learner.ok(`/exams/${exam.id}/items/${item.position}`, { method: 'PUT', json: { choice: answerFor(item.question, n < 4) } })
    }
    await learner.ok(`/exams/${exam.id}/items/10`, { method: 'PUT', json: { flagged: true } }) // flagged, never answered
    const done = await learner.ok<FinishedExam>(`/exams/${exam.id}/submit`, { method: 'POST' })
    expect(done.result).toMatchObject({ correctCount: 4, total: 65, passed: false })
    expect(done.result.byDomain.reduce((n, d) => n + d.total, 0)).toBe(65)

    const progress = await learner.ok<ProgressView>('/progress')
    expect(progress.totals).toMatchObject({ seen: 6, due: 2, answers: 6 })
    expect(progress.domains.reduce((n, d) => n + d.seen, 0)).toBe(6)
    expect(progress.exams).toEqual([expect.objectContaining({ id: exam.id, status: 'submitted', correctCount: 4 })])
  })
})

describe('the next exam', () => {
  it("repeats a question of the learner's last attempt only when its domain has no other left", async () => {
    const learner = await newLearner(server.url)
    const first = await learner.ok<OpenExam>('/exams', { method: 'POST' })
    await learner.ok(`/exams/${first.id}/submit`, { method: 'POST' })
    const second = await learner.ok<OpenExam>('/exams', { method: 'POST' })
    const before = new Set(first.items.map((i) => i.question.key))
    // Per domain, a repeat only for what the domain lacks: its share twice over, less the questions it has.
    const quota = domainQuota(EXAM.questionCount)
    for (const d of DOMAIN_IDS) {
      const repeats = second.items.filter((i) => i.question.domain === d && before.has(i.question.key)).length
      expect(repeats).toBe(Math.max(0, 2 * quota[d] - bank.filter((q) => q.domain === d).length))
    }
  })
})

describe('new profiles', () => {
  it('are made at most 300 at once from one address, then refused with 429 until the bucket refills', async () => {
    const statuses: number[] = []
    for (let batch = 0; batch < 8 && !statuses.includes(429); batch++) {
      const replies = await Promise.all(Array.from({ length: 50 }, () => api(server.url, '/api/practice/learners', { method: 'POST' })))
      statuses.push(...replies.map((r) => r.status))
    }
    const refused = statuses.indexOf(429)
    expect(refused).toBeGreaterThan(250) // the earlier tests made a few
    expect(refused).toBeLessThanOrEqual(300)
    const last = await api(server.url, '/api/practice/learners', { method: 'POST' })
    expect(last.body.error.code).toBe('rate_limited')
    clock += 1000 // two new profiles a second
    expect((await api(server.url, '/api/practice/learners', { method: 'POST' })).status).toBe(201)
    clock += 150_000 // full again
  })
})
