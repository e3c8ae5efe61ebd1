import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { starterQuiz } from '@cirrus/questions'
import { call, send, type CirrusClient, move } from '../support/client.ts'
import { rightChoice } from '../support/answers.ts'
import { queryDatabase } from '../support/db.ts'
import { hostGame, joinGame, nextHostStatus, nextPhase, nextYou, reattached, reseated, type HostedGame, type JoinedPlayer } from '../support/game.ts'
import { FlakyNetwork } from '../support/network.ts'
import { startServer, type TestServer } from '../support/server.ts'

const quiz = starterQuiz
const q0 = quiz.questions[0]!

let server: TestServer
let network: FlakyNetwork
const opened: CirrusClient[] = []
beforeAll(async () => {
  server = await startServer()
  network = await FlakyNetwork.start(server.url)
})
afterAll(async () => {
  for (const socket of opened) socket.close()
  await network?.close()
  await server?.close()
})

/**
 * A host and a second player on the direct line, one player behind the flaky network, question 0 open (it stays
 * open until both players answer).
 */
async function gameWithPlayerBehindNetwork(): Promise<{ game: HostedGame; player: JoinedPlayer; other: JoinedPlayer }> {
  const game = await hostGame(server.url, quiz.id, { questionCount: 3, timeLimitSec: 60 })
  const player = await joinGame(network.url, game.pin, 'Wifi')
  const other = await joinGame(server.url, game.pin, 'Wired')
  opened.push(game.host, player.socket, other.socket)
  const question = nextPhase(player.socket, 'question')
  await move(game.host, 'host:start')
  await question
  return { game, player, other }
}

const answerRows = async (playerId: string) => (await queryDatabase<{ n: number }>(server.databaseUrl, 'SELECT COUNT(*) AS n FROM Answer WHERE playerId = ?', playerId))[0]!.n

describe('a player whose network drops', () => {
  it('comes back to the same seat, score, streak and current phase within about a second of the network returning', async () => {
    const { game, player, other } = await gameWithPlayerBehindNetwork()
    const revealed = nextPhase(game.host, 'reveal')
    await call(player.socket, 'player:answer', { questionIndex: 0, choice: rightChoice(q0) })
    await call(other.socket, 'player:answer', { questionIndex: 0, choice: rightChoice(q0) })
    expect((await revealed).index).toBe(0)

    const back = reseated(player, game.pin)
    network.cut()
    // The game moves on while the phone is away: leaderboard, then question 1.
    await move(game.host, 'host:next')
    await move(game.host, 'host:next')
    await new Promise((r) => setTimeout(r, 2000))
    const restoredAt = Date.now()
    network.restore()
    const seat = await back
    const reseatMs = Date.now() - restoredAt

    expect(seat.playerId).toBe(player.playerId)
    expect(seat.you).toMatchObject({ nickname: 'Wifi', streak: 1, correctCount: 1 })
    expect(seat.you.score).toBeGreaterThan(0)
    expect(seat.view).toMatchObject({ phase: 'question', index: 1 })
    expect(reseatMs).toBeLessThan(1500) // clients retry about every 0.8 s (RECONNECT_OPTIONS)
  })

  it('counts an answer whose acknowledgement was lost exactly once', async () => {
    const { game, player } = await gameWithPlayerBehindNetwork()
    network.loseReplies()
    const lost = send(player.socket, 'player:answer', { questionIndex: 0, choice: rightChoice(q0) }, 500).catch(() => 'no reply')
    await nextHostStatus(game.host, (s) => s.answeredCount === 1) // it reached the server
    expect(await lost).toBe('no reply')

    const back = reseated(player, game.pin)
    network.cut()
    network.restore()
    const seat = await back
    expect(seat.you.answered).toBe(true)
    // The phone sends it again, not knowing; the server already has it.
    expect(await send(player.socket, 'player:answer', { questionIndex: 0, choice: rightChoice(q0) })).toMatchObject({
      ok: false,
      error: { code: 'already_answered' },
    })
    const result = nextYou(player.socket).then((you) => you.score)
    await move(game.host, 'host:endAnswering')
    expect(await result).toBeGreaterThan(0)
    expect(await answerRows(player.playerId)).toBe(1)
  })

  it('has an answer that never reached the server taken when it is sent again, once', async () => {
    const { game, player } = await gameWithPlayerBehindNetwork()
    network.loseRequests()
    const lost = send(player.socket, 'player:answer', { questionIndex: 0, choice: rightChoice(q0) }, 500).catch(() => 'no reply')
    expect(await lost).toBe('no reply')

    const back = reseated(player, game.pin)
    network.cut()
    network.restore()
    const seat = await back
    expect(seat.you.answered).toBe(false)
    expect(await send(player.socket, 'player:answer', { questionIndex: 0, choice: rightChoice(q0) })).toMatchObject({ ok: true })
    const reveal = nextPhase(game.host, 'reveal')
    await move(game.host, 'host:endAnswering')
    expect((await reveal).answeredCount).toBe(1)
    expect(await answerRows(player.playerId)).toBe(1)
  })
})

describe('a host whose screen drops', () => {
  it('finds the game waiting where it was, and takes it on from there', async () => {
    const game = await hostGame(network.url, quiz.id, { questionCount: 2, timeLimitSec: 5, timeScale: 10 })
    const player = await joinGame(server.url, game.pin, 'Patient')
    opened.push(game.host, player.socket)
    const reveal = nextPhase(player.socket, 'reveal')
    await move(game.host, 'host:start')
    await reveal // the question's half second ran out

    const back = reattached(game)
    network.cut()
    const moved = nextPhase(player.socket, 'leaderboard', 1500).then(() => true, () => false)
    expect(await moved).toBe(false) // without auto-advance, nothing moves on without the host
    network.restore()
    const { view } = await back
    expect(view).toMatchObject({ phase: 'reveal', index: 0 })
    const leaderboard = nextPhase(player.socket, 'leaderboard')
    await move(game.host, 'host:next')
    await leaderboard
  })

  it('is not needed with auto-advance: the game goes on and the host comes back to the current phase', async () => {
    const game = await hostGame(network.url, quiz.id, { questionCount: 2, timeLimitSec: 5, autoAdvance: true, revealSec: 5, leaderboardSec: 5, timeScale: 10 })
    const player = await joinGame(server.url, game.pin, 'Onward')
    opened.push(game.host, player.socket)
    const first = nextPhase(player.socket, 'question')
    await move(game.host, 'host:start')
    await first

    const back = reattached(game)
    network.cut()
    const podium = await nextPhase(player.socket, 'podium', 10_000)
    expect(podium.top.map((e) => e.nickname)).toEqual(['Onward'])
    network.restore()
    const { view } = await back
    expect(view.phase).toBe('podium')
  })
})
