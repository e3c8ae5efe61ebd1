import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { starterQuiz } from '@cirrus/questions'
import { call, connect, connected, send, sendRaw, type CirrusClient, move } from '../support/client.ts'
import { rightChoice } from '../support/answers.ts'
import { hostGame, joinGame, nextPhase, type HostedGame, type JoinedPlayer } from '../support/game.ts'
import { trustFromEnv } from '@cirrus/server'
import { startServer, waitFor, type TestServer } from '../support/server.ts'


const quiz = starterQuiz
let server: TestServer
const opened: CirrusClient[] = []
beforeAll(async () => {
  // Addresses come from X-Forwarded-For here (one trusted proxy hop), so that one test process is many addresses.
  server = await startServer({ trust: trustFromEnv('1') })
})
afterAll(async () => {
  for (const socket of opened) socket.close()
  await server?.close()
})

let nextAddress = 1
/** A client from an address of its own. */
async function client(address = `10.0.0.${nextAddress++}`): Promise<CirrusClient> {
  const socket = connect(server.url, { extraHeaders: { 'x-forwarded-for': address }, reconnection: false })
  opened.push(socket)
  await connected(socket)
  return socket
}

/** A running game: host, an honest player, and an attacker seated as a player; question 0 open. */
async function runningGame(): Promise<{ game: HostedGame; honest: JoinedPlayer; attacker: CirrusClient }> {
  const game = await hostGame(server.url, quiz.id, { questionCount: 2, timeLimitSec: 60 })
  const honest = await joinGame(server.url, game.pin, 'Honest')
  const attacker = await client()
  await call(attacker, 'player:join', { pin: game.pin, nickname: 'Mallory' })
  opened.push(game.host, honest.socket)
  const question = nextPhase(honest.socket, 'question')
  await move(game.host, 'host:start')
  await question
  return { game, honest, attacker }
}

async function healthy(): Promise<boolean> {
  const res = await fetch(`${server.url}/healthz`)
  return res.ok
}

const invalid = { ok: false, error: { code: 'invalid_payload' } }

