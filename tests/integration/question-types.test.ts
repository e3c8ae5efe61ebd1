import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { QuestionSchema, type QuestionInput } from '@cirrus/questions'
import type { Choice, PhaseView } from '@cirrus/protocol'
import { rightChoice, wrongChoice } from '../support/answers.ts'
import { call, move, send } from '../support/client.ts'
import { hostGame, joinGame, nextPhase, type JoinedPlayer } from '../support/game.ts'
import { api } from '../support/http.ts'
import { RICH_QUIZ, RIVERS } from '../support/rich-quiz.ts'
import { startServer, type TestServer } from '../support/server.ts'

/**
 * A game with every new question type, played by real socket.io clients against a real server: ordering, poll and
 * number between two ordinary questions. Ada is always right, Grace partly right, Linus wrong.
 */

let server: TestServer
beforeAll(async () => {
  server = await startServer()
})
afterAll(async () => {
  await server?.close()
})

type Plan = 'right' | 'partly' | 'wrong'
const PLAN: Record<string, Plan> = { Ada: 'right', Grace: 'partly', Linus: 'wrong' }
const ANSWER_KEY = /"(correct\w*|accepted\w*|explanation|shownOrder|answers|tolerance)"\s*:/

function choiceFor(question: QuestionInput, shown: string[], plan: Plan): Choice {
  const q = QuestionSchema.parse(question)
  if (plan === 'partly' && q.type === 'ordering') {
    // Every item one place on, the first last: all pairs right but one.
    const rotated = [...q.options.slice(1), q.options[0]!]
    return { order: rotated.map((o) => shown.indexOf(o.text)) }
  }
  if (plan === 'partly' && q.type === 'number') return { number: 3000 }
  if (plan === 'partly' && q.type === 'poll') return { options: [1] }
  return plan === 'wrong' ? wrongChoice(q, shown) : rightChoice(q, shown)
}

describe('a game of every question type', () => {
  it('plays ordering, poll and number by their rules, with the key kept until each reveal', async () => {
    const created = await api(server.url, '/api/quizzes', { json: RICH_QUIZ })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const game = await hostGame(server.url, created.body.id)
    const players: JoinedPlayer[] = []
    for (const nickname of Object.keys(PLAN)) players.push(await joinGame(server.url, game.pin, nickname))
    const seenByPlayers: PhaseView[] = []
    for (const p of players) p.socket.on('game:phase', (v) => seenByPlayers.push(v))

    const reveals: Extract<PhaseView, { phase: 'reveal' }>[] = []
    let opened = nextPhase(players[0]!.socket, 'question')
    await move(game.host, 'host:start')
    for (const [i, question] of RICH_QUIZ.questions.entries()) {
      const view = await opened
      expect(view.question.type).toBe(question.type)
      expect(JSON.stringify(view)).not.toMatch(ANSWER_KEY)
      if (question.type === 'ordering') {
        expect([...view.question.options].sort()).toEqual([...RIVERS].sort())
        expect(view.question.options).not.toEqual(RIVERS)
        // An answer of the wrong kind is refused with a reason, and costs the player nothing.
        const refused = await send(players[0]!.socket, 'player:answer', { questionIndex: i, choice: { options: [0] } })
        expect(refused).toEqual({ ok: false, error: { code: 'invalid_choice', message: 'this question takes the items in an order' } })
        const short = await send(players[0]!.socket, 'player:answer', { questionIndex: i, choice: { order: [0, 1, 2] } })
        expect(short.ok === false && short.error.message).toBe('put all 5 items in order')
      }
      if (question.type === 'number') {
        expect(view.question.number).toEqual({ min: 1000, max: 5000, step: 10, unit: 'km' })
        expect(JSON.stringify(view)).not.toContain('2850')
        const typed = await send(players[0]!.socket, 'player:answer', { questionIndex: i, choice: { text: '2850' } })
        expect(typed.ok === false && typed.error.code).toBe('invalid_choice')
      }
      const reveal = nextPhase(players[0]!.socket, 'reveal')
      for (const p of players) await call(p.socket, 'player:answer', { questionIndex: i, choice: choiceFor(question, view.question.options, PLAN[p.nickname]!) })
      reveals.push(await reveal)
      const leaderboard = nextPhase(game.host, 'leaderboard')
      await move(game.host, 'host:next')
      await leaderboard
      opened = nextPhase(players[0]!.socket, 'question')
      if (i + 1 < RICH_QUIZ.questions.length) await move(game.host, 'host:next')
    }

    const [, ordering, poll, number] = reveals as [unknown, (typeof reveals)[0], (typeof reveals)[0], (typeof reveals)[0]]
    expect(ordering.correctOrder!.map((i) => ordering.question.options[i])).toEqual(RIVERS)
    expect(ordering.counts).toEqual([1, 1, 1]) // right, partly, wrong
    expect(poll.counts).toEqual([1, 1, 1]) // one vote each
    expect(poll.correctOptions).toEqual([])
    expect(poll.question.points).toBe(0)
    expect(number.acceptedNumbers).toEqual([
      { value: 2850, tolerance: 50, credit: 1 },
      { value: 2850, tolerance: 300, credit: 0.5 },
    ])
    expect(number.counts).toEqual([1, 1, 1])

    // Each player's own results, from their own copies of the reveals.
    const results = (name: string) => {
      const id = players.find((p) => p.nickname === name)!.playerId
      return seenByPlayers.flatMap((v) => (v.phase === 'reveal' && v.you?.playerId === id ? [{ ...v.you.lastResult!, streak: v.you.streak }] : []))
    }
    const ada = results('Ada')
    expect(ada.map((r) => r.correct)).toEqual([true, true, false, true]) // a poll is never "right"
    expect(ada.map((r) => r.streak)).toEqual([1, 2, 2, 3]) // ...and leaves the streak as it was
    expect(ada[2]!.points).toBe(0)
    expect(ada[3]!.streakBonus).toBe(200)
    const grace = results('Grace')
    expect(grace.map((r) => r.credit)).toEqual([1, 0.75, 0, 0.5]) // right, 3 of 4 pairs, a poll, the loose tolerance
    expect(grace.map((r) => r.points > 0)).toEqual([true, true, false, true])
    expect(results('Linus').map((r) => r.points)).toEqual([0, 0, 0, 0])
    for (const p of [...players.map((x) => x.socket), game.host]) p.disconnect()
  })
})
