import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { starterQuiz } from '@cirrus/questions'
import { friendlyName, joinPattern, joinWindow, type Joined, type PhaseView } from '@cirrus/protocol'
import { call, connect, connected, move, next, send, type CirrusClient } from '../support/client.ts'
import { rightChoice, wrongChoice } from '../support/answers.ts'
import { hostGame, joinGame, nextHostStatus, nextPhase, reattached, reseated, type HostedGame, type JoinedPlayer } from '../support/game.ts'
import { answerRows } from '../support/scoring.ts'
import { spawnServer, startServer, tempDatabaseUrl, type ServerProcess, type TestServer } from '../support/server.ts'

const quiz = starterQuiz
const sleepUntil = (at: number) => new Promise((r) => setTimeout(r, Math.max(0, at - Date.now())))

let server: TestServer
beforeAll(async () => {
  server = await startServer()
})
afterAll(async () => {
  await server?.close()
})

/** Joins each nickname in turn (join order decides the balanced teams). */
async function seat(url: string, pin: string, names: string[]): Promise<JoinedPlayer[]> {
  const players: JoinedPlayer[] = []
  for (const name of names) players.push(await joinGame(url, pin, name))
  return players
}

/** Opens the next question (start from the lobby, else next from the leaderboard) and returns its view. */
async function open(game: HostedGame, watcher: CirrusClient, fromLobby: boolean) {
  const question = nextPhase(watcher, 'question')
  await move(game.host, fromLobby ? 'host:start' : 'host:next')
  return question
}

describe('a team game played to the podium by real clients', () => {
  it("ranks the teams by their members' mean points, keeps each player's own score, and keeps teams right for late joiners and kicks", async () => {
    const game = await hostGame(server.url, quiz.id, { questionCount: 2, teams: 2, scoring: 'accuracy', streakBonus: false })
    // The host renames the second team in the lobby; the players' lobby shows it.
    const [ada, bea, cy] = await seat(server.url, game.pin, ['Ada', 'Bea', 'Cy'])
    const renamed = nextPhase(ada!.socket, 'lobby')
    await call(game.host, 'host:team', { team: 1, name: 'Night Owls', color: 'purple' })
    expect((await renamed).teams).toEqual([
      { team: 0, name: 'Red Rockets', color: 'red' },
      { team: 1, name: 'Night Owls', color: 'purple' },
    ])
    // Ada and Cy in team 0, Bea in team 1: balanced in join order. A player cannot pick without the host's leave.
    expect((await send(bea!.socket, 'player:team', { team: 0 })).ok).toBe(false)

    // Question 0: Ada right, Cy wrong (team 0: mean 500); Bea right (team 1: 1000).
    let q = await open(game, ada!.socket, true)
    const q0 = quiz.questions[q.index]!
    let reveal = nextPhase(game.host, 'reveal')
    await call(ada!.socket, 'player:answer', { questionIndex: 0, choice: rightChoice(q0) })
    await call(cy!.socket, 'player:answer', { questionIndex: 0, choice: wrongChoice(q0) })
    await call(bea!.socket, 'player:answer', { questionIndex: 0, choice: rightChoice(q0) })
    await reveal
    const board = nextPhase(game.host, 'leaderboard')
    await move(game.host, 'host:next')
    expect((await board).teams.map(({ name, score, rank, members }) => ({ name, score, rank, members }))).toEqual([
      { name: 'Night Owls', score: 1000, rank: 1, members: 1 },
      { name: 'Red Rockets', score: 500, rank: 2, members: 2 },
    ])

    // A late joiner goes to the smaller team (the Night Owls); Cy is kicked. Question 1: everyone right.
    const [dee] = await seat(server.url, game.pin, ['Dee'])
    const deeJoined = await call(dee!.socket, 'player:rejoin', { pin: game.pin, playerToken: dee!.playerToken })
    expect(deeJoined.you.team).toMatchObject({ team: 1, name: 'Night Owls' })
    await call(game.host, 'host:kick', { playerId: cy!.playerId })
    q = await open(game, ada!.socket, false)
    const q1 = quiz.questions[q.index]!
    reveal = nextPhase(game.host, 'reveal')
    for (const p of [ada!, bea!, dee!]) await call(p.socket, 'player:answer', { questionIndex: 1, choice: rightChoice(q1) })
    await reveal
    const podium = nextPhase(ada!.socket, 'podium')
    await move(game.host, 'host:next')
    await move(game.host, 'host:next')
    const final = await podium
    expect(final.teams.map(({ name, score, rank, members }) => ({ name, score, rank, members }))).toEqual([
      { name: 'Night Owls', score: 2000, rank: 1, members: 2 },
      { name: 'Red Rockets', score: 1500, rank: 2, members: 1 },
    ])
    // Every player keeps their own score, and the podium still ranks them.
    expect(Object.fromEntries(final.top.map((e) => [e.nickname, e.score]))).toEqual({ Ada: 2000, Bea: 2000, Dee: 1000 })
    expect(final.phase === 'podium' && final.you?.team).toMatchObject({ team: 0, name: 'Red Rockets' })
    for (const c of [game.host, ada!.socket, bea!.socket, cy!.socket, dee!.socket]) c.close()
  })
})

