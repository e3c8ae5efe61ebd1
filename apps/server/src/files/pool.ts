import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { FileJob, FileOutcome } from './jobs.ts'
import type { WorkerReply } from './worker.ts'

/**
 * How much of the machine quiz files may take. Reading a 4 MB file takes up to about a second (Moodle XML, the
 * slowest; measured on this project's 2-core machine), exporting 500 questions to Kahoot's .xlsx about 0.1 s: work
 * that on the event loop would hold every live game's answers, so it runs on worker threads, a bounded number, with
 * a bounded queue in front of them.
 */
export interface FileWork {
  /** Worker threads, started when the first file comes. One on a machine of 2 or 3 cores, so the games keep a core. */
  workers: number
  /** Files waiting for a worker; one more is refused at once (503 busy). */
  queue: number
  /** A job still running after this is stopped, its worker terminated, and the file refused as too slow to read. */
  timeoutMs: number
  /** The old-generation heap of a worker, MB; a job that needs more ends that worker and is refused. */
  memoryMb: number
}

export const FILE_WORK: Readonly<FileWork> = {
  workers: availableParallelism() >= 4 ? 2 : 1,
  queue: 4,
  timeoutMs: 10_000,
  memoryMb: 384,
}

export type PoolFailure = 'busy' | 'timeout' | 'memory' | 'failed' | 'closed'
export type PoolResult = { ok: true; outcome: FileOutcome } | { ok: false; reason: PoolFailure; detail?: string }

interface Task {
  job: FileJob
  transfer: ArrayBuffer[]
  resolve(result: PoolResult): void
}

interface Slot {
  worker: Worker
  ready: boolean
  task: Task | null
  taskId: number
  timer: NodeJS.Timeout | null
}

const WORKER_URL = new URL('./worker-boot.mjs', import.meta.url)

/**
 * The file workers and their queue. `run` resolves with the job's outcome, or with why it could not have one: the
 * queue was full (busy), the job took longer than `timeoutMs` or more memory than `memoryMb` (its worker is then
 * terminated and a fresh one takes the next job), the worker failed, or the pool was closed. It never rejects.
 */
export class FilePool {
  private readonly slots: Slot[] = []
  private readonly waiting: Task[] = []
  private nextId = 1
  private closed = false

  constructor(readonly limits: FileWork = FILE_WORK) {}

  /** True when a job given now would be refused: every worker busy and the queue full. */
  get full(): boolean {
    return this.slots.length >= this.limits.workers && this.slots.every((s) => s.task) && this.waiting.length >= this.limits.queue
  }

  /** Jobs running and waiting now. */
  get load(): { running: number; waiting: number } {
    return { running: this.slots.filter((s) => s.task).length, waiting: this.waiting.length }
  }

  /** Runs the job on a worker; `transfer` lists buffers of the job handed over to the worker (no longer usable here). */
  run(job: FileJob, transfer: ArrayBuffer[] = []): Promise<PoolResult> {
    return new Promise((resolve) => {
      if (this.closed) return resolve({ ok: false, reason: 'closed' })
      const task: Task = { job, transfer, resolve }
      const slot = this.freeSlot()
      if (slot) return this.assign(slot, task)
      if (this.waiting.length >= this.limits.queue) return resolve({ ok: false, reason: 'busy' })
      this.waiting.push(task)
    })
  }

  /** Refuses what waits, stops what runs, and ends the workers. */
  async close(): Promise<void> {
    this.closed = true
    for (const task of this.waiting.splice(0)) task.resolve({ ok: false, reason: 'closed' })
    const slots = this.slots.splice(0)
    for (const slot of slots) this.settle(slot, { ok: false, reason: 'closed' })
    await Promise.all(slots.map((slot) => slot.worker.terminate()))
  }

  private freeSlot(): Slot | null {
    return this.slots.find((s) => !s.task) ?? (this.slots.length < this.limits.workers ? this.spawn() : null)
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryMb } })
    worker.unref() // an idle worker does not keep the process alive
    const slot: Slot = { worker, ready: false, task: null, taskId: 0, timer: null }
    this.slots.push(slot)
    worker.on('message', (message: 'ready' | WorkerReply) => {
      if (message === 'ready') {
        slot.ready = true
        if (slot.task) this.post(slot)
        return
      }
      if (message.id !== slot.taskId) return
      this.settle(slot, message.ok ? { ok: true, outcome: message.outcome } : { ok: false, reason: 'failed', detail: message.error })
      this.next(slot)
    })
    worker.on('error', (error: Error & { code?: string }) => {
      this.lose(slot, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'failed', error.message)
    })
    worker.on('exit', (code) => this.lose(slot, 'failed', `the worker exited with ${code}`))
    return slot
  }

  private assign(slot: Slot, task: Task): void {
    slot.task = task
    if (slot.ready) this.post(slot)
  }

  /** Hands the task to its worker; its time counts from here (a worker's start, under a second, does not count). */
  private post(slot: Slot): void {
    const task = slot.task!
    slot.taskId = this.nextId++
    slot.worker.postMessage({ id: slot.taskId, job: task.job }, task.transfer)
    slot.timer = setTimeout(() => {
      slot.timer = null
      this.lose(slot, 'timeout')
      void slot.worker.terminate()
    }, this.limits.timeoutMs)
    slot.timer.unref()
  }

  private settle(slot: Slot, result: PoolResult): void {
    if (slot.timer) clearTimeout(slot.timer)
    slot.timer = null
    const task = slot.task
    slot.task = null
    task?.resolve(result)
  }

  private next(slot: Slot): void {
    const task = this.waiting.shift()
    if (task) this.assign(slot, task)
  }

  /**
   * A worker that timed out, ran out of memory, failed or exited: its job is refused and it leaves the pool; the
   * next waiting job gets a fresh worker. One that fails before it is even ready cannot load its code: the jobs
   * waiting are refused too rather than each starting another worker that fails the same way.
   */
  private lose(slot: Slot, reason: PoolFailure, detail?: string): void {
    const at = this.slots.indexOf(slot)
    if (at < 0) return
    this.slots.splice(at, 1)
    this.settle(slot, { ok: false, reason, ...(detail ? { detail } : {}) })
    if (!slot.ready) {
      for (const task of this.waiting.splice(0)) task.resolve({ ok: false, reason, ...(detail ? { detail } : {}) })
      return
    }
    const task = this.waiting.shift()
    if (task) this.assign(this.spawn(), task)
  }
}
