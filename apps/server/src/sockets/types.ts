import type { Server, Socket } from 'socket.io'
import type { ClientToServerEvents, ServerToClientEvents } from '@cirrus/protocol'

/** What a connection is bound to, once it has created, attached to or joined a game. */
export interface SocketData {
  /** Where the connection comes from, behind trusted proxies (set when it opens). */
  address?: string
  /** Opened by a signed-in teacher, or the server has no password (set when it opens). */
  teacher?: boolean
  pin?: string
  role?: 'host' | 'player'
  playerId?: string
}

export type CirrusServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>
export type CirrusSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>