describe('picking a team', () => {
  it('moves a player in the lobby when the host allows it, tells that player and the host, and refuses once the game runs', async () => {
    const game = await hostGame(server.url, quiz.id, { teams: 3, teamPick: true })
    const [ada, bea] = await seat(server.url, game.pin, ['Ada', 'Bea'])
    const told = next(bea!.socket, 'player:you')
    await call(bea!.socket, 'player:team', { team: 2 })
    expect((await told).team).toEqual({ team: 2, name: 'Green Geckos', color: 'green' })
    await nextHostStatus(game.host, (s) => s.changed.some((p) => p.playerId === bea!.playerId && p.team === 2))
    const outOfRange = await send(bea!.socket, 'player:team', { team: 5 })
    expect(outOfRange.ok === false && outOfRange.error.code).toBe('no_such_team')
    expect((await send(game.host, 'player:team', { team: 0 })).ok).toBe(false) // the host's connection holds no seat
    await open(game, ada!.socket, true)
    const late = await send(ada!.socket, 'player:team', { team: 1 })
    expect(late.ok === false && late.error.code).toBe('wrong_phase')
    for (const c of [game.host, ada!.socket, bea!.socket]) c.close()
  })
})

describe('an accuracy game played to the podium', () => {
  it('gives every right answer its full points whenever it came, and takes the penalty off a wrong one, never below zero', async () => {
    const game = await hostGame(server.url, quiz.id, { questionCount: 2, scoring: 'accuracy', wrongPenalty: 250 })
    const lobby = await call(game.host, 'host:attach', { pin: game.pin, hostToken: game.hostToken })
    expect(lobby.view).toMatchObject({ phase: 'lobby', rules: { scoring: 'accuracy', streakBonus: true, wrongPenalty: 250, teams: 0 } })
    const [ada, bea, cy] = await seat(server.url, game.pin, ['Ada', 'Bea', 'Cy'])
    for (const [i, plan] of [
      ['right', 'wrong', 'wrong'],
      ['right', 'right', 'wrong'],
    ].entries()) {
      const q = await open(game, ada!.socket, i === 0)
      const question = quiz.questions[q.index]!
      const reveal = nextPhase(game.host, 'reveal')
      for (const [k, p] of [ada!, bea!, cy!].entries()) {
        if (k === 1 && i === 1) await new Promise((r) => setTimeout(r, 1500)) // slow, and still full points
        await call(p.socket, 'player:answer', { questionIndex: i, choice: plan[k] === 'right' ? rightChoice(question) : wrongChoice(question) })
      }
      await reveal
      await move(game.host, 'host:next')
      if (i === 1) {
        const podium = nextPhase(ada!.socket, 'podium')
        await move(game.host, 'host:next')
        const final = await podium
        // Ada: 1000 + 1000 + a streak of two (+100). Bea: 0 (nothing to lose), then 1000. Cy: never below zero.
        expect(Object.fromEntries(final.top.map((e) => [e.nickname, e.score]))).toEqual({ Ada: 2100, Bea: 1000, Cy: 0 })
      }
    }
    const rows = await answerRows(server.databaseUrl, game.gameId)
    expect(rows.filter((r) => r.nickname === 'Bea').map((r) => r.points)).toEqual([0, 1000])
    for (const c of [game.host, ada!.socket, bea!.socket, cy!.socket]) c.close()
  })
})

