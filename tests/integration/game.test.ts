import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { starterQuiz } from '@cirrus/questions'
import { call, send, move } from '../support/client.ts'
import { rightChoice, wrongChoice } from '../support/answers.ts'
import { hostGame, joinGame, nextHostStatus, nextPhase, nextYou, type JoinedPlayer } from '../support/game.ts'
import { startServer, testPostgresUrl, type TestServer } from '../support/server.ts'
import { queryDatabase } from '../support/db.ts'
import { answerRows, scoreByRule } from '../support/scoring.ts'

let server: TestServer
beforeAll(async () => {
  server = await startServer()
})
afterAll(async () => {
  await server?.close()
})

const quiz = starterQuiz

describe('a whole game', () => {
  it('runs to the podium, scores by the rules and keeps the results in SQLite', async () => {
    const game = await hostGame(server.url, quiz.id, { questionCount: 4 })
    const players: JoinedPlayer[] = []
    for (const nickname of ['Ada', 'Grace', 'Linus']) players.push(await joinGame(server.url, game.pin, nickname))
    // Ada is always right, Grace right on even questions, Linus always wrong.
    const plan = (name: string, i: number) => (name === 'Ada' ? true : name === 'Grace' ? i % 2 === 0 : false)

    const played = quiz.questions.slice(0, 4)
    let phase = nextPhase(game.host, 'question')
    await move(game.host, 'host:start')
    for (const [i, question] of played.entries()) {
      const view = await phase
      expect(view.index).toBe(i)
      const reveal = nextPhase(game.host, 'reveal')
      for (const p of players) {
        const reply = await call(p.socket, 'player:answer', { questionIndex: i, choice: plan(p.nickname, i) ? rightChoice(question) : wrongChoice(question) })
        expect(reply.questionIndex).toBe(i)
      }
      // Everyone answered, so the reveal comes without waiting for the clock.
      const revealed = await reveal
      expect(revealed.correctOptions.length + revealed.acceptedAnswers.length).toBeGreaterThan(0)
      const leaderboard = nextPhase(game.host, 'leaderboard')
      await move(game.host, 'host:next')
      await leaderboard
      phase = i + 1 < played.length ? nextPhase(game.host, 'question') : (nextPhase(game.host, 'podium') as never)
      await move(game.host, 'host:next')
    }
    const podium = (await phase) as unknown as Awaited<ReturnType<typeof nextPhase<'podium'>>>
    expect(podium.phase).toBe('podium')
    expect(podium.top.map((e) => e.nickname)).toEqual(['Ada', 'Grace', 'Linus'])

    await server.cirrus.store.flush()
    await new Promise((r) => setTimeout(r, 200)) // the results transaction follows the podium
    const answers = await answerRows(server.databaseUrl, game.gameId)
    expect(answers).toHaveLength(12)
    for (const a of answers) expect(Boolean(a.correct), `${a.nickname} on question ${a.questionIndex}`).toBe(plan(a.nickname, a.questionIndex))
    const { mismatches, totals } = scoreByRule(answers, played)
    expect(mismatches).toEqual([])
    expect(podium.top.map((e) => e.score)).toEqual(['Ada', 'Grace', 'Linus'].map((n) => totals.get(n)))
    // Ada answered four in a row: bonuses of 100, 200 and 300 on top of at least half points each time.
    expect(totals.get('Ada')).toBeGreaterThanOrEqual(4 * 500 + 600)
    expect(totals.get('Linus')).toBe(0)

    const results = await queryDatabase(server.databaseUrl, 'SELECT nickname, rank, score, correctCount FROM Result WHERE gameId = ? ORDER BY rank', game.gameId)
    expect(results).toEqual([
      { nickname: 'Ada', rank: 1, score: totals.get('Ada'), correctCount: 4 },
      { nickname: 'Grace', rank: 2, score: totals.get('Grace'), correctCount: 2 },
      { nickname: 'Linus', rank: 3, score: 0, correctCount: 0 },
    ])
    expect(await queryDatabase(server.databaseUrl, 'SELECT status, endedAt IS NOT NULL AS ended FROM Game WHERE id = ?', game.gameId)).toEqual([{ status: 'finished', ended: 1 }])
    expect(await queryDatabase(server.databaseUrl, 'SELECT COUNT(*) AS n FROM PinLease WHERE gameId = ?', game.gameId)).toEqual([{ n: 0 }])
    for (const p of players) p.socket.close()
    game.host.close()
  })
})

