import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createCirrus, type Cirrus, type CirrusOptions } from '@cirrus/server'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * A fresh, empty database for one server: a SQLite file in a new folder, or, when the suite runs on PostgreSQL
 * (`TEST_DATABASE=postgres`, `npm run test:postgres`), a schema of its own in the PostgreSQL that
 * TEST_POSTGRES_URL names (the server creates it with its tables at start).
 */
export function tempDatabaseUrl(label = 'test'): string {
  const postgres = testPostgresUrl()
  if (!postgres) return tempSqliteUrl(label)
  const url = new URL(postgres)
  url.searchParams.set('schema', `cirrus_test_${randomBytes(5).toString("hex")}_${label.replace(/\W/g, "_")}`.slice(0, 63))
  return url.toString()
}

/** A fresh SQLite file, whichever database the suite runs on (for what only SQLite has: WAL, checkpoints). */
export function tempSqliteUrl(label = 'test'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cirrus-${label}-`))
  return `file:${path.join(dir, 'cirrus.db')}`
}

/** The PostgreSQL server the suite runs against, or null on SQLite (the default). */
export function testPostgresUrl(): string | null {
  const chosen = process.env.TEST_DATABASE
  if (!chosen || chosen === 'sqlite') return null
  if (/^postgres(ql)?:\/\//.test(chosen)) return chosen
  if (chosen !== 'postgres') throw new Error(`TEST_DATABASE must be sqlite, postgres or a postgres:// URL, not ${chosen}`)
  return process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'
}

export interface TestServer {
  url: string
  databaseUrl: string
  cirrus: Cirrus
  close(): Promise<void>
}

/** The real server, in this process, on a free port, with a fresh database (tempDatabaseUrl). */
export async function startServer(options: Partial<CirrusOptions> = {}): Promise<TestServer> {
  const databaseUrl = options.databaseUrl ?? tempDatabaseUrl()
  const cirrus = await createCirrus({ ...options, databaseUrl, webRoot: options.webRoot ?? null })
  const port = await cirrus.listen(0, '127.0.0.1')
  return { url: `http://127.0.0.1:${port}`, databaseUrl, cirrus, close: () => cirrus.close() }
}

export interface ServerProcess {
  url: string
  port: number
  databaseUrl: string
  process: ChildProcess
  output(): string
  /** Sends the signal and waits for the process to exit. */
  stop(signal?: NodeJS.Signals): Promise<number | null>
}

export interface SpawnOptions {
  databaseUrl?: string
  port?: number
  env?: Record<string, string>
  /** Node's own options (e.g. `--cpu-prof`). */
  nodeArgs?: string[]
}

/** The real server as its own process, as `npm start` runs it. */
export async function spawnServer(options: SpawnOptions = {}): Promise<ServerProcess> {
  const databaseUrl = options.databaseUrl ?? tempDatabaseUrl('proc')
  const port = options.port ?? (await freePort())
  const main = 'apps/server/src/main.ts'
  // `node --import tsx`, not the tsx command, which runs the script in a second process: here the child is the
  // server itself, so a SIGKILL kills it and its /proc figures are the server's.
  const args = [...(options.nodeArgs ?? []), '--import', 'tsx', main]
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, ...options.env, PORT: String(port), DATABASE_URL: databaseUrl, HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${port}`
  await waitFor(async () => {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`)
    const res = await fetch(`${url}/healthz`).catch(() => null)
    return res?.ok ?? false
  }, 60_000)
  return {
    url,
    port,
    databaseUrl,
    process: child,
    output: () => output,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode)
        child.once('exit', (code) => resolve(code))
        child.kill(signal)
      }),
  }
}

export async function freePort(): Promise<number> {
  const net = await import('node:net')
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
    server.once('error', reject)
  })
}

/**
 * `count` consecutive free ports below Linux's ephemeral range (32768 up): a port the kernel hands out is soon the
 * local end of some outgoing connection too (2,000 bots' sockets), and a process started again later could not
 * listen on it (EADDRINUSE).
 */
export async function freePortRun(count: number): Promise<number> {
  const net = await import('node:net')
  const free = (port: number) =>
    new Promise<boolean>((resolve) => {
      const server = net.createServer()
      server.once('error', () => resolve(false))
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
    })
  for (let attempt = 0; attempt < 50; attempt++) {
    const first = 20_000 + Math.floor(Math.random() * (32_000 - 20_000))
    let all = true
    for (let p = first; p < first + count && all; p++) all = await free(p)
    if (all) return first
  }
  throw new Error(`no ${count} consecutive free ports between 20000 and 32000`)
}

export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 10_000, intervalMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, intervalMs))
  }
  throw new Error(`condition not met within ${timeoutMs} ms`)
}
