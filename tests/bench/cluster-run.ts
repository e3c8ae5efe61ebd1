/**
 * The cluster scenario (`npm run bench -- --scenario cluster --processes N`): one game of --players and --games games
 * of 25, first on one server process, then through nginx to N processes (npm run cluster) on a throwaway PostgreSQL
 * and Redis (scripts/postgres-throwaway.mjs, scripts/redis-throwaway.mjs); then the owner of a game of --players is
 * killed (SIGKILL) during a question, and the time until every player has the question back is reported. Both sides
 * use the same PostgreSQL: the ratio is what the processes and nginx change, not the database.
 */
import type { GameSettingsInput } from '@cirrus/protocol'
import { move } from '../support/client.ts'
import { hostThroughBalancer, startCluster, type Cluster } from '../support/cluster.ts'
import type { BotFleet } from './fleet.ts'
import { benchLimits, botNickname, runGame, type GameRun, type Target } from './game-run.ts'
import { wallNow } from './messages.ts'
import type { BenchOptions } from './options.ts'
import { loadAverage } from './proc.ts'
import { runSetup } from './report.ts'
import { median, round, spread } from './stats.ts'
import { awaitEverywhere, connectEverywhere, pause, splitSeats } from './steps.ts'

const PLAYERS_PER_SMALL_GAME = 25
/** Issue 21: the cluster's figures within this ratio of one process's. */
export const CLUSTER_RATIO = 1.3

interface Throwaway {
  url: string
  stop(): void
}
// The scripts are plain JavaScript; their helpers are reused as they are, with the types they have.
const postgresScript = '../../scripts/postgres-throwaway.mjs'
const redisScript = '../../scripts/redis-throwaway.mjs'

export interface Failover {
  players: number
  /** From the SIGKILL until the last player had the question again (its seat taken again, the question in the reply). */
  everyoneBackMs: number
  /** Players who never had the question back within the minute. */
  notBack: number
  killedProcess: number
}

