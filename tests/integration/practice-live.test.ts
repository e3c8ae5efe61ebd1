import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProgressView, SessionView } from '@cirrus/protocol'
import { bank, builtinQuizzes, type Question } from '@cirrus/questions'
import { call, connect, connected, move } from '../support/client.ts'
import { rightChoice, wrongChoice } from '../support/answers.ts'
import { hostGame, joinGame, nextPhase } from '../support/game.ts'
import { answerFor, learnerWith, newLearner, type FinishedExam, type OpenExam } from '../support/practice.ts'
import { startServer, waitFor, type TestServer } from '../support/server.ts'

/** Practice meets the live game (misses flow into the queue) and the restart (an exam attempt survives it). */

let server: TestServer

beforeAll(async () => {
  server = await startServer()
})

afterAll(async () => {
  await server?.close()
})

/** Plays one question: Ada (with the learner's profile) answers it as told, Bo (no profile) gets it wrong. */
async function playOneQuestion(quizId: string, adaRight: boolean, learnerToken: string) {
  const quiz = builtinQuizzes.find((q) => q.id === quizId)!
  const game = await hostGame(server.url, quizId, { questionCount: 1 })
  const ada = await joinGame(server.url, game.pin, 'Ada', { learnerToken })
  const bo = await joinGame(server.url, game.pin, 'Bo')
  const asked = nextPhase(ada.socket, 'question')
  await move(game.host, 'host:start')
  const view = await asked
  const question = quiz.questions.find((q) => q.id === view.question.id)! as Question
  const revealed = nextPhase(ada.socket, 'reveal')
  await call(ada.socket, 'player:answer', { questionIndex: 0, choice: adaRight ? rightChoice(question) : wrongChoice(question) })
  await call(bo.socket, 'player:answer', { questionIndex: 0, choice: wrongChoice(question) })
  await revealed
  for (const s of [game.host, ada.socket, bo.socket]) s.close()
  return question
}

describe('missed in a live game, due in practice', () => {
  it("puts a player's wrong answer in that browser's practice queue, due at once; a right answer stays out", async () => {
    const learner = await newLearner(server.url)
    await playOneQuestion('aws-cloud-concepts', true, learner.learnerToken)
    const missed = await playOneQuestion('aws-iam', false, learner.learnerToken)
    expect(bank.some((q) => q.id === missed.id)).toBe(true)

    let progress!: ProgressView
    await waitFor(async () => {
      progress = await learner.ok<ProgressView>('/progress')
      return progress.totals.due > 0
    }, 5000)
    expect(progress.totals).toMatchObject({ seen: 1, due: 1, answers: 1 })
    expect(progress.topics.find((t) => t.id === missed.topic)).toMatchObject({ seen: 1, due: 1, recentAccuracy: 0 })

    const session = await learner.ok<SessionView>('/sessions', { json: { mode: 'due' } })
    expect(session.current!.question.key).toBe(missed.id)
    const feedback = await learner.ok(`/sessions/${session.id}/answers`, { json: { questionKey: missed.id, choice: answerFor(session.current!.question, true) } })
    expect(feedback.correct).toBe(true)
  })

  it('keeps a question from outside the bank with the card, so it can be practised', async () => {
    const learner = await newLearner(server.url)
    const missed = await playOneQuestion('starter-cloud-basics', false, learner.learnerToken)
    const key = `starter-cloud-basics/${missed.id}`
    let session!: SessionView
    await waitFor(async () => {
      session = await learner.ok<SessionView>('/sessions', { json: { mode: 'due' } })
      return session.current !== null
    }, 5000)
    expect(session.current!.question).toMatchObject({ key, prompt: missed.prompt })
    const feedback = await learner.ok(`/sessions/${session.id}/answers`, { json: { questionKey: key, choice: answerFor(session.current!.question, false, missed) } })
    expect(feedback).toMatchObject({ correct: false, explanation: missed.explanation })
  })

  it('joins with an unknown learner token like any player, and adds nothing', async () => {
    const game = await hostGame(server.url, 'aws-iam', { questionCount: 1 })
    const ghost = await joinGame(server.url, game.pin, 'Ghost', { learnerToken: 'x'.repeat(32) })
    expect(ghost.playerId).toBeTruthy()
    for (const s of [game.host, ghost.socket]) s.close()
  })
})

describe('a live game across a server restart', () => {
  it('still sends the misses of a player who joined with a learner profile before it', async () => {
    const learner = await newLearner(server.url)
    const game = await hostGame(server.url, 'aws-iam', { questionCount: 1, timeLimitSec: 60 })
    const ada = await joinGame(server.url, game.pin, 'Ada', { learnerToken: learner.learnerToken })
    const asked = nextPhase(ada.socket, 'question')
    await move(game.host, 'host:start')
    const { question: shown } = await asked
    const question = bank.find((q) => q.id === shown.id)!
    for (const s of [game.host, ada.socket]) s.close()
    await server.close()

    server = await startServer({ databaseUrl: server.databaseUrl })
    const socket = connect(server.url)
    await connected(socket)
    await call(socket, 'player:rejoin', { pin: game.pin, playerToken: ada.playerToken })
    const revealed = nextPhase(socket, 'reveal')
    await call(socket, 'player:answer', { questionIndex: 0, choice: wrongChoice(question) })
    await revealed // Ada is the only player: her answer closes the round
    socket.close()
    await waitFor(async () => (await learnerWith(server.url, learner).ok<ProgressView>('/progress')).totals.due === 1, 5000)
  })
})

describe('an exam attempt across a server restart', () => {
  it('comes back with its questions, answers, flags and deadline, and can be finished', async () => {
    const learner = await newLearner(server.url)
    const exam = await learner.ok<OpenExam>('/exams', { method: 'POST' })
    for (const item of exam.items.slice(0, 5)) {
      await learner.ok(`/exams/${exam.id}/items/${item.position}`, { method: 'PUT', json: { choice: answerFor(item.question, true) } })
    }
    await learner.ok(`/exams/${exam.id}/items/7`, { method: 'PUT', json: { flagged: true } })
    await server.close()

    // A new server on the same SQLite file (afterAll closes it).
    server = await startServer({ databaseUrl: server.databaseUrl })
    const same = learnerWith(server.url, learner)
    const back = await same.ok<OpenExam>(`/exams/${exam.id}`)
    expect(back.status).toBe('open')
    expect(back.deadline).toBe(exam.deadline)
    expect(back.items.map((i) => i.question.key)).toEqual(exam.items.map((i) => i.question.key))
    expect(back.items.slice(0, 5).map((i) => i.choice)).toEqual(exam.items.slice(0, 5).map((i) => answerFor(i.question, true)))
    expect(back.items.filter((i) => i.flagged).map((i) => i.position)).toEqual([7])
    const done = await same.ok<FinishedExam>(`/exams/${exam.id}/submit`, { method: 'POST' })
    expect(done.result.correctCount).toBe(5)
  })
})
