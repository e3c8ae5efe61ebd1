import { fork, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Request, Response, Results, WorkerCommand } from './messages.ts'

const here = path.dirname(fileURLToPath(import.meta.url))

/** The bot workers: child processes, each holding a share of the connections. Commands go to all at once. */
export class BotFleet {
  private nextId = 1
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>()

  private constructor(private readonly workers: ChildProcess[]) {
    for (const worker of workers) {
      worker.on('message', (response: Response) => {
        const waiting = this.pending.get(response.id)
        if (!waiting) return
        this.pending.delete(response.id)
        if (response.ok) waiting.resolve(response.result)
        else waiting.reject(new Error(`bot worker: ${response.error}`))
      })
      worker.on('exit', (code) => {
        if (code === 0) return
        for (const waiting of this.pending.values()) waiting.reject(new Error(`a bot worker exited with ${code}`))
        this.pending.clear()
      })
    }
  }

  static start(count: number): BotFleet {
    const workers = Array.from({ length: count }, () =>
      fork(path.join(here, 'bot-worker.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
    )
    return new BotFleet(workers)
  }

  get size(): number {
    return this.workers.length
  }

  /** Sends each worker its command (null: none) and waits for every reply. */
  async each<C extends WorkerCommand['cmd']>(command: (worker: number) => Extract<WorkerCommand, { cmd: C }> | null): Promise<Results[C][]> {
    const replies: Promise<Results[C]>[] = []
    this.workers.forEach((worker, i) => {
      const c = command(i)
      if (!c) return
      const id = this.nextId++
      replies.push(new Promise((resolve, reject) => this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject })))
      worker.send({ id, ...c } satisfies Request)
    })
    return Promise.all(replies)
  }

  /** The same command to every worker. */
  all<C extends WorkerCommand['cmd']>(command: Extract<WorkerCommand, { cmd: C }>): Promise<Results[C][]> {
    return this.each<C>(() => command)
  }

  stop(): void {
    for (const worker of this.workers) worker.disconnect()
  }
}
