import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROBLEM_REPORT, type ProblemReportList, type SessionView } from '@cirrus/protocol'
import { bank } from '@cirrus/questions'
import { queryDatabase } from '../support/db.ts'
import { api } from '../support/http.ts'
import { newLearner, type FinishedExam, type OpenExam } from '../support/practice.ts'
import { startServer, type TestServer } from '../support/server.ts'

/** "Report a problem with this question": from a learner to the teacher's list and CSV, on a real server and SQLite file. */

const PASSWORD = 'correct horse battery staple'
let server: TestServer
let clock = Date.UTC(2026, 10, 29, 9, 0, 0)

beforeAll(async () => {
  server = await startServer({ now: () => clock, adminPassword: PASSWORD })
})

afterAll(async () => {
  await server?.close()
})

const teacherList = (query = '') => api<ProblemReportList>(server.url, `/api/problem-reports${query}`, { password: PASSWORD })

describe('a problem report', () => {
  it('is stored from practice and reaches the signed-in teacher, with the question as the bank has it', async () => {
    const learner = await newLearner(server.url)
    const session = await learner.ok<SessionView>('/sessions', { json: { mode: 'domains', domains: [2], limit: 1 } })
    const q = session.current!.question
    const sent = await learner.request('/problem-reports', { json: { questionKey: q.key, reason: 'outdated', comment: 'IAM calls it "last accessed information" now.', context: 'practice' } })
    expect(sent.status).toBe(201)
    expect(sent.body).toEqual({ id: expect.any(String), updated: false })

    // Only a teacher reads the list.
    expect((await api(server.url, '/api/problem-reports')).status).toBe(401)
    expect((await api(server.url, '/api/problem-reports', { password: 'guess' })).status).toBe(401)
    const list = await teacherList()
    expect(list.status).toBe(200)
    const mine = list.body.reports.find((r) => r.id === sent.body.id)!
    const bankQ = bank.find((b) => b.id === q.key)!
    expect(mine).toMatchObject({
      questionKey: q.key,
      prompt: q.prompt,
      reason: 'outdated',
      comment: 'IAM calls it "last accessed information" now.',
      context: 'practice',
      createdAt: clock,
      updatedAt: clock,
      question: { prompt: bankQ.prompt, explanation: bankQ.explanation, domain: 2, task: bankQ.task ?? null, source: bankQ.source ?? null },
    })
    expect(mine.question!.options).toEqual(bankQ.options.map((o) => ({ text: o.text, correct: o.correct })))
    expect(list.body.total).toBeGreaterThanOrEqual(1)
    expect(mine).not.toHaveProperty('learnerId')

    // The same learner reporting the same question again replaces the report: one per learner and question.
    clock += 60_000
    const again = await learner.request('/problem-reports', { json: { questionKey: q.key, reason: 'wrong_key', context: 'practice' } })
    expect(again.status).toBe(200)
    expect(again.body).toEqual({ id: sent.body.id, updated: true })
    const after = (await teacherList()).body.reports.filter((r) => r.questionKey === q.key)
    expect(after).toHaveLength(1)
    expect(after[0]).toMatchObject({ reason: 'wrong_key', comment: '', createdAt: clock - 60_000, updatedAt: clock })
  })

  it('is stored from an exam review, and filtered by reason in the list', async () => {
    const learner = await newLearner(server.url)
    const exam = await learner.ok<OpenExam>('/exams', { method: 'POST' })
    const done = await learner.ok<FinishedExam>(`/exams/${exam.id}/submit`, { method: 'POST' })
    const key = done.review[3]!.question.key
    expect((await learner.request('/problem-reports', { json: { questionKey: key, reason: 'unclear', comment: 'Two options say the same.', context: 'exam' } })).status).toBe(201)
    const unclear = (await teacherList('?reason=unclear')).body
    expect(unclear.reports.every((r) => r.reason === 'unclear')).toBe(true)
    expect(unclear.reports.find((r) => r.questionKey === key)).toMatchObject({ context: 'exam', comment: 'Two options say the same.' })
    expect(unclear.total).toBe(unclear.reports.length)
    expect((await teacherList('?reason=astrology')).status).toBe(400)
    expect((await teacherList('?limit=0')).status).toBe(400)
    expect((await teacherList('?limit=1')).body.reports).toHaveLength(1)
  })

  it('refuses what does not fit: unknown reason, long comment, "other" without a comment, unknown question, no learner', async () => {
    const learner = await newLearner(server.url)
    const key = bank[0]!.id
    const refusals = [
      { questionKey: key, reason: 'boring', context: 'practice' },
      { questionKey: key, reason: 'unclear', comment: 'x'.repeat(PROBLEM_REPORT.commentChars + 1), context: 'practice' },
      { questionKey: key, reason: 'other', comment: '   ', context: 'practice' },
      { questionKey: key, reason: 'unclear', context: 'game-show' },
      { questionKey: key, reason: 'unclear', context: 'practice', learnerId: 'someone-else' },
      { questionKey: 'x'.repeat(201), reason: 'unclear', context: 'practice' },
    ]
    for (const body of refusals) {
      const res = await learner.request('/problem-reports', { json: body })
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400)
      expect(res.body.error.code).toBe('invalid_payload')
    }
    expect((await learner.request('/problem-reports', { json: { questionKey: key, reason: 'other', comment: '   ', context: 'practice' } })).body.error.message).toMatch(/comment: say what the problem is/)
    const unknown = await learner.request('/problem-reports', { json: { questionKey: 'no-such-question', reason: 'unclear', context: 'practice' } })
    expect(unknown.status).toBe(404)
    expect(unknown.body.error.code).toBe('question_not_found')
    const anonymous = await api(server.url, '/api/practice/problem-reports', { json: { questionKey: key, reason: 'unclear', context: 'practice' } })
    expect(anonymous.status).toBe(401)
    // A comment at the limit is kept whole, trimmed.
    const long = await learner.request('/problem-reports', { json: { questionKey: key, reason: 'unclear', comment: ` ${'y'.repeat(PROBLEM_REPORT.commentChars)} `, context: 'practice' } })
    expect(long.status).toBe(201)
    const [row] = await queryDatabase<{ comment: string }>(server.databaseUrl, 'SELECT comment FROM ProblemReport WHERE id = ?', long.body.id)
    expect(row!.comment).toBe('y'.repeat(PROBLEM_REPORT.commentChars))
  })

  it('exports as CSV for the teacher: one row per report, quoted, formulas defused', async () => {
    const learner = await newLearner(server.url)
    const key = bank[1]!.id
    const comment = '=HYPERLINK("http://evil.example","click"), and a "quote",\nover two lines'
    expect((await learner.request('/problem-reports', { json: { questionKey: key, reason: 'wrong_key', comment, context: 'practice' } })).status).toBe(201)

    expect((await api(server.url, '/api/problem-reports.csv')).status).toBe(401)
    const res = await api<string>(server.url, '/api/problem-reports.csv', { password: PASSWORD })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/)
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="cirrus-problem-reports-\d{4}-\d{2}-\d{2}\.csv"$/)
    const text = res.body.replace(/^\uFEFF/, '')
    const [header, ...rest] = text.split('\r\n')
    expect(header).toBe('"Reported at","First reported at","Question key","Exam domain","Task","Topic","Reason","Reported from","Comment","Question as the learner saw it","Right answer now","Source"')
    const total = (await teacherList()).body.total
    expect(text.match(/\r\n"\d{4}-/g)).toHaveLength(total) // one record per report (the comment's newline is inside quotes)
    expect(rest.join('\r\n')).toContain(`"'=HYPERLINK(""http://evil.example"",""click""), and a ""quote"",\nover two lines"`)
    const bankQ = bank.find((q) => q.id === key)!
    expect(text).toContain(`"${bankQ.options.filter((o) => o.correct).map((o) => o.text).join(' | ').replace(/"/g, '""')}"`)
    expect(text).toContain('"The marked answer is wrong","practice"')

    // In the teacher's language: asked for by the page (lang), else the browser's Accept-Language.
    for (const [query, headers] of [['?lang=es', {}], ['', { 'accept-language': 'es-MX,es;q=0.9,en;q=0.5' }]] as const) {
      const spanish = (await api<string>(server.url, `/api/problem-reports.csv${query}`, { password: PASSWORD, headers })).body.replace(/^\uFEFF/, '')
      expect(spanish.split('\r\n')[0]!.startsWith('"Informado el","Informado por primera vez el","Clave de la pregunta"'), query || 'Accept-Language').toBe(true)
      expect(spanish).toContain('"La respuesta marcada como correcta está mal","práctica"')
    }
  })

  it('is limited per address: 30 at once, then one every 10 s', async () => {
    const learner = await newLearner(server.url)
    const statuses: number[] = []
    for (const q of bank.slice(10, 45)) {
      statuses.push((await learner.request('/problem-reports', { json: { questionKey: q.id, reason: 'unclear', context: 'practice' } })).status)
    }
    // The earlier tests of this file sent a few from the same address.
    const refused = statuses.indexOf(429)
    expect(refused).toBeGreaterThan(15)
    expect(statuses.slice(refused).every((s) => s === 429)).toBe(true)
    const limited = await learner.request('/problem-reports', { json: { questionKey: bank[50]!.id, reason: 'unclear', context: 'practice' } })
    expect(limited.body.error.code).toBe('rate_limited')
    clock += 10_000
    expect((await learner.request('/problem-reports', { json: { questionKey: bank[50]!.id, reason: 'unclear', context: 'practice' } })).status).toBe(201)
  })
})
