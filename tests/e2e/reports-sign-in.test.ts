import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { starterQuiz } from '@cirrus/questions'
import { launchBrowser, screenshot, type TestBrowser } from '../support/browser.ts'
import { rightChoice } from '../support/answers.ts'
import { call, move } from '../support/client.ts'
import { hostGame, joinGame, nextPhase, type HostedGame } from '../support/game.ts'
import { repoRoot, startServer, type TestServer } from '../support/server.ts'
import { buildWeb } from './helpers.ts'

/** With a teachers' password, the reports are for signed-in teachers only, in the browser as over the API. */

const password = 'a school keeps this'
let server: TestServer
let browser: TestBrowser
let game: HostedGame

beforeAll(async () => {
  await buildWeb()
  server = await startServer({ webRoot: path.join(repoRoot, 'apps/web/dist'), adminPassword: password })
  browser = await launchBrowser()
  // A one-question game, played from scripts.
  game = await hostGame(server.url, starterQuiz.id, { questionCount: 1 })
  const ada = await joinGame(server.url, game.pin, 'Ada')
  const opened = nextPhase(game.host, 'question')
  await move(game.host, 'host:start')
  await opened
  const revealed = nextPhase(game.host, 'reveal')
  await call(ada.socket, 'player:answer', { questionIndex: 0, choice: rightChoice(starterQuiz.questions[0]!) })
  await revealed
  ada.socket.close()
}, 180_000)

afterAll(async () => {
  game?.host.close()
  await browser?.close()
  await server?.close()
})

describe('the reports behind the teachers\' sign-in', () => {
  it('shows a student the sign-in, not the report; a teacher signs in and reads it', async () => {
    const student = await (await browser.context({ viewport: { width: 360, height: 740 } })).newPage()
    student.setDefaultTimeout(8000)
    await student.goto(`${server.url}/reports/${game.gameId}`)
    await student.getByRole('heading', { name: 'Teachers sign in here' }).waitFor()
    expect(await student.locator('.player-row').count()).toBe(0)
    const answer = await student.evaluate(async (id) => (await fetch(`/api/reports/${id}`)).status, game.gameId)
    expect(answer).toBe(401)

    const teacher = await (await browser.context({ viewport: { width: 1366, height: 900 } })).newPage()
    teacher.setDefaultTimeout(8000)
    await teacher.goto(`${server.url}/reports`)
    await teacher.getByLabel('Password').fill(password)
    await teacher.getByRole('button', { name: 'Sign in' }).click()
    // The game is still running (at its reveal): listed, and its report readable, but not yet deletable.
    const row = teacher.locator('.games-table tbody tr').first()
    await row.getByText('Still running').waitFor()
    await row.getByRole('link', { name: starterQuiz.title }).click()
    await teacher.locator('.player-row', { hasText: 'Ada' }).getByText('1 of 1 right').waitFor()
    await screenshot(teacher, 'report-04-signed-in-running')
    teacher.once('dialog', (dialog) => void dialog.accept())
    await teacher.getByRole('button', { name: 'Delete report' }).click()
    await teacher.getByRole('alert').getByText(/still running/).waitFor()
  }, 60_000)
})
