import { starterQuiz } from '@cirrus/questions'
import type { Joined, PhaseView } from '@cirrus/protocol'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { rightChoice } from '../support/answers.ts'
import { call, connect, lastStep, move, next, send, type CirrusClient } from '../support/client.ts'
import { clusterAvailable, hostThroughBalancer, startCluster, startsOf, type Cluster } from '../support/cluster.ts'
import { queryDatabase } from '../support/db.ts'
import { hostGame } from '../support/game.ts'
import { waitFor } from '../support/server.ts'

/**
 * Three real server processes behind nginx (npm run cluster), on PostgreSQL and Redis: runs under
 * `npm run test:postgres` when redis-server and nginx are installed (.ci/run installs them), skipped otherwise.
 */
const quiz = starterQuiz
const clients: CirrusClient[] = []
let cluster: Cluster

interface Seat {
  socket: CirrusClient
  nickname: string
  playerId: string
  playerToken: string
}

/** A game created through the load balancer, its host seated through it by PIN, and `n` players joined. */
async function gameWithPlayers(n: number, settings = { questionCount: 2, timeLimitSec: 30 }) {
  const created = await hostThroughBalancer(cluster.url, quiz.id, settings)
  const host = created.host
  clients.push(host)
  const seats: Seat[] = []
  for (let i = 0; i < n; i++) {
    const socket = connect(cluster.url, { query: { pin: created.pin } })
    clients.push(socket)
    await waitFor(() => socket.connected, 20_000, 20)
    const joined = await call(socket, 'player:join', { pin: created.pin, nickname: `P${i}` })
    const seat = { socket, nickname: `P${i}`, playerId: joined.playerId, playerToken: joined.playerToken }
    socket.on('connect', () => void send(socket, 'player:rejoin', { pin: created.pin, playerToken: seat.playerToken }).catch(() => {}))
    seats.push(seat)
  }
  return { ...created, host, seats }
}

/** Takes the seat again until the game answers (it may be moving to another process meanwhile). */
async function rejoined(pin: string, seat: Seat): Promise<Joined> {
  let joined: Joined | null = null
  let last: unknown = 'not connected'
  await waitFor(async () => {
    // A connection the server closed on purpose (its seat was taken by another) is not retried by socket.io.
    if (!seat.socket.active) seat.socket.connect()
    if (!seat.socket.connected) return false
    const reply = await send(seat.socket, 'player:rejoin', { pin, playerToken: seat.playerToken }, 1000).catch((e: Error) => e.message)
    last = reply
    if (typeof reply === 'object' && reply.ok) joined = reply.data
    return joined !== null
  }, 30_000, 200).catch(() => {
    throw new Error(`${seat.nickname} could not take their seat again: ${JSON.stringify(last)}`)
  })
  return joined!
}

/** Answers right, and waits for its acknowledgement; retried while the question is still being read (get-ready). */
async function answer(seat: Seat, index: number): Promise<void> {
  await waitFor(async () => {
    const reply = await send(seat.socket, 'player:answer', { questionIndex: index, choice: rightChoice(quiz.questions[index]!) })
    // wrong_phase: still being read; not_player: the game just moved and this connection has not taken its seat yet.
    if (!reply.ok && reply.error.code !== 'wrong_phase' && reply.error.code !== 'not_player') throw new Error(`${seat.nickname}: ${reply.error.code}: ${reply.error.message}`)
    return reply.ok
  }, 10_000, 100)
}

/** A host command, retried while the host's connection is coming back. */
async function hostMove(host: CirrusClient, command: 'host:start' | 'host:next' | 'host:endAnswering') {
  await waitFor(async () => host.connected && (await move(host, command, 1000).then(() => true, () => false)), 20_000, 200)
}

/** The host moves on from each phase to the podium; every player answers each later question, right. */
async function playToPodium(game: { host: CirrusClient; seats: Seat[] }) {
  const { host } = game
  // All players answered: the question closes by itself (a reveal follows without the host's move).
  await waitFor(() => lastStep(host).phase !== 'question', 5000).catch(() => {})
  while (lastStep(host).phase !== 'podium') {
    const before = lastStep(host)
    await hostMove(host, before.phase === 'question' ? 'host:endAnswering' : 'host:next')
    await waitFor(() => lastStep(host).phase !== before.phase || lastStep(host).index !== before.index, 10_000)
    const now = lastStep(host)
    if (now.phase === 'question') {
      for (const seat of game.seats) await answer(seat, now.index)
      await waitFor(() => lastStep(host).phase !== 'question', 5000).catch(() => {})
    }
  }
}

