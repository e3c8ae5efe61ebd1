import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FORMAT_IDS } from '@cirrus/formats'
import { starterQuiz, type QuestionInput } from '@cirrus/questions'
import type { BankPage, QuizSummary, SavedQuiz } from '@cirrus/protocol'
import { connect, connected, send } from '../support/client.ts'
import { hostGame } from '../support/game.ts'
import { queryDatabase } from '../support/db.ts'
import { api } from '../support/http.ts'
import { startServer, type TestServer } from '../support/server.ts'

const single = (id: string, prompt: string, right = 0): QuestionInput => ({
  id,
  type: 'single',
  prompt,
  options: ['Paris', 'Lyon', 'Nice'].map((text, i) => ({ text, correct: i === right })),
  explanation: 'Paris is the capital.',
  timeLimitSec: 30,
  points: 2000,
  topic: 'geography',
  difficulty: 'easy',
})

const draft = { title: 'Capitals of Europe', description: 'Week 3 review', questions: [single('q1', 'What is the capital of France?')] }

/** Two good rows and one with two right answers for a one-answer question. */
const CSV_WITH_ONE_BAD_ROW = [
  'Type,Question,Answer 1,Answer 2,Answer 3,Correct,Explanation,Time limit',
  'single,"Which river flows through Paris?",Seine,Rhine,Danube,1,"It runs through the city, ""left bank"" and all.",20',
  'single,Which city is the capital of Italy?,Milan,Rome,Turin,"1,2",,20',
  'truefalse,Berlin is the capital of Germany.,True,False,,1,,10',
].join('\r\n')

function quizRows(databaseUrl: string): Promise<{ id: string; title: string; deletedAt: string | null }[]> {
  return queryDatabase(databaseUrl, 'SELECT id, title, deletedAt FROM Quiz WHERE builtin = false ORDER BY createdAt')
}

