import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, PHONE, PROJECTOR, screenshot, type TestBrowser } from '../support/browser.ts'
import { api } from '../support/http.ts'
import { picture } from '../support/images.ts'
import { repoRoot, startServer, type TestServer } from '../support/server.ts'
import { buildWeb, joinFromLink, waitForPhase } from './helpers.ts'

/**
 * Pictures in real browsers: a teacher uploads one for a question and one for an option in the editor (and is told
 * why a text file is refused), saves, and hosts the quiz with the question on the phones; the phone loads the
 * pictures before the clock starts, so they are there the moment the answers are; both screens show them.
 */

let server: TestServer
let browser: TestBrowser
let dir: string

beforeAll(async () => {
  await buildWeb()
  server = await startServer({ webRoot: path.join(repoRoot, 'apps/web/dist') })
  browser = await launchBrowser()
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cirrus-pictures-'))
  fs.writeFileSync(path.join(dir, 'map.png'), await picture('png', 480))
  fs.writeFileSync(path.join(dir, 'flag.jpg'), await picture('jpeg', 128))
  fs.writeFileSync(path.join(dir, 'notes.png'), 'these are my notes, not a picture')
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('pictures in the browser', () => {
  it('are uploaded in the editor, refused with a reason, loaded before the clock and shown on both screens', async () => {
    const teacher = await (await browser.context({ viewport: { width: 1366, height: 900 } })).newPage()
    teacher.setDefaultTimeout(10_000)
    await teacher.goto(`${server.url}/library/new`)
    await teacher.getByLabel('Title', { exact: true }).fill('Flags and maps')
    await teacher.getByLabel('Question', { exact: true }).fill('Which flag belongs to the country on the map?')

    // A text file named .png is refused, and the teacher is told why.
    await teacher.getByLabel('Picture: choose a PNG, JPEG, GIF or WebP file').setInputFiles(path.join(dir, 'notes.png'))
    await teacher.getByRole('alert').filter({ hasText: 'This file is not a picture Cirrus can read: upload a PNG, JPEG, GIF or WebP picture.' }).waitFor()

    await teacher.getByLabel('Picture: choose a PNG, JPEG, GIF or WebP file').setInputFiles(path.join(dir, 'map.png'))
    await teacher.getByText('an image needs alt text: say in a few words what it shows').first().waitFor() // required before saving
    await teacher.getByLabel(/^Picture: what it shows/).fill('A map with one country in red')
    for (const [i, text] of ['This flag', 'That flag', 'No flag', 'Any flag'].entries()) await teacher.getByLabel(`Answer ${i + 1}`, { exact: true }).fill(text)
    await teacher.getByRole('radio').first().check()
    await teacher.getByLabel('Answer 1: choose a PNG, JPEG, GIF or WebP file').setInputFiles(path.join(dir, 'flag.jpg'))
    await teacher.getByLabel(/^Answer 1: what it shows/).fill('A red square on blue')
    await screenshot(teacher, 'pictures-01-editor')
    await teacher.getByRole('button', { name: 'Save quiz' }).click()
    await teacher.getByText(/Saved "Flags and maps"/).waitFor()
    const list = await api(server.url, '/api/quizzes?q=Flags')
    const saved = await api(server.url, `/api/quizzes/${list.body[0].id}`)
    expect(saved.body.questions[0].image.alt).toBe('A map with one country in red')
    expect(saved.body.questions[0].options[0].image.alt).toBe('A red square on blue')

    // The game, with the question on the phones (no projector).
    const host = await (await browser.context({ viewport: PROJECTOR })).newPage()
    const phone = await (await browser.context({ viewport: PHONE })).newPage()
    host.setDefaultTimeout(10_000)
    phone.setDefaultTimeout(10_000)
    await host.goto(`${server.url}/host?quiz=${list.body[0].id}`)
    await host.getByLabel(/Show the question and answers on players' screens/).check()
    await host.getByRole('button', { name: 'Create game' }).click()
    await host.locator('.lobby-pin').waitFor()
    const pin = new URL(host.url()).pathname.split('/').pop()!
    await joinFromLink(phone, server.url, pin, 'Ada')
    await host.getByRole('button', { name: /^Start/ }).click()
    await waitForPhase(phone, 'question')
    // The answers appear only once the clock runs, and by then the pictures are decoded: nothing pops in late.
    const answer = phone.getByRole('button', { name: /This flag/ })
    await answer.waitFor()
    const loaded = await phone.locator('.play-question img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0))
    expect(loaded).toEqual([true, true])
    await expect(phone.getByRole('img', { name: 'A map with one country in red' }).isVisible()).resolves.toBe(true)
    await host.getByRole('img', { name: 'A map with one country in red' }).waitFor()
    await host.getByRole('img', { name: 'A red square on blue' }).waitFor()
    await host.locator('.host-countdown').waitFor()
    await screenshot(host, 'pictures-02-projector')
    await screenshot(phone, 'pictures-03-phone')
    await answer.click()
    await waitForPhase(host, 'reveal')
    await phone.getByRole('heading', { name: 'Correct!' }).waitFor()
    await screenshot(host, 'pictures-04-reveal-projector')
  })
})
