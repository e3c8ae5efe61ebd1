import { fork } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BotFleet } from './fleet.ts'
import { runGame, type GameRun } from './game-run.ts'
import type { HammerKind, HammerResult, HammerStart } from './hammer.ts'
import type { BenchOptions, HammerName } from './options.ts'
import { runSetup } from './report.ts'
import { median, round, spread, type Spread } from './stats.ts'

/**
 * The hostile scenario (issue 14): a live game keeps priority. A small game (30 players answering every question,
 * odd questions spread over the answer window, even ones all at once) is played once alone, then once beside each
 * hammer (hammer.ts) hammering the same server from another address; the honest players' acknowledgement p50/p99
 * of each run are reported, with their ratio to the game alone. The target: p99 under 50 ms beside every hammer.
 */

const here = path.dirname(fileURLToPath(import.meta.url))

/** The honest players' acknowledgement p99 to hold beside any hammer, ms. */
export const HOSTILE_ACK_P99_MS = 50

/** The hammer's address: another address than the players' (127.0.0.1), so the per-address limits count it apart. */
const HAMMER_ADDRESS = '127.0.0.2'

/** With --raise-limits: every limit of imports and practice lifted for the hammer, so that all its work is done. */
const RAISED = ['httpPerAddress', 'importsPerAddress', 'practicePerAddress', 'practicePerLearner', 'examsPerLearner', 'examsPerAddress'].map((name) => `${name}=1000000/1000000`)

function startHammer(kind: HammerKind, url: string, concurrency: number): Promise<{ stop(): Promise<HammerResult> }> {
  const child = fork(path.join(here, 'hammer.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`the ${kind} hammer exited with ${code} before it started`)))
    child.once('message', () => {
      child.removeAllListeners('exit')
      resolve({
        stop: () =>
          new Promise<HammerResult>((done, failed) => {
            child.on('message', (m: { result?: HammerResult }) => m.result && done(m.result))
            child.once('exit', (code) => failed(new Error(`the ${kind} hammer exited with ${code} before it reported`)))
            child.send({ cmd: 'stop' })
          }),
      })
    })
    child.send({ cmd: 'start', kind, url, localAddress: HAMMER_ADDRESS, concurrency } satisfies HammerStart)
  })
}

export interface HostileRuns {
  alone: GameRun[]
  beside: Partial<Record<HammerName, GameRun[]>>
}

export async function runHostile(options: BenchOptions, fleet: BotFleet, log: (line: string) => void): Promise<HostileRuns> {
  const runs: HostileRuns = { alone: [], beside: {} }
  for (let rep = 1; rep <= options.reps; rep++) {
    runs.alone.push(await runGame(options, fleet))
    log(`rep ${rep}: the game alone done`)
    for (const kind of options.hammers) {
      const beside = { rateLimits: options.raiseLimits ? RAISED : [], start: (url: string) => startHammer(kind, url, options.hammerConcurrency) }
      ;(runs.beside[kind] ??= []).push(await runGame(options, fleet, beside))
      log(`rep ${rep}: the game beside the ${kind} hammer done`)
    }
  }
  return runs
}

/** The median over repetitions of each repetition's p50 and p99. */
function medianSpread(perRun: number[][]): Spread {
  const spreads = perRun.map(spread)
  return { p50: round(median(spreads.map((s) => s.p50))), p99: round(median(spreads.map((s) => s.p99))) }
}

function figures(games: GameRun[]) {
  return {
    /** Every answer's acknowledgement, spread or all at once. */
    answerAckMs: medianSpread(games.map((g) => [...g.answerAckMs, ...g.answerAckSpreadMs])),
    answerAckSpreadMs: medianSpread(games.map((g) => g.answerAckSpreadMs)),
    answerAckBurstMs: medianSpread(games.map((g) => g.answerAckMs)),
    questionLastDeliveryMs: medianSpread(games.map((g) => g.questionLastDeliveryMs)),
    leaderboardLastDeliveryMs: medianSpread(games.map((g) => g.leaderboardLastDeliveryMs)),
    serverCpuMs: round(median(games.map((g) => g.serverCpuMs))),
    /** Each repetition's p50/p99 of every acknowledgement, to show how far runs move. */
    answerAckMsPerRun: games.map((g) => spread([...g.answerAckMs, ...g.answerAckSpreadMs])),
    failedJoins: games.reduce((n, g) => n + g.failedJoins, 0),
    failedAnswers: games.reduce((n, g) => n + g.failedAnswers, 0),
    missedDeliveries: games.reduce((n, g) => n + g.missedDeliveries, 0),
  }
}

