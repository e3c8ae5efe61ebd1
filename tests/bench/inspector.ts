import fs from 'node:fs'
import path from 'node:path'
import WebSocket from 'ws'
import { waitFor } from '../support/server.ts'

/**
 * A forced garbage collection in another process, through its inspector (the process is started with
 * `--inspect=127.0.0.1:0`; nothing attaches until the benchmark asks). RSS holds garbage not yet collected and heap
 * V8 keeps for later; what is left after a full collection is what the process really keeps alive.
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

/** The inspector's address, from the "Debugger listening on ws://..." line the process prints on stderr. */
export async function inspectorUrl(output: () => string): Promise<string> {
  let url = ''
  await waitFor(() => {
    url = /Debugger listening on (ws:\/\/\S+)/.exec(output())?.[1] ?? ''
    return url !== ''
  }, 30_000)
  return url
}

/** What a full collection leaves alive: V8's heap in use and the memory its objects hold outside it. */
export const liveBytes = (m: LiveMemory) => m.heapUsedBytes + m.externalBytes

/** The lines the inspector prints when it starts and when the benchmark attaches, not worth echoing. */
export const isInspectorChatter = (text: string) => text.split('\n').every((line) => !line.trim() || /^(Debugger|For help)/.test(line.trim()))

/** Collects all garbage in the process, then reads its memory. */
export function liveMemory(url: string): Promise<LiveMemory> {
  return withSession(url, async (send) => {
    // Twice: the first collection's finalizers free more for the second.
    await send('HeapProfiler.collectGarbage')
    await send('HeapProfiler.collectGarbage')
    const evaluated = await send('Runtime.evaluate', { expression: 'JSON.stringify(process.memoryUsage())', returnByValue: true })
    const usage = JSON.parse((evaluated.result as { value: string }).value) as { rss: number; heapUsed: number; external: number }
    return { rssBytes: usage.rss, heapUsedBytes: usage.heapUsed, externalBytes: usage.external }
  })
}

/**
 * Writes a heap snapshot of the process (after the full collection V8 makes for it), for Chrome's memory tab, into
 * `dir` as `<name>-<time>.heapsnapshot`.
 */
export function writeHeapSnapshot(url: string, dir: string, name: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${name}-${Date.now()}.heapsnapshot`)
  return withSession(url, async (send, on) => {
    const out = fs.createWriteStream(file)
    on('HeapProfiler.addHeapSnapshotChunk', (params) => out.write(params.chunk as string))
    await send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
    await new Promise((resolve) => out.end(resolve))
  })
}

type Send = (method: string, params?: object) => Promise<Record<string, unknown>>
type On = (event: string, listener: (params: Record<string, unknown>) => void) => void

async function withSession<T>(url: string, use: (send: Send, on: On) => Promise<T>): Promise<T> {
  const socket = new WebSocket(url)
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject))
  let id = 0
  const on: On = (event, listener) =>
    socket.on('message', (data: WebSocket.RawData) => {
      const message = JSON.parse(data.toString()) as { method?: string; params?: Record<string, unknown> }
      if (message.method === event) listener(message.params ?? {})
    })
  const send: Send = (method, params = {}) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const mine = ++id
      const onMessage = (data: WebSocket.RawData) => {
        const reply = JSON.parse(data.toString()) as { id?: number; result?: Record<string, unknown>; error?: { message: string } }
        if (reply.id !== mine) return
        socket.off('message', onMessage)
        if (reply.error) reject(new Error(`${method}: ${reply.error.message}`))
        else resolve(reply.result ?? {})
      }
      socket.on('message', onMessage)
      socket.send(JSON.stringify({ id: mine, method, params }))
    })
  try {
    return await use(send, on)
  } finally {
    socket.close()
  }
}
