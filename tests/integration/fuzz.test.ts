import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { starterQuiz } from '@cirrus/questions'
import type { ClientEventName } from '@cirrus/protocol'
import { call, connect, connected, sendRaw, type CirrusClient, move } from '../support/client.ts'
import { rightChoice, wrongChoice } from '../support/answers.ts'
import { hostGame, joinGame, nextPhase, type JoinedPlayer } from '../support/game.ts'
import { queryDatabase } from '../support/db.ts'
import { answerRows, scoreByRule } from '../support/scoring.ts'
import { startServer, type TestServer } from '../support/server.ts'

// Each attacker speaks from an address of its own (X-Forwarded-For), as attackers on a school network would.
process.env.TRUST_PROXY = '1'

const quiz = starterQuiz
const QUESTIONS = 3
const TIME_LIMIT_SEC = 30
const FUZZERS = 12
const EVENTS_PER_FUZZER = 150
const FLOOD_EVENTS = 1000

let server: TestServer
beforeAll(async () => {
  server = await startServer()
})
afterAll(async () => {
  await server?.close()
})

const KNOWN: ClientEventName[] = [
  'host:create', 'host:attach', 'host:start', 'host:next', 'host:endAnswering', 'host:pause', 'host:resume',
  'host:kick', 'host:lock', 'host:end', 'player:join', 'player:rejoin', 'player:answer', 'clock:sync',
]

/** Events and payloads that are almost right as often as they are garbage: the edge's checks get exercised deep. */
function fuzzEvents(pin: string) {
  const text = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom('<script>alert(1)</script>', '\u0000', '__proto__', 'x'.repeat(2000)))
  const number = fc.oneof(fc.integer({ min: -3, max: 12 }), fc.double(), fc.constantFrom(Number.MAX_SAFE_INTEGER, -0))
  const choice = fc.oneof(
    fc.record({ options: fc.array(fc.oneof(fc.integer({ min: -2, max: 8 }), number), { maxLength: 7 }) }),
    fc.record({ text }),
    fc.record({ options: fc.array(fc.nat(3)), text }),
    fc.anything(),
  )
  const payload = fc.oneof(
    fc.anything(),
    fc.record(
      {
        pin: fc.oneof(fc.constant(pin), fc.stringMatching(/^\d{6}$/), text),
        nickname: text,
        questionIndex: number,
        choice,
        playerToken: fc.oneof(text, fc.stringMatching(/^[0-9a-f]{16,64}$/)),
        hostToken: fc.oneof(text, fc.stringMatching(/^[0-9a-f]{16,64}$/)),
        playerId: text,
        locked: fc.anything(),
        quizId: fc.oneof(fc.constant(quiz.id), text),
        settings: fc.oneof(fc.anything(), fc.record({ timeScale: number, questionCount: number, autoAdvance: fc.anything() }, { requiredKeys: [] })),
      },
      { requiredKeys: [] },
    ),
  )
  const event = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...KNOWN) }, fc.string({ maxLength: 20 }), fc.constantFrom('__proto__', 'constructor', 'hasOwnProperty', 'sync:probe', 'game:phase'))
  const args = fc.oneof(fc.tuple(payload), fc.constant([]), fc.array(fc.anything(), { maxLength: 4 })).map((a): unknown[] => [...a])
  return fc.record({ event, args, ack: fc.boolean() })
}

const RESERVED = new Set(['connect', 'connect_error', 'disconnect', 'disconnecting', 'newListener', 'removeListener'])

interface FuzzReport {
  sent: number
  replies: unknown[]
  reconnects: number
}

/** Sends `count` generated events, paced just under the per-connection limit; opens a new connection when closed. */
async function fuzz(pin: string, address: string, seed: number, count: number, seat: boolean, report: FuzzReport): Promise<void> {
  const open = async () => {
    const socket = connect(server.url, { extraHeaders: { 'x-forwarded-for': address }, reconnection: false })
    await connected(socket)
    if (seat) await sendRaw(socket, 'player:join', [{ pin, nickname: `Fuzz ${address.split('.').pop()} ${report.reconnects}` }])
    return socket
  }
  let socket: CirrusClient = await open()
  const pending: Promise<unknown>[] = []
  for (const { event, args, ack } of fc.sample(fuzzEvents(pin), { seed, numRuns: count })) {
    if (RESERVED.has(event)) continue
    if (!socket.connected) {
      report.reconnects++
      socket = await open()
    }
    report.sent++
    if (ack) pending.push(sendRaw(socket, event, args, 2000).then((r) => report.replies.push(r)))
    else (socket as unknown as { emit(e: string, ...a: unknown[]): void }).emit(event, ...args)
    await new Promise((r) => setTimeout(r, 50))
  }
  await Promise.all(pending)
  socket.close()
}

