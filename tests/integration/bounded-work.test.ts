import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportQuiz, IMPORT_LIMITS } from '@cirrus/formats'
import { LIMITS as QUIZ_LIMITS } from '@cirrus/questions'
import type { LearnerCreated, QuizSummary } from '@cirrus/protocol'
import { LIMITS, trustFromEnv } from '@cirrus/server'
import { api, type ApiRequest } from '../support/http.ts'
import { answerFor, learnerWith, type Learner, type OpenExam } from '../support/practice.ts'
import { startServer, type TestServer } from '../support/server.ts'

/**
 * Bounded work (issue 14): imports limited in size and questions and read on file workers, with a queue and a
 * timeout; the practice API limited per learner and per address. A real server, real HTTP. Addresses come from
 * X-Forwarded-For (one trusted proxy hop), so that one test process is many addresses.
 */

const from = (address: string, request: ApiRequest = {}): ApiRequest => ({ ...request, headers: { 'x-forwarded-for': address, ...request.headers } })

const cards = (n: number) => Array.from({ length: n }, (_, i) => `Card ${i}?\tAnswer ${i}`).join('\n')

/** A Moodle XML file of about 4 MB that takes the reader about a second: 260,000 elements that are not questions. */
const slowXml = '<quiz>' + '<x a="1" b="2"/>'.repeat(Math.floor((4 * 2 ** 20 - 20) / 16)) + '</quiz>'

const servers: TestServer[] = []
afterAll(async () => {
  for (const s of servers) await s.close()
})
async function server(options: Parameters<typeof startServer>[0] = {}) {
  const s = await startServer({ trust: trustFromEnv('1'), ...options })
  servers.push(s)
  return s
}

