import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { starterQuiz } from '@cirrus/questions'
import type { SavedQuiz } from '@cirrus/protocol'
import { launchBrowser, screenshot, type TestBrowser } from '../support/browser.ts'
import { api } from '../support/http.ts'
import { repoRoot, startServer, type TestServer } from '../support/server.ts'
import { buildWeb } from './helpers.ts'

/**
 * The teachers' sign-in in a real browser: the library asks for the password once, the browser then holds an
 * HttpOnly session cookie (never the password), and only a signed-in teacher can host a teacher's own quiz.
 */

const password = 'correct horse battery staple'
let server: TestServer
let browser: TestBrowser
let quiz: SavedQuiz

beforeAll(async () => {
  await buildWeb()
  server = await startServer({ webRoot: path.join(repoRoot, 'apps/web/dist'), adminPassword: password })
  browser = await launchBrowser()
  const draft = { title: 'Graded test: week 3', description: '', questions: starterQuiz.questions.slice(0, 3) }
  quiz = (await api<SavedQuiz>(server.url, '/api/quizzes', { json: draft, password })).body
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('a teacher signing in', () => {
  it('signs in once, keeps no password in the page, and hosts a quiz of their own', async () => {
    const teacher = await (await browser.context({ viewport: { width: 1366, height: 900 } })).newPage()
    teacher.setDefaultTimeout(8000)
    await teacher.goto(`${server.url}/library`)
    await teacher.getByRole('heading', { name: 'Teachers sign in here' }).waitFor()
    await teacher.getByLabel('Password').fill('not it')
    await teacher.getByRole('button', { name: 'Sign in' }).click()
    await teacher.getByRole('alert').getByText(/not the password/).waitFor()
    await teacher.getByLabel('Password').fill(password)
    await teacher.getByRole('button', { name: 'Sign in' }).click()
    await teacher.getByText('Signed in as a teacher.').waitFor()
    await teacher.getByRole('link', { name: `Edit ${quiz.title}` }).waitFor()
    await screenshot(teacher, 'sign-in-01-library')

    // The page holds no password: not in storage, and the session cookie is out of script's reach.
    const kept = await teacher.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }) + document.cookie)
    expect(kept).not.toContain(password)
    expect(kept).not.toContain('cirrus_teacher')
    // A reload is still signed in.
    await teacher.reload()
    await teacher.getByText('Signed in as a teacher.').waitFor()

    await teacher.goto(`${server.url}/host?quiz=${quiz.id}`)
    await teacher.getByRole('radio', { name: new RegExp(quiz.title) }).check()
    await teacher.getByRole('button', { name: 'Create game' }).click()
    await teacher.waitForURL(/\/host\/\d{6}$/)
    await teacher.locator('.lobby-pin').waitFor()
  })

  it('does not let a student host the teacher\'s quiz, and says why', async () => {
    const student = await (await browser.context({ viewport: { width: 1366, height: 900 } })).newPage()
    student.setDefaultTimeout(8000)
    await student.goto(`${server.url}/host?quiz=${quiz.id}`)
    await student.getByText(/needs the teachers' sign-in/).waitFor()
    await student.getByRole('radio', { name: new RegExp(quiz.title) }).check()
    await student.getByRole('button', { name: 'Create game' }).click()
    await student.getByRole('alert').getByText(/teacher's own quiz: sign in/).waitFor()
    await screenshot(student, 'sign-in-02-student-refused')
    expect(student.url()).toMatch(/\/host\?quiz=/)
    // The built-in quizzes stay open to everyone.
    await student.getByRole('radio', { name: /Cloud basics/ }).check()
    await student.getByRole('button', { name: 'Create game' }).click()
    await student.waitForURL(/\/host\/\d{6}$/)
  })
})
