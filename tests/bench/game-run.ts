import type { GameSettingsInput, PhaseView, Step } from '@cirrus/protocol'
import { call } from '../support/client.ts'
import { hostGame, type HostedGame } from '../support/game.ts'
import { spawnServer } from '../support/server.ts'
import { INSPECT_ARGS, Inspector, inspectorUrl, liveBytes } from './inspector.ts'
import type { BotFleet } from './fleet.ts'
import type { Seat } from './messages.ts'
import { wallNow } from './messages.ts'
import { cpuProfileArgs, type BenchOptions } from './options.ts'
import { sampleProcesses } from './proc.ts'
import { answerWindow, awaitEverywhere, connectEverywhere, pause, splitSeats } from './steps.ts'
import { percentile } from './stats.ts'

/** The raw figures of one repetition of the game: N players in G games on a fresh server process. */
export interface GameRun {
  joinAllMs: number
  failedJoins: number
  joinErrors: string[]
  /** Per question: from the host's command until the last player had the question (the slowest game's). */
  questionLastDeliveryMs: number[]
  /** The same from the first of the hosts' commands (with many games, the runner's own sending counts too). */
  questionFromFirstCommandMs: number[]
  /** Acknowledgement latency of every accepted answer to the even questions, where all players answer at once. */
  answerAckMs: number[]
  /** The same for the odd questions, where each player answers at a random moment within the answer window. */
  answerAckSpreadMs: number[]
  /** Per even question (all at once), in order: that burst's own acknowledgement p99 (the first is a fresh process's). */
  answerAckBurstP99Ms: number[]
  failedAnswers: number
  answerErrors: string[]
  /** Per question: from the end of answering (the server's time on the reveal) until the last player had its result and rank. */
  leaderboardLastDeliveryMs: number[]
  /** Per question: from the host's `next` until the last player had the leaderboard view (top 10; the slowest game's). */
  leaderboardViewLastDeliveryMs: number[]
  /** Deliveries that never came (a player missing a question, result or leaderboard). */
  missedDeliveries: number
  /** RSS growth from before the joins to the podium (the high-water mark of a whole game), per player. */
  memoryPerPlayerKB: number
  /** RSS growth from before the joins to just after them (what holding the players costs), per player. */
  memoryPerPlayerAfterJoinsKB: number
  /** What a forced full collection leaves (V8 heap in use plus external memory), at the podium less before the joins. */
  liveMemoryPerPlayerKB: number
  /** RSS after that collection, at the podium less before the joins (NaN for the cluster, whose processes are not inspected). */
  rssAfterGcPerPlayerKB: number
  rssBeforeJoinsMB: number
  rssAfterJoinsMB: number
  rssEndMB: number
  serverCpuMs: number
  messages: number
  cpuPerMessageUs: number
  questionPayloadBytes: number
  /** The largest reveal frame a player received (the view with its own result), bytes. */
  revealPayloadBytes: number
  /** What ran beside the game (the hostile scenario's hammer), as it reported when stopped. */
  beside?: unknown
}

/** Something to run beside the game on the same server (the hostile scenario's hammer). */
export interface Beside {
  /** More RATE_LIMITS entries for the server (name=capacity/perSecond). */
  rateLimits?: string[]
  /** Started once the server is up, before the games are created; stopped after the podium. */
  start(url: string): Promise<{ stop(): Promise<unknown> }>
}

interface Host extends HostedGame {
  /** Server time on each reveal view, by question index: when answering ended. */
  revealedAt: Map<number, number>
  questionBytes: number[]
}

/**
 * Where the game is played when the run does not start its own server: the cluster scenario's load balancer. Its
 * server processes are sampled together (memory and CPU added up); hosts are seated by PIN, as nginx routes.
 */
export interface Target {
  url: string
  pids(): number[]
  host(url: string, quizId: string, settings: GameSettingsInput): Promise<HostedGame>
}

/** Thousands of joins and a hundred games from 127.0.0.1: the per-address limits are raised for the benchmark. */
export function benchLimits(players: number, games: number, more: string[] = []): Record<string, string> {
  const rateLimits = [`joinsPerAddress=${players * 2}/${players * 2}`, `createsPerAddress=${games * 2}/${games * 2}`, ...more]
  return { RATE_LIMITS: rateLimits.join(','), MAX_CONNECTIONS_PER_ADDRESS: String(players + games + 100) }
}

