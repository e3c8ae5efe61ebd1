import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PracticeFeedback, ProgressView, SessionView } from '@cirrus/protocol'
import { bank, QuestionSchema } from '@cirrus/questions'
import { call, move } from '../support/client.ts'
import { hostGame, joinGame, nextPhase } from '../support/game.ts'
import { api } from '../support/http.ts'
import { newLearner, serveUntil, type Learner } from '../support/practice.ts'
import { RICH_QUIZ, RIVERS } from '../support/rich-quiz.ts'
import { startServer, waitFor, type TestServer } from '../support/server.ts'

/**
 * Ordering and number questions in practice, over real HTTP against a real server and SQLite file: the bank's,
 * answered right, partly right and wrong, malformed answers refused with the reason; and a teacher's, missed in a
 * live game and practised after.
 */

let server: TestServer
let clock = Date.UTC(2026, 11, 1, 9, 0, 0)

beforeAll(async () => {
  server = await startServer({ now: () => clock })
})

afterAll(async () => {
  await server?.close()
})

const AMI = bank.find((q) => q.id === 'ami-09')!
const LAMBDA = bank.find((q) => q.id === 'serverless-11')!
/** Any field of an answer key (the counts of answers so far, `correctCount`, are not one). */
const ANSWER_KEY = /"(correct|correctOptions|correctOrder|accepted\w*|explanation|answers|tolerance|credit|shownOrder)"\s*:/
const texts = AMI.options.map((o) => o.text)

/** A new learner with the question `key` of `topic` on screen. */
async function withQuestionOnScreen(topic: string, key: string): Promise<{ learner: Learner; session: SessionView }> {
  const learner = await newLearner(server.url)
  const started = await learner.ok<SessionView>('/sessions', { json: { mode: 'topics', topics: [topic] } })
  return { learner, session: await serveUntil(learner, started, key) }
}

const answer = (learner: Learner, session: SessionView, choice: unknown) =>
  learner.request<PracticeFeedback>(`/sessions/${session.id}/answers`, { json: { questionKey: session.current!.question.key, choice } })

/** The items as the learner wants them, by their positions on screen. */
const orderOf = (session: SessionView, wanted: readonly string[]) => ({ order: wanted.map((t) => session.current!.question.options.indexOf(t)) })

