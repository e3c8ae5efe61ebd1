import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import Papa from 'papaparse'
import readXlsxFile from 'read-excel-file/universal'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { GameReport, PlayerReview, PlayerView, ReportSummary } from '@cirrus/protocol'
import { builtinQuizzes, starterQuiz } from '@cirrus/questions'
import { LIFECYCLE } from '../../apps/server/src/rooms/registry.ts'
import { rightChoice, wrongChoice } from '../support/answers.ts'
import { call, move } from '../support/client.ts'
import { queryDatabase } from '../support/db.ts'
import { hostGame, joinGame, nextPhase, nextYou, type HostedGame, type JoinedPlayer } from '../support/game.ts'
import { api } from '../support/http.ts'
import { newLearner } from '../support/practice.ts'
import { repoRoot, startServer, type TestServer } from '../support/server.ts'

/**
 * The classroom record against a real server, real socket.io clients and a real SQLite file: the report's figures
 * are the ones the players were shown, a game ended early and a late joiner are counted right, the downloads hold a
 * row per player, and deleting and the retention purge take every row away.
 */

const PASSWORD = 'a teacher keeps this'
const RETENTION_MS = 60_000
let server: TestServer
/** The server's clock runs this far ahead of the real one: the retention test moves it on. */
let skew = 0

beforeAll(async () => {
  server = await startServer({ adminPassword: PASSWORD, now: () => Date.now() + skew, lifecycle: { ...LIFECYCLE, retentionMs: RETENTION_MS } })
})
afterAll(async () => {
  await server?.close()
})

const quiz = starterQuiz
const teacher = <T>(path: string, method = 'GET') => api<T>(server.url, path, { password: PASSWORD, method })

/** Opens question `index` (from the lobby or the leaderboard) and has each player answer as planned. */
async function playQuestion(game: HostedGame, index: number, plan: [JoinedPlayer, 'right' | 'wrong'][], { reveal = true } = {}) {
  const opened = nextPhase(game.host, 'question')
  await move(game.host, index === 0 ? 'host:start' : 'host:next')
  const view = await opened
  expect(view.index).toBe(index)
  const revealed = nextPhase(game.host, 'reveal')
  const question = quiz.questions[index]!
  for (const [player, how] of plan) {
    await call(player.socket, 'player:answer', { questionIndex: index, choice: how === 'right' ? rightChoice(question) : wrongChoice(question) })
  }
  if (!reveal) return
  await revealed
  const leaderboard = nextPhase(game.host, 'leaderboard')
  await move(game.host, 'host:next')
  await leaderboard
}

/**
 * Ada and Grace from the start; Linus joins after question 1. Question 3 is open when the host ends the game: Ada
 * answered it, the others had not. The quiz is cut to 5 questions, so 3 of 5 were played.
 */
async function playEndedEarly() {
  const game = await hostGame(server.url, quiz.id, { questionCount: 5 })
  const ada = await joinGame(server.url, game.pin, 'Ada')
  const grace = await joinGame(server.url, game.pin, 'Grace')
  await playQuestion(game, 0, [
    [ada, 'right'],
    [grace, 'wrong'],
  ])
  const linus = await joinGame(server.url, game.pin, 'Linus')
  await playQuestion(game, 1, [
    [ada, 'right'],
    [grace, 'right'],
    [linus, 'right'],
  ])
  await playQuestion(game, 2, [[ada, 'right']], { reveal: false })
  const players = [ada, grace, linus]
  const shown = Promise.all(players.map((p) => nextYou(p.socket)))
  const podium = nextPhase(game.host, 'podium')
  await call(game.host, 'host:end', {})
  await podium
  const you = new Map<string, PlayerView>((await shown).map((v) => [v.nickname, v]))
  return { game, players, you }
}

function closeAll(game: HostedGame, players: JoinedPlayer[]) {
  for (const p of players) p.socket.close()
  game.host.close()
}

