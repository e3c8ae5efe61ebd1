import os from 'node:os'
import type { GameRun } from './game-run.ts'
import type { BenchOptions } from './options.ts'
import type { PlainRun } from './plain-run.ts'
import { loadAverage } from './proc.ts'
import { median, round, spread, type Spread } from './stats.ts'

/**
 * The targets of issue 21, at 2,000 and 5,000 players and with 100 games of 25: ratios to the plain socket.io
 * server in the same run where the plain server does the same work, absolute figures where it has no counterpart.
 * The cluster's own target (each figure within 1.3x of one process) is in cluster-run.ts.
 */
export const TARGETS = {
  questionLastDeliveryP99Ratio: 1.3,
  /** Answers all at once: the acknowledgement p99 (only once the answer is durable) against plain's. */
  answerAckP99Ratio: 1.5,
  /** Answers spread over the window: plain acknowledges those in a few ms; the game's own bound. */
  answerAckSpreadP99Ms: 20,
  leaderboardLastDeliveryP99Ms: 250,
  /** RSS at the podium, garbage not yet collected included. */
  memoryPerPlayerRatio: 1.3,
  /** What a forced full collection leaves: the memory the players really keep. */
  liveMemoryPerPlayerRatio: 1.3,
  cpuPerMessageRatio: 1.2,
  joinAllMs: 5000,
}

/** Per position (a question, a burst), the median over repetitions. */
function medianEach(perRun: number[][]): number[] {
  const length = Math.min(...perRun.map((values) => values.length))
  return Array.from({ length }, (_, i) => round(median(perRun.map((values) => values[i]!))))
}

/** The median over repetitions of each repetition's p50 and p99. */
function medianSpread(perRun: number[][]): Spread {
  const spreads = perRun.map(spread)
  return { p50: round(median(spreads.map((s) => s.p50))), p99: round(median(spreads.map((s) => s.p99))) }
}

const med = (values: number[]) => round(median(values))