export async function runGame(options: BenchOptions, fleet: BotFleet, beside?: Beside, target?: Target): Promise<GameRun> {
  const { players, games, questions } = options
  const perGame = Math.ceil(players / games)
  const spawned = target
    ? null
    : await spawnServer({
        nodeArgs: [...INSPECT_ARGS, ...cpuProfileArgs(options)],
        env: benchLimits(players, games, beside?.rateLimits),
      })
  const url = target?.url ?? spawned!.url
  const sample = () => sampleProcesses(target ? target.pids() : [spawned!.process.pid!])
  // The cluster's processes are not inspected: its memory is RSS alone.
  const inspector = spawned ? await Inspector.open(await inspectorUrl(spawned.output)) : null
  const hosts: Host[] = []
  const neighbour = beside ? await beside.start(url) : null
  let besideResult: Promise<unknown> | null = null
  const stopNeighbour = () => (besideResult ??= neighbour ? neighbour.stop() : Promise.resolve(undefined))
  try {
    const settings: GameSettingsInput = { questionCount: questions, timeLimitSec: 240, maxPlayers: Math.max(perGame, 1) }
    for (let g = 0; g < games; g++) {
      const game = await (target ? target.host(url, options.quiz, settings) : hostGame(url, options.quiz, settings))
      const host: Host = { ...game, revealedAt: new Map(), questionBytes: [] }
      game.host.on('game:phase', (view: PhaseView) => {
        if (view.phase === 'reveal') host.revealedAt.set(view.index, view.serverNow)
        if (view.phase === 'question') host.questionBytes.push(JSON.stringify(['game:phase', view]).length)
      })
      hosts.push(host)
    }
    const seats: Seat[] = Array.from({ length: players }, (_, i) => ({ pin: hosts[i % games]!.pin, nickname: botNickname(i) }))
    await pause(300)
    // The collection first: the server's start (migrations, the bank) leaves garbage that would count against RSS.
    const liveBefore = await inspector?.liveMemory()
    if (options.heapSnapshotDir) await inspector?.writeHeapSnapshot(options.heapSnapshotDir, 'game-before-joins')
    const before = sample()

    const joinStart = wallNow()
    const joined = await connectEverywhere(fleet, url, 'game', splitSeats(seats, fleet.size), options)
    const joinAllMs = joined.lastJoinedAt - joinStart
    await pause(options.gapMs)
    const afterJoins = sample()

    const run: GameRun = {
      joinAllMs,
      failedJoins: joined.failed,
      joinErrors: joined.errors,
      questionLastDeliveryMs: [],
      questionFromFirstCommandMs: [],
      answerAckMs: [],
      answerAckSpreadMs: [],
      answerAckBurstP99Ms: [],
      failedAnswers: 0,
      answerErrors: [],
      leaderboardLastDeliveryMs: [],
      leaderboardViewLastDeliveryMs: [],
      missedDeliveries: 0,
      memoryPerPlayerKB: 0,
      memoryPerPlayerAfterJoinsKB: (afterJoins.rssBytes - before.rssBytes) / 1024 / players,
      liveMemoryPerPlayerKB: Number.NaN,
      rssAfterGcPerPlayerKB: Number.NaN,
      rssBeforeJoinsMB: before.rssBytes / 2 ** 20,
      rssAfterJoinsMB: afterJoins.rssBytes / 2 ** 20,
      rssEndMB: 0,
      serverCpuMs: 0,
      messages: 0,
      cpuPerMessageUs: 0,
      questionPayloadBytes: 0,
      revealPayloadBytes: 0,
    }
    /**
     * Sends the command, from the step every game is at, to every host's game; resolves, once all have replied, with
     * when each was sent (by PIN).
     */
    const everyHost = async (command: 'host:start' | 'host:next' | 'host:endAnswering', step: Step) => {
      const sentAt: Record<string, number> = {}
      const replies = hosts.map((h) => {
        sentAt[h.pin] = wallNow()
        return call(h.host, command, { step }).catch((error: Error) => error)
      })
      await Promise.all(replies)
      return sentAt
    }

    await fleet.all({ cmd: 'count' })
    if (options.allocationProfileDir) await inspector?.startAllocationSampling()
    const playStart = sample()
    for (let i = 0; i < questions; i++) {
      const sentAt = await (i === 0 ? everyHost('host:start', { phase: 'lobby', index: -1 }) : everyHost('host:next', { phase: 'leaderboard', index: i - 1 }))
      const question = await awaitEverywhere(fleet, `question:${i}`)
      run.missedDeliveries += question.missing
      run.questionLastDeliveryMs.push(slowestGame(sentAt, question.lastAtByPin))
      run.questionFromFirstCommandMs.push(question.lastAt - Math.min(...Object.values(sentAt)))
      await pause(options.gapMs)

      const windowMs = answerWindow(options, i)
      const answered = await fleet.all({ cmd: 'answer', index: i, windowMs, timeoutMs: 20_000 })
      for (const a of answered) {
        ;(windowMs ? run.answerAckSpreadMs : run.answerAckMs).push(...a.latencies)
        run.failedAnswers += a.failed + a.refused
        run.answerErrors.push(...a.errors.slice(0, 5 - run.answerErrors.length))
      }
      if (!windowMs) run.answerAckBurstP99Ms.push(percentile(answered.flatMap((a) => a.latencies), 99))
      // Everyone answered, so each game closes its round by itself; a game still open (a lost answer) is closed.
      await waitForReveals(hosts, i, 3000)
      if (hosts.some((h) => !h.revealedAt.has(i))) {
        await everyHost('host:endAnswering', { phase: 'question', index: i })
        await waitForReveals(hosts, i, 10_000)
      }
      const reveal = await awaitEverywhere(fleet, `reveal:${i}`)
      const result = await awaitEverywhere(fleet, `you:${i}`)
      run.missedDeliveries += reveal.missing + result.missing
      const endedAt: Record<string, number> = {}
      const resultAt: Record<string, number> = {}
      for (const host of hosts) {
        const ended = host.revealedAt.get(i)
        if (ended !== undefined) endedAt[host.pin] = ended
        resultAt[host.pin] = Math.max(reveal.lastAtByPin[host.pin] ?? 0, result.lastAtByPin[host.pin] ?? 0)
      }
      run.leaderboardLastDeliveryMs.push(slowestGame(endedAt, resultAt))
      await pause(options.gapMs)

      const nextAt = await everyHost('host:next', { phase: 'reveal', index: i })
      const board = await awaitEverywhere(fleet, `leaderboard:${i}`)
      run.missedDeliveries += board.missing
      run.leaderboardViewLastDeliveryMs.push(slowestGame(nextAt, board.lastAtByPin))
      await pause(options.gapMs)
    }
    await everyHost('host:next', { phase: 'leaderboard', index: questions - 1 })
    const podium = await awaitEverywhere(fleet, 'podium:-')
    run.missedDeliveries += podium.missing
    const end = sample()
    const counts = await fleet.all({ cmd: 'count' })
    run.messages = counts.reduce((n, c) => n + c.messages, 0)
    run.revealPayloadBytes = Math.max(0, ...counts.map((c) => c.revealBytes))
    run.serverCpuMs = end.cpuMs - playStart.cpuMs
    run.cpuPerMessageUs = run.messages ? (run.serverCpuMs * 1000) / run.messages : Number.NaN
    run.memoryPerPlayerKB = (end.rssBytes - before.rssBytes) / 1024 / players
    run.rssEndMB = end.rssBytes / 2 ** 20
    if (options.allocationProfileDir) await inspector?.stopAllocationSampling(options.allocationProfileDir, 'game-play')
    const liveEnd = await inspector?.liveMemory()
    if (liveBefore && liveEnd) {
      run.liveMemoryPerPlayerKB = (liveBytes(liveEnd) - liveBytes(liveBefore)) / 1024 / players
      run.rssAfterGcPerPlayerKB = (liveEnd.rssBytes - liveBefore.rssBytes) / 1024 / players
    }
    if (options.heapSnapshotDir) await inspector?.writeHeapSnapshot(options.heapSnapshotDir, 'game-podium')
    const bytes = hosts.flatMap((h) => h.questionBytes)
    run.questionPayloadBytes = Math.round(bytes.reduce((a, b) => a + b, 0) / Math.max(1, bytes.length))
    if (neighbour) run.beside = await stopNeighbour()
    return run
  } finally {
    await stopNeighbour()
    await fleet.all({ cmd: 'disconnect' })
    for (const h of hosts) h.host.close()
    inspector?.close()
    await spawned?.stop()
  }
}

/**
 * The slowest game's time from its own start (its host's command, or its end of answering) to its last player. Each
 * game is timed from its own command: the runner sends the 100 hosts' commands one after another (up to ~30 ms apart
 * under load), which 100 teachers' devices would not; the server's handling of them, one game after another, is all
 * counted. NaN when no game had both times.
 */
function slowestGame(startAtByPin: Record<string, number>, lastAtByPin: Record<string, number>): number {
  let slowest = Number.NaN
  for (const [pin, startAt] of Object.entries(startAtByPin)) {
    const lastAt = lastAtByPin[pin]
    if (lastAt) slowest = Number.isNaN(slowest) ? lastAt - startAt : Math.max(slowest, lastAt - startAt)
  }
  return slowest
}

async function waitForReveals(hosts: Host[], index: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (hosts.some((h) => !h.revealedAt.has(index)) && Date.now() < deadline) await pause(10)
}

/**
 * A distinct nickname per bot that the profanity filter (on, as by default) never refuses: written with the digits
 * 2, 6 and 9 only, which no l33t disguise reads as a letter ("Bot 455" reads as a word the filter refuses).
 */
export function botNickname(i: number): string {
  return `Bot ${[...i.toString(3)].map((d) => '269'[Number(d)]).join('')}`
}