describe('the report of a game', () => {
  let played: Awaited<ReturnType<typeof playEndedEarly>>
  let report: GameReport

  beforeAll(async () => {
    played = await playEndedEarly()
    const got = await teacher<GameReport>(`/api/reports/${played.game.gameId}`)
    expect(got.status).toBe(200)
    report = got.body
  })
  afterAll(() => closeAll(played.game, played.players))

  it('shows the players the right answers out of the questions they were in the game for, on the podium', () => {
    const { you } = played
    expect([...you.values()].map((v) => [v.nickname, v.correctCount, v.askedCount])).toEqual([
      ['Ada', 3, 3],
      ['Grace', 1, 3],
      ['Linus', 1, 2],
    ])
  })

  it("gives the host's final table the same counts", async () => {
    const { host } = await call(played.game.host, 'host:attach', { pin: played.game.pin, hostToken: played.game.hostToken })
    expect(host.players.map((p) => [p.nickname, p.correctCount, p.askedCount])).toEqual([
      ['Ada', 3, 3],
      ['Grace', 1, 3],
      ['Linus', 1, 2],
    ])
  })

  it("holds the figures the players were shown: scores, ranks, right answers, out of the questions they were in for", () => {
    expect(report.ending).toBe('ended_early')
    expect(report.overview).toMatchObject({ playerCount: 3, questionsPlayed: 3, questionCount: 5 })
    expect(report.players.map((p) => p.nickname)).toEqual(['Ada', 'Grace', 'Linus'].sort((a, b) => played.you.get(a)!.rank - played.you.get(b)!.rank))
    for (const p of report.players) {
      const shown = played.you.get(p.nickname)!
      expect({ rank: p.rank, score: p.score, correct: p.correct, asked: p.asked }, p.nickname).toEqual({ rank: shown.rank, score: shown.score, correct: shown.correctCount, asked: shown.askedCount })
    }
    const linus = report.players.find((p) => p.nickname === 'Linus')!
    expect(linus.answers.map((a) => [a.index, a.answered, a.correct])).toEqual([
      [1, true, true],
      [2, false, false],
    ])
    expect(linus.answers[0]!.elapsedMs).toBeGreaterThanOrEqual(0)
    expect(report.players.find((p) => p.nickname === 'Ada')!.answers.map((a) => a.answer)).toEqual(
      [0, 1, 2].map((i) => quiz.questions[i]!.options.filter((o) => o.correct).map((o) => o.text).join(', ')),
    )
  })

  it('summarises each question played as the room answered it', () => {
    expect(report.questions.map((q) => [q.prompt, q.asked, q.answered, q.correct])).toEqual([
      [quiz.questions[0]!.prompt, 2, 2, 1],
      [quiz.questions[1]!.prompt, 3, 3, 3],
      [quiz.questions[2]!.prompt, 3, 1, 1],
    ])
    const first = report.questions[0]!
    expect(first.options.reduce((sum, o) => sum + o.picks, 0)).toBe(2)
    expect(first.options.filter((o) => o.correct).map((o) => o.picks)).toEqual([1])
    expect(report.needsHelp.players.map((p) => p.nickname)).toEqual(['Grace'])
    expect(report.needsHelp.questions.map((q) => q.index)).toEqual([2])
  })

  it('lists the game, newest first, with how it ended', async () => {
    const list = await teacher<ReportSummary[]>('/api/reports')
    expect(list.status).toBe(200)
    expect(list.body[0]).toMatchObject({ gameId: played.game.gameId, quizTitle: quiz.title, ending: 'ended_early', playerCount: 3, questionsPlayed: 3, questionCount: 5 })
  })

  it('is for teachers only when the server has a password', async () => {
    for (const path of ['/api/reports', `/api/reports/${played.game.gameId}`, `/api/reports/${played.game.gameId}.csv`, `/api/reports/${played.game.gameId}.xlsx`]) {
      expect((await api(server.url, path)).status, path).toBe(401)
    }
    expect((await api(server.url, `/api/reports/${played.game.gameId}`, { method: 'DELETE' })).status).toBe(401)
    expect((await teacher<{ error: { code: string } }>('/api/reports/no-such-game')).body.error.code).toBe('report_not_found')
  })

  it('downloads as .xlsx with a row per player in the final scores and one per player per question', async () => {
    const res = await fetch(`${server.url}/api/reports/${played.game.gameId}.xlsx?lang=en`, { headers: { 'x-cirrus-admin-password': PASSWORD } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="?cirrus-report-cloud-basics-[\w-]*\.xlsx"?$/)
    const sheets = await readXlsxFile(await res.arrayBuffer())
    expect(sheets.map((s) => s.sheet)).toEqual(['Overview', 'Final scores', 'Answers', 'Questions'])
    const scores = sheets[1]!.data
    expect(scores[0]!.slice(0, 5)).toEqual(['Rank', 'Player', 'Score', 'Right answers', 'Questions in the game for'])
    expect(scores.slice(1).map((row) => row.slice(0, 5))).toEqual(report.players.map((p) => [p.rank, p.nickname, p.score, p.correct, p.asked]))
    expect(sheets[2]!.data).toHaveLength(1 + 3 + 3 + 2)
    expect(sheets[3]!.data).toHaveLength(1 + 3)
  })

  it('downloads as .csv with a row per player and a column per question played, in the browser’s language (French)', async () => {
    const res = await fetch(`${server.url}/api/reports/${played.game.gameId}.csv`, { headers: { 'x-cirrus-admin-password': PASSWORD, 'accept-language': 'fr-FR,fr;q=0.9' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
    const text = await res.text()
    const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data
    expect(rows).toHaveLength(1 + 3)
    expect(rows[0]!.slice(8)).toEqual([0, 1, 2].map((i) => `Q${i + 1}: ${quiz.questions[i]!.prompt}`))
    const linus = rows.find((row) => row[1] === 'Linus')!
    expect(linus.slice(3, 5)).toEqual(['1', '2'])
    expect(linus.slice(8)).toEqual(['', 'juste', 'pas de réponse'])
  })

  it('lets a player report a problem with a built-in question from their review, and it reaches the teacher', async () => {
    const bankQuiz = builtinQuizzes.find((q) => q.id !== starterQuiz.id)!
    const game = await hostGame(server.url, bankQuiz.id, { questionCount: 1 })
    const lin = await joinGame(server.url, game.pin, 'Lin')
    const asked = nextPhase(lin.socket, 'question')
    await move(game.host, 'host:start')
    await asked
    const podium = nextPhase(lin.socket, 'podium')
    await call(game.host, 'host:end', {})
    await podium
    const review = await api<PlayerReview>(server.url, '/api/review', { json: { playerId: lin.playerId, playerToken: lin.playerToken } })
    const [item] = review.body.items
    expect(item).toMatchObject({ reportable: true, questionId: bankQuiz.questions[0]!.id })
    const learner = await newLearner(server.url)
    const sent = await learner.request('/problem-reports', { json: { questionKey: item!.questionId, reason: 'unclear', comment: 'Which Region?', context: 'game' } })
    expect(sent.status).toBe(201)
    const listed = await teacher<{ reports: { questionKey: string; context: string }[] }>('/api/problem-reports')
    expect(listed.body.reports).toEqual(expect.arrayContaining([expect.objectContaining({ questionKey: item!.questionId, context: 'game' })]))
    for (const s of [game.host, lin.socket]) s.close()
  })

  it("gives each player their own review, with the token of their seat only", async () => {
    const [ada, grace, linus] = played.players
    const review = await api<PlayerReview>(server.url, '/api/review', { json: { playerId: linus!.playerId, playerToken: linus!.playerToken } })
    expect(review.status).toBe(200)
    expect(review.body).toMatchObject({ nickname: 'Linus', correct: 1, asked: 2, inPractice: false })
    expect(review.body.items.map((i) => [i.index, i.answered, i.correct, i.explanation])).toEqual([
      [1, true, true, quiz.questions[1]!.explanation],
      [2, false, false, quiz.questions[2]!.explanation],
    ])
    const wrongSeat = await api(server.url, '/api/review', { json: { playerId: ada!.playerId, playerToken: grace!.playerToken } })
    expect(wrongSeat.status).toBe(404)
    expect((await api(server.url, '/api/review', { json: { playerId: ada!.playerId } })).status).toBe(400)
  })
})

describe('deleting a report', () => {
  it('takes the game and every row it holds away; a running game is refused', async () => {
    const { game, players } = await playEndedEarly()
    const running = await hostGame(server.url, quiz.id)
    expect((await teacher(`/api/reports/${running.gameId}`, 'DELETE')).status).toBe(409)
    running.host.close()

    expect((await teacher(`/api/reports/${game.gameId}`, 'DELETE')).status).toBe(204)
    expect((await teacher(`/api/reports/${game.gameId}`)).status).toBe(404)
    expect((await teacher(`/api/reports/${game.gameId}`, 'DELETE')).status).toBe(404)
    expect(await rowsOf(game.gameId)).toEqual({ games: 0, players: 0, answers: 0, results: 0, parts: 0 })
    closeAll(game, players)
  })
})

describe('the retention purge', () => {
  it('deletes the reports of games that ended more than GAME_RETENTION_DAYS ago, and keeps the others', async () => {
    const old = await playEndedEarly()
    closeAll(old.game, old.players)
    skew += RETENTION_MS + 5_000
    const recent = await playEndedEarly()
    closeAll(recent.game, recent.players)
    expect((await rowsOf(old.game.gameId)).answers).toBeGreaterThan(0)

    expect(await server.cirrus.rooms.purge()).toBeGreaterThanOrEqual(1)
    expect((await teacher(`/api/reports/${old.game.gameId}`)).status).toBe(404)
    expect(await rowsOf(old.game.gameId)).toEqual({ games: 0, players: 0, answers: 0, results: 0, parts: 0 })
    expect((await teacher(`/api/reports/${recent.game.gameId}`)).status).toBe(200)
    const list = await teacher<ReportSummary[]>('/api/reports')
    expect(list.body.map((g) => g.gameId)).not.toContain(old.game.gameId)
  })
})

describe("the simulator's game", () => {
  it('names its gameId, whose report holds the standings the simulator saw', async () => {
    const args = ['--import', 'tsx', 'tests/sim/simulate.ts', '--url', server.url, '--players', '4', '--questions', '2', '--speed', '20', '--json']
    const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: repoRoot, timeout: 60_000 })
    const run = JSON.parse(stdout.trim().split('\n').at(-1)!) as { gameId: string; standings: { nickname: string; score: number; rank: number }[] }
    expect(run.gameId).toMatch(/^[0-9a-f-]{36}$/)
    const report = await teacher<GameReport>(`/api/reports/${run.gameId}`)
    expect(report.status).toBe(200)
    expect(report.body.ending).toBe('completed')
    const byName = <T extends { nickname: string }>(rows: T[]) => [...rows].sort((a, b) => a.nickname.localeCompare(b.nickname))
    expect(byName(report.body.players).map(({ nickname, score, rank }) => ({ nickname, score, rank }))).toEqual(byName(run.standings))
  }, 90_000)
})

async function rowsOf(gameId: string) {
  const count = async (table: string, column = 'gameId') =>
    (await queryDatabase<{ n: number }>(server.databaseUrl, `SELECT COUNT(*) AS n FROM ${table} WHERE ${column} = ?`, gameId))[0]!.n
  return { games: await count('Game', 'id'), players: await count('Player'), answers: await count('Answer'), results: await count('Result'), parts: await count('SnapshotPart') }
}
