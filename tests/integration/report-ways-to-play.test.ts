import Papa from 'papaparse'
import readXlsxFile from 'read-excel-file/universal'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { GameReport } from '@cirrus/protocol'
import { api } from '../support/http.ts'
import { startServer, type TestServer } from '../support/server.ts'
import { closeTeamGame, playTeamGame, type PlayedTeamGame } from '../support/team-game.ts'

/**
 * The report of a team game with extra time, played by real socket.io clients against a real server and SQLite
 * file: its teams, each player's team, the extra time and the scoring rules are what the game showed.
 */

let server: TestServer
let played: PlayedTeamGame
let report: GameReport

beforeAll(async () => {
  server = await startServer()
  played = await playTeamGame(server.url)
  const got = await api<GameReport>(server.url, `/api/reports/${played.game.gameId}`)
  expect(got.status).toBe(200)
  report = got.body
})
afterAll(async () => {
  if (played) closeTeamGame(played)
  await server?.close()
})

const download = (ext: 'xlsx' | 'csv') => fetch(`${server.url}/api/reports/${played.game.gameId}.${ext}?lang=en`)

describe('the report of a team game with extra time', () => {
  it('carries the scoring rules the players were shown in the lobby', () => {
    expect(report.overview.rules).toEqual({ scoring: 'accuracy', streakBonus: false, wrongPenalty: 100, teams: 2, teamPick: false })
  })

  it('ranks the teams as the podium did, with their scores and members', () => {
    expect(played.podium.teams.length).toBe(2)
    expect(report.teams.map(({ team, name, color, score, rank, members }) => ({ team, name, color, score, rank, members: members.length }))).toEqual(
      played.podium.teams.map(({ team, name, color, score, rank, members }) => ({ team, name, color, score, rank, members })),
    )
    // A team's points are its members' mean, by accuracy and without a bonus: the Night Owls (Bea, Dee) 500 + 1000,
    // the Red Rockets (Ada, Cy) 500 + 500.
    expect(report.teams.map((t) => [t.name, t.score, t.members.map((m) => m.nickname)])).toEqual([
      ['Night Owls', 1500, ['Bea', 'Dee']],
      ['Red Rockets', 1000, ['Ada', 'Cy']],
    ])
  })

  it("gives each player the team, score and rank their phone's podium showed", () => {
    expect(report.players).toHaveLength(4)
    for (const p of report.players) {
      const shown = played.you.get(p.nickname)!
      expect({ team: p.team, score: p.score, rank: p.rank }, p.nickname).toEqual({ team: shown.team, score: shown.score, rank: shown.rank })
    }
  })

  it('names who had extra time at the end, as the host last set it, and nobody else', () => {
    expect(Object.fromEntries(report.players.map((p) => [p.nickname, p.extraTime]))).toEqual({ Ada: null, Bea: 2, Cy: null, Dee: 1.5 })
    expect(Object.fromEntries([...played.you.values()].map((v) => [v.nickname, v.extraTime]))).toEqual({ Ada: 1, Bea: 2, Cy: 1, Dee: 1.5 })
  })

  it('downloads as .xlsx with the rules in the overview, a Teams sheet, and Team and Extra time in the final scores', async () => {
    const res = await download('xlsx')
    expect(res.status).toBe(200)
    const sheets = await readXlsxFile(await res.arrayBuffer())
    expect(sheets.map((s) => s.sheet)).toEqual(['Overview', 'Final scores', 'Answers', 'Questions', 'Teams'])
    const overview = new Map(sheets[0]!.data.map((row) => [row[0], row[1]]))
    expect([overview.get('Scoring'), overview.get('Bonus for right answers in a row'), overview.get('Points off for a wrong answer'), overview.get('Teams')]).toEqual([
      'accuracy: every right answer earns full points',
      'no',
      100,
      2,
    ])
    expect(sheets[4]!.data).toEqual([
      ['Rank', 'Team', 'Colour', 'Score', 'Players', 'Members'],
      [1, 'Night Owls', 'purple', 1500, 2, 'Bea, Dee'],
      [2, 'Red Rockets', 'red', 1000, 2, 'Ada, Cy'],
    ])
    const scores = sheets[1]!.data
    expect(scores[0]!.slice(8)).toEqual(['Team', 'Extra time (× the time)'])
    expect(scores.slice(1).map((row) => [row[1], row[8], row[9] ?? null])).toEqual(report.players.map((p) => [p.nickname, p.team!.name, p.extraTime]))
  })

  it('downloads as .csv with a Team and an Extra time column', async () => {
    const res = await download('csv')
    const rows = Papa.parse<string[]>((await res.text()).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data
    expect(rows[0]!.slice(8, 10)).toEqual(['Team', 'Extra time (× the time)'])
    expect(rows.slice(1).map((row) => [row[1], row[8], row[9]])).toEqual(report.players.map((p) => [p.nickname, p.team!.name, p.extraTime === null ? '' : String(p.extraTime)]))
  })
})