describe('the quiz library API, with no admin password', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startServer()
  })
  afterAll(async () => {
    await server?.close()
  })

  it('creates a quiz with an id of its own, reads it back, finds it by search, updates and deletes it', async () => {
    const created = await api<SavedQuiz>(server.url, '/api/quizzes', { json: { ...draft, id: 'mine' } })
    expect(created.status).toBe(201)
    expect(created.body.id).toMatch(/^quiz-[0-9a-f-]{36}$/)
    expect(created.body).toMatchObject({ title: 'Capitals of Europe', builtin: false, questionCount: 1 })
    const id = created.body.id

    const read = await api<SavedQuiz>(server.url, `/api/quizzes/${id}`)
    expect(read.body.questions[0]).toMatchObject({ id: 'q1', prompt: 'What is the capital of France?', points: 2000, timeLimitSec: 30, topic: 'geography' })

    const found = await api<QuizSummary[]>(server.url, '/api/quizzes?q=capitals%20EUROPE')
    expect(found.body.map((q) => q.id)).toEqual([id])
    const byDescription = await api<QuizSummary[]>(server.url, '/api/quizzes?q=week')
    expect(byDescription.body.map((q) => q.id)).toEqual([id])
    const all = await api<QuizSummary[]>(server.url, '/api/quizzes')
    expect(all.body[0]!.id).toBe(id) // own quizzes first
    expect(all.body.some((q) => q.id === starterQuiz.id && q.builtin)).toBe(true)

    const questions = [single('q2', 'What is the capital of Spain?'), single('q1', 'What is the capital of France?')]
    const updated = await api<SavedQuiz>(server.url, `/api/quizzes/${id}`, { method: 'PUT', json: { title: 'Capitals', questions } })
    expect(updated.status).toBe(200)
    expect(updated.body.questions.map((q) => q.id)).toEqual(['q2', 'q1'])
    expect(updated.body.description).toBe('')

    expect((await api(server.url, `/api/quizzes/${id}`, { method: 'DELETE' })).status).toBe(204)
    expect((await api(server.url, `/api/quizzes/${id}`)).body.error.code).toBe('quiz_not_found')
    expect((await api<QuizSummary[]>(server.url, '/api/quizzes')).body.some((q) => q.id === id)).toBe(false)
    // Kept in the database for the games already played, marked deleted.
    expect((await quizRows(server.databaseUrl)).find((r) => r.id === id)?.deletedAt).not.toBeNull()
    expect((await api(server.url, `/api/quizzes/${id}`, { method: 'DELETE' })).status).toBe(404)
  })

  it('refuses a quiz that breaks the bank rules, naming every problem, and saves nothing', async () => {
    const before = (await quizRows(server.databaseUrl)).length
    const twoRight = { ...single('a', 'Pick one'), options: [{ text: 'x', correct: true }, { text: 'y', correct: true }] }
    const res = await api(server.url, '/api/quizzes', { json: { title: ' ', questions: [twoRight, single('a', 'Again')] } })
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe('invalid_payload')
    const problems = res.body.error.problems.map((p: { path: unknown[]; message: string }) => `${p.path.join('.')}: ${p.message}`)
    expect(problems).toEqual(
      expect.arrayContaining([
        'title: title is empty',
        'questions.0.options: a multiple-choice question has exactly one right option, not 2',
        'questions.1.id: question 2 has the same id as question 1 ("a")',
      ]),
    )
    expect(res.body.error.message).toMatch(/^the quiz: /)

    const noQuestions = await api(server.url, '/api/quizzes', { json: { title: 'Empty', questions: [] } })
    expect(noQuestions.body.error.problems[0].message).toBe('a quiz has at least one question')
    const notJson = await fetch(`${server.url}/api/quizzes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"title":' })
    expect(notJson.status).toBe(400)
    expect((await notJson.json()).error.code).toBe('invalid_payload')
    expect((await quizRows(server.databaseUrl)).length).toBe(before)
  })

  it('keeps built-in quizzes read-only, but lets them be duplicated into an editable copy', async () => {
    const put = await api(server.url, `/api/quizzes/${starterQuiz.id}`, { method: 'PUT', json: draft })
    expect(put.status).toBe(403)
    expect(put.body.error.code).toBe('quiz_read_only')
    const del = await api(server.url, `/api/quizzes/${starterQuiz.id}`, { method: 'DELETE' })
    expect(del.body.error.code).toBe('quiz_read_only')
    expect((await api<SavedQuiz>(server.url, `/api/quizzes/${starterQuiz.id}`)).body.questions).toHaveLength(starterQuiz.questions.length)

    const copy = await api<SavedQuiz>(server.url, `/api/quizzes/${starterQuiz.id}/duplicate`, { method: 'POST' })
    expect(copy.status).toBe(201)
    expect(copy.body).toMatchObject({ title: `Copy of ${starterQuiz.title}`, builtin: false, questionCount: starterQuiz.questions.length })
    expect(copy.body.questions).toEqual(starterQuiz.questions)
    const renamed = await api(server.url, `/api/quizzes/${copy.body.id}`, { method: 'PUT', json: { ...copy.body, title: 'My cloud basics' } })
    expect(renamed.status).toBe(200)
    // The copy is named in the language of the page that asked (lang), else of the browser (Accept-Language).
    const spanish = await api<SavedQuiz>(server.url, `/api/quizzes/${starterQuiz.id}/duplicate?lang=es`, { method: 'POST' })
    expect(spanish.body.title).toBe(`Copia de ${starterQuiz.title}`)
    const arabic = await api<SavedQuiz>(server.url, `/api/quizzes/${starterQuiz.id}/duplicate`, { method: 'POST', headers: { 'accept-language': 'ar-EG,ar;q=0.9' } })
    expect(arabic.body.title).toBe(`نسخة من ${starterQuiz.title}`)
    for (const extra of [spanish, arabic]) await api(server.url, `/api/quizzes/${extra.body.id}`, { method: 'DELETE' })
  })

  it('previews an import without saving; commits nothing while a question has problems, unless asked for the good ones', async () => {
    const before = (await quizRows(server.databaseUrl)).length
    const preview = await api(server.url, '/api/quizzes/import/preview?fileName=rivers%20and%20cities.csv', { file: CSV_WITH_ONE_BAD_ROW })
    expect(preview.status).toBe(200)
    expect(preview.body.format).toBe('csv')
    expect(preview.body.title).toBe('rivers and cities')
    expect(preview.body.questions.map((q: { question: unknown; location: string }) => [q.location, q.question !== null])).toEqual([
      ['row 2', true],
      ['row 3', false],
      ['row 4', true],
    ])
    expect(preview.body.questions[1].problems[0].message).toMatch(/exactly one right option, not 2/)
    expect(preview.body.questions[0].question.explanation).toBe('It runs through the city, "left bank" and all.')
    expect((await quizRows(server.databaseUrl)).length).toBe(before)

    const refused = await api(server.url, '/api/quizzes/import?fileName=rivers.csv', { file: CSV_WITH_ONE_BAD_ROW })
    expect(refused.status).toBe(422)
    expect(refused.body.error.code).toBe('import_has_problems')
    expect(refused.body.error.message).toMatch(/1 of 3 questions have problems; nothing was saved/)
    expect(refused.body.preview.questions).toHaveLength(3)
    expect((await quizRows(server.databaseUrl)).length).toBe(before)

    const partial = await api(server.url, '/api/quizzes/import?fileName=rivers.csv&only=good&title=Rivers', { file: CSV_WITH_ONE_BAD_ROW })
    expect(partial.status).toBe(201)
    expect(partial.body.skipped).toBe(1)
    expect(partial.body.quiz).toMatchObject({ title: 'Rivers', questionCount: 2, builtin: false })
    const saved = await api<SavedQuiz>(server.url, `/api/quizzes/${partial.body.quiz.id}`)
    expect(saved.body.questions.map((q) => q.prompt)).toEqual(['Which river flows through Paris?', 'Berlin is the capital of Germany.'])
    expect((await quizRows(server.databaseUrl)).length).toBe(before + 1)
  })

  it('imports a whole good file as it is, and refuses unreadable files and unknown formats with where and why', async () => {
    const good = CSV_WITH_ONE_BAD_ROW.split('\r\n').filter((_, i) => i !== 2).join('\n')
    const whole = await api(server.url, '/api/quizzes/import?fileName=good.csv', { file: good })
    expect(whole.status).toBe(201)
    expect(whole.body).toMatchObject({ skipped: 0, quiz: { title: 'good', questionCount: 2 } })

    const broken = await api(server.url, '/api/quizzes/import?fileName=quiz.json&only=good', { file: '{\n  "title": "x",\n  "questions": [,]\n}' })
    expect(broken.status).toBe(422)
    expect(broken.body.error.message).toBe('the file cannot be read; nothing was saved')
    expect(broken.body.preview.fileProblems[0].message).toMatch(/not valid JSON/)

    const unknown = await api(server.url, '/api/quizzes/import/preview?fileName=notes.docx', { file: 'hello' })
    expect(unknown.status).toBe(400)
    expect(unknown.body.error.code).toBe('unknown_format')
    const named = await api(server.url, '/api/quizzes/import/preview?format=pdf', { file: 'hello' })
    expect(named.body.error.message).toMatch(/"pdf" is not a format/)
    const empty = await api(server.url, '/api/quizzes/import/preview?format=csv', { file: '' })
    expect(empty.body.error.message).toMatch(/the file is empty/)
    const huge = await api(server.url, '/api/quizzes/import/preview?format=csv', { file: new Uint8Array(5 * 1024 * 1024) })
    expect(huge.status).toBe(413)
    expect(huge.body.error.message).toBe('the file is larger than the 4 MB an import takes: split it into smaller files')
  })

  it('exports a quiz in every format as a download that uploads back as the same questions', async () => {
    const created = await api<SavedQuiz>(server.url, '/api/quizzes', { json: { ...draft, title: 'Capitals: week 3!' } })
    for (const format of FORMAT_IDS) {
      const res = await fetch(`${server.url}/api/quizzes/${created.body.id}/export/${format}`)
      expect(res.status, format).toBe(200)
      expect(res.headers.get('content-disposition'), format).toMatch(/^attachment; filename="?capitals-week-3\.\w+"?$/)
      // Uploaded back as it was downloaded (bytes, so the .xlsx too), the file previews as the same question.
      const file = new Uint8Array(await res.arrayBuffer())
      const back = await api(server.url, `/api/quizzes/import/preview?format=${format}`, { file })
      expect(back.body.fileProblems, format).toEqual([])
      expect(back.body.questions.map((q: { question: { prompt: string; options: unknown } }) => [q.question.prompt, q.question.options]), format).toEqual([
        [draft.questions[0]!.prompt, draft.questions[0]!.options],
      ])
    }
    const json = await fetch(`${server.url}/api/quizzes/${created.body.id}/export/json`)
    expect(json.headers.get('content-type')).toMatch(/^application\/json/)
    const back = await api(server.url, '/api/quizzes/import/preview?format=json', { file: await json.text() })
    expect(back.body.title).toBe('Capitals: week 3!')
    expect(back.body.questions.map((q: { question: unknown }) => q.question)).toEqual(created.body.questions)
    expect((await api(server.url, `/api/quizzes/${created.body.id}/export/pdf`)).body.error.code).toBe('unknown_format')

    // What a format cannot carry comes back in a header, kept small however many questions it concerns.
    const typed = (i: number): QuestionInput => ({ id: `t${i}`, type: 'text', prompt: `Typed question number ${i}?`, options: [{ text: 'yes', correct: true }] })
    const many = await api<SavedQuiz>(server.url, '/api/quizzes', { json: { title: 'Typed', questions: [single('s', 'One?'), ...Array.from({ length: 200 }, (_, i) => typed(i))] } })
    const kahoot = await fetch(`${server.url}/api/quizzes/${many.body.id}/export/kahoot-xlsx`)
    const header = kahoot.headers.get('x-cirrus-export-warnings')!
    expect(header.length).toBeLessThan(2500)
    const warnings = JSON.parse(decodeURIComponent(header)) as string[]
    expect(warnings[0]).toMatch(/typed-answer/)
    expect(warnings.at(-1)).toMatch(/^and \d+ more$/)
    // The same warnings as codes and values, for a page in another language to word.
    const codes = JSON.parse(decodeURIComponent(kahoot.headers.get('x-cirrus-export-warning-codes')!)) as { code: string; values: Record<string, unknown> }[]
    expect(codes).toHaveLength(warnings.length)
    expect(codes[0]).toEqual({ code: 'kahoot_typed', values: { n: 2 } })
    expect(codes.at(-1)).toEqual({ code: 'more_warnings', values: { count: 200 - (warnings.length - 1) } })
  })

  it("writes the lines a GIFT or Kahoot file explains itself with in the page's language, else the browser's", async () => {
    const created = await api<SavedQuiz>(server.url, '/api/quizzes', { json: draft })
    const gift = (query: string, headers: Record<string, string> = {}) =>
      fetch(`${server.url}/api/quizzes/${created.body.id}/export/gift${query}`, { headers }).then(async (res) => (await res.text()).split('\n')[1])
    expect(await gift('?lang=es')).toBe('// Exportado desde Cirrus. Moodle lee este archivo con Banco de preguntas > Importar > Formato GIFT.')
    expect(await gift('?lang=pt-BR', { 'Accept-Language': 'de' })).toBe('// Exportado do Cirrus. O Moodle lê este arquivo em Banco de questões > Importar > Formato GIFT.')
    expect(await gift('', { 'Accept-Language': 'ja, de-AT;q=0.8' })).toBe('// Aus Cirrus exportiert. Moodle liest diese Datei mit Fragensammlung > Import > GIFT-Format.')
    expect(await gift('?lang=ja')).toBe('// Exported from Cirrus. Moodle reads this file with Question bank > Import > GIFT format.')
    // A Spanish file reads back as the same question.
    const file = await (await fetch(`${server.url}/api/quizzes/${created.body.id}/export/kahoot-xlsx?lang=es`)).arrayBuffer()
    const back = await api(server.url, '/api/quizzes/import/preview?format=kahoot-xlsx', { file: new Uint8Array(file) })
    expect(back.body.questions.map((q: { question: { prompt: string } }) => q.question.prompt)).toEqual([draft.questions[0]!.prompt])
    expect((await api(server.url, `/api/quizzes/${created.body.id}/export/gift?lang=${'x'.repeat(40)}`)).body.error.code).toBe('invalid_payload')
  })

  it('hosts a saved quiz, and not a deleted one', async () => {
    const created = await api<SavedQuiz>(server.url, '/api/quizzes', { json: draft })
    const game = await hostGame(server.url, created.body.id)
    expect(game.pin).toMatch(/^\d{6}$/)
    game.host.close()
    await api(server.url, `/api/quizzes/${created.body.id}`, { method: 'DELETE' })
    const host = connect(server.url)
    await connected(host)
    const reply = await send(host, 'host:create', { quizId: created.body.id, settings: {} })
    expect(reply).toMatchObject({ ok: false, error: { code: 'quiz_not_found' } })
    host.close()
  })

  it('lets a teacher browse the built-in bank by topic, domain, difficulty and words', async () => {
    const all = await api<BankPage>(server.url, '/api/bank')
    expect(all.body.total).toBe(all.body.questions.length)
    expect(all.body.domains.map((d) => d.id)).toEqual([1, 2, 3, 4])
    expect(all.body.sections.flatMap((s) => s.topics)).toContainEqual({ id: 's3-versioning', title: 'S3 versioning' })

    const s3 = await api<BankPage>(server.url, '/api/bank?topic=s3-versioning,s3-replication&difficulty=easy')
    expect(s3.body.questions.length).toBeGreaterThan(0)
    expect(s3.body.questions.every((q) => ['s3-versioning', 's3-replication'].includes(q.topic!) && q.difficulty === 'easy')).toBe(true)
    const billing = await api<BankPage>(server.url, '/api/bank?domain=4')
    expect(billing.body.questions.length).toBeGreaterThan(0)
    expect(billing.body.questions.every((q) => q.domain === 4)).toBe(true)
    const words = await api<BankPage>(server.url, '/api/bank?q=glacier')
    expect(words.body.questions.every((q) => /glacier/i.test(q.prompt))).toBe(true)

    const bad = await api(server.url, '/api/bank?difficulty=impossible')
    expect(bad.status).toBe(400)
    expect(bad.body.error.message).toMatch(/^the filter: difficulty\.0: /)
  })
})

describe('the quiz library API, with an admin password', () => {
  let server: TestServer
  const password = 'correct horse battery staple'
  beforeAll(async () => {
    server = await startServer({ adminPassword: password })
  })
  afterAll(async () => {
    await server?.close()
  })

  it('lists quizzes to anyone (to host a game) but shows, changes and imports them only with the password', async () => {
    expect((await api(server.url, '/api/access')).body).toEqual({ passwordRequired: true, signedIn: false })
    // /api/access hears no password: it is no oracle for guesses.
    expect((await api(server.url, '/api/access', { password })).body).toEqual({ passwordRequired: true, signedIn: false })
    expect((await api(server.url, '/api/quizzes')).status).toBe(200)

    const refusals = [
      await api(server.url, '/api/quizzes', { json: draft }),
      await api(server.url, '/api/quizzes', { json: draft, password: 'guess' }),
      await api(server.url, `/api/quizzes/${starterQuiz.id}`),
      await api(server.url, `/api/quizzes/${starterQuiz.id}/duplicate`, { method: 'POST' }),
      await api(server.url, `/api/quizzes/${starterQuiz.id}/export/csv`),
      await api(server.url, '/api/quizzes/import/preview?format=csv', { file: CSV_WITH_ONE_BAD_ROW }),
      await api(server.url, '/api/bank'),
    ]
    for (const res of refusals) {
      expect(res.status).toBe(401)
      expect(res.body.error.code).toBe('admin_password_required')
    }
    expect(refusals[0]!.body.error.message).toMatch(/asks teachers to sign in/)
    expect(refusals[1]!.body.error.message).toBe('the password is wrong')
    expect((await quizRows(server.databaseUrl))).toEqual([])

    const created = await api<SavedQuiz>(server.url, '/api/quizzes', { json: draft, password })
    expect(created.status).toBe(201)
    expect((await api(server.url, `/api/quizzes/${created.body.id}`, { method: 'DELETE' })).status).toBe(401)
    expect((await api(server.url, `/api/quizzes/${created.body.id}`, { method: 'DELETE', password })).status).toBe(204)
  })

  it('stops answering guesses from an address after ten wrong passwords', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 12; i++) statuses.push((await api(server.url, '/api/bank', { password: `guess ${i}` })).status)
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(2)
    const limited = await api(server.url, '/api/bank', { password: 'one more' })
    expect(limited.body.error.code).toBe('rate_limited')
    // The limit decides before the password is compared: a limited address is refused even with the right one.
    expect((await api(server.url, '/api/bank', { password })).status).toBe(429)
  })
})
