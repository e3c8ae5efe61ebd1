/**
 * The load benchmark: N players (bots in worker processes) play a game on a real Cirrus server process, and the same
 * N clients take the same broadcasts from a plain socket.io server in the same run, so the game's figures stand
 * beside socket.io's own floor. See docs/performance.md for the method and `npm run bench -- --help` for the flags.
 */
import { clusterBrokenBy, clusterTable, runCluster } from './cluster-run.ts'
import { BotFleet } from './fleet.ts'
import { runGame, type GameRun } from './game-run.ts'
import { hostileBrokenBy, hostileTable, runHostile, summarizeHostile } from './hostile-run.ts'
import { parseOptions } from './options.ts'
import { runPlain, type PlainRun } from './plain-run.ts'
import { loadAverage } from './proc.ts'
import { brokenBy, summarize, table } from './report.ts'

const options = parseOptions(process.argv.slice(2))
const log = options.json ? (_: string) => {} : (line: string) => console.log(line)
const startedAt = new Date()
const loadBefore = loadAverage()
const fleet = BotFleet.start(options.workers)
if (options.scenario === 'hostile') {
  // A small game alone, then beside each hammer (hostile-run.ts); no plain socket.io baseline.
  let summary
  try {
    summary = summarizeHostile(options, await runHostile(options, fleet, log), startedAt, loadBefore)
  } finally {
    fleet.stop()
  }
  console.log(options.json ? JSON.stringify(summary, null, 2) : hostileTable(summary))
  const problems = hostileBrokenBy(summary)
  if (problems.length) {
    console.error(`bench: the run is not usable: ${problems.join('; ')}`)
    process.exit(1)
  }
  process.exit(0)
}
if (options.scenario === 'cluster') {
  // One process and then N behind nginx, on a throwaway PostgreSQL and Redis, then a failover (cluster-run.ts).
  let summary
  try {
    summary = await runCluster(options, fleet, log)
  } finally {
    fleet.stop()
  }
  console.log(options.json ? JSON.stringify(summary, null, 2) : clusterTable(summary))
  const problems = clusterBrokenBy(summary)
  if (problems.length) {
    console.error(`bench: the run is not usable: ${problems.join('; ')}`)
    process.exit(1)
  }
  process.exit(0)
}
const games: GameRun[] = []
const plains: PlainRun[] = []
try {
  for (let rep = 1; rep <= options.reps; rep++) {
    const game = await runGame(options, fleet)
    games.push(game)
    log(`rep ${rep}: game done (joins ${Math.round(game.joinAllMs)} ms, ${game.failedJoins} failed)`)
    plains.push(await runPlain(options, fleet, game.questionPayloadBytes, options.plainReveal ? game.revealPayloadBytes : 0))
    log(`rep ${rep}: plain done`)
  }
} finally {
  fleet.stop()
}
const summary = summarize(options, games, plains, startedAt, loadBefore)
const problems = brokenBy(summary)
if (options.json) console.log(JSON.stringify(summary, null, 2))
else console.log(table(summary))
if (problems.length) {
  console.error(`bench: the run is not usable: ${problems.join('; ')}`)
  process.exit(1)
}
