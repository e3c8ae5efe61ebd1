/**
 * A hostile neighbour for the benchmark's `hostile` scenario: a child process that hammers one Cirrus server over
 * HTTP from another address (127.0.0.2, so the per-address limits count it apart from the players on 127.0.0.1),
 * as fast as the server answers, with `concurrency` requests in flight, until it is told to stop. Kinds:
 *
 *   imports   previews of files near the 4 MB limit, in turn: a million one-line Anki cards (the file of issue 14),
 *             a full 500-question quiz as 2.7 MB of Moodle XML (every question read), and 4 MB of XML holding
 *             260,000 elements that are not questions (about a second of the reader's time)
 *   practice  learners looping mock exams: start, answer all 65, submit, history, progress; a practice session
 *             whenever an exam is refused
 *   http      plain requests: the quiz list, the bank, health, the formats, unknown PINs, a 2 MB JSON body posted
 *             to an unknown route, the web app's page
 *
 * Started by hostile-run.ts with `fork`; `{ cmd: 'start', ... }` starts it, `{ cmd: 'stop' }` ends every loop and is
 * answered with the count of answers by status.
 */
import http from 'node:http'
import { exportQuiz } from '@cirrus/formats'
import { bank, LIMITS, type Question } from '@cirrus/questions'

export type HammerKind = 'imports' | 'practice' | 'http'
export const HAMMER_KINDS: readonly HammerKind[] = ['imports', 'practice', 'http']

export interface HammerStart {
  cmd: 'start'
  kind: HammerKind
  url: string
  localAddress: string
  concurrency: number
}

export interface HammerResult {
  kind: HammerKind
  /** Answers by HTTP status ("error" for a failed connection). */
  byStatus: Record<string, number>
  requests: number
  /** Bytes sent, MB. */
  sentMB: number
  durationMs: number
}

interface Answer {
  status: number | 'error'
  body: unknown
}

let stopping = false
const byStatus: Record<string, number> = {}
let requests = 0
let sentBytes = 0

function request(target: URL, agent: http.Agent, localAddress: string, method: string, path: string, body?: Buffer | string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise<Answer>((resolve) => {
    const payload = typeof body === 'string' ? Buffer.from(body) : body
    const req = http.request(
      { host: target.hostname, port: target.port, method, path, agent, localAddress, headers: { ...headers, ...(payload ? { 'content-length': String(payload.length) } : {}) } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          let parsed: unknown = null
          if (res.headers['content-type']?.includes('json')) {
            try {
              parsed = JSON.parse(text)
            } catch {
              parsed = null
            }
          }
          resolve({ status: res.statusCode ?? 0, body: parsed })
        })
        res.on('error', () => resolve({ status: 'error', body: null }))
      },
    )
    req.on('error', () => resolve({ status: 'error', body: null }))
    if (payload) {
      sentBytes += payload.length
      req.end(payload)
    } else req.end()
  }).then((answer) => {
    requests++
    const key = String(answer.status)
    byStatus[key] = (byStatus[key] ?? 0) + 1
    return answer
  })
}

async function importFiles(): Promise<{ name: string; format: string; body: Buffer }[]> {
  const full: Question[] = Array.from({ length: LIMITS.quizQuestions }, (_, i) => {
    const q = bank[i % bank.length]!
    return { ...q, id: `h-${i}`, explanation: `${q.explanation} ${'More about it. '.repeat(140)}`.slice(0, LIMITS.explanationChars) }
  })
  const moodle = (await exportQuiz('moodle-xml', { title: 'Hammer', questions: full })).content as string
  const near = 4 * 2 ** 20 - 1024
  const cards = 'What is it?\tThis\n'.repeat(Math.floor(near / 17))
  const elements = '<quiz>' + '<x a="1" b="2"/>'.repeat(Math.floor((near - 13) / 16)) + '</quiz>'
  return [
    { name: 'cards', format: 'anki', body: Buffer.from(cards) },
    { name: 'full-moodle', format: 'moodle-xml', body: Buffer.from(moodle) },
    { name: 'many-elements', format: 'moodle-xml', body: Buffer.from(elements) },
  ]
}

type Send = (method: string, path: string, body?: Buffer | string, headers?: Record<string, string>) => Promise<Answer>

async function importsLoop(send: Send, files: Awaited<ReturnType<typeof importFiles>>, lane: number): Promise<void> {
  for (let n = lane; !stopping; n++) {
    const file = files[n % files.length]!
    await send('POST', `/api/quizzes/import/preview?format=${file.format}&fileName=${file.name}`, file.body, { 'content-type': 'application/octet-stream' })
  }
}

