import { signal } from '@preact/signals'
import { io, type Socket } from 'socket.io-client'
import { RECONNECT_OPTIONS, type ClientToServerEvents, type ErrorBody, type Reply, type ServerToClientEvents } from '@cirrus/protocol'

export type CirrusSocket = Socket<ServerToClientEvents, ClientToServerEvents>

/** 'connecting' only before the first connection; after that a lost connection is 'reconnecting'. */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'closed'

/** A refusal from the server, or one the client makes up when it cannot ask (offline, no reply in time). */
export type ClientError = ErrorBody | { code: 'offline' | 'timeout'; message: string }
export type Result<T> = { ok: true; data: T } | { ok: false; error: ClientError }

type Payload<E extends keyof ClientToServerEvents> = Parameters<ClientToServerEvents[E]>[0]
type Data<E extends keyof ClientToServerEvents> = Parameters<ClientToServerEvents[E]>[1] extends (reply: Reply<infer T>) => void ? T : never

/**
 * One connection to the server, opened on first use; socket.io reconnects by itself. A tab has one (the exports
 * below); the host who plays from their phone holds a second one for the host's seat (a connection holds one seat).
 */
export function createConnection() {
  const state = signal<ConnectionState>('connecting')
  let socket: CirrusSocket | null = null

  function getSocket(pin?: string): CirrusSocket {
    if (socket) return socket
    const s: CirrusSocket = io({ transports: ['websocket', 'polling'], ...RECONNECT_OPTIONS, ...(pin ? { query: { pin } } : {}) })
    s.on('connect', () => {
      state.value = 'connected'
    })
    s.on('disconnect', (reason) => {
      // The server closing us on purpose (a kick) is not something to retry.
      state.value = reason === 'io server disconnect' ? 'closed' : 'reconnecting'
    })
    s.on('connect_error', () => {
      if (state.value !== 'connecting') state.value = 'reconnecting'
    })
    // The server times each connection's round trip to credit a player's latency: answer at once, nothing else.
    s.on('sync:probe', (_info, ack) => ack())
    socket = s
    return s
  }

  /** Closes the connection so that the next command opens a new one (with the cookies the browser has now). */
  function reopenSocket(): void {
    const s = getSocket()
    s.disconnect()
    state.value = 'closed'
  }

  /**
   * Sends one command and waits for its reply. Refuses at once when offline rather than letting socket.io buffer
   * the command: a buffered command would reach the server before the re-attach that must precede it.
   */
  /**
   * Names the game's PIN in the handshake from now on: behind a load balancer with several servers, every connection
   * of a game goes by it to the server that runs the game (docs/scaling.md). A connection opened without it, or
   * for another game, is opened again with it, so that the command goes where the game is.
   */
  async function routeTo(pin: string, timeoutMs: number): Promise<void> {
    const s = getSocket(pin)
    const query = (s.io.opts.query ?? {}) as Record<string, string>
    if (query.pin === pin) return
    s.io.opts.query = { ...query, pin }
    if (!s.connected) return // its next connection carries it
    s.disconnect()
    state.value = 'connecting'
    s.connect()
    await firstConnection(s, timeoutMs)
  }

  async function request<E extends keyof ClientToServerEvents>(event: E, payload: Payload<E>, timeoutMs = 5000): Promise<Result<Data<E>>> {
    const pin = (payload as { pin?: unknown } | undefined)?.pin
    if (typeof pin === 'string') await routeTo(pin, timeoutMs)
    const s = getSocket()
    // Closed on purpose by the server (a kick): a new command (joining another game) opens a new connection.
    if (state.value === 'closed') {
      state.value = 'connecting'
      s.connect()
    }
    // The first connection may still be on its way: wait for it. A connection that was lost is another matter.
    if (!s.connected && state.value === 'connecting') await firstConnection(s, timeoutMs)
    if (!s.connected) return { ok: false, error: { code: 'offline', message: 'You are offline. Reconnecting…' } }
    try {
      // socket.io's types cannot follow a generic event name through emitWithAck; the reply type is restored here.
      const timed = s.timeout(timeoutMs)
      const emit = timed.emitWithAck as unknown as (event: E, payload: Payload<E>) => Promise<Reply<Data<E>>>
      const reply = await emit.call(timed, event, payload)
      // A new game's PIN: the next connection names it (this one stays where it is).
      const created = reply.ok ? (reply.data as { pin?: unknown } | undefined)?.pin : undefined
      if (event === 'host:create' && typeof created === 'string') s.io.opts.query = { ...((s.io.opts.query ?? {}) as Record<string, string>), pin: created }
      return reply
    } catch {
      return { ok: false, error: { code: 'timeout', message: 'The server did not answer in time. Try again.' } }
    }
  }

  return { state, getSocket, reopenSocket, request }
}

export type Connection = ReturnType<typeof createConnection>

/** The tab's one connection. */
export const tabConnection = createConnection()
export const connectionState = tabConnection.state
export const getSocket = tabConnection.getSocket
export const reopenSocket = tabConnection.reopenSocket
export const request = tabConnection.request

function firstConnection(s: CirrusSocket, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      s.off('connect', done)
      resolve()
    }
    const timer = setTimeout(done, timeoutMs)
    s.on('connect', done)
  })
}

/** Server time minus this browser's time, from a view's `serverNow` at the moment it arrived. */
export const offsetFrom = (serverNow: number) => serverNow - Date.now()
