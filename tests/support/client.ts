import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client'
import { RECONNECT_OPTIONS, stepOf, type ClientToServerEvents, type PhaseView, type Reply, type ServerToClientEvents, type Step } from '@cirrus/protocol'

export type CirrusClient = Socket<ServerToClientEvents, ClientToServerEvents>

type Payload<E extends keyof ClientToServerEvents> = Parameters<ClientToServerEvents[E]>[0]
type Data<E extends keyof ClientToServerEvents> = Parameters<ClientToServerEvents[E]>[1] extends (reply: Reply<infer T>) => void ? T : never

/** A socket.io client as a bot or a test uses it: websocket only, answering the server's round-trip probes. */
export function connect(url: string, options: Partial<ManagerOptions & SocketOptions> = {}): CirrusClient {
  const socket: CirrusClient = io(url, { transports: ['websocket'], forceNew: true, ...RECONNECT_OPTIONS, ...options })
  socket.on('sync:probe', (_info, ack) => ack())
  socket.on('game:phase', (view) => seen.set(socket, stepOf(view)))
  return socket
}

/**
 * Names the game's PIN in the connection's handshake from its next (re)connection on, as the web app does once it
 * knows the PIN: a load balancer sends every connection of a game to the process that runs it (docs/scaling.md).
 */
export function routeTo(socket: CirrusClient, pin: string): void {
  socket.io.opts.query = { ...(socket.io.opts.query as Record<string, string> | undefined), pin }
}

/** The step each connection last saw (a view pushed or one in a reply), as a host's screen knows it. */
const seen = new WeakMap<CirrusClient, Step>()

/** The step this connection last saw; the lobby before any view. */
export function lastStep(socket: CirrusClient): Step {
  return seen.get(socket) ?? { phase: 'lobby', index: -1 }
}

/** A host command that moves the game, sent with the step the host last saw, as the host screen sends it. */
export function move(socket: CirrusClient, command: 'host:start' | 'host:next' | 'host:endAnswering', timeoutMs = 5000) {
  return call(socket, command, { step: lastStep(socket) }, timeoutMs)
}

export function connected(socket: CirrusClient): Promise<void> {
  if (socket.connected) return Promise.resolve()
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve())
    socket.once('connect_error', reject)
  })
}

/** Sends a command and returns the server's reply as it came (ok or not). */
export async function send<E extends keyof ClientToServerEvents>(socket: CirrusClient, event: E, payload: Payload<E>, timeoutMs = 5000): Promise<Reply<Data<E>>> {
  // socket.io's typing of emitWithAck cannot follow a generic event name; the reply type is restored here.
  const emit = socket.timeout(timeoutMs).emitWithAck as unknown as (event: E, payload: Payload<E>) => Promise<Reply<Data<E>>>
  // socket.io's own rejections ("operation has timed out", "socket has been disconnected") do not say which command.
  const reply = await emit.call(socket.timeout(timeoutMs), event, payload).catch((e: Error) => {
    throw new Error(`${String(event)}: ${e.message}`)
  })
  const view = reply.ok ? (reply.data as { view?: PhaseView } | undefined)?.view : undefined
  if (view) seen.set(socket, stepOf(view))
  return reply
}

/** Sends a command and returns its data, or throws with the server's error code and message. */
export async function call<E extends keyof ClientToServerEvents>(socket: CirrusClient, event: E, payload: Payload<E>, timeoutMs = 5000): Promise<Data<E>> {
  const reply = await send(socket, event, payload, timeoutMs)
  if (!reply.ok) throw new Error(`${event} refused: ${reply.error.code}: ${reply.error.message}`)
  return reply.data
}

/** Resolves with the next `event` whose payload passes `accept`. */
export function next<E extends keyof ServerToClientEvents>(
  socket: CirrusClient,
  event: E,
  accept: (payload: Parameters<ServerToClientEvents[E]>[0]) => boolean = () => true,
  timeoutMs = 10_000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener as never)
      reject(new Error(`no ${event} within ${timeoutMs} ms`))
    }, timeoutMs)
    const listener = (payload: Parameters<ServerToClientEvents[E]>[0]) => {
      if (!accept(payload)) return
      clearTimeout(timer)
      socket.off(event, listener as never)
      resolve(payload)
    }
    socket.on(event, listener as never)
  })
}

/** Emits anything at all, as a broken or hostile client would; resolves with the acknowledgement, or 'no reply'. */
export function sendRaw(socket: CirrusClient, event: string, args: unknown[], timeoutMs = 1000): Promise<unknown> {
  const raw = socket as unknown as Socket
  return raw.timeout(timeoutMs).emitWithAck(event, ...args).catch(() => 'no reply')
}