type Item = { position: number; question: { options: string[]; type: string } }

async function practiceLoop(send: Send): Promise<void> {
  let token = ''
  while (!stopping && !token) {
    const made = await send('POST', '/api/practice/learners')
    token = (made.body as { learnerToken?: string } | null)?.learnerToken ?? ''
  }
  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
  const json = (value: unknown) => JSON.stringify(value)
  while (!stopping) {
    const started = await send('POST', '/api/practice/exams', undefined, auth)
    const exam = started.body as { id?: string; items?: Item[]; error?: { message: string } } | null
    if (started.status === 201 && exam?.id && exam.items) {
      for (const item of exam.items) {
        if (stopping) return
        await send('PUT', `/api/practice/exams/${exam.id}/items/${item.position}`, json({ choice: item.question.type === 'text' ? { text: 'EC2' } : { options: [0] } }), auth)
      }
      await send('POST', `/api/practice/exams/${exam.id}/submit`, undefined, auth)
      await send('GET', '/api/practice/exams', undefined, auth)
      await send('GET', '/api/practice/progress', undefined, auth)
      continue
    }
    if (started.status === 409) {
      // An exam left open by a loop stopped halfway: find it and submit it.
      const open = /in progress: (\S+)/.exec(exam?.error?.message ?? '')?.[1]
      if (open) await send('POST', `/api/practice/exams/${open}/submit`, undefined, auth)
      continue
    }
    // Refused (429): practise instead, as fast as the server answers.
    const session = (await send('POST', '/api/practice/sessions', json({ mode: 'domains', domains: [1, 2, 3, 4], limit: 10 }), auth)).body as { id?: string; current?: { question: { key: string; type: string; options: string[] } } | null } | null
    let current = session?.current
    for (let i = 0; i < 10 && current && session?.id && !stopping; i++) {
      await send('POST', `/api/practice/sessions/${session.id}/answers`, json({ questionKey: current.question.key, choice: anyChoice(current.question) }), auth)
      current = ((await send('POST', `/api/practice/sessions/${session.id}/next`, undefined, auth)).body as { current?: typeof current } | null)?.current
    }
  }
}

/** An answer of the question's kind (practice plays ordering and number questions too): right or wrong, it moves on. */
function anyChoice(q: { type: string; options: string[] }) {
  if (q.type === 'text') return { text: 'EC2' }
  if (q.type === 'ordering') return { order: q.options.map((_, i) => i) }
  if (q.type === 'number') return { number: 3 }
  return { options: [0] }
}

async function httpLoop(send: Send, lane: number): Promise<void> {
  const bigJson = JSON.stringify({ junk: 'x'.repeat(2 * 2 ** 20) })
  const paths: (() => Promise<Answer>)[] = [
    () => send('GET', '/api/quizzes'),
    () => send('GET', '/api/bank'),
    () => send('GET', '/healthz'),
    () => send('GET', '/api/formats'),
    () => send('GET', `/api/games/${String(100000 + ((lane * 7919 + requests) % 900000))}`),
    () => send('POST', '/api/nothing-here', bigJson, { 'content-type': 'application/json' }),
    () => send('GET', '/'),
    () => send('GET', '/api/practice/catalog'),
  ]
  for (let n = lane; !stopping; n++) await paths[n % paths.length]!()
}

process.on('message', async (message: HammerStart | { cmd: 'stop' }) => {
  if (message.cmd === 'stop') {
    stopping = true
    return
  }
  const target = new URL(message.url)
  const agent = new http.Agent({ keepAlive: true, maxSockets: message.concurrency })
  const send: Send = (method, path, body, headers) => request(target, agent, message.localAddress, method, path, body, headers)
  const files = message.kind === 'imports' ? await importFiles() : []
  process.send!({ ready: true })
  const startedAt = performance.now()
  const loops = Array.from({ length: message.concurrency }, (_, lane) =>
    message.kind === 'imports' ? importsLoop(send, files, lane) : message.kind === 'practice' ? practiceLoop(send) : httpLoop(send, lane),
  )
  await Promise.all(loops)
  agent.destroy()
  const result: HammerResult = { kind: message.kind, byStatus, requests, sentMB: Math.round(sentBytes / 2 ** 20), durationMs: Math.round(performance.now() - startedAt) }
  process.send!({ result }, () => process.exit(0))
})
