import fs from 'node:fs'
import os from 'node:os'
import { parentPort } from 'node:worker_threads'
import { runJob, type FileJob, type FileOutcome } from './jobs.ts'

/**
 * The file worker's thread (started by pool.ts through worker-boot.mjs): one job at a time, answered with its
 * outcome or its error. Before the first job it lowers its own scheduling priority, so that on a machine short of
 * cores the event loop that runs the live games gets the CPU first.
 */
export type WorkerReply = { id: number; ok: true; outcome: FileOutcome } | { id: number; ok: false; error: string }

/** The nice value of this thread (0 is the server's; 19 the lowest). Linux only: elsewhere the thread stays as it is. */
const NICE = 10

function lowerPriority(): void {
  try {
    // On Linux each thread has its own id and nice value; /proc/thread-self names this one ("<pid>/task/<tid>").
    const tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop())
    if (Number.isInteger(tid) && tid > 0) os.setPriority(tid, NICE)
  } catch {
    /* not Linux, or not allowed: the worker still runs, at the server's priority */
  }
}

lowerPriority()
const port = parentPort!
port.on('message', async ({ id, job }: { id: number; job: FileJob }) => {
  let reply: WorkerReply
  try {
    reply = { id, ok: true, outcome: await runJob(job) }
  } catch (error) {
    reply = { id, ok: false, error: error instanceof Error ? error.message : String(error) }
  }
  port.postMessage(reply, transferables(reply))
})
port.postMessage('ready')

/** The outcome's bytes are handed over, not copied, when they are a buffer of their own (not a slice of a pool). */
function transferables(reply: WorkerReply): ArrayBuffer[] {
  if (!reply.ok) return []
  const { outcome } = reply
  const bytes =
    outcome.kind === 'answer' ? outcome.json : outcome.kind === 'report' ? outcome.bytes : outcome.kind === 'export' && typeof outcome.result.content !== 'string' ? outcome.result.content : null
  const whole = bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
  return whole ? [bytes.buffer as ArrayBuffer] : []
}