describe('imports', () => {
  let s: TestServer
  beforeAll(async () => {
    s = await server()
  })

  it('refuses a file over 4 MB with 413, naming the limit', async () => {
    const res = await api(s.url, '/api/quizzes/import/preview?format=anki', from('10.1.0.1', { file: cards(1).padEnd(4 * 2 ** 20 + 1, '\n') }))
    expect(res.status).toBe(413)
    expect(res.body.error).toEqual({ code: 'invalid_payload', message: 'the file is larger than the 4 MB an import takes: split it into smaller files' })
  })

  it('stops reading a file with more questions than a quiz holds, says so, and saves nothing', async () => {
    const before = (await api<QuizSummary[]>(s.url, '/api/quizzes')).body.length
    const file = cards(IMPORT_LIMITS.questions + 1)
    const message = `the file has more than ${IMPORT_LIMITS.questions} questions; a quiz holds at most ${QUIZ_LIMITS.quizQuestions}: split the file into smaller ones`
    const preview = await api(s.url, '/api/quizzes/import/preview?format=anki', from('10.1.0.2', { file }))
    expect(preview.status).toBe(200)
    expect(preview.body).toEqual({
      format: 'anki',
      questions: [],
      fileProblems: [{ location: 'file', place: { at: 'file' }, code: 'too_many_entries', values: { max: IMPORT_LIMITS.questions, quizMax: QUIZ_LIMITS.quizQuestions }, message }],
    })
    const commit = await api(s.url, '/api/quizzes/import?format=anki&only=good', from('10.1.0.2', { file }))
    expect(commit.status).toBe(422)
    expect(commit.body.error.code).toBe('import_has_problems')
    expect(commit.body.preview.fileProblems[0].message).toBe(message)
    // Usable questions beyond a quiz's 500 are refused too, naming the limit; 500 import.
    const over = await api(s.url, '/api/quizzes/import?format=anki', from('10.1.0.2', { file: cards(QUIZ_LIMITS.quizQuestions + 1) }))
    expect(over.body.preview.fileProblems[0].message).toMatch(/^the file has 501 usable questions; a quiz holds at most 500/)
    expect((await api<QuizSummary[]>(s.url, '/api/quizzes')).body.length).toBe(before)
    const full = await api(s.url, '/api/quizzes/import?format=anki&title=Full', from('10.1.0.2', { file: cards(QUIZ_LIMITS.quizQuestions) }))
    expect(full.status).toBe(201)
    expect(full.body.quiz.questionCount).toBe(500)
  })

  it('answers a file near the size limit with a preview far smaller than the file', async () => {
    const row = `${'why '.repeat(200)},${'a'.repeat(300)},${'b'.repeat(300)},9\n`
    const csv = 'question,answer 1,answer 2,correct\n' + row.repeat(Math.floor((4 * 2 ** 20 - 100) / row.length))
    const res = await api(s.url, '/api/quizzes/import/preview?format=csv', from('10.1.0.3', { file: csv }))
    expect(res.status).toBe(200)
    expect(res.body.fileProblems[0].message).toMatch(/more than 600 questions/)
    expect(JSON.stringify(res.body).length).toBeLessThan(10_000)
  })

  it('limits imports per address: 429 beyond the limit, while another address imports', async () => {
    const limited = await server({ limits: { ...LIMITS, importsPerAddress: { capacity: 3, perSecond: 0.001 } } })
    const file = cards(2)
    for (let i = 0; i < 3; i++) expect((await api(limited.url, '/api/quizzes/import/preview?format=anki', from('10.2.0.1', { file }))).status).toBe(200)
    const refused = await api(limited.url, '/api/quizzes/import/preview?format=anki', from('10.2.0.1', { file }))
    expect(refused.status).toBe(429)
    expect(refused.body.error).toEqual({ code: 'rate_limited', message: 'too many imports from this address; wait a few seconds' })
    expect(refused.headers.get('retry-after')).toBe('2')
    expect((await api(limited.url, '/api/quizzes/import/preview?format=anki', from('10.2.0.2', { file }))).status).toBe(200)
  })

  it('stops a file that takes too long to read, says so naming the limit, and reads the next file on a fresh worker', async () => {
    const slow = await server({ fileWork: { timeoutMs: 250 } })
    // A small file first: the worker has started, and its start does not count against the next file.
    expect((await api(slow.url, '/api/quizzes/import/preview?format=anki', from('10.3.0.1', { file: cards(2) }))).body.questions).toHaveLength(2)
    const res = await api(slow.url, '/api/quizzes/import/preview?format=moodle-xml', from('10.3.0.1', { file: slowXml }))
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      format: 'moodle-xml',
      questions: [],
      fileProblems: [
        { location: 'file', place: { at: 'file' }, code: 'read_timeout', values: { seconds: 0.25 }, message: 'reading the file took more than 0.25 seconds, the most Cirrus gives one file; split it into smaller files' },
      ],
    })
    const commit = await api(slow.url, '/api/quizzes/import?format=moodle-xml', from('10.3.0.1', { file: slowXml }))
    expect(commit.status).toBe(422)
    expect(commit.body.error.message).toBe('the file cannot be read; nothing was saved')
    const after = await api(slow.url, '/api/quizzes/import/preview?format=anki', from('10.3.0.1', { file: cards(3) }))
    expect(after.body.questions).toHaveLength(3)
  })

  it('refuses files with 503 once the workers and their queue are full, and reads the others', async () => {
    const small = await server({ fileWork: { workers: 1, queue: 1 } })
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => api(small.url, '/api/quizzes/import/preview?format=moodle-xml', from('10.4.0.1', { file: slowXml }))),
    )
    const busy = answers.filter((a) => a.status === 503)
    expect(busy.length).toBeGreaterThan(0)
    for (const a of busy) {
      expect(a.body.error).toEqual({ code: 'busy', message: 'the server is reading other files (2 at most at once); try again in a few seconds' })
      expect(a.headers.get('retry-after')).toBe('5')
    }
    for (const a of answers.filter((a) => a.status !== 503)) {
      expect(a.status).toBe(200)
      expect(a.body.fileProblems[0].message).toBe('no questions in <quiz>')
    }
  })

  it('exports through the file workers', async () => {
    const created = await api(s.url, '/api/quizzes/import?format=anki&title=Cards', from('10.1.0.4', { file: cards(3) }))
    const res = await fetch(`${s.url}/api/quizzes/${created.body.quiz.id}/export/kahoot-xlsx`)
    expect(res.status).toBe(200)
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]) // a zip, as every .xlsx is
    const back = await api(s.url, '/api/quizzes/import/preview?format=kahoot-xlsx', from('10.1.0.4', { file: bytes }))
    expect(back.body.questions).toHaveLength(3)
    // The same quiz exported here and by the library itself.
    const gift = await (await fetch(`${s.url}/api/quizzes/${created.body.quiz.id}/export/gift`)).text()
    const saved = await api(s.url, `/api/quizzes/${created.body.quiz.id}`)
    expect(gift).toBe((await exportQuiz('gift', { title: 'Cards', questions: saved.body.questions })).content)
  })
})