/** A flood from one connection, as fast as it can; resolves with why the connection closed. */
async function flood(pin: string, report: FuzzReport): Promise<string> {
  const socket = connect(server.url, { extraHeaders: { 'x-forwarded-for': '10.9.9.9' }, reconnection: false })
  await connected(socket)
  const closed = new Promise<string>((resolve) => socket.once('disconnect', (reason) => resolve(reason)))
  for (let i = 0; i < FLOOD_EVENTS && socket.connected; i++) {
    report.sent++
    void sendRaw(socket, 'player:join', [{ pin, nickname: `Flood ${i}` }], 2000).then((r) => report.replies.push(r))
  }
  return closed
}

describe('thousands of random and malformed events during a real game', () => {
  it('leave the game to end with the right scores and the server healthy', async () => {
    const game = await hostGame(server.url, quiz.id, { questionCount: QUESTIONS, timeLimitSec: TIME_LIMIT_SEC })
    const players: JoinedPlayer[] = []
    for (const nickname of ['Ada', 'Grace', 'Linus']) players.push(await joinGame(server.url, game.pin, nickname))
    const plan = (name: string, i: number) => (name === 'Ada' ? true : name === 'Grace' ? i !== 1 : false)

    const report: FuzzReport = { sent: 0, replies: [], reconnects: 0 }
    const flooded = flood(game.pin, report)
    const attack = Promise.all(Array.from({ length: FUZZERS }, (_, i) => fuzz(game.pin, `10.8.0.${i + 1}`, 1000 + i, EVENTS_PER_FUZZER, i % 2 === 0, report)))

    // The honest game: the host starts, the three answer, the host closes each round while the attack goes on.
    await new Promise((r) => setTimeout(r, 300))
    const played = quiz.questions.slice(0, QUESTIONS)
    let question = nextPhase(game.host, 'question')
    await move(game.host, 'host:start')
    for (const [i, q] of played.entries()) {
      expect((await question).index).toBe(i)
      for (const p of players) await call(p.socket, 'player:answer', { questionIndex: i, choice: plan(p.nickname, i) ? rightChoice(q) : wrongChoice(q) })
      await new Promise((r) => setTimeout(r, 1500))
      const reveal = nextPhase(game.host, 'reveal')
      await move(game.host, 'host:endAnswering').catch(() => undefined) // may have closed already: everyone answered
      await reveal
      const leaderboard = nextPhase(game.host, 'leaderboard')
      await move(game.host, 'host:next')
      await leaderboard
      if (i + 1 === played.length) break
      question = nextPhase(game.host, 'question')
      await move(game.host, 'host:next')
    }
    await attack
    const podium = nextPhase(game.host, 'podium')
    await move(game.host, 'host:next')
    await podium

    // Thousands of events went in, and none of them made the server fail inside (an `internal` reply).
    expect(report.sent).toBeGreaterThan(2000)
    const codes = report.replies.map((r) => (r as { ok?: boolean; error?: { code: string } }).error?.code ?? (r === 'no reply' ? 'no reply' : 'ok'))
    expect(codes).not.toContain('internal')
    expect(codes.filter((c) => c === 'invalid_payload').length).toBeGreaterThan(100)
    // The flood was cut off by the server (its last replies may go down with the connection).
    expect(await flooded).toBe('io server disconnect')

    // The honest players' scores are the rule's, and the podium agrees with what was stored.
    await new Promise((r) => setTimeout(r, 200))
    const rows = await answerRows(server.databaseUrl, game.gameId)
    const honest = rows.filter((r) => ['Ada', 'Grace', 'Linus'].includes(r.nickname))
    expect(honest).toHaveLength(3 * QUESTIONS)
    for (const r of honest) expect(Boolean(r.correct)).toBe(plan(r.nickname, r.questionIndex))
    const { mismatches, totals } = scoreByRule(honest, played, TIME_LIMIT_SEC)
    expect(mismatches).toEqual([])
    const stored = new Map<string, number>()
    for (const r of rows) stored.set(r.nickname, (stored.get(r.nickname) ?? 0) + r.points)
    const results = await queryDatabase<{ nickname: string; score: number }>(server.databaseUrl, 'SELECT nickname, score FROM Result WHERE gameId = ? ORDER BY rank', game.gameId)
    for (const r of results) expect(r.score, r.nickname).toBe(stored.get(r.nickname) ?? 0)
    const honestResults = results.filter((r) => totals.has(r.nickname))
    expect(honestResults).toEqual(['Ada', 'Grace', 'Linus'].map((nickname) => ({ nickname, score: totals.get(nickname) })))

    // The server is healthy and still plays a fresh game.
    expect((await fetch(`${server.url}/healthz`)).ok).toBe(true)
    const next = await hostGame(server.url, quiz.id)
    expect(next.pin).toMatch(/^\d{6}$/)
    for (const s of [game.host, next.host, ...players.map((p) => p.socket)]) s.close()
  }, 120_000)
})
