// A throwaway Redis for tests (Debian: apt-get install -y redis-server, which starts no server by itself here):
// loopback only, nothing saved, stopped with its pid file.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { freePort } from './postgres-throwaway.mjs'

export function redisAvailable() {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

export async function startRedis({ port } = {}) {
  port ??= await freePort()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cirrus-redis-'))
  const pidfile = path.join(dir, 'redis.pid')
  execFileSync('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'yes', '--pidfile', pidfile, '--dir', dir, '--logfile', path.join(dir, 'log')])
  for (let i = 0; i < 100 && !fs.existsSync(pidfile); i++) await new Promise((r) => setTimeout(r, 50))
  let stopped = false
  return {
    url: `redis://127.0.0.1:${port}`,
    stop() {
      if (stopped) return
      stopped = true
      let pid = null
      try {
        pid = Number(fs.readFileSync(pidfile, 'utf8'))
        process.kill(pid, 'SIGTERM')
      } catch {
        /* gone already */
      }
      // Redis still writes its log and removes its pid file while it exits: wait for it (at most 3 s) before the
      // folder goes, or removing it races with those writes (ENOTEMPTY).
      for (let i = 0; pid && i < 60 && alive(pid); i++) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50)
      try {
        fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 })
      } catch (error) {
        console.warn(`could not remove the throwaway Redis folder ${dir}: ${error.message}`)
      }
    },
  }
}