export async function runCluster(options: BenchOptions, fleet: BotFleet, log: (line: string) => void) {
  const { startPostgres } = (await import(postgresScript)) as { startPostgres(o: { label: string }): Promise<Throwaway> }
  const { startRedis } = (await import(redisScript)) as { startRedis(): Promise<Throwaway> }
  const startedAt = new Date()
  const loadBefore = loadAverage()
  const postgres = await startPostgres({ label: 'cirrus-bench-pg' })
  const redis = await startRedis()
  // Each server (the one process and the cluster's) gets a schema of its own on this PostgreSQL (tempDatabaseUrl).
  process.env.TEST_DATABASE = 'postgres'
  process.env.TEST_POSTGRES_URL = postgres.url
  process.env.TEST_REDIS_URL = redis.url
  const oneGame: BenchOptions = { ...options, games: 1 }
  const manyGames: BenchOptions = { ...options, players: options.games * PLAYERS_PER_SMALL_GAME }
  const limits = benchLimits(Math.max(oneGame.players, manyGames.players) * 2, manyGames.games * 2)
  const single: { oneGame: GameRun[]; manyGames: GameRun[] } = { oneGame: [], manyGames: [] }
  const clustered: { oneGame: GameRun[]; manyGames: GameRun[] } = { oneGame: [], manyGames: [] }
  let failover: Failover | null = null
  try {
    for (let rep = 1; rep <= options.reps; rep++) {
      single.oneGame.push(await runGame(oneGame, fleet))
      log(`rep ${rep}: one process, one game of ${oneGame.players} done`)
      single.manyGames.push(await runGame(manyGames, fleet))
      log(`rep ${rep}: one process, ${manyGames.games} games done`)
      const cluster = await startCluster(options.processes, limits)
      try {
        const target: Target = { url: cluster.url, pids: () => cluster.ports.map((_, i) => cluster.pid(i)), host: hostThroughBalancer }
        clustered.oneGame.push(await runGame(oneGame, fleet, undefined, target))
        log(`rep ${rep}: ${options.processes} processes, one game done`)
        clustered.manyGames.push(await runGame(manyGames, fleet, undefined, target))
        log(`rep ${rep}: ${options.processes} processes, ${manyGames.games} games done`)
        if (rep === options.reps) {
          failover = await runFailover(options, fleet, cluster)
          log(`failover: every player back ${failover.everyoneBackMs} ms after the SIGKILL`)
        }
      } finally {
        await cluster.stop()
      }
    }
  } finally {
    // Redis may still be writing into its folder as it exits; a leftover folder in /tmp does not spoil the figures.
    try {
      redis.stop()
    } catch (error) {
      log(`bench: redis: ${(error as Error).message}`)
    }
    postgres.stop()
  }
  const figures = (runs: GameRun[]) => ({
    joinAllMs: round(median(runs.map((r) => r.joinAllMs))),
    questionLastDeliveryMs: medianOf(runs, (r) => r.questionLastDeliveryMs),
    answerAckMs: medianOf(runs, (r) => r.answerAckMs),
    answerAckSpreadMs: medianOf(runs, (r) => r.answerAckSpreadMs),
    leaderboardLastDeliveryMs: medianOf(runs, (r) => r.leaderboardLastDeliveryMs),
    serverCpuMs: round(median(runs.map((r) => r.serverCpuMs))),
    cpuPerMessageUs: round(median(runs.map((r) => r.cpuPerMessageUs))),
    rssEndMB: round(median(runs.map((r) => r.rssEndMB))),
    failedJoins: runs.reduce((n, r) => n + r.failedJoins, 0),
    failedAnswers: runs.reduce((n, r) => n + r.failedAnswers, 0),
    missedDeliveries: runs.reduce((n, r) => n + r.missedDeliveries, 0),
    errors: [...new Set(runs.flatMap((r) => [...r.joinErrors, ...r.answerErrors]))].slice(0, 5),
  })
  const compare = (one: GameRun[], many: GameRun[], of: BenchOptions) => {
    const a = figures(one)
    const b = figures(many)
    const ratio = (x: number, y: number) => round(y / x, 2)
    return {
      players: of.players,
      games: of.games,
      oneProcess: a,
      cluster: b,
      /** Cluster over one process: above 1 is slower (or more) through nginx. */
      ratios: {
        joinAll: ratio(a.joinAllMs, b.joinAllMs),
        questionLastDeliveryP50: ratio(a.questionLastDeliveryMs.p50, b.questionLastDeliveryMs.p50),
        questionLastDeliveryP99: ratio(a.questionLastDeliveryMs.p99, b.questionLastDeliveryMs.p99),
        answerAckP99: ratio(a.answerAckMs.p99, b.answerAckMs.p99),
        answerAckSpreadP99: ratio(a.answerAckSpreadMs.p99, b.answerAckSpreadMs.p99),
        leaderboardLastDeliveryP99: ratio(a.leaderboardLastDeliveryMs.p99, b.leaderboardLastDeliveryMs.p99),
        serverCpu: ratio(a.serverCpuMs, b.serverCpuMs),
      },
    }
  }
  /** Issue 21: every figure through the cluster within CLUSTER_RATIO of one process's. */
  const withTargets = (c: ReturnType<typeof compare>) => {
    const { joinAll, questionLastDeliveryP99, answerAckP99, answerAckSpreadP99, leaderboardLastDeliveryP99 } = c.ratios
    const ratios = { joinAll, questionLastDeliveryP99, answerAckP99, answerAckSpreadP99, leaderboardLastDeliveryP99 }
    return { ...c, targets: Object.fromEntries(Object.entries(ratios).map(([name, value]) => [name, { limit: CLUSTER_RATIO, met: value <= CLUSTER_RATIO }])) }
  }
  return {
    scenario: 'cluster',
    processes: options.processes,
    questions: options.questions,
    repetitions: options.reps,
    oneGame: withTargets(compare(single.oneGame, clustered.oneGame, oneGame)),
    manyGames: withTargets(compare(single.manyGames, clustered.manyGames, manyGames)),
    failover,
    setup: { ...runSetup(options, startedAt, loadBefore), database: 'PostgreSQL (throwaway, fsync off) on both sides; Redis adapter on the cluster side' },
  }
}

export type ClusterSummary = Awaited<ReturnType<typeof runCluster>>

function medianOf(runs: GameRun[], values: (run: GameRun) => number[]) {
  const spreads = runs.map((r) => spread(values(r)))
  return { p50: round(median(spreads.map((s) => s.p50))), p99: round(median(spreads.map((s) => s.p99))) }
}

/**
 * A game of --players through the load balancer; during its first question the process that runs it is killed.
 * Each bot reconnects (socket.io's own backoff, RECONNECT_OPTIONS) and takes its seat again with its token.
 */