describe('malformed payloads', () => {
  it('are refused with invalid_payload, unknown events are ignored, and the game goes on', async () => {
    const { game, honest, attacker } = await runningGame()
    const bad: [string, unknown[]][] = [
      ['player:answer', []],
      ['player:answer', [null]],
      ['player:answer', [42]],
      ['player:answer', ['{"questionIndex":0}']],
      ['player:answer', [{}]],
      ['player:answer', [{ questionIndex: '0', choice: { options: [0] } }]],
      ['player:answer', [{ questionIndex: 0, choice: { options: [-1] } }]],
      ['player:answer', [{ questionIndex: 0, choice: { options: [0.5] } }]],
      ['player:answer', [{ questionIndex: 0, choice: { options: [] } }]],
      ['player:answer', [{ questionIndex: 0, choice: { text: 'x'.repeat(5000) } }]],
      ['player:answer', [{ questionIndex: 0, choice: { options: [0] }, playerId: 'someone-else' }]],
      ['player:answer', [{ questionIndex: 0, choice: { options: [0], text: 'both' } }]],
      ['player:answer', [{ questionIndex: 1e300, choice: { options: [0] } }]],
      ['player:answer', [{ __proto__: { questionIndex: 0 }, choice: { options: [0] } }]],
      ['player:join', [{ pin: 123456, nickname: 'Num' }]],
      ['player:join', [{ pin: '1234567', nickname: 'Long' }]],
      ['player:join', [{ pin: game.pin }]],
      ['player:join', [{ pin: game.pin, nickname: ['array'] }]],
      ['player:rejoin', [{ pin: game.pin, playerToken: 'short' }]],
      ['host:create', [{ quizId: { $ne: null } }]],
      ['host:create', [{ quizId: quiz.id, settings: { timeScale: 1e9 } }]],
      ['host:create', [{ quizId: quiz.id, settings: { admin: true } }]],
      ['host:attach', [{ pin: game.pin, hostToken: 42 }]],
      ['host:kick', [{ playerId: 5 }]],
      ['host:lock', [{ locked: 'yes' }]],
      ['host:next', [{ force: true }]],
      ['clock:sync', ['now']],
    ]
    for (const [event, args] of bad) expect(await sendRaw(attacker, event, args), `${event} ${JSON.stringify(args)}`).toMatchObject(invalid)

    // Unknown events, and known ones without an acknowledgement, get no reply and do no harm.
    for (const event of ['admin:drop', '__proto__', 'constructor', 'toString', 'host:create:all']) expect(await sendRaw(attacker, event, [{}], 300)).toBe('no reply')
    ;(attacker as unknown as { emit(event: string, payload: unknown): void }).emit('player:answer', { questionIndex: 0, choice: { options: [0] } })

    // The attacker is still a player who may answer once, like anyone; the honest player's game runs on.
    expect(await send(attacker, 'player:answer', { questionIndex: 0, choice: { options: [1] } })).toMatchObject({ ok: true })
    const reveal = nextPhase(honest.socket, 'reveal')
    await call(honest.socket, 'player:answer', { questionIndex: 0, choice: rightChoice(quiz.questions[0]!) })
    expect((await reveal).answeredCount).toBe(2)
    expect(await healthy()).toBe(true)
  })

  it('closes a connection that sends a frame too big to be a command, and only that one', async () => {
    const { honest, attacker } = await runningGame()
    const closed = new Promise<string>((resolve) => attacker.once('disconnect', (reason) => resolve(reason)))
    void sendRaw(attacker, 'player:answer', [{ questionIndex: 0, choice: { text: 'x'.repeat(100_000) } }])
    expect(await closed).toBe('transport close')
    expect(honest.socket.connected).toBe(true)
    expect(await send(honest.socket, 'player:answer', { questionIndex: 0, choice: rightChoice(quiz.questions[0]!) })).toMatchObject({ ok: true })
  })
})

describe('floods', () => {
  it('are answered with rate_limited, a connection that keeps flooding is closed, and the game goes on', async () => {
    const { honest, attacker } = await runningGame()
    const closed = new Promise<string>((resolve) => attacker.once('disconnect', (reason) => resolve(reason)))
    const replies = await Promise.all(Array.from({ length: 400 }, () => sendRaw(attacker, 'clock:sync', [{}], 2000)))
    const limited = replies.filter((r) => (r as { error?: { code: string } }).error?.code === 'rate_limited').length
    expect(limited).toBeGreaterThan(150)
    expect(await closed).toBe('io server disconnect')
    // The honest player's answer is taken at once.
    expect(await send(honest.socket, 'player:answer', { questionIndex: 0, choice: rightChoice(quiz.questions[0]!) }, 1000)).toMatchObject({ ok: true })
    expect(await healthy()).toBe(true)
  })
})