describe('what each client is sent', () => {
  it('answers the answer that closes a round (before its reveal, on SQLite), and sends every player a reveal that carries their own result', async () => {
    const game = await hostGame(server.url, quiz.id, { questionCount: 1 })
    const ada = await joinGame(server.url, game.pin, 'Ada')
    const bob = await joinGame(server.url, game.pin, 'Bob')
    const question = nextPhase(bob.socket, 'question')
    await move(game.host, 'host:start')
    await question
    await call(ada.socket, 'player:answer', { questionIndex: 0, choice: rightChoice(quiz.questions[0]!) })
    const adaYou = nextYou(ada.socket)
    const bobYou = nextYou(bob.socket)
    const hostReveal = nextPhase(game.host, 'reveal')
    // Bob's answer is the last one: it closes the round. On SQLite its reply comes first (docs/protocol.md); on
    // PostgreSQL, whose commit is a round trip, the reveal may come first. Either way the reveal says it counted.
    // (Heard as the client reads each frame: a promise's continuation would run after both frames of one read.)
    const heard: string[] = []
    bob.socket.on('game:phase', (view) => heard.push(view.phase))
    const reply = await new Promise((resolve) =>
      bob.socket.emit('player:answer', { questionIndex: 0, choice: wrongChoice(quiz.questions[0]!) }, (r) => {
        heard.push('reply')
        resolve(r)
      }),
    )
    expect(reply).toEqual({ ok: true, data: { questionIndex: 0 } })
    expect(await bobYou).toMatchObject({ nickname: 'Bob', score: 0, rank: 2, lastResult: { index: 0, answered: true, correct: false } })
    expect(await adaYou).toMatchObject({ nickname: 'Ada', rank: 1, lastResult: { index: 0, answered: true, correct: true } })
    expect(await hostReveal).not.toHaveProperty('you') // the host's copy is the public view alone
    if (testPostgresUrl()) expect([...heard].sort()).toEqual(['reply', 'reveal'])
    else expect(heard).toEqual(['reply', 'reveal'])
    for (const s of [ada.socket, bob.socket, game.host]) s.close()
  })

  it('sends the host only the players that changed since its last status', async () => {
    const game = await hostGame(server.url, quiz.id)
    const first = nextHostStatus(game.host, (s) => s.playerCount === 1)
    const ada = await joinGame(server.url, game.pin, 'Ada')
    expect((await first).changed.map((p) => p.nickname)).toEqual(['Ada'])
    const second = nextHostStatus(game.host, (s) => s.playerCount === 2)
    const bob = await joinGame(server.url, game.pin, 'Bob')
    expect((await second).changed.map((p) => p.nickname)).toEqual(['Bob'])
    const third = nextHostStatus(game.host, (s) => s.playerCount === 1)
    await call(game.host, 'host:kick', { playerId: ada.playerId })
    expect(await third).toMatchObject({ changed: [], removed: [ada.playerId] })
    // A host that attaches again gets everyone, whole.
    const again = await call(game.host, 'host:attach', { pin: game.pin, hostToken: game.hostToken })
    expect(again.host.players.map((p) => p.nickname)).toEqual(['Bob'])
    for (const s of [ada.socket, bob.socket, game.host]) s.close()
  })
})

