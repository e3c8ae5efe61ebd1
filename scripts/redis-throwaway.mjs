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
      try {
        process.kill(Number(fs.readFileSync(pidfile, 'utf8')), 'SIGTERM')
      } catch {
        /* gone already */
      }
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
