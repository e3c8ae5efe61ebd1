import { afterEach, describe, expect, it } from 'vitest'
import { starterQuiz } from '@cirrus/questions'
import type { Joined, PhaseView, PlayerView } from '@cirrus/protocol'
import { call, connect, connected, send, move } from '../support/client.ts'
import { rightChoice, wrongChoice } from '../support/answers.ts'
import { hostGame, joinGame, nextPhase, nextYou, reattached, reseated, type HostedGame, type JoinedPlayer } from '../support/game.ts'
import { queryDatabase } from '../support/db.ts'
import { spawnServer, tempDatabaseUrl, type ServerProcess } from '../support/server.ts'

const quiz = starterQuiz

let servers: ServerProcess[] = []
let clients: { close(): void }[] = []
afterEach(async () => {
  for (const c of clients) c.close()
  for (const s of servers) await s.stop('SIGKILL')
  servers = []
  clients = []
})

async function start(databaseUrl: string, port?: number) {
  const server = await spawnServer({ databaseUrl, port })
  servers.push(server)
  return server
}

/** Plays question 0 (Ada and Grace right, Linus wrong) and opens question 1. */
async function playFirstQuestion(game: HostedGame, players: JoinedPlayer[]) {
  const [ada, grace, linus] = players as [JoinedPlayer, JoinedPlayer, JoinedPlayer]
  const first = nextPhase(ada.socket, 'question')
  await move(game.host, 'host:start')
  await first
  const reveal = nextPhase(game.host, 'reveal')
  for (const p of [ada, grace]) await call(p.socket, 'player:answer', { questionIndex: 0, choice: rightChoice(quiz.questions[0]!) })
  await call(linus.socket, 'player:answer', { questionIndex: 0, choice: wrongChoice(quiz.questions[0]!) })
  await reveal
  const leaderboard = nextPhase(game.host, 'leaderboard')
  await move(game.host, 'host:next')
  const second = nextPhase(ada.socket, 'question')
  await move(game.host, 'host:next')
  return { leaderboard: await leaderboard, question: await second }
}

describe('a server killed with SIGKILL in the middle of a question', () => {
  it('brings the game back in its phase, with scores, streaks, remaining time and every acknowledged answer', async () => {
    const databaseUrl = tempDatabaseUrl('restart')
    const first = await start(databaseUrl)
    const game = await hostGame(first.url, quiz.id, { questionCount: 3, timeLimitSec: 30 })
    const players: JoinedPlayer[] = []
    for (const nickname of ['Ada', 'Grace', 'Linus']) players.push(await joinGame(first.url, game.pin, nickname))
    clients.push(game.host, ...players.map((p) => p.socket))
    const [ada, grace, linus] = players as [JoinedPlayer, JoinedPlayer, JoinedPlayer]

    const { leaderboard, question } = await playFirstQuestion(game, players)
    const scoresBefore = Object.fromEntries(leaderboard.top.map((e) => [e.nickname, e.score]))
    expect(scoresBefore.Ada).toBeGreaterThan(0)
    expect(scoresBefore.Linus).toBe(0)

    // Ada and Grace answer question 1 and are acknowledged; then the process dies without a chance to write anything.
    const q1 = quiz.questions[1]!
    await call(ada.socket, 'player:answer', { questionIndex: 1, choice: rightChoice(q1) })
    await call(grace.socket, 'player:answer', { questionIndex: 1, choice: wrongChoice(q1) })
    const remainingAtKill = question.deadline - Date.now() // the server's clock is this machine's
    const seats = players.map((p) => reseated(p, game.pin))
    const host = reattached(game)
    await first.stop('SIGKILL')
    const killedAt = Date.now()

    await new Promise((r) => setTimeout(r, 1500)) // the time it was away must not count against the players
    const second = await start(databaseUrl, first.port)
    const upAt = Date.now()
    const [adaBack, graceBack, linusBack] = (await Promise.all(seats)) as [Joined, Joined, Joined]
    const reseatMs = Date.now() - upAt
    const hostBack = await host

    // The same question, still open, with the time that was left when the process died (not the time it was away).
    for (const view of [adaBack.view, hostBack.view]) {
      expect(view).toMatchObject({ phase: 'question', index: 1 })
      const remaining = (view as Extract<PhaseView, { phase: 'question' }>).deadline - view.serverNow
      expect(remaining).toBeLessThanOrEqual(remainingAtKill + 100)
      expect(remaining).toBeGreaterThan(remainingAtKill - 2000) // at most one missed heartbeat plus the restart
    }
    expect(Date.now() - killedAt).toBeGreaterThan(1500)
    // Every seat comes back within a second or so of the server being reachable again (clients retry ~every 0.8 s).
    expect(reseatMs).toBeLessThan(2500)

    // Scores and streaks from question 0; the acknowledged answers to question 1 are still there, and count once.
    expect(adaBack.you).toMatchObject({ score: scoresBefore.Ada, streak: 1, answered: true })
    expect(graceBack.you).toMatchObject({ score: scoresBefore.Grace, streak: 1, answered: true })
    expect(linusBack.you).toMatchObject({ score: 0, streak: 0, answered: false })
    expect(await send(ada.socket, 'player:answer', { questionIndex: 1, choice: rightChoice(q1) })).toMatchObject({
      ok: false,
      error: { code: 'already_answered' },
    })

    // Linus answers last; the reveal scores all three as if nothing had happened.
    const results = players.map((p) => nextYou(p.socket))
    await call(linus.socket, 'player:answer', { questionIndex: 1, choice: rightChoice(q1) })
    const [adaYou, graceYou, linusYou] = (await Promise.all(results)) as PlayerView[]
    expect(adaYou).toMatchObject({ streak: 2, lastResult: { index: 1, correct: true } })
    expect(adaYou!.score).toBeGreaterThan(scoresBefore.Ada!)
    expect(graceYou).toMatchObject({ streak: 0, score: scoresBefore.Grace, lastResult: { index: 1, correct: false } })
    expect(linusYou).toMatchObject({ streak: 1, lastResult: { index: 1, correct: true } })

    // One row per answer in SQLite: none lost, none doubled.
    await second.stop('SIGTERM')
    const rows = await queryDatabase(databaseUrl, 'SELECT questionIndex, COUNT(*) AS n FROM Answer GROUP BY questionIndex ORDER BY questionIndex')
    expect(rows).toEqual([
      { questionIndex: 0, n: 3 },
      { questionIndex: 1, n: 3 },
    ])
  }, 60_000)
})

