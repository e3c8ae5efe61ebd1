import fs from 'node:fs'
import path from 'node:path'
import WebSocket from 'ws'
import { waitFor } from '../support/server.ts'

/**
 * Another process's heap, through its inspector (the process is started with `--inspect=127.0.0.1:0`; nothing
 * attaches until the benchmark asks): a forced garbage collection and what it leaves, heap snapshots, and a sampling
 * profile of where memory is allocated. RSS holds garbage not yet collected and heap V8 keeps for later; what is
 * left after a full collection is what the process really keeps alive.
 */
export const INSPECT_ARGS = ['--inspect=127.0.0.1:0']

export interface LiveMemory {
  /** RSS right after the collection. */
  rssBytes: number
  /** V8's heap in use after the collection. */
  heapUsedBytes: number
  /** Memory outside V8's heap that its objects hold (Buffers, sockets' ArrayBuffers). */
  externalBytes: number
}

/** What a full collection leaves alive: V8's heap in use and the memory its objects hold outside it. */
export const liveBytes = (m: LiveMemory) => m.heapUsedBytes + m.externalBytes

/** The lines the inspector prints when it starts and when the benchmark attaches, not worth echoing. */
export const isInspectorChatter = (text: string) => text.split('\n').every((line) => !line.trim() || /^(Debugger|For help)/.test(line.trim()))

/** The inspector's address, from the "Debugger listening on ws://..." line the process prints on stderr. */
export async function inspectorUrl(output: () => string): Promise<string> {
  let url = ''
  await waitFor(() => {
    url = /Debugger listening on (ws:\/\/\S+)/.exec(output())?.[1] ?? ''
    return url !== ''
  }, 30_000)
  return url
}

/** One connection to a process's inspector (Chrome DevTools Protocol). */
export class Inspector {
  private id = 0

  private constructor(private readonly socket: WebSocket) {}

  static async open(url: string): Promise<Inspector> {
    const socket = new WebSocket(url)
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject))
    return new Inspector(socket)
  }

  send(method: string, params: object = {}): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      const mine = ++this.id
      const onMessage = (data: WebSocket.RawData) => {
        const reply = JSON.parse(data.toString()) as { id?: number; result?: Record<string, unknown>; error?: { message: string } }
        if (reply.id !== mine) return
        this.socket.off('message', onMessage)
        if (reply.error) reject(new Error(`${method}: ${reply.error.message}`))
        else resolve(reply.result ?? {})
      }
      this.socket.on('message', onMessage)
      this.socket.send(JSON.stringify({ id: mine, method, params }))
    })
  }

  /** Collects all garbage in the process, then reads its memory. */
  async liveMemory(): Promise<LiveMemory> {
    // Twice: the first collection's finalizers free more for the second.
    await this.send('HeapProfiler.collectGarbage')
    await this.send('HeapProfiler.collectGarbage')
    const evaluated = await this.send('Runtime.evaluate', { expression: 'JSON.stringify(process.memoryUsage())', returnByValue: true })
    const usage = JSON.parse((evaluated.result as { value: string }).value) as { rss: number; heapUsed: number; external: number }
    return { rssBytes: usage.rss, heapUsedBytes: usage.heapUsed, externalBytes: usage.external }
  }

  /** Writes a heap snapshot (V8 collects first) into `dir` as `<name>-<time>.heapsnapshot`, for Chrome's memory tab. */
  async writeHeapSnapshot(dir: string, name: string): Promise<void> {
    const out = fs.createWriteStream(outFile(dir, name, 'heapsnapshot'))
    const onChunk = (data: WebSocket.RawData) => {
      const message = JSON.parse(data.toString()) as { method?: string; params?: { chunk: string } }
      if (message.method === 'HeapProfiler.addHeapSnapshotChunk') out.write(message.params!.chunk)
    }
    this.socket.on('message', onChunk)
    try {
      await this.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
    } finally {
      this.socket.off('message', onChunk)
      await new Promise((resolve) => out.end(resolve))
    }
  }

  /** Samples where memory is allocated (one sample per 32 KB allocated, about), garbage included, until stopped. */
  async startAllocationSampling(): Promise<void> {
    await this.send('HeapProfiler.startSampling', { samplingInterval: 32 * 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true })
  }

  /** Writes the sampling profile into `dir` as `<name>-<time>.heapprofile` (Chrome's memory tab opens it). */
  async stopAllocationSampling(dir: string, name: string): Promise<void> {
    const { profile } = await this.send('HeapProfiler.stopSampling')
    fs.writeFileSync(outFile(dir, name, 'heapprofile'), JSON.stringify(profile))
  }

  close(): void {
    this.socket.close()
  }
}

function outFile(dir: string, name: string, extension: string): string {
  fs.mkdirSync(dir, { recursive: true })
  return path.join(dir, `${name}-${Date.now()}.${extension}`)
}
