import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { io } from 'socket.io-client'
import { freePort, repoRoot, waitFor } from '../support/server.ts'
import type { BotFleet } from './fleet.ts'
import { INSPECT_ARGS, Inspector, inspectorUrl, isInspectorChatter, liveBytes } from './inspector.ts'
import { wallNow, type Seat } from './messages.ts'
import { cpuProfileArgs, type BenchOptions } from './options.ts'
import { sampleProcess } from './proc.ts'
import { answerWindow, awaitEverywhere, connectEverywhere, pause, splitSeats } from './steps.ts'
import { percentile } from './stats.ts'

const here = path.dirname(fileURLToPath(import.meta.url))

/** The raw figures of one repetition of the baseline: N clients of a plain socket.io server, the same steps as a game. */
export interface PlainRun {
  connectAllMs: number
  failedConnections: number
  /** Per broadcast: from the controller's command until the last client had it. */
  lastDeliveryMs: number[]
  answerAckMs: number[]
  answerAckSpreadMs: number[]
  /** As the game's: each all-at-once round's own acknowledgement p99, in order. */
  answerAckBurstP99Ms: number[]
  failedAnswers: number
  missedDeliveries: number
  memoryPerConnectionKB: number
  /** As the game's liveMemoryPerPlayerKB and rssAfterGcPerPlayerKB: after a forced full collection. */
  liveMemoryPerConnectionKB: number
  rssAfterGcPerConnectionKB: number
  cpuPerMessageUs: number
}

/**
 * One broadcast per question, of the game's question payload size, then every client answers, as in the game; with
 * `revealBytes`, once all have answered each client also gets a frame of its own of that size (--plain-reveal).
 */
export async function runPlain(options: BenchOptions, fleet: BotFleet, payloadBytes: number, revealBytes = 0): Promise<PlainRun> {
  const port = await freePort()
  const child = spawn(process.execPath, [...INSPECT_ARGS, ...cpuProfileArgs(options), '--import', 'tsx', path.join(here, 'plain-server.ts')], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), PLAIN_REVEAL_BYTES: String(revealBytes) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let listening = false
  let errors = ''
  child.stdout!.on('data', (chunk: Buffer) => (listening ||= chunk.toString().includes('listening')))
  child.stderr!.on('data', (chunk: Buffer) => {
    errors += chunk
    if (!isInspectorChatter(chunk.toString())) process.stderr.write(chunk)
  })
  const url = `http://127.0.0.1:${port}`
  let inspector: Inspector | null = null
  const controller = io(url, { transports: ['websocket'], forceNew: true, reconnection: false, autoConnect: false, auth: { controller: true } })
  try {
    await waitFor(() => listening, 30_000)
    controller.connect()
    await new Promise<void>((resolve, reject) => {
      controller.once('connect', resolve)
      controller.once('connect_error', reject)
    })
    const pid = child.pid!
    await pause(300)
    inspector = await Inspector.open(await inspectorUrl(() => errors))
    const liveBefore = await inspector.liveMemory()
    if (options.heapSnapshotDir) await inspector.writeHeapSnapshot(options.heapSnapshotDir, 'plain-before-connections')
    const before = sampleProcess(pid)
    const seats: Seat[] = Array.from({ length: options.players }, () => ({ pin: '', nickname: '' }))
    const start = wallNow()
    const connected = await connectEverywhere(fleet, url, 'plain', splitSeats(seats, fleet.size), options)
    const run: PlainRun = {
      connectAllMs: connected.lastJoinedAt - start,
      failedConnections: connected.failed,
      lastDeliveryMs: [],
      answerAckMs: [],
      answerAckSpreadMs: [],
      answerAckBurstP99Ms: [],
      failedAnswers: 0,
      missedDeliveries: 0,
      memoryPerConnectionKB: 0,
      liveMemoryPerConnectionKB: 0,
      rssAfterGcPerConnectionKB: 0,
      cpuPerMessageUs: 0,
    }
    await pause(options.gapMs)
    await fleet.all({ cmd: 'count' })
    if (options.allocationProfileDir) await inspector.startAllocationSampling()
    const playStart = sampleProcess(pid)
    for (let i = 0; i < options.questions; i++) {
      const sentAt = wallNow()
      await controller.timeout(10_000).emitWithAck('bench:broadcast', { seq: i, bytes: payloadBytes })
      const delivered = await awaitEverywhere(fleet, `plain:${i}`)
      run.missedDeliveries += delivered.missing
      run.lastDeliveryMs.push(delivered.lastAt - sentAt)
      await pause(options.gapMs)
      const windowMs = answerWindow(options, i)
      const answered = await fleet.all({ cmd: 'answer', index: i, windowMs, timeoutMs: 20_000 })
      for (const a of answered) {
        ;(windowMs ? run.answerAckSpreadMs : run.answerAckMs).push(...a.latencies)
        run.failedAnswers += a.failed + a.refused
      }
      if (!windowMs) run.answerAckBurstP99Ms.push(percentile(answered.flatMap((a) => a.latencies), 99))
      await pause(options.gapMs)
    }
    const end = sampleProcess(pid)
    const messages = (await fleet.all({ cmd: 'count' })).reduce((n, c) => n + c.messages, 0)
    run.cpuPerMessageUs = messages ? ((end.cpuMs - playStart.cpuMs) * 1000) / messages : Number.NaN
    run.memoryPerConnectionKB = (end.rssBytes - before.rssBytes) / 1024 / options.players
    if (options.allocationProfileDir) await inspector.stopAllocationSampling(options.allocationProfileDir, 'plain-play')
    const liveEnd = await inspector.liveMemory()
    run.liveMemoryPerConnectionKB = (liveBytes(liveEnd) - liveBytes(liveBefore)) / 1024 / options.players
    run.rssAfterGcPerConnectionKB = (liveEnd.rssBytes - liveBefore.rssBytes) / 1024 / options.players
    if (options.heapSnapshotDir) await inspector.writeHeapSnapshot(options.heapSnapshotDir, 'plain-end')
    return run
  } finally {
    await fleet.all({ cmd: 'disconnect' })
    controller.close()
    inspector?.close()
    await new Promise((resolve) => {
      if (child.exitCode !== null) return resolve(null)
      child.once('exit', resolve)
      child.kill('SIGTERM')
    })
  }
}