describe('extra time', () => {
  it("accepts an answer after everyone else's deadline and refuses one after the player's own; only the host and the player hear of it", async () => {
    // 20 s at time scale 8: 2.5 s for everyone, 3.75 s for Cy (1.5), 5 s for Bea (2). The grace is 0.5 s.
    const game = await hostGame(server.url, quiz.id, { questionCount: 1, timeLimitSec: 20, timeScale: 8 })
    const [ada, bea, cy] = await seat(server.url, game.pin, ['Ada', 'Bea', 'Cy'])
    const told = next(bea!.socket, 'player:you')
    await call(game.host, 'host:extraTime', { playerId: bea!.playerId, factor: 2 })
    expect((await told).extraTime).toBe(2)
    await call(game.host, 'host:extraTime', { playerId: cy!.playerId, factor: 1.5 })
    const status = await nextHostStatus(game.host, (s) => s.changed.some((p) => p.playerId === cy!.playerId && p.extraTime === 1.5))
    expect(status.changed.find((p) => p.playerId === cy!.playerId)?.extraTime).toBe(1.5)
    expect((await send(game.host, 'host:extraTime', { playerId: bea!.playerId, factor: 3 as 2 })).ok).toBe(false)

    const projector: PhaseView[] = []
    game.host.on('game:phase', (v) => projector.push(v))
    const q = await open(game, ada!.socket, true)
    const question = quiz.questions[q.index]!
    const openedAt = q.deadline - 2500
    await sleepUntil(q.deadline + 700)
    const adaLate = await send(ada!.socket, 'player:answer', { questionIndex: 0, choice: rightChoice(question) })
    expect(adaLate.ok === false && adaLate.error.code).toBe('too_late')
    await sleepUntil(openedAt + 3750 + 700)
    const cyLate = await send(cy!.socket, 'player:answer', { questionIndex: 0, choice: rightChoice(question) })
    expect(cyLate.ok === false && cyLate.error.code).toBe('too_late')
    const reveal = nextPhase(bea!.socket, 'reveal')
    const beaInTime = await send(bea!.socket, 'player:answer', { questionIndex: 0, choice: rightChoice(question) })
    expect(beaInTime.ok).toBe(true)
    const revealed = await reveal
    expect(revealed.phase === 'reveal' && revealed.you?.lastResult).toMatchObject({ answered: true, correct: true })
    // The projector never saw anyone's extra time.
    expect(JSON.stringify(projector)).not.toContain('extraTime')
    for (const c of [game.host, ada!.socket, bea!.socket, cy!.socket]) c.close()
  })
})

