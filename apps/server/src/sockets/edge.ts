import type { IncomingMessage } from 'node:http'
import type { ServerOptions } from 'socket.io'
import { clientAddress, type Trust } from '../address.ts'
import type { TeacherGate } from '../http/admin.ts'
import type { OriginPolicy } from '../http/origins.ts'
import type { CirrusServer } from './types.ts'

export interface EdgeDeps {
  origins: OriginPolicy
  trust: Trust
  teachers: TeacherGate
  /** Open connections allowed per address (MAX_CONNECTIONS_PER_ADDRESS). */
  maxConnectionsPerAddress: number
}

/**
 * The socket.io edge before any event: which pages may open a connection (origins), how many connections one
 * address may hold (so that one laptop cannot take every file descriptor), and who the connection is (its address
 * behind trusted proxies, and whether a signed-in teacher opened it). Counts transport connections, so a client that
 * opens sockets and never joins a namespace is counted too.
 */
export class SocketEdge {
  private readonly open = new Map<string, number>()

  constructor(private readonly deps: EdgeDeps) {}

  private addressOf(request: IncomingMessage): string {
    return clientAddress(request.socket.remoteAddress, request.headers, this.deps.trust)
  }

  /** engine.io's `allowRequest`: runs once per new connection, before its handshake is answered. */
  readonly allowRequest: NonNullable<ServerOptions['allowRequest']> = (request, callback) => {
    if (!this.deps.origins.allows(request.headers)) return callback('pages of this origin may not connect (see ALLOWED_ORIGINS)', false)
    if ((this.open.get(this.addressOf(request)) ?? 0) >= this.deps.maxConnectionsPerAddress) return callback('too many connections from this address', false)
    callback(null, true)
  }

  /** Counts each transport connection while it is open, and tags each socket with its address and teacher status. */
  attach(io: CirrusServer): void {
    io.engine.on('connection', (raw: { request: IncomingMessage; once(event: 'close', listener: () => void): void }) => {
      const address = this.addressOf(raw.request)
      this.open.set(address, (this.open.get(address) ?? 0) + 1)
      raw.once('close', () => {
        const left = (this.open.get(address) ?? 1) - 1
        if (left > 0) this.open.set(address, left)
        else this.open.delete(address)
      })
    })
    io.use((socket, next) => {
      const address = clientAddress(socket.handshake.address, socket.handshake.headers, this.deps.trust)
      socket.data.address = address
      socket.data.teacher = this.deps.teachers.check({ address, headers: socket.handshake.headers }) === 'granted'
      next()
    })
  }

  /** Open connections from one address (for tests and /healthz-like checks). */
  connectionsFrom(address: string): number {
    return this.open.get(address) ?? 0
  }
}