describe.runIf(clusterAvailable())('three processes behind nginx, on PostgreSQL and Redis', () => {
  beforeAll(async () => {
    cluster = await startCluster(3)
  }, 180_000)
  afterAll(async () => {
    for (const c of clients) c.close()
    await cluster?.stop()
  }, 60_000)
  // Each test begins its game where the PIN belongs: a process restarted by the test before may still be passed over.
  beforeEach(() => cluster.settled(), 70_000)

  it('plays a game through the load balancer, every connection of it on the process that runs it', async () => {
    // The join screen's look-up of a new game's PIN finds it through nginx, wherever it was created.
    const created = await hostGame(cluster.url, quiz.id, { questionCount: 1 })
    clients.push(created.host)
    const lookup = await fetch(`${cluster.url}/api/games/${created.pin}`)
    expect(lookup.status).toBe(200)
    expect(await lookup.json()).toMatchObject({ pin: created.pin, phase: 'lobby' })

    const game = await gameWithPlayers(4, { questionCount: 1, timeLimitSec: 30 })
    const owner = await cluster.ownerOf(game.pin)
    expect(owner).not.toBeNull()
    const question = Promise.all(game.seats.map((s) => next(s.socket, 'game:phase', (v) => v.phase === 'question')))
    await hostMove(game.host, 'host:start')
    await question
    for (const seat of game.seats) await answer(seat, 0)
    const podium = next(game.seats[0]!.socket, 'game:phase', (v) => v.phase === 'podium', 20_000)
    await playToPodium(game)
    expect((await podium).phase).toBe('podium')
    expect(await cluster.ownerOf(game.pin)).toBe(owner)
  }, 90_000)

  it('carries a game on when the process that runs it is killed mid-question: seats, answers, time and podium', async () => {
    const game = await gameWithPlayers(6)
    const owner = (await cluster.ownerOf(game.pin))!
    const asked = Promise.all(game.seats.map((s) => next(s.socket, 'game:phase', (v) => v.phase === 'question')))
    await hostMove(game.host, 'host:start')
    const views = (await asked) as Extract<PhaseView, { phase: 'question' }>[]
    // Three answer and are acknowledged before the kill.
    for (const seat of game.seats.slice(0, 3)) await answer(seat, 0)
    const startsBefore = startsOf(cluster, owner)
    const remainingBefore = views[0]!.deadline - Date.now()
    const killedAt = Date.now()
    process.kill(cluster.pid(owner), 'SIGKILL')

    const back = await Promise.all(game.seats.map((seat) => rejoined(game.pin, seat)))
    const everyoneBackMs = Date.now() - killedAt
    console.log(`failover: every player back in their seat ${everyoneBackMs} ms after the SIGKILL`)
    expect(everyoneBackMs).toBeLessThan(15_000)
    for (const [i, joined] of back.entries()) {
      expect(joined.view).toMatchObject({ phase: 'question', index: 0 })
      expect(joined.you.answered, game.seats[i]!.nickname).toBe(i < 3)
    }
    // The time it was away does not count (the clock stopped at the last heartbeat, at most a second before).
    const view = back[0]!.view as Extract<PhaseView, { phase: 'question' }>
    const remainingAfter = view.deadline - Date.now()
    expect(remainingAfter).toBeGreaterThan(remainingBefore - everyoneBackMs - 1500)
    expect(remainingAfter).toBeLessThan(remainingBefore + 1500)

    // An acknowledged answer sent again is refused, not counted twice; the other three answer now.
    expect(await send(game.seats[0]!.socket, 'player:answer', { questionIndex: 0, choice: rightChoice(quiz.questions[0]!) })).toMatchObject({ ok: false, error: { code: 'already_answered' } })
    for (const seat of game.seats.slice(3)) await answer(seat, 0)

    const podium = next(game.seats[0]!.socket, 'game:phase', (v) => v.phase === 'podium', 30_000)
    await playToPodium(game)
    await podium
    await cluster.restarted(owner, startsBefore)

    // One row per answer (none lost, none doubled), and each final score is the sum of the player's answers.
    await waitFor(async () => (await queryDatabase<{ n: number }>(cluster.databaseUrl, 'SELECT COUNT(*) AS n FROM Result WHERE gameId = ?', game.gameId))[0]!.n === 6, 10_000)
    const answers = await queryDatabase<{ questionIndex: number; n: number }>(cluster.databaseUrl, 'SELECT questionIndex, COUNT(*) AS n FROM Answer WHERE gameId = ? GROUP BY questionIndex ORDER BY questionIndex', game.gameId)
    expect(answers).toEqual([
      { questionIndex: 0, n: 6 },
      { questionIndex: 1, n: 6 },
    ])
    const scores = await queryDatabase<{ nickname: string; score: number; points: number }>(
      cluster.databaseUrl,
      'SELECT r.nickname, r.score, (SELECT SUM(a.points) FROM Answer a WHERE a.playerId = r.playerId) AS points FROM Result r WHERE r.gameId = ? ORDER BY r.nickname',
      game.gameId,
    )
    for (const row of scores) expect(row.score, row.nickname).toBe(row.points)
  }, 120_000)

  it('hands every game over with nothing lost through a rolling restart (SIGTERM one process at a time)', async () => {
    const game = await gameWithPlayers(5, { questionCount: 3, timeLimitSec: 30 })
    const asked = Promise.all(game.seats.map((s) => next(s.socket, 'game:phase', (v) => v.phase === 'question')))
    await hostMove(game.host, 'host:start')
    await asked
    for (const index of [0, 1, 2]) {
      // Answers acknowledged, then the process at `index` stops (the one running the game or not) and comes back.
      for (const seat of game.seats.slice(0, 2 + index)) await answer(seat, index)
      const starts = startsOf(cluster, index)
      process.kill(cluster.pid(index), 'SIGTERM')
      await cluster.restarted(index, starts)
      const back = await Promise.all(game.seats.map((seat) => rejoined(game.pin, seat)))
      for (const [i, joined] of back.entries()) {
        expect(joined.view, `after restarting process ${index + 1}`).toMatchObject({ phase: 'question', index })
        expect(joined.you.answered, `${game.seats[i]!.nickname} after restarting process ${index + 1}`).toBe(i < 2 + index)
      }
      for (const seat of game.seats.slice(2 + index)) await answer(seat, index)
      if (index < 2) {
        const asked = next(game.seats[0]!.socket, 'game:phase', (v) => v.phase === 'question' && v.index === index + 1, 20_000)
        while (lastStep(game.host).phase !== 'question' || lastStep(game.host).index !== index + 1) {
          const before = lastStep(game.host)
          await hostMove(game.host, before.phase === 'question' ? 'host:endAnswering' : 'host:next')
          await waitFor(() => lastStep(game.host).phase !== before.phase || lastStep(game.host).index !== before.index, 10_000)
        }
        await asked
      }
    }
    await playToPodium(game)
    await waitFor(async () => (await queryDatabase<{ n: number }>(cluster.databaseUrl, 'SELECT COUNT(*) AS n FROM Result WHERE gameId = ?', game.gameId))[0]!.n === 5, 10_000)
    expect(await queryDatabase(cluster.databaseUrl, 'SELECT questionIndex, COUNT(*) AS n FROM Answer WHERE gameId = ? GROUP BY questionIndex ORDER BY questionIndex', game.gameId)).toEqual([
      { questionIndex: 0, n: 5 },
      { questionIndex: 1, n: 5 },
      { questionIndex: 2, n: 5 },
    ])
  }, 180_000)

  it('fences a paused process: once its lease is gone it writes nothing for the game, and after SIGCONT it follows', async () => {
    const game = await gameWithPlayers(3)
    const owner = (await cluster.ownerOf(game.pin))!
    const asked = Promise.all(game.seats.map((s) => next(s.socket, 'game:phase', (v) => v.phase === 'question')))
    await hostMove(game.host, 'host:start')
    await asked
    await answer(game.seats[0]!, 0)
    // One more player, straight to the owner (not through nginx), who will speak while the owner is paused.
    const direct = connect(`http://127.0.0.1:${cluster.ports[owner]}`, { query: { pin: game.pin }, reconnection: false })
    clients.push(direct)
    await waitFor(() => direct.connected, 10_000, 20)
    await call(direct, 'player:rejoin', { pin: game.pin, playerToken: game.seats[1]!.playerToken })

    process.kill(cluster.pid(owner), 'SIGSTOP')
    try {
      // Sent to the paused process: it waits in the socket's buffer until SIGCONT.
      const late = send(direct, 'player:answer', { questionIndex: 0, choice: rightChoice(quiz.questions[0]!) }, 30_000).catch((e: Error) => e)
      // The players reach another process directly (a load balancer would, once it passes the paused one over): it
      // takes the game once the paused owner's lease has expired.
      const other = (owner + 1) % 3
      const moved = connect(`http://127.0.0.1:${cluster.ports[other]}`, { query: { pin: game.pin } })
      clients.push(moved)
      await waitFor(() => moved.connected, 20_000, 50)
      const seat = { ...game.seats[2]!, socket: moved }
      expect((await rejoined(game.pin, seat)).you.answered).toBe(false)
      await answer(seat, 0)
      expect(await cluster.ownerOf(game.pin)).toBe(other)

      process.kill(cluster.pid(owner), 'SIGCONT')
      // The answer the paused process received is refused (its commit finds the lease gone), or never answered.
      const reply = await late
      expect(reply instanceof Error || !reply.ok).toBe(true)
      moved.close() // everyone through nginx again, which sends the game's connections to the resumed process
      // It lets the game go at its first renewal (its lease is gone), then takes it back from its new owner with a
      // handover, as it would any game whose players it receives: nothing acknowledged is lost on the way.
      const back = await Promise.all(game.seats.map((seat) => rejoined(game.pin, seat)))
      // P0's answer from before the pause and P2's to the new owner, not the one the paused process received (the
      // question may have closed meanwhile: P1's connection went with its seat, and every player still there had answered).
      for (const joined of back) expect(joined.view).toMatchObject({ index: 0, answeredCount: 2 })
      expect(await queryDatabase(cluster.databaseUrl, 'SELECT p.nickname FROM Answer a JOIN Player p ON p.id = a.playerId WHERE a.gameId = ? ORDER BY p.nickname', game.gameId)).toEqual([
        { nickname: 'P0' },
        { nickname: 'P2' },
      ])
      const firstCount = back[0]!.view.phase === 'question' ? 3 : 2
      if (firstCount === 3) await answer(game.seats[1]!, 0)
      await playToPodium(game)
      await waitFor(async () => (await queryDatabase<{ n: number }>(cluster.databaseUrl, 'SELECT COUNT(*) AS n FROM Result WHERE gameId = ?', game.gameId))[0]!.n === 3, 10_000)
      expect(await queryDatabase(cluster.databaseUrl, 'SELECT questionIndex, COUNT(*) AS n FROM Answer WHERE gameId = ? GROUP BY questionIndex ORDER BY questionIndex', game.gameId)).toEqual([
        { questionIndex: 0, n: firstCount },
        { questionIndex: 1, n: 3 },
      ])
    } finally {
      process.kill(cluster.pid(owner), 'SIGCONT')
    }
  }, 120_000)

  it('keeps two games on different processes apart: neither sees the other\'s events', async () => {
    const first = await gameWithPlayers(2, { questionCount: 1, timeLimitSec: 30 })
    const firstOwner = await cluster.ownerOf(first.pin)
    let second = await gameWithPlayers(2, { questionCount: 1, timeLimitSec: 30 })
    for (let i = 0; i < 10 && (await cluster.ownerOf(second.pin)) === firstOwner; i++) second = await gameWithPlayers(2, { questionCount: 1, timeLimitSec: 30 })
    expect(await cluster.ownerOf(second.pin)).not.toBe(firstOwner)
    const seen: string[] = []
    for (const seat of second.seats) seat.socket.on('game:phase', (v) => seen.push(v.pin))
    second.host.on('game:phase', (v) => seen.push(v.pin))
    const asked = Promise.all(first.seats.map((s) => next(s.socket, 'game:phase', (v) => v.phase === 'question')))
    await hostMove(first.host, 'host:start')
    await asked
    for (const seat of first.seats) await answer(seat, 0)
    await waitFor(() => lastStep(first.host).phase === 'reveal', 10_000)
    expect(seen.filter((pin) => pin !== second.pin)).toEqual([])
  }, 120_000)
})
