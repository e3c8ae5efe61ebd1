import fs from 'node:fs'
import { trustFromEnv } from './address.ts'
import type { CirrusOptions } from './app.ts'
import { databaseUrl } from './db/url.ts'
import { LIFECYCLE, type Lifecycle } from './rooms/registry.ts'
import { limitsFromEnv } from './sockets/limits.ts'

type Env = Record<string, string | undefined>

/**
 * The server's configuration from the environment, each variable listed in README.md and docs/security.md. A
 * malformed value stops the start with a message naming the variable, rather than running with a guess.
 */
export function optionsFromEnv(env: Env, webRoot: string): CirrusOptions {
  const limits = limitsFromEnv(env.RATE_LIMITS)
  limits.connectionsPerAddress = positive(env, 'MAX_CONNECTIONS_PER_ADDRESS') ?? defaultConnectionsPerAddress()
  return {
    databaseUrl: env.DATABASE_URL ?? databaseUrl(),
    webRoot,
    limits,
    adminPassword: env.CIRRUS_ADMIN_PASSWORD || null,
    publicUrl: env.PUBLIC_URL || null,
    trust: trustFromEnv(env.TRUST_PROXY),
    allowedOrigins: env.ALLOWED_ORIGINS ?? '',
    lifecycle: lifecycleFromEnv(env),
    redisUrl: env.REDIS_URL || null,
  }
}

export function lifecycleFromEnv(env: Env): Lifecycle {
  const idleMinutes = positive(env, 'GAME_IDLE_MINUTES')
  const retentionDays = positive(env, 'GAME_RETENTION_DAYS')
  return {
    idleMs: idleMinutes === undefined ? LIFECYCLE.idleMs : idleMinutes * 60_000,
    retentionMs: retentionDays === undefined ? LIFECYCLE.retentionMs : retentionDays * 24 * 3600_000,
  }
}

function positive(env: Env, name: string): number | undefined {
  const text = env[name]?.trim()
  if (!text) return undefined
  const value = Number(text)
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name}="${text}" is not a positive number`)
  return value
}

/**
 * One address may hold a quarter of the open files this process may have, and at most 1,000: a school's phones
 * behind one NAT router fit (256 with the common limit of 1,024, 1,000 from a limit of 4,000 up), and one laptop
 * opening sockets in a loop cannot take the descriptors everyone else needs. Linux says the limit in /proc.
 */
export function defaultConnectionsPerAddress(limitsFile = '/proc/self/limits'): number {
  try {
    const line = fs.readFileSync(limitsFile, 'utf8').split('\n').find((l) => l.startsWith('Max open files'))
    const soft = Number(line?.split(/\s{2,}/)[1])
    if (Number.isFinite(soft) && soft > 0) return Math.max(1, Math.min(1000, Math.floor(soft / 4)))
  } catch {
    /* not Linux: the fixed default */
  }
  return 250
}