describe('the practice API', () => {
  let s: TestServer
  beforeAll(async () => {
    s = await server({
      limits: {
        ...LIMITS,
        practicePerLearner: { capacity: 10, perSecond: 0.001 },
        practicePerAddress: { capacity: 30, perSecond: 0.001 },
        examsPerLearner: { capacity: 1, perSecond: 0.0001 },
        examsPerAddress: { capacity: 2, perSecond: 0.0001 },
      },
    })
  })

  /** A new learner whose requests come from `address`. */
  async function learnerAt(address: string): Promise<Learner> {
    const created = await api<LearnerCreated>(s.url, '/api/practice/learners', from(address, { method: 'POST' }))
    expect(created.status).toBe(201)
    const learner = learnerWith(s.url, created.body)
    return { ...learner, request: (path, r = {}) => learner.request(path, from(address, r)), ok: (path, r = {}) => learner.ok(path, from(address, r)) }
  }

  it('refuses a learner beyond its limit with 429 and a clear message, while another learner at the same address goes on', async () => {
    const ada = await learnerAt('10.5.0.1')
    for (let i = 0; i < 10; i++) expect((await ada.request('/me')).status).toBe(200)
    const askedAt = performance.now()
    const refused = await ada.request('/me')
    // Answered a second late, so that a client looping on its refusals makes one a second per request in flight.
    expect(performance.now() - askedAt).toBeGreaterThanOrEqual(900)
    expect(refused.status).toBe(429)
    expect(refused.body.error).toEqual({ code: 'rate_limited', message: 'too many practice requests from this profile (more than 10 at once, then every 17 minutes); wait a few seconds' })
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    const bob = await learnerAt('10.5.0.1')
    expect((await bob.request('/me')).status).toBe(200)
  })

  it('refuses an address beyond its limit, whatever the learner, before reading its token; other addresses go on', async () => {
    const learners = [await learnerAt('10.6.0.1'), await learnerAt('10.6.0.1'), await learnerAt('10.6.0.1'), await learnerAt('10.6.0.1')]
    let sent = 4 // the profiles were made from the address too
    for (const learner of learners) for (let i = 0; i < 6; i++, sent++) expect((await learner.request('/me')).status).toBe(200)
    expect(sent).toBe(28)
    expect((await learners[0]!.request('/me')).status).toBe(200)
    expect((await learners[1]!.request('/me')).status).toBe(200)
    const refused = await learners[2]!.request('/me')
    expect(refused.status).toBe(429)
    expect(refused.body.error.message).toMatch(/^too many practice requests from this address \(more than 30 at once/)
    const anonymous = await api(s.url, '/api/practice/catalog', from('10.6.0.1'))
    expect(anonymous.status).toBe(429)
    expect((await api(s.url, '/api/practice/catalog', from('10.6.0.2'))).status).toBe(200)
  })

  it('limits mock exams per learner and per address: starting one is the heaviest request', async () => {
    const cy = await learnerAt('10.7.0.1')
    const exam = await cy.ok<OpenExam>('/exams', { method: 'POST' })
    await cy.ok(`/exams/${exam.id}/submit`, { method: 'POST' })
    const again = await cy.request('/exams', { method: 'POST' })
    expect(again.status).toBe(429)
    expect(again.body.error.message).toMatch(/^too many mock exams started from this profile: after 1 in a row, a new one can start every \d+ minutes$/)

    const dee = await learnerAt('10.7.0.1')
    expect((await dee.request('/exams', { method: 'POST' })).status).toBe(201)
    const eve = await learnerAt('10.7.0.1')
    const third = await eve.request('/exams', { method: 'POST' })
    expect(third.status).toBe(429)
    expect(third.body.error.message).toMatch(/^too many mock exams started from this address: after 2 in a row/)
    expect((await (await learnerAt('10.7.0.2')).request('/exams', { method: 'POST' })).status).toBe(201)
  })

  it('refuses a body over 16 KB, and a body that is not JSON', async () => {
    const fay = await learnerAt('10.8.0.1')
    const big = await fay.request('/sessions', { json: { mode: 'topics', topics: Array.from({ length: 2000 }, (_, i) => `topic-${i}`) } })
    expect(big.status).toBe(413)
    expect(big.body.error).toEqual({ code: 'invalid_payload', message: 'the body is larger than the 16 KB a practice request takes' })
    const broken = await fetch(`${s.url}/api/practice/sessions`, {
      method: 'POST',
      headers: { 'x-forwarded-for': '10.8.0.1', authorization: `Bearer ${fay.learnerToken}`, 'content-type': 'application/json' },
      body: '{',
    })
    expect(broken.status).toBe(400)
    expect(((await broken.json()) as { error: { message: string } }).error.message).toBe('the body is not valid JSON')
  })

  it('lets an honest learner answer a whole mock exam in one go, and practise, within the default limits', async () => {
    const honest = await server()
    const created = await api<LearnerCreated>(honest.url, '/api/practice/learners', from('10.9.0.1', { method: 'POST' }))
    const base = learnerWith(honest.url, created.body)
    const learner: Learner = { ...base, request: (p, r = {}) => base.request(p, from('10.9.0.1', r)), ok: (p, r = {}) => base.ok(p, from('10.9.0.1', r)) }
    const exam = await learner.ok<OpenExam>('/exams', { method: 'POST' })
    for (const item of exam.items) await learner.ok(`/exams/${exam.id}/items/${item.position}`, { method: 'PUT', json: { choice: answerFor(item.question, true) } })
    await learner.ok(`/exams/${exam.id}/items/3`, { method: 'PUT', json: { flagged: true } })
    await learner.ok(`/exams/${exam.id}/submit`, { method: 'POST' })
    await learner.ok(`/exams/${exam.id}`)
    await learner.ok('/exams')
    await learner.ok('/progress')
    let session = await learner.ok('/sessions', { json: { mode: 'domains', domains: [1, 2, 3, 4], limit: 20 } })
    for (let i = 0; i < 20 && session.current; i++) {
      await learner.ok(`/sessions/${session.id}/answers`, { json: { questionKey: session.current.question.key, choice: answerFor(session.current.question, i % 2 === 0) } })
      session = await learner.ok(`/sessions/${session.id}/next`, { method: 'POST' })
    }
    expect(session.ended).toBe(true)
  })
})

describe('HTTP volume per address', () => {
  it('refuses an address past its burst with 429, a second late, while other addresses and the web app’s assets go on', async () => {
    const s = await server({ limits: { ...LIMITS, httpPerAddress: { capacity: 20, perSecond: 0.01 } } })
    const burst = await Promise.all(Array.from({ length: 20 }, () => api(s.url, '/healthz', from('10.3.0.1'))))
    expect(burst.map((r) => r.status)).toEqual(Array(20).fill(200))
    const startedAt = performance.now()
    const refused = await api(s.url, '/api/quizzes', from('10.3.0.1'))
    expect(refused.status).toBe(429)
    expect(refused.body.error).toEqual({ code: 'rate_limited', message: 'too many requests from this address (more than 20 at once, then every 100 s); wait a few seconds' })
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(900)
    expect((await api(s.url, '/api/quizzes', from('10.3.0.2'))).status).toBe(200)
    // The hashed assets are not counted (none are built here: a 404 from the app, not a 429 from the limit).
    expect((await api(s.url, '/assets/index.js', from('10.3.0.1'))).status).not.toBe(429)
  })
})
