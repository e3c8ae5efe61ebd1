/**
 * Plays a whole game against a running server with bots:
 *   npm run simulate -- --url http://localhost:3000 --players 20 --questions 5 --speed 10 --json
 * The simulator is the host (it starts the game and moves it on after each reveal and leaderboard); every bot joins,
 * answers with a random choice after a random delay, and the run ends at the podium.
 */
import { parseArgs } from 'node:util'
import { applyHostStatus, type HostPlayer, type LeaderEntry, type PhaseView } from '@cirrus/protocol'
import { Bot } from '../support/bot.ts'
import { call, connect, connected, next, move } from '../support/client.ts'

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:3000' },
    players: { type: 'string', default: '20' },
    questions: { type: 'string', default: '5' },
    quiz: { type: 'string', default: 'starter-cloud-basics' },
    speed: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
  },
})

const players = positiveInt(values.players, '--players')
const questions = positiveInt(values.questions, '--questions')
const speed = Number(values.speed)
if (!(speed >= 1 && speed <= 1000)) fail('--speed is a number from 1 to 1000')
const log = values.json ? () => {} : (line: string) => console.log(line)

const host = connect(values.url)
try {
  await connected(host)
} catch {
  fail(`cannot reach a Cirrus server at ${values.url}`)
}
const created = await call(host, 'host:create', {
  quizId: values.quiz,
  settings: { questionCount: questions, timeScale: speed, revealSec: 3, leaderboardSec: 3 },
})
log(`game ${created.pin} created from quiz ${values.quiz}`)

let rows: readonly HostPlayer[] = created.host.players
host.on('host:status', (s) => (rows = applyHostStatus(rows, s)))

const bots = Array.from({ length: players }, (_, i) => new Bot({ url: values.url, pin: created.pin, nickname: `bot ${i + 1}` }))
await Promise.all(bots.map((bot) => bot.join()))
log(`${players} bots joined`)

const podium = new Promise<Extract<PhaseView, { phase: 'podium' }>>((resolve) => {
  host.on('game:phase', (view) => {
    if (view.phase === 'podium') return resolve(view)
    if (view.phase === 'question') log(`question ${view.index + 1} of ${view.totalQuestions}`)
    // The simulator stands in for the host at the keyboard: it moves on as soon as the room has seen each screen.
    if (view.phase === 'reveal' || view.phase === 'leaderboard') setTimeout(() => void move(host, 'host:next').catch(() => {}), 1000 / speed)
  })
})
await move(host, 'host:start')
const final = await podium
await next(host, 'host:status', () => true, 2000).catch(() => {})

const standings: LeaderEntry[] = [...rows]
  .sort((a, b) => b.score - a.score)
  .map((p) => ({ playerId: p.playerId, nickname: p.nickname, score: p.score, rank: 1 + rows.filter((q) => q.score > p.score).length }))
const result = {
  url: values.url,
  /** The game's id: its report is GET /api/reports/<gameId> (docs/reports.md). */
  gameId: created.gameId,
  pin: created.pin,
  players,
  questions: final.totalQuestions,
  answersSent: bots.reduce((n, b) => n + b.answersSent, 0),
  answersRefused: bots.reduce((n, b) => n + b.answersRefused, 0),
  podium: final.top.slice(0, 3).map(({ nickname, score, rank }) => ({ nickname, score, rank })),
  standings: standings.map(({ nickname, score, rank }) => ({ nickname, score, rank })),
}
if (values.json) console.log(JSON.stringify(result))
else {
  log('podium:')
  for (const p of result.podium) log(`  ${p.rank}. ${p.nickname} ${p.score}`)
  log(`report: ${values.url}/reports/${created.gameId}`)
}
for (const bot of bots) bot.close()
host.close()

function positiveInt(text: string, name: string): number {
  const n = Number(text)
  if (!Number.isInteger(n) || n < 1) fail(`${name} is a whole number of at least 1`)
  return n
}

function fail(message: string): never {
  console.error(`simulate: ${message}`)
  process.exit(2)
}