export function summarize(options: BenchOptions, games: GameRun[], plains: PlainRun[], startedAt: Date, loadBefore: number[]) {
  const game = {
    joinAllMs: med(games.map((g) => g.joinAllMs)),
    questionLastDeliveryMs: medianSpread(games.map((g) => g.questionLastDeliveryMs)),
    questionFromFirstCommandMs: medianSpread(games.map((g) => g.questionFromFirstCommandMs)),
    answerAckMs: medianSpread(games.map((g) => g.answerAckMs)),
    answerAckSpreadMs: medianSpread(games.map((g) => g.answerAckSpreadMs)),
    /** Each all-at-once round's own p99, in order: the first is a fresh process's (its code not yet compiled). */
    answerAckBurstP99Ms: medianEach(games.map((g) => g.answerAckBurstP99Ms)),
    leaderboardLastDeliveryMs: medianSpread(games.map((g) => g.leaderboardLastDeliveryMs)),
    leaderboardViewLastDeliveryMs: medianSpread(games.map((g) => g.leaderboardViewLastDeliveryMs)),
    memoryPerPlayerKB: med(games.map((g) => g.memoryPerPlayerKB)),
    memoryPerPlayerAfterJoinsKB: med(games.map((g) => g.memoryPerPlayerAfterJoinsKB)),
    liveMemoryPerPlayerKB: med(games.map((g) => g.liveMemoryPerPlayerKB)),
    rssAfterGcPerPlayerKB: med(games.map((g) => g.rssAfterGcPerPlayerKB)),
    cpuPerMessageUs: med(games.map((g) => g.cpuPerMessageUs)),
    /** Over all repetitions. */
    failedJoins: games.reduce((n, g) => n + g.failedJoins, 0),
    failedAnswers: games.reduce((n, g) => n + g.failedAnswers, 0),
    missedDeliveries: games.reduce((n, g) => n + g.missedDeliveries, 0),
    rssBeforeJoinsMB: med(games.map((g) => g.rssBeforeJoinsMB)),
    rssEndMB: med(games.map((g) => g.rssEndMB)),
    questionPayloadBytes: med(games.map((g) => g.questionPayloadBytes)),
    revealPayloadBytes: med(games.map((g) => g.revealPayloadBytes)),
    errors: [...new Set(games.flatMap((g) => [...g.joinErrors, ...g.answerErrors]))].slice(0, 5),
  }
  const plain = {
    connectAllMs: med(plains.map((p) => p.connectAllMs)),
    lastDeliveryMs: medianSpread(plains.map((p) => p.lastDeliveryMs)),
    answerAckMs: medianSpread(plains.map((p) => p.answerAckMs)),
    answerAckSpreadMs: medianSpread(plains.map((p) => p.answerAckSpreadMs)),
    answerAckBurstP99Ms: medianEach(plains.map((p) => p.answerAckBurstP99Ms)),
    memoryPerConnectionKB: med(plains.map((p) => p.memoryPerConnectionKB)),
    liveMemoryPerConnectionKB: med(plains.map((p) => p.liveMemoryPerConnectionKB)),
    rssAfterGcPerConnectionKB: med(plains.map((p) => p.rssAfterGcPerConnectionKB)),
    cpuPerMessageUs: med(plains.map((p) => p.cpuPerMessageUs)),
    failedConnections: plains.reduce((n, p) => n + p.failedConnections, 0),
    missedDeliveries: plains.reduce((n, p) => n + p.missedDeliveries, 0),
  }
  const ratio = (a: number, b: number) => round(a / b, 2)
  const ratios = {
    questionLastDeliveryP99: ratio(game.questionLastDeliveryMs.p99, plain.lastDeliveryMs.p99),
    questionLastDeliveryP50: ratio(game.questionLastDeliveryMs.p50, plain.lastDeliveryMs.p50),
    answerAckP99: ratio(game.answerAckMs.p99, plain.answerAckMs.p99),
    answerAckSpreadP99: ratio(game.answerAckSpreadMs.p99, plain.answerAckSpreadMs.p99),
    /** The same burst of the game and of plain, each against each (the target is the p99 of them all, above). */
    answerAckBurstP99: game.answerAckBurstP99Ms.map((ms, i) => ratio(ms, plain.answerAckBurstP99Ms[i]!)),
    memoryPerPlayer: ratio(game.memoryPerPlayerKB, plain.memoryPerConnectionKB),
    /** After a forced full collection: what each player really keeps alive, garbage left out. */
    liveMemoryPerPlayer: ratio(game.liveMemoryPerPlayerKB, plain.liveMemoryPerConnectionKB),
    rssAfterGcPerPlayer: ratio(game.rssAfterGcPerPlayerKB, plain.rssAfterGcPerConnectionKB),
    cpuPerMessage: ratio(game.cpuPerMessageUs, plain.cpuPerMessageUs),
  }
  const targets = {
    questionLastDeliveryP99Ratio: { limit: TARGETS.questionLastDeliveryP99Ratio, met: ratios.questionLastDeliveryP99 <= TARGETS.questionLastDeliveryP99Ratio },
    answerAckP99Ratio: { limit: TARGETS.answerAckP99Ratio, met: ratios.answerAckP99 <= TARGETS.answerAckP99Ratio },
    answerAckSpreadP99Ms: { limit: TARGETS.answerAckSpreadP99Ms, met: game.answerAckSpreadMs.p99 <= TARGETS.answerAckSpreadP99Ms },
    leaderboardLastDeliveryP99Ms: { limit: TARGETS.leaderboardLastDeliveryP99Ms, met: game.leaderboardLastDeliveryMs.p99 <= TARGETS.leaderboardLastDeliveryP99Ms },
    memoryPerPlayerRatio: { limit: TARGETS.memoryPerPlayerRatio, met: ratios.memoryPerPlayer <= TARGETS.memoryPerPlayerRatio },
    liveMemoryPerPlayerRatio: { limit: TARGETS.liveMemoryPerPlayerRatio, met: ratios.liveMemoryPerPlayer <= TARGETS.liveMemoryPerPlayerRatio },
    cpuPerMessageRatio: { limit: TARGETS.cpuPerMessageRatio, met: ratios.cpuPerMessage <= TARGETS.cpuPerMessageRatio },
    joinAllMs: { limit: TARGETS.joinAllMs, met: game.joinAllMs <= TARGETS.joinAllMs && game.failedJoins === 0 },
  }
  return {
    players: options.players,
    games: options.games,
    playersPerGame: Math.ceil(options.players / options.games),
    questions: options.questions,
    repetitions: options.reps,
    game,
    plain,
    ratios,
    targets,
    setup: runSetup(options, startedAt, loadBefore),
    runs: games.map((g, i) => ({ game: rounded(g), plain: rounded(plains[i]!) })),
  }
}

export type Summary = ReturnType<typeof summarize>

/** How a run was made and on what machine, for every scenario's JSON. */
export function runSetup(options: BenchOptions, startedAt: Date, loadBefore: number[]) {
  return {
    workers: options.workers,
    answerWindowMs: options.answerWindowMs,
    joinConcurrency: options.joinConcurrency,
    gapMs: options.gapMs,
    quiz: options.quiz,
    /** --plain-reveal: the plain server also sent each client its own reveal-sized frame (not the baseline). */
    plainReveal: options.plainReveal,
    startedAt: startedAt.toISOString(),
    loadAverageBefore: loadBefore,
    loadAverageAfter: loadAverage(),
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    node: process.version,
  }
}

