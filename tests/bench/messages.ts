/** What the runner and its bot workers say to each other over the IPC channel of `child_process.fork`. */

/** One seat a worker fills: a player of a game (game mode) or a bare connection (plain mode, no PIN). */
export interface Seat {
  pin: string
  nickname: string
}

export type WorkerCommand =
  /**
   * Opens a connection per seat (at most `concurrency` opening at once) and, in game mode, joins the seat's game.
   * With `rejoin`, a joined connection the server drops reconnects and takes its seat again (the failover run).
   */
  | { cmd: 'connect'; url: string; mode: 'game' | 'plain'; seats: Seat[]; concurrency: number; timeoutMs: number; rejoin?: boolean }
  /**
   * Every connection answers question `index` (game mode: a random valid choice to the question it holds; plain
   * mode: an `answer` event the plain server acknowledges), each at a random moment within `windowMs` (0: all at once).
   */
  | { cmd: 'answer'; index: number; windowMs: number; timeoutMs: number }
  /** Resolves once every connection has received `key` (see bot-worker.ts for the keys), or at the timeout. */
  | { cmd: 'await'; key: string; timeoutMs: number }
  /** Messages received (events and acknowledgements) since the last `count`. */
  | { cmd: 'count' }
  /** Closes every connection; the worker stays up for the next run. */
  | { cmd: 'disconnect' }

export type Request = { id: number } & WorkerCommand

export interface ConnectResult {
  joined: number
  failed: number
  /** The first few reasons, for the report. */
  errors: string[]
  /** Wall-clock time (ms since epoch) at which the worker's last seat was joined. */
  lastJoinedAt: number
}

export interface AnswerResult {
  /** Acknowledgement latency of each accepted answer, ms. */
  latencies: number[]
  refused: number
  failed: number
  errors: string[]
}

export interface AwaitResult {
  received: number
  missing: number
  /** Per PIN ('' in plain mode): when the last of its connections had the key (wall clock), or null if none did. */
  lastAtByPin: Record<string, number | null>
}

export interface CountResult {
  messages: number
  /** The largest reveal frame one of the worker's connections received (one is measured per question), bytes. */
  revealBytes: number
}

export interface Results {
  connect: ConnectResult
  answer: AnswerResult
  await: AwaitResult
  count: CountResult
  disconnect: Record<string, never>
}

export type Response = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string }

/**
 * Wall-clock time in ms with sub-millisecond resolution, comparable between processes of one machine: each worker
 * stamps receipts with it and the runner subtracts its own send times.
 */
export function wallNow(): number {
  return performance.timeOrigin + performance.now()
}