describe('per-address limits', () => {
  it('slow down guessing PINs, for that address only', async () => {
    const game = await hostGame(server.url, quiz.id)
    opened.push(game.host)
    const guesser = await client('10.1.0.1')
    const codes: string[] = []
    for (let i = 0; i < 25; i++) {
      const pin = String(100000 + i)
      if (pin === game.pin) continue
      const reply = (await sendRaw(guesser, 'player:join', [{ pin, nickname: 'Guess' }])) as { error: { code: string } }
      codes.push(reply.error.code)
    }
    expect(codes.slice(0, 20).every((c) => c === 'game_not_found')).toBe(true)
    expect(codes.slice(20).every((c) => c === 'rate_limited')).toBe(true)
    // Guessing right now is no use: the address is slowed down whatever it asks for.
    expect(await send(guesser, 'player:join', { pin: '999999', nickname: 'Guess' })).toMatchObject({ ok: false, error: { code: 'rate_limited' } })
    // Someone else, elsewhere, is not affected.
    const student = await client('10.1.0.2')
    expect(await send(student, 'player:join', { pin: game.pin, nickname: 'Student' })).toMatchObject({ ok: true })
  })

  it('slow down guessing PINs over HTTP too, sharing the count with the sockets', async () => {
    const lookup = (pin: string, address: string) => fetch(`${server.url}/api/games/${pin}`, { headers: { 'x-forwarded-for': address } })
    const statuses: number[] = []
    for (let i = 0; i < 15; i++) statuses.push((await lookup(String(200000 + i), '10.1.1.1')).status)
    const guesser = await client('10.1.1.1')
    for (let i = 0; i < 5; i++) await sendRaw(guesser, 'player:join', [{ pin: String(300000 + i), nickname: 'Guess' }])
    const refused = await lookup('400000', '10.1.1.1')
    expect(statuses.every((s) => s === 404)).toBe(true)
    expect(refused.status).toBe(429)
    expect(await refused.json()).toMatchObject({ error: { code: 'rate_limited' } })
    expect((await lookup('400000', '10.1.1.2')).status).toBe(404)
  })

  it('cap joins from one address, spread over several connections', async () => {
    const game = await hostGame(server.url, quiz.id)
    opened.push(game.host)
    const sockets = await Promise.all(Array.from({ length: 10 }, () => client('10.2.0.1')))
    const replies = await Promise.all(
      sockets.flatMap((s) => Array.from({ length: 35 }, () => sendRaw(s, 'player:rejoin', [{ pin: game.pin, playerToken: 'x'.repeat(32) }], 3000))),
    )
    const codes = replies.map((r) => (r as { error: { code: string } }).error.code)
    expect(codes.filter((c) => c === 'bad_token').length).toBeLessThanOrEqual(320) // 300 at once, 10 a second after
    expect(codes.filter((c) => c === 'rate_limited').length).toBeGreaterThan(20)
    const elsewhere = await client('10.2.0.2')
    expect(await send(elsewhere, 'player:join', { pin: game.pin, nickname: 'Elsewhere' })).toMatchObject({ ok: true })
  })
})

describe('nicknames', () => {
  it('have a length, allowed characters, are unique in the game, and pass a profanity filter the host can turn off', async () => {
    const game = await hostGame(server.url, quiz.id)
    opened.push(game.host)
    const join = async (nickname: string, pin = game.pin) => send(await client(), 'player:join', { pin, nickname })

    expect(await join('A'.repeat(21))).toMatchObject({ ok: false, error: { code: 'invalid_payload', message: expect.stringMatching(/at most 20/) } })
    expect(await join('   ')).toMatchObject({ ok: false, error: { code: 'invalid_payload', message: expect.stringMatching(/at least one/) } })
    expect(await join('<b>bold</b>')).toMatchObject({ ok: false, error: { code: 'invalid_payload', message: expect.stringMatching(/letters, digits/) } })
    expect(await join('zero\u200bwidth')).toMatchObject({ ok: false, error: { code: 'invalid_payload' } })
    expect(await join('  Zoë   Ng ')).toMatchObject({ ok: true, data: { you: { nickname: 'Zoë Ng' } } })
    expect(await join('ZOË NG')).toMatchObject({ ok: false, error: { code: 'nickname_taken' } })
    expect(await join('fuck')).toMatchObject({ ok: false, error: { code: 'nickname_invalid' } })
    expect(await join('Sh1thead')).toMatchObject({ ok: false, error: { code: 'nickname_invalid' } })
    expect(await join('Scunthorpe')).toMatchObject({ ok: true })

    const relaxed = await hostGame(server.url, quiz.id, { profanityFilter: false })
    opened.push(relaxed.host)
    expect(await join('Sh1thead', relaxed.pin)).toMatchObject({ ok: true })
  })
})