describe('refusals', () => {
  it('refuses a second answer, a late answer and an answer from a kicked player', async () => {
    const game = await hostGame(server.url, quiz.id, { timeLimitSec: 5, timeScale: 5 }) // one second per question
    const ada = await joinGame(server.url, game.pin, 'Ada')
    const bob = await joinGame(server.url, game.pin, 'Bob')
    const eve = await joinGame(server.url, game.pin, 'Eve')
    const question = nextPhase(ada.socket, 'question')
    await move(game.host, 'host:start')
    await question
    const q0 = quiz.questions[0]!

    expect((await send(ada.socket, 'player:answer', { questionIndex: 0, choice: rightChoice(q0) })).ok).toBe(true)
    const again = await send(ada.socket, 'player:answer', { questionIndex: 0, choice: wrongChoice(q0) })
    expect(again).toMatchObject({ ok: false, error: { code: 'already_answered' } })

    const kicked = new Promise((resolve) => eve.socket.once('game:kicked', resolve))
    await call(game.host, 'host:kick', { playerId: eve.playerId })
    await kicked
    const fromKicked = await send(eve.socket, 'player:answer', { questionIndex: 0, choice: rightChoice(q0) })
    expect(fromKicked.ok).toBe(false)
    const rejoinKicked = await send(eve.socket, 'player:rejoin', { pin: game.pin, playerToken: eve.playerToken }).catch(() => null)
    if (rejoinKicked) expect(rejoinKicked).toMatchObject({ ok: false, error: { code: 'kicked' } })

    // Bob waits past the deadline and its grace: the reveal comes first, and his answer is refused.
    await nextPhase(bob.socket, 'reveal', 5000)
    const late = await send(bob.socket, 'player:answer', { questionIndex: 0, choice: rightChoice(q0) })
    expect(late.ok).toBe(false)
    if (!late.ok) expect(['wrong_phase', 'too_late']).toContain(late.error.code)
    for (const s of [ada.socket, bob.socket, eve.socket, game.host]) s.close()
  })

  it('refuses host commands from a player and malformed payloads, with codes', async () => {
    const game = await hostGame(server.url, quiz.id)
    const ada = await joinGame(server.url, game.pin, 'Ada')
    expect(await send(ada.socket, 'host:start', { step: { phase: 'lobby', index: -1 } })).toMatchObject({ ok: false, error: { code: 'not_host' } })
    expect(await send(ada.socket, 'player:answer', { questionIndex: -1, choice: { options: [0] } })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } })
    expect(await send(ada.socket, 'player:join', { pin: 'abc', nickname: 'x' } as never)).toMatchObject({ ok: false, error: { code: 'invalid_payload' } })
    expect(await send(ada.socket, 'player:join', { pin: '000000', nickname: 'Zed' })).toMatchObject({ ok: false, error: { code: 'game_not_found' } })
    const taken = await joinGame(server.url, game.pin, 'Bob')
    const other = await send(taken.socket, 'player:join', { pin: game.pin, nickname: 'ADA' })
    expect(other).toMatchObject({ ok: false, error: { code: 'nickname_taken' } })
    for (const s of [ada.socket, taken.socket, game.host]) s.close()
  })
})

describe('reconnecting', () => {
  it('gives a player who comes back with its token the same seat and score', async () => {
    const game = await hostGame(server.url, quiz.id, { questionCount: 2 })
    const ada = await joinGame(server.url, game.pin, 'Ada')
    const question = nextPhase(ada.socket, 'question')
    await move(game.host, 'host:start')
    await question
    const you = nextYou(ada.socket).then((y) => y.score)
    await call(ada.socket, 'player:answer', { questionIndex: 0, choice: rightChoice(quiz.questions[0]!) })
    const score = await you
    expect(score).toBeGreaterThan(0)

    ada.socket.close()
    const again = await joinGame(server.url, game.pin, 'Someone').catch(() => null) // a stranger may still join
    const { connect, connected } = await import('../support/client.ts')
    const back = connect(server.url)
    await connected(back)
    const rejoined = await call(back, 'player:rejoin', { pin: game.pin, playerToken: ada.playerToken })
    expect(rejoined.playerId).toBe(ada.playerId)
    expect(rejoined.you).toMatchObject({ nickname: 'Ada', score, streak: 1 })
    expect(rejoined.view.phase).toBe('reveal')
    expect(await send(back, 'player:rejoin', { pin: game.pin, playerToken: 'x'.repeat(32) })).toMatchObject({ ok: false, error: { code: 'bad_token' } })
    for (const s of [back, game.host, again?.socket]) s?.close()
  })
})