describe("the bank's ordering question in practice", () => {
  it('deals its items in an order that is not the right one, without the key', async () => {
    const { session } = await withQuestionOnScreen('ami', AMI.id)
    const q = session.current!.question
    expect(q).toMatchObject({ key: AMI.id, type: 'ordering', prompt: AMI.prompt })
    expect([...q.options].sort()).toEqual([...texts].sort())
    expect(q.options).not.toEqual(texts)
    expect(JSON.stringify(session)).not.toMatch(ANSWER_KEY)
  })

  it('takes the whole right order as right, with the right order and the explanation', async () => {
    const { learner, session } = await withQuestionOnScreen('ami', AMI.id)
    const res = await answer(learner, session, orderOf(session, texts))
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ correct: true, credit: 1, rating: 'easy', explanation: AMI.explanation, correctOptions: [], acceptedAnswers: [] })
    expect(res.body.correctOrder!.map((i) => session.current!.question.options[i])).toEqual(texts)
  })

  it('gives a partly right order its share of neighbouring pairs, rates it Hard and counts it half in progress', async () => {
    const { learner, session } = await withQuestionOnScreen('ami', AMI.id)
    const [a, b, c, d] = texts as [string, string, string, string]
    const res = await answer(learner, session, orderOf(session, [b, c, d, a]))
    expect(res.body).toMatchObject({ correct: false, credit: 2 / 3, rating: 'hard' })
    expect(res.body.correctOrder!.map((i) => session.current!.question.options[i])).toEqual(texts)
    // Hard comes back sooner than a right answer (Good, ten minutes) and later than a wrong one (Again, a minute).
    expect(res.body.nextDueAt - clock).toBeGreaterThan(60_000)
    expect(res.body.nextDueAt - clock).toBeLessThan(10 * 60_000)
    const ended = await learner.ok<SessionView>(`/sessions/${session.id}/end`, { method: 'POST' })
    expect(ended.summary!.missed.map((m) => m.key)).toContain(AMI.id)
    const progress = await learner.ok<ProgressView>('/progress')
    const ami = progress.topics.find((t) => t.id === 'ami')!
    // The questions answered right before it, and this one as half.
    expect(ami.recentAccuracy).toBeCloseTo((ended.summary!.answered - 1 + 0.5) / ended.summary!.answered)
  })

  it('gives a reversed order nothing: Again, back in a minute', async () => {
    const { learner, session } = await withQuestionOnScreen('ami', AMI.id)
    const res = await answer(learner, session, orderOf(session, [...texts].reverse()))
    expect(res.body).toMatchObject({ correct: false, credit: 0, rating: 'again' })
    expect(res.body.nextDueAt - clock).toBe(60_000)
  })

  it('refuses an order that leaves an item out, repeats one, or is not an order, saying why, and still takes the answer after', async () => {
    const { learner, session } = await withQuestionOnScreen('ami', AMI.id)
    for (const [choice, code, message] of [
      [{ order: [0, 1, 2] }, 'invalid_choice', 'put all 4 items in order'],
      [{ order: [0, 1, 1, 2] }, 'invalid_choice', 'each item comes once'],
      [{ options: [0] }, 'invalid_choice', 'this question takes the items in an order'],
      [{ order: [0, 1, 2, 9] }, 'invalid_payload', /choice/],
      [{ order: 'first, second' }, 'invalid_payload', /choice/],
      [{ order: [0, 1, 2, 3], extra: true }, 'invalid_payload', /choice/],
    ] as const) {
      const res = await learner.request(`/sessions/${session.id}/answers`, { json: { questionKey: AMI.id, choice } })
      expect(res.status, JSON.stringify(choice)).toBe(400)
      expect(res.body.error.code).toBe(code)
      expect(res.body.error.message).toMatch(message)
    }
    const res = await answer(learner, session, orderOf(session, texts))
    expect(res.body).toMatchObject({ correct: true, answered: expect.any(Number) })
  })
})

describe("the bank's number question in practice", () => {
  it('sends the unit, not the answer; takes 15 as right, 14 as wrong', async () => {
    const right = await withQuestionOnScreen('serverless', LAMBDA.id)
    const q = right.session.current!.question
    expect(q).toMatchObject({ type: 'number', options: [], number: { unit: 'minutes' } })
    expect(JSON.stringify(right.session)).not.toMatch(ANSWER_KEY)
    const yes = await answer(right.learner, right.session, { number: 15 })
    expect(yes.body).toMatchObject({ correct: true, credit: 1, acceptedNumbers: [{ value: 15, tolerance: 0, credit: 1 }], explanation: LAMBDA.explanation })

    const wrong = await withQuestionOnScreen('serverless', LAMBDA.id)
    const no = await answer(wrong.learner, wrong.session, { number: 14 })
    expect(no.body).toMatchObject({ correct: false, credit: 0, rating: 'again', acceptedNumbers: [{ value: 15 }] })
  })

  it('refuses what is not a number, or a number beyond 10^12, saying why', async () => {
    const { learner, session } = await withQuestionOnScreen('serverless', LAMBDA.id)
    for (const [choice, code, message] of [
      [{ number: 'fifteen' }, 'invalid_payload', /choice/],
      [{ number: 1e13 }, 'invalid_payload', /a number is at most 10\^12 either way/],
      [{ text: '15' }, 'invalid_choice', 'this question takes a number'],
      [{ order: [0, 1, 2] }, 'invalid_choice', 'this question takes a number'],
    ] as const) {
      const res = await learner.request(`/sessions/${session.id}/answers`, { json: { questionKey: LAMBDA.id, choice } })
      expect(res.status, JSON.stringify(choice)).toBe(400)
      expect(res.body.error.code).toBe(code)
      expect(res.body.error.message).toMatch(message)
    }
  })
})

