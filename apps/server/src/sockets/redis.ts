import { createAdapter } from '@socket.io/redis-adapter'
import { Redis } from 'ioredis'
import type { CirrusServer } from './types.ts'

/**
 * REDIS_URL: socket.io's own Redis adapter, so that what one process emits to a room reaches that room's sockets on
 * every process (`io.to(...)`, `disconnectSockets`, `serverSideEmit`). Within a game nothing needs it (the load
 * balancer sends a game's connections to the process that runs it, docs/scaling.md); it carries what is said across
 * processes, and keeps working when a client ends up on another process. Without REDIS_URL, the in-memory adapter.
 */
export function attachRedis(io: CirrusServer, url: string): () => Promise<void> {
  const pub = new Redis(url, { maxRetriesPerRequest: 2, enableOfflineQueue: true })
  const sub = pub.duplicate()
  for (const client of [pub, sub]) client.on('error', (error) => console.error(`Redis (${url.replace(/\/\/[^@]*@/, '//')}):`, error.message))
  io.adapter(createAdapter(pub, sub))
  return async () => {
    await Promise.allSettled([pub.quit(), sub.quit()])
  }
}