export function summarizeHostile(options: BenchOptions, runs: HostileRuns, startedAt: Date, loadBefore: number[]) {
  const alone = figures(runs.alone)
  const beside = Object.fromEntries(
    Object.entries(runs.beside).map(([kind, games]) => {
      const f = figures(games)
      const hammer = games.map((g) => g.beside as HammerResult)
      return [
        kind,
        {
          ...f,
          ackP99Ratio: round(f.answerAckMs.p99 / alone.answerAckMs.p99, 2),
          met: f.answerAckMs.p99 < HOSTILE_ACK_P99_MS,
          hammer: hammer.map((h) => ({ ...h, perSecond: round((h.requests * 1000) / Math.max(1, h.durationMs)) })),
        },
      ]
    }),
  )
  return {
    scenario: 'hostile' as const,
    players: options.players,
    questions: options.questions,
    repetitions: options.reps,
    raisedLimits: options.raiseLimits,
    hammerConcurrency: options.hammerConcurrency,
    targetAckP99Ms: HOSTILE_ACK_P99_MS,
    alone,
    beside,
    setup: { ...runSetup(options, startedAt, loadBefore), hammerAddress: HAMMER_ADDRESS },
  }
}

export type HostileSummary = ReturnType<typeof summarizeHostile>

export function hostileBrokenBy(summary: HostileSummary): string[] {
  const problems: string[] = []
  for (const [label, f] of [['alone', summary.alone] as const, ...Object.entries(summary.beside)]) {
    if (f.failedJoins || f.failedAnswers || f.missedDeliveries) problems.push(`${label}: ${f.failedJoins} joins and ${f.failedAnswers} answers failed, ${f.missedDeliveries} deliveries missed`)
    if (!Number.isFinite(f.answerAckMs.p99)) problems.push(`${label}: no acknowledgements`)
  }
  return problems
}

export function hostileTable(s: HostileSummary): string {
  const sp = (x: Spread) => `${x.p50} / ${x.p99}`
  const row = (label: string, ...cells: string[]) => `  ${label.padEnd(14)}${cells.map((c) => c.padStart(18)).join('')}`
  const lines = [
    `${s.players} players, ${s.questions} questions, ${s.repetitions} repetition(s)${s.raisedLimits ? ', the hammer\'s limits lifted' : ''}; load ${s.setup.loadAverageBefore.join(' ')}`,
    row('', 'ack p50/p99 ms', 'spread', 'all at once', 'question p99', 'ratio p99', `p99 < ${s.targetAckP99Ms}`),
    row('alone', sp(s.alone.answerAckMs), sp(s.alone.answerAckSpreadMs), sp(s.alone.answerAckBurstMs), String(s.alone.questionLastDeliveryMs.p99), '', ''),
  ]
  for (const [kind, f] of Object.entries(s.beside)) {
    lines.push(row(`beside ${kind}`, sp(f.answerAckMs), sp(f.answerAckSpreadMs), sp(f.answerAckBurstMs), String(f.questionLastDeliveryMs.p99), String(f.ackP99Ratio), f.met ? 'yes' : 'NO'))
    for (const h of f.hammer) lines.push(`      ${kind}: ${h.requests} requests (${h.perSecond}/s, ${h.sentMB} MB sent): ${Object.entries(h.byStatus).map(([k, v]) => `${v} × ${k}`).join(', ')}`)
  }
  return lines.join('\n')
}