async function runFailover(options: BenchOptions, fleet: BotFleet, cluster: Cluster): Promise<Failover> {
  const settings: GameSettingsInput = { questionCount: 2, timeLimitSec: 240, maxPlayers: options.players }
  const game = await hostThroughBalancer(cluster.url, options.quiz, settings)
  try {
    const seats = Array.from({ length: options.players }, (_, i) => ({ pin: game.pin, nickname: botNickname(i) }))
    const joined = await connectEverywhere(fleet, cluster.url, 'game', splitSeats(seats, fleet.size), options, true)
    if (joined.failed) throw new Error(`failover: ${joined.failed} joins failed (${joined.errors.join('; ')})`)
    await move(game.host, 'host:start')
    const asked = await awaitEverywhere(fleet, 'question:0')
    if (asked.missing) throw new Error(`failover: ${asked.missing} players never had the question`)
    await pause(options.gapMs)
    const owner = await cluster.ownerOf(game.pin)
    if (owner === null) throw new Error('failover: no process runs the game')
    const killedAt = wallNow()
    process.kill(cluster.pid(owner), 'SIGKILL')
    const back = await awaitEverywhere(fleet, 'back:question:0', 60_000)
    return { players: options.players, everyoneBackMs: round(back.lastAt - killedAt), notBack: back.missing, killedProcess: owner + 1 }
  } finally {
    await fleet.all({ cmd: 'disconnect' })
    game.host.close()
  }
}

export function clusterTable(s: ClusterSummary): string {
  const row = (label: string, a: string, b: string, r: string) => `  ${label.padEnd(40)}${a.padStart(16)}${b.padStart(16)}${r.padStart(10)}`
  const sp = (x: { p50: number; p99: number }) => `${x.p50} / ${x.p99}`
  const block = (title: string, c: ClusterSummary['oneGame']) => [
    `${title}: ${c.players} players in ${c.games} game(s)`,
    row('', '1 process', `${s.processes} + nginx`, 'ratio'),
    row('join all, ms', String(c.oneProcess.joinAllMs), String(c.cluster.joinAllMs), String(c.ratios.joinAll)),
    row('question to last player p50/p99, ms', sp(c.oneProcess.questionLastDeliveryMs), sp(c.cluster.questionLastDeliveryMs), String(c.ratios.questionLastDeliveryP99)),
    row('answer ack, all at once p50/p99, ms', sp(c.oneProcess.answerAckMs), sp(c.cluster.answerAckMs), String(c.ratios.answerAckP99)),
    row('answer ack, spread p50/p99, ms', sp(c.oneProcess.answerAckSpreadMs), sp(c.cluster.answerAckSpreadMs), String(c.ratios.answerAckSpreadP99)),
    row('results+rank to last p50/p99, ms', sp(c.oneProcess.leaderboardLastDeliveryMs), sp(c.cluster.leaderboardLastDeliveryMs), String(c.ratios.leaderboardLastDeliveryP99)),
    row('server CPU (all processes), ms', String(c.oneProcess.serverCpuMs), String(c.cluster.serverCpuMs), String(c.ratios.serverCpu)),
    row('failed joins / answers / missed', `${c.oneProcess.failedJoins} / ${c.oneProcess.failedAnswers} / ${c.oneProcess.missedDeliveries}`, `${c.cluster.failedJoins} / ${c.cluster.failedAnswers} / ${c.cluster.missedDeliveries}`, ''),
    ...[...c.oneProcess.errors, ...c.cluster.errors].map((e) => `  error: ${e}`),
  ]
  const f = s.failover
  return [
    ...block('One game', s.oneGame),
    ...block('Many games', s.manyGames),
    f ? `Failover: ${f.players} players, process ${f.killedProcess} killed mid-question: every player had the question back ${f.everyoneBackMs} ms after the SIGKILL (${f.notBack} not back)` : 'Failover: not run',
  ].join('\n')
}

/** What makes the run unusable: failed joins or answers, lost messages, players not back after the failover. */
export function clusterBrokenBy(s: ClusterSummary): string[] {
  const problems: string[] = []
  for (const [name, c] of [['one game', s.oneGame], ['many games', s.manyGames]] as const) {
    for (const [where, f] of [['one process', c.oneProcess], ['cluster', c.cluster]] as const) {
      if (f.failedJoins || f.failedAnswers || f.missedDeliveries) problems.push(`${name}, ${where}: ${f.failedJoins} joins and ${f.failedAnswers} answers failed, ${f.missedDeliveries} deliveries missed`)
    }
  }
  if (!s.failover) problems.push('no failover figure')
  else if (s.failover.notBack) problems.push(`${s.failover.notBack} players never had the question back`)
  return problems
}
