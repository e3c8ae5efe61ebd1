import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

/** How often the worker copies the WAL back into the database file. */
const CHECKPOINT_INTERVAL_MS = 1000
/**
 * A WAL longer than this (4 KB pages: 40 MB) is started over. It starts over by itself when a checkpoint finds no
 * commit coming in meanwhile, which a game's pauses give it; under writes that never pause, a RESTART checkpoint
 * holds the writers while it copies the few pages the PASSIVE one just before it left (9 ms at most in a stand-alone
 * test of 1,000 answers a second).
 */
const RESTART_FRAMES = 10_000

/**
 * The worker, in plain JavaScript: a worker thread does not inherit the TypeScript loader the server runs under
 * (tsx, or Vitest in the tests), so it is evaluated as CommonJS. It checkpoints with a connection of its own;
 * PASSIVE never waits for, or blocks, the server's readers and writers.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
const db = new Database(workerData.file)
db.pragma('busy_timeout = 100')
const timer = setInterval(() => {
  const [{ log }] = db.pragma('wal_checkpoint(PASSIVE)')
  if (log > workerData.restartFrames) db.pragma('wal_checkpoint(RESTART)')
}, workerData.intervalMs)
parentPort.once('message', () => {
  clearInterval(timer)
  db.close()
  parentPort.close()
})
`

/**
 * Moves SQLite's checkpoints off the event loop. In WAL mode a commit only appends to the WAL; now and then the WAL
 * is copied back into the database file and synced (a checkpoint). By default the connection whose commit takes the
 * WAL past 1,000 pages does it, inside that commit: on the server's one thread, 20-25 ms about every half second
 * while 2,000 players answer, which was the slow tail of their acknowledgements. The server's connections turn that
 * off (`wal_autocheckpoint = 0`) and this worker thread checkpoints every second instead.
 *
 * If the worker fails, `onFailure` is told (the journal then turns automatic checkpoints back on), so the WAL never
 * grows without end.
 */
export class Checkpointer {
  private readonly worker: Worker
  private stopped = false

  constructor(file: string, onFailure: (error: unknown) => void, { intervalMs = CHECKPOINT_INTERVAL_MS, restartFrames = RESTART_FRAMES } = {}) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3')
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, driver, intervalMs, restartFrames } })
    this.worker.unref()
    this.worker.once('error', (error) => {
      if (!this.stopped) onFailure(error)
    })
  }

  /** Asks the worker to close its connection and end; does not wait. */
  stop(): void {
    if (this.stopped) return
    this.stopped = true
    this.worker.postMessage('stop')
  }
}