describe('fair play at the door', () => {
  it('two-step join: the shapes on the host screen seat a player, others are refused; friendly names only', async () => {
    const game = await hostGame(server.url, quiz.id, { twoStepJoin: true, friendlyNames: true })
    const attached = await call(game.host, 'host:attach', { pin: game.pin, hostToken: game.hostToken })
    const secret = attached.host.joinSecret!
    expect(secret.length).toBeGreaterThan(15)
    const lookup = await (await fetch(`${server.url}/api/games/${game.pin}`)).json()
    expect(lookup).toMatchObject({ twoStepJoin: true, friendlyNames: true })
    expect(JSON.stringify(lookup)).not.toContain(secret)

    const phone = connect(server.url)
    await connected(phone)
    const without = await send(phone, 'player:join', { pin: game.pin, nickname: friendlyName(7, 'en') })
    expect(without.ok === false && without.error.code).toBe('wrong_pattern')
    const shown = joinPattern(secret, joinWindow(Date.now()))
    const wrong = shown.map((x) => (x + 1) % 4)
    if (wrong.join() !== joinPattern(secret, joinWindow(Date.now()) - 1).join()) {
      const guessed = await send(phone, 'player:join', { pin: game.pin, nickname: friendlyName(7, 'en'), pattern: wrong })
      expect(guessed.ok === false && guessed.error.code).toBe('wrong_pattern')
    }
    const typed = await send(phone, 'player:join', { pin: game.pin, nickname: 'Ada', pattern: shown })
    expect(typed.ok === false && typed.error.code).toBe('nickname_invalid')
    const seated = await send(phone, 'player:join', { pin: game.pin, nickname: friendlyName(7, 'en'), pattern: joinPattern(secret, joinWindow(Date.now())) })
    expect(seated.ok && seated.data.you.nickname).toBe(friendlyName(7, 'en'))
    phone.close()
    game.host.close()
  })
})

describe('a restart mid-question', () => {
  let proc: ServerProcess[] = []
  afterEach(async () => {
    for (const s of proc) await s.stop('SIGKILL')
    proc = []
  })

  it('keeps the teams, their names and the extra time (SIGKILL, then a new process)', async () => {
    const databaseUrl = tempDatabaseUrl('ways-restart')
    const first = await spawnServer({ databaseUrl })
    proc.push(first)
    // 40 s at time scale 4: 10 s to answer, 20 s for Bea.
    const game = await hostGame(first.url, quiz.id, { questionCount: 2, teams: 2, timeLimitSec: 40, timeScale: 4 })
    const players = await seat(first.url, game.pin, ['Ada', 'Bea', 'Cy'])
    const [ada, bea] = players as [JoinedPlayer, JoinedPlayer, JoinedPlayer]
    await call(game.host, 'host:team', { team: 0, name: 'Quiz Whizzes' })
    await call(game.host, 'host:extraTime', { playerId: bea.playerId, factor: 2 })
    await open(game, ada.socket, true)
    await call(game.host, 'host:extraTime', { playerId: ada.playerId, factor: 1.5 }) // during the question
    await call(game.host, 'host:extraTime', { playerId: ada.playerId, factor: 1 })

    const seats = players.map((p) => reseated(p, game.pin))
    const host = reattached(game)
    await first.stop('SIGKILL')
    const second = await spawnServer({ databaseUrl, port: first.port })
    proc.push(second)
    const [adaBack, beaBack, cyBack] = (await Promise.all(seats)) as [Joined, Joined, Joined]
    const hostBack = await host

    expect(beaBack.view).toMatchObject({ phase: 'question', index: 0 })
    expect([adaBack.you.team, beaBack.you.team, cyBack.you.team].map((t) => t?.name)).toEqual(['Quiz Whizzes', 'Blue Whales', 'Quiz Whizzes'])
    expect([adaBack.you.extraTime, beaBack.you.extraTime, cyBack.you.extraTime]).toEqual([1, 2, 1])
    expect(hostBack.host.players.map((p) => [p.nickname, p.team, p.extraTime])).toEqual([
      ['Ada', 0, 1],
      ['Bea', 1, 2],
      ['Cy', 0, 1],
    ])

    // Bea's own time still runs past everyone else's deadline after the restart.
    const view = beaBack.view as Extract<PhaseView, { phase: 'question' }>
    const question = quiz.questions[0]!
    await sleepUntil(view.deadline + 700)
    const adaLate = await send(ada.socket, 'player:answer', { questionIndex: 0, choice: rightChoice(question) })
    expect(adaLate.ok === false && adaLate.error.code).toBe('too_late')
    expect((await send(bea.socket, 'player:answer', { questionIndex: 0, choice: rightChoice(question) })).ok).toBe(true)
    for (const c of [game.host, ...players.map((p) => p.socket)]) c.close()
  }, 60_000)
})