/** What makes the run unusable, as opposed to slow: failed joins, lost messages, or no figures at all. */
export function brokenBy(summary: Summary): string[] {
  const problems: string[] = []
  if (summary.game.failedJoins > 0) problems.push(`${summary.game.failedJoins} joins failed`)
  if (summary.plain.failedConnections > 0) problems.push(`${summary.plain.failedConnections} plain connections failed`)
  if (summary.game.failedAnswers > 0) problems.push(`${summary.game.failedAnswers} answers failed`)
  if (summary.game.missedDeliveries > 0 || summary.plain.missedDeliveries > 0) problems.push('messages were not delivered')
  const figures = [
    summary.game.joinAllMs,
    summary.game.questionLastDeliveryMs.p99,
    summary.game.answerAckMs.p99,
    summary.game.leaderboardLastDeliveryMs.p99,
    summary.game.memoryPerPlayerKB,
    summary.game.cpuPerMessageUs,
    summary.plain.lastDeliveryMs.p99,
    summary.ratios.questionLastDeliveryP99,
  ]
  if (!figures.every(Number.isFinite)) problems.push('some figures are missing')
  return problems
}

/** The raw per-repetition figures, without the long arrays of samples. */
function rounded(run: GameRun | PlainRun) {
  return Object.fromEntries(
    Object.entries(run).map(([k, v]) => [k, Array.isArray(v) ? (typeof v[0] === 'number' ? (v.length > 50 ? spread(v) : v.map((x: number) => round(x))) : v) : typeof v === 'number' ? round(v) : v]),
  )
}

export function table(s: Summary): string {
  const row = (label: string, game: string, plain: string, target = '') => `  ${label.padEnd(40)}${game.padStart(16)}${plain.padStart(16)}  ${target}`
  const sp = (x: Spread) => `${x.p50} / ${x.p99}`
  const ok = (t: { met: boolean; limit: number }) => (t.met ? `ok (≤ ${t.limit})` : `MISSED (≤ ${t.limit})`)
  return [
    `${s.players} players in ${s.games} game(s), ${s.questions} questions, ${s.repetitions} repetitions (medians); load ${s.setup.loadAverageBefore.join(' ')}`,
    row('', 'game', 'plain'),
    row('join all, ms', String(s.game.joinAllMs), String(s.plain.connectAllMs), ok(s.targets.joinAllMs)),
    row('question to last player p50/p99, ms', sp(s.game.questionLastDeliveryMs), sp(s.plain.lastDeliveryMs), `ratio ${s.ratios.questionLastDeliveryP99} ${ok(s.targets.questionLastDeliveryP99Ratio)}`),
    ...(s.games > 1 ? [row('  from the first host command, ms', sp(s.game.questionFromFirstCommandMs), '')] : []),
    row('answer ack, all at once p50/p99, ms', sp(s.game.answerAckMs), sp(s.plain.answerAckMs), `ratio ${s.ratios.answerAckP99} ${ok(s.targets.answerAckP99Ratio)}`),
    row('  each burst\'s own p99, ms', s.game.answerAckBurstP99Ms.join(' '), s.plain.answerAckBurstP99Ms.join(' '), `ratios ${s.ratios.answerAckBurstP99.join(' ')}`),
    row(`answer ack, within ${s.setup.answerWindowMs} ms p50/p99`, sp(s.game.answerAckSpreadMs), sp(s.plain.answerAckSpreadMs), ok(s.targets.answerAckSpreadP99Ms)),
    row('results+rank to last player p50/p99, ms', sp(s.game.leaderboardLastDeliveryMs), '', ok(s.targets.leaderboardLastDeliveryP99Ms)),
    row('leaderboard view to last p50/p99, ms', sp(s.game.leaderboardViewLastDeliveryMs), ''),
    row('server memory per player at podium, KB', String(s.game.memoryPerPlayerKB), String(s.plain.memoryPerConnectionKB), `ratio ${s.ratios.memoryPerPlayer} ${ok(s.targets.memoryPerPlayerRatio)}`),
    row('  of which after the joins, KB', String(s.game.memoryPerPlayerAfterJoinsKB), ''),
    row('  RSS after a forced GC, KB', String(s.game.rssAfterGcPerPlayerKB), String(s.plain.rssAfterGcPerConnectionKB), `ratio ${s.ratios.rssAfterGcPerPlayer}`),
    row('  live heap + external after GC, KB', String(s.game.liveMemoryPerPlayerKB), String(s.plain.liveMemoryPerConnectionKB), `ratio ${s.ratios.liveMemoryPerPlayer} ${ok(s.targets.liveMemoryPerPlayerRatio)}`),
    row('server CPU per delivered message, µs', String(s.game.cpuPerMessageUs), String(s.plain.cpuPerMessageUs), `ratio ${s.ratios.cpuPerMessage} ${ok(s.targets.cpuPerMessageRatio)}`),
    row('failed joins / answers / missed', `${s.game.failedJoins} / ${s.game.failedAnswers} / ${s.game.missedDeliveries}`, `${s.plain.failedConnections} / - / ${s.plain.missedDeliveries}`),
    ...s.game.errors.map((e) => `  error: ${e}`),
  ].join('\n')
}
