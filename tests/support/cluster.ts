import { spawn, type ChildProcess } from 'node:child_process'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { GameSettingsInput } from '@cirrus/protocol'
import { call, connect, send, type CirrusClient } from './client.ts'
import { hostGame, type HostedGame } from './game.ts'
import { freePortRun, repoRoot, tempDatabaseUrl, testPostgresUrl, waitFor } from './server.ts'

/** What the cluster tests need: PostgreSQL (TEST_DATABASE=postgres), Redis (TEST_REDIS_URL) and nginx. */
export function clusterAvailable(): boolean {
  if (!testPostgresUrl() || !process.env.TEST_REDIS_URL) return false
  try {
    execFileSync('nginx', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

export interface Cluster {
  /** nginx's address: where every client connects. */
  url: string
  databaseUrl: string
  /** Each process's own port, by index from 0. */
  ports: number[]
  /** The pid of the process at `index` now (it changes when the supervisor restarts one). */
  pid(index: number): number
  /** The index of the process that runs the game with this PIN (asked of each process directly). */
  ownerOf(pin: string): Promise<number | null>
  /** Resolves once the process at `index` has been started again after it died, and answers. */
  restarted(index: number, after: number): Promise<void>
  /**
   * Resolves once nginx sends every PIN to its own process again: after a process was started again, nginx may pass it
   * over for its `fail_timeout` (it failed while down), so a game begun then would start elsewhere and move back.
   */
  settled(): Promise<void>
  output(): string
  stop(): Promise<void>
}

/** How long nginx passes over a process that failed (deploy/nginx.conf, the upstream's `fail_timeout`). */
const NGINX_FAIL_TIMEOUT_MS = 1000 * Number(/fail_timeout=(\d+)s/.exec(readFileSync(path.join(repoRoot, 'deploy/nginx.conf'), 'utf8'))?.[1] ?? 10)

/** `npm run cluster -- --processes N --port P` against a fresh PostgreSQL schema and the test Redis; `env` for the servers. */
export async function startCluster(processes = 3, env: Record<string, string> = {}): Promise<Cluster> {
  // nginx on `port`, the processes on the ports after it (scripts/cluster.mjs); each process restarts on its own.
  const port = await freePortRun(processes + 1)
  const databaseUrl = tempDatabaseUrl('cluster')
  const child: ChildProcess = spawn(process.execPath, ['scripts/cluster.mjs', '--processes', String(processes), '--port', String(port)], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl, REDIS_URL: process.env.TEST_REDIS_URL!, MAX_CONNECTIONS_PER_ADDRESS: '1000', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const pids = new Map<number, number>()
  const starts = new Map<number, number>()
  const onData = (chunk: Buffer) => {
    output += chunk
    for (const [, index, pid] of String(chunk).matchAll(/cluster: process (\d+) pid (\d+)/g)) {
      pids.set(Number(index) - 1, Number(pid))
      starts.set(Number(index) - 1, (starts.get(Number(index) - 1) ?? 0) + 1)
    }
  }
  child.stdout!.on('data', onData)
  child.stderr!.on('data', (chunk) => (output += chunk))
  await waitFor(() => {
    if (child.exitCode !== null) throw new Error(`the cluster exited:\n${output}`)
    return output.includes('cluster: ready')
  }, 120_000, 200)
  const ports = Array.from({ length: processes }, (_, i) => port + 1 + i)
  const startsSoFar = () => [...starts.values()].reduce((sum, n) => sum + n, 0)
  let settledStarts = startsSoFar()
  return {
    url: `http://127.0.0.1:${port}`,
    databaseUrl,
    ports,
    pid: (index) => pids.get(index)!,
    async ownerOf(pin) {
      for (const [index, p] of ports.entries()) {
        // A paused process accepts the connection and never answers: ask each for a second at most.
        const res = await fetch(`http://127.0.0.1:${p}/api/games/${pin}`, { signal: AbortSignal.timeout(1000) }).catch(() => null)
        if (res?.ok) return index
      }
      return null
    },
    async restarted(index, after) {
      await waitFor(async () => (starts.get(index) ?? 0) > after && (await fetch(`http://127.0.0.1:${ports[index]}/healthz`).catch(() => null))?.ok === true, 60_000, 100)
    },
    async settled() {
      const now = startsSoFar()
      if (now === settledStarts) return
      const answering = async () => (await Promise.all(ports.map((p) => fetch(`http://127.0.0.1:${p}/healthz`).then((r) => r.ok, () => false)))).every(Boolean)
      await waitFor(answering, 60_000, 100)
      await new Promise((r) => setTimeout(r, NGINX_FAIL_TIMEOUT_MS + 500))
      settledStarts = now
    },
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

/** How many times the process at `index` has been started so far (read from the cluster's output). */
export function startsOf(cluster: Cluster, index: number): number {
  return [...cluster.output().matchAll(new RegExp(`cluster: process ${index + 1} pid`, 'g'))].length
}

/**
 * A client through the load balancer that takes its seat again after every reconnection, as the web app does: a
 * player with its token, a host with the host token. The handshake names the PIN, and a refused one is retried.
 */
export function seatedClient(url: string, pin: string, seat: { playerToken: string } | { hostToken: string }): CirrusClient {
  const socket = connect(url, { query: { pin } })
  socket.on('connect', () => {
    const rejoin = 'playerToken' in seat ? call(socket, 'player:rejoin', { pin, playerToken: seat.playerToken }) : call(socket, 'host:attach', { pin, hostToken: seat.hostToken })
    rejoin.catch(() => {}) // a reconnection that comes too soon is followed by another
  })
  return socket
}

/**
 * A game created through the load balancer, and its host seated again through it by PIN: the connection that
 * created it named no PIN (it may have reached another process than the one the PIN hashes to, where the game moves).
 */
export async function hostThroughBalancer(url: string, quizId: string, settings: GameSettingsInput = {}): Promise<HostedGame> {
  const created = await hostGame(url, quizId, settings)
  created.host.close()
  const host = seatedClient(url, created.pin, { hostToken: created.hostToken })
  await waitFor(async () => (await send(host, 'host:attach', { pin: created.pin, hostToken: created.hostToken }, 1000).catch(() => null))?.ok === true, 20_000, 200)
  return { ...created, host }
}