describe("a teacher's ordering and number questions missed in a live game", () => {
  it('come into practice due at once (the poll does not), and are practised with their partial credit', async () => {
    const learner = await newLearner(server.url)
    const created = await api(server.url, '/api/quizzes', { json: RICH_QUIZ })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const quizId: string = created.body.id
    const game = await hostGame(server.url, quizId)
    const ada = await joinGame(server.url, game.pin, 'Ada', { learnerToken: learner.learnerToken })
    // Right, the items reversed (nothing), the poll, 3000 km (half the credit: within 300 of 2850, not 50).
    const plays = [
      () => ({ options: [0] }),
      (shown: string[]) => ({ order: [...RIVERS].reverse().map((t) => shown.indexOf(t)) }),
      () => ({ options: [0] }),
      () => ({ number: 3000 }),
    ]
    let opened = nextPhase(ada.socket, 'question')
    await move(game.host, 'host:start')
    for (const [i, play] of plays.entries()) {
      const view = await opened
      // The host moves on from the screen it saw: wait for its own copy of the reveal, not only the phone's.
      const revealed = Promise.all([nextPhase(ada.socket, 'reveal'), nextPhase(game.host, 'reveal')])
      await call(ada.socket, 'player:answer', { questionIndex: i, choice: play(view.question.options) })
      await revealed
      const leaderboard = nextPhase(game.host, 'leaderboard')
      await move(game.host, 'host:next')
      await leaderboard
      opened = nextPhase(ada.socket, 'question')
      if (i + 1 < plays.length) await move(game.host, 'host:next')
    }
    for (const s of [game.host, ada.socket]) s.close()

    let progress!: ProgressView
    await waitFor(async () => {
      progress = await learner.ok<ProgressView>('/progress')
      return progress.totals.due === 2
    }, 5000)
    expect(progress.totals).toMatchObject({ seen: 2, due: 2, answers: 2 })

    const practised = new Map<string, PracticeFeedback>()
    let session = await learner.ok<SessionView>('/sessions', { json: { mode: 'due' } })
    for (let n = 0; n < 2; n++) {
      const q = session.current!.question
      expect(JSON.stringify(q)).not.toMatch(ANSWER_KEY)
      if (q.type === 'ordering') {
        expect(q.key).toBe(`${quizId}/ordering`)
        expect(q.options).not.toEqual(RIVERS)
        // Every item one place on, the first last: 3 of 4 pairs in place.
        const rotated = [...RIVERS.slice(1), RIVERS[0]!]
        practised.set('ordering', (await answer(learner, session, orderOf(session, rotated))).body)
        expect(practised.get('ordering')!.correctOrder!.map((i) => q.options[i])).toEqual(RIVERS)
      } else {
        expect(q).toMatchObject({ key: `${quizId}/number`, type: 'number', number: { min: 1000, max: 5000, step: 10, unit: 'km' } })
        practised.set('number', (await answer(learner, session, { number: 3100 })).body)
      }
      session = await learner.ok<SessionView>(`/sessions/${session.id}/next`, { method: 'POST' })
    }
    expect(practised.get('ordering')).toMatchObject({ correct: false, credit: 0.75, rating: 'hard', explanation: 'Downstream.' })
    const number = QuestionSchema.parse(RICH_QUIZ.questions[3]).number!
    expect(practised.get('number')).toMatchObject({ correct: false, credit: 0.5, rating: 'hard', acceptedNumbers: number.answers, explanation: 'About 2,850 km.' })
    expect(session.ended).toBe(true) // nothing else was due: the poll never became a card
  })
})