describe('roles', () => {
  it('never let a player act as the host, as another player, or in another game', async () => {
    const { game, honest, attacker } = await runningGame()
    const other = await hostGame(server.url, quiz.id)
    opened.push(other.host)
    const notHost = { ok: false, error: { code: 'not_host' } }
    for (const event of ['host:start', 'host:next', 'host:endAnswering'] as const) {
      expect(await send(attacker, event, { step: { phase: 'question', index: 0 } })).toMatchObject(notHost)
    }
    for (const event of ['host:pause', 'host:resume', 'host:end'] as const) {
      expect(await send(attacker, event, {})).toMatchObject(notHost)
    }
    expect(await send(attacker, 'host:kick', { playerId: honest.playerId })).toMatchObject(notHost)
    expect(await send(attacker, 'host:lock', { locked: true })).toMatchObject(notHost)
    // A player's own token is not a host token, and a host token of one game opens no other.
    expect(await send(attacker, 'host:attach', { pin: game.pin, hostToken: honest.playerToken })).toMatchObject({ ok: false, error: { code: 'bad_token' } })
    expect(await send(attacker, 'host:attach', { pin: game.pin, hostToken: other.hostToken })).toMatchObject({ ok: false, error: { code: 'bad_token' } })
    // A seat's token is good in its own game only.
    expect(await send(attacker, 'player:rejoin', { pin: other.pin, playerToken: honest.playerToken })).toMatchObject({ ok: false, error: { code: 'bad_token' } })
    // The honest player is still seated and in the question.
    expect(await send(honest.socket, 'player:answer', { questionIndex: 0, choice: rightChoice(quiz.questions[0]!) })).toMatchObject({ ok: true })
  })

  it('keep each client\'s errors to that client', async () => {
    const { game, honest, attacker } = await runningGame()
    const seen: { to: string; event: string; payload: string }[] = []
    for (const [to, socket] of [['host', game.host], ['honest', honest.socket]] as const) {
      socket.onAny((event, payload) => seen.push({ to, event, payload: JSON.stringify(payload) }))
    }
    for (let i = 0; i < 10; i++) await sendRaw(attacker, 'player:answer', [{ questionIndex: 7, choice: { options: [0] } }])
    await sendRaw(attacker, 'host:next', [{}])
    await sendRaw(attacker, 'player:join', [{ pin: '000000', nickname: 'Lost' }])
    await move(game.host, 'host:endAnswering')
    await waitFor(() => seen.some((s) => s.to === 'honest' && s.event === 'game:phase'))
    for (const s of seen) {
      expect(['game:phase', 'host:status', 'sync:probe']).toContain(s.event)
      expect(s.payload).not.toMatch(/wrong_question|not_host|game_not_found|error/)
    }
  })
})

describe('the HTTP side', () => {
  it('sets the usual security headers and does not say what it runs on', async () => {
    for (const path of ['/', '/healthz', '/api/quizzes', '/api/games/000000']) {
      const res = await fetch(`${server.url}${path}`)
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(res.headers.get('x-frame-options'), path).toBe('SAMEORIGIN')
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer')
      expect(res.headers.get('content-security-policy'), path).toMatch(/default-src 'self'/)
      expect(res.headers.get('content-security-policy'), path).toMatch(/script-src 'self'/)
      expect(res.headers.get('x-powered-by'), path).toBeNull()
    }
  })

  it('answers a body that is not JSON, or too big, with a clear error', async () => {
    const post = (body: string) => fetch(`${server.url}/api/quizzes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
    const broken = await post('{"title": ')
    expect(broken.status).toBe(400)
    expect(await broken.json()).toMatchObject({ error: { code: 'invalid_payload' } })
    const huge = await post(JSON.stringify({ title: 'x'.repeat(5_000_000) }))
    expect(huge.status).toBe(413)
    expect(await healthy()).toBe(true)
  })
})