describe('a server killed with SIGKILL during a reveal', () => {
  it("brings back the reveal with the round's answers (kept as rows, not in the snapshot) and plays on", async () => {
    const databaseUrl = tempDatabaseUrl('restart-reveal')
    const first = await start(databaseUrl)
    const game = await hostGame(first.url, quiz.id, { questionCount: 2 })
    const players: JoinedPlayer[] = []
    for (const nickname of ['Ada', 'Grace', 'Linus']) players.push(await joinGame(first.url, game.pin, nickname))
    clients.push(game.host, ...players.map((p) => p.socket))
    const asked = nextPhase(game.host, 'question')
    await move(game.host, 'host:start')
    await asked
    const revealed = nextPhase(game.host, 'reveal')
    for (const [i, p] of players.entries()) {
      const choice = i < 2 ? rightChoice(quiz.questions[0]!) : wrongChoice(quiz.questions[0]!)
      await call(p.socket, 'player:answer', { questionIndex: 0, choice })
    }
    const before = await revealed
    const host = reattached(game)
    await first.stop('SIGKILL')

    await start(databaseUrl, first.port)
    const back = (await host).view
    expect(back).toMatchObject({ phase: 'reveal', index: 0, counts: before.counts, correctOptions: before.correctOptions })
    expect(before.counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(3)
    const second = nextPhase(game.host, 'question')
    await move(game.host, 'host:next') // the leaderboard
    await move(game.host, 'host:next')
    expect(await second).toMatchObject({ index: 1 })
  }, 60_000)
})

describe('a clean stop (SIGTERM)', () => {
  it('writes everything pending before it exits, in a WAL-mode database', async () => {
    const databaseUrl = tempDatabaseUrl('sigterm')
    const server = await start(databaseUrl)
    const game = await hostGame(server.url, quiz.id, { questionCount: 1 })
    const ada = await joinGame(server.url, game.pin, 'Ada')
    clients.push(game.host, ada.socket)
    const question = nextPhase(ada.socket, 'question')
    await move(game.host, 'host:start')
    await question
    await call(ada.socket, 'player:answer', { questionIndex: 0, choice: rightChoice(quiz.questions[0]!) })
    // Ending the game writes the results off the real-time path; the signal follows at once.
    await call(game.host, 'host:end', {})
    expect(await server.stop('SIGTERM')).toBe(0)

    if (databaseUrl.startsWith('file:')) expect(await queryDatabase(databaseUrl, 'PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }])
    expect(await queryDatabase(databaseUrl, 'SELECT status FROM Game WHERE id = ?', game.gameId)).toEqual([{ status: 'finished' }])
    expect(await queryDatabase(databaseUrl, 'SELECT nickname, rank FROM Result WHERE gameId = ?', game.gameId)).toEqual([{ nickname: 'Ada', rank: 1 }])
    expect(await queryDatabase(databaseUrl, 'SELECT COUNT(*) AS n FROM PinLease WHERE gameId = ?', game.gameId)).toEqual([{ n: 0 }])
  }, 60_000)
})

describe('what a restart keeps', () => {
  it('keeps a pause, a lobby lock and a kick through SIGKILL: paused stays paused, locked stays locked, kicked stays kicked', async () => {
    const databaseUrl = tempDatabaseUrl('restart-keeps')
    const first = await start(databaseUrl)
    const game = await hostGame(first.url, quiz.id, { questionCount: 2, timeLimitSec: 30 })
    const players: JoinedPlayer[] = []
    for (const nickname of ['Ada', 'Grace', 'Mallory']) players.push(await joinGame(first.url, game.pin, nickname))
    clients.push(game.host, ...players.map((p) => p.socket))
    const [ada, , mallory] = players as [JoinedPlayer, JoinedPlayer, JoinedPlayer]
    await call(game.host, 'host:kick', { playerId: mallory.playerId })
    await call(game.host, 'host:lock', { locked: true })
    const asked = nextPhase(ada.socket, 'question')
    await move(game.host, 'host:start')
    await asked
    await call(game.host, 'host:pause', {})
    const host = reattached(game)
    const seat = reseated(ada, game.pin)
    await first.stop('SIGKILL')

    const second = await start(databaseUrl, first.port)
    const back = (await host).view
    expect(back).toMatchObject({ phase: 'question', index: 0 })
    expect(back.pausedAt).not.toBeNull()
    await seat
    // Paused: the clock does not run and answers are refused.
    expect(await send(ada.socket, 'player:answer', { questionIndex: 0, choice: rightChoice(quiz.questions[0]!) })).toMatchObject({ ok: false, error: { code: 'paused' } })
    // Locked: nobody new gets in.
    const stranger = connect(second.url)
    clients.push(stranger)
    await connected(stranger)
    expect(await send(stranger, 'player:join', { pin: game.pin, nickname: 'Newcomer' })).toMatchObject({ ok: false, error: { code: 'lobby_locked' } })
    // Kicked: the token is known and refused as kicked, not as a stranger's.
    expect(await send(stranger, 'player:rejoin', { pin: game.pin, playerToken: mallory.playerToken })).toMatchObject({ ok: false, error: { code: 'kicked' } })
    // Resumed, the game plays on.
    await call(game.host, 'host:resume', {})
    expect(await send(ada.socket, 'player:answer', { questionIndex: 0, choice: rightChoice(quiz.questions[0]!) })).toMatchObject({ ok: true })
  }, 60_000)

  it('accepts and acknowledges the answers in flight at SIGTERM instead of refusing them', async () => {
    const databaseUrl = tempDatabaseUrl('sigterm-flight')
    const server = await start(databaseUrl)
    const game = await hostGame(server.url, quiz.id, { questionCount: 1, timeLimitSec: 60 })
    const players: JoinedPlayer[] = []
    for (let i = 0; i < 12; i++) players.push(await joinGame(server.url, game.pin, `P${i}`))
    clients.push(game.host, ...players.map((p) => p.socket))
    const asked = nextPhase(players[0]!.socket, 'question')
    await move(game.host, 'host:start')
    await asked
    // All answers sent at once, and the stop right behind them: most are still in the 5 ms batch when it comes.
    const replies = players.map((p) => send(p.socket, 'player:answer', { questionIndex: 0, choice: rightChoice(quiz.questions[0]!) }).catch((error: Error) => error))
    await new Promise((resolve) => setTimeout(resolve, 2))
    const stopped = server.stop('SIGTERM')
    const settled = await Promise.all(replies)
    expect(await stopped).toBe(0)
    const acknowledged = settled.filter((r) => !(r instanceof Error) && r.ok).length
    // None is refused as over; those acknowledged are all in the database.
    expect(settled.filter((r) => !(r instanceof Error) && !r.ok)).toEqual([])
    expect(acknowledged).toBeGreaterThan(0)
    const n = (await queryDatabase<{ n: number }>(databaseUrl, 'SELECT COUNT(*) AS n FROM Answer WHERE gameId = ?', game.gameId))[0]!.n
    expect(n).toBeGreaterThanOrEqual(acknowledged)
  }, 60_000)
})
