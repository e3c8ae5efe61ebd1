import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, PHONE, PROJECTOR, screenshot, type TestBrowser } from '../support/browser.ts'
import { FlakyNetwork } from '../support/network.ts'
import { spawnServer, tempDatabaseUrl, type ServerProcess } from '../support/server.ts'
import { answerOnPhone, buildWeb, createGameFromUi, joinFromLink, phoneScore, questionOnHost, waitForPhase } from './helpers.ts'

/**
 * The server goes away mid-question and comes back: both screens say they are reconnecting, then carry on.
 * This game shows the question on the phones (a study group without a projector).
 */

let server: ServerProcess
let browser: TestBrowser
const databaseUrl = tempDatabaseUrl('e2e-restart')

beforeAll(async () => {
  await buildWeb()
  server = await spawnServer({ databaseUrl })
  browser = await launchBrowser()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('a lost connection in the browser', () => {
  it('shows "reconnecting" while the server is down and re-attaches host and players when it is back', async () => {
    const host = await (await browser.context({ viewport: PROJECTOR })).newPage()
    const pin = await createGameFromUi(host, server.url, { questionCount: 2, showQuestionOnPlayers: true })
    const ada = await (await browser.context({ viewport: PHONE, isMobile: true, hasTouch: true })).newPage()
    const bruno = await (await browser.context({ viewport: PHONE, isMobile: true, hasTouch: true })).newPage()
    await joinFromLink(ada, server.url, pin, 'Ada')
    await joinFromLink(bruno, server.url, pin, 'Bruno')
    await host.getByRole('heading', { name: '2 players' }).waitFor()
    await host.getByRole('button', { name: 'Start' }).click()
    await waitForPhase(host, 'question')
    await waitForPhase(ada, 'question')
    const { question, shown } = await questionOnHost(host)
    // The phone shows the prompt and the options' texts.
    expect(await ada.locator('.play-prompt').textContent()).toBe(question.prompt)
    await screenshot(ada, 'player-question-shown-on-phone')
    await answerOnPhone(ada, question, shown, true, true)

    // The server stops (it writes what it holds first) and starts again on the same port and database.
    const port = server.port
    await server.stop()
    await ada.getByText('Connection lost. Reconnecting…').waitFor()
    await host.getByText('Connection lost. Reconnecting…').waitFor()
    await screenshot(ada, 'player-reconnecting')
    await screenshot(host, 'host-reconnecting')
    server = await spawnServer({ databaseUrl, port })

    // socket.io reconnects by itself; each screen re-attaches with its stored token and gets a full snapshot.
    await ada.getByText('Connection lost. Reconnecting…').waitFor({ state: 'detached', timeout: 20_000 })
    await host.getByText('Connection lost. Reconnecting…').waitFor({ state: 'detached', timeout: 20_000 })
    await waitForPhase(ada, 'question')
    await ada.getByText('Answer locked in').waitFor()
    await waitForPhase(bruno, 'question')
    await answerOnPhone(bruno, question, shown, false, true)
    await waitForPhase(host, 'reveal')
    await ada.locator('.result-title', { hasText: 'Correct!' }).waitFor()
    await bruno.locator('.result-answer', { hasText: 'Right answer' }).waitFor()
    await screenshot(bruno, 'player-reveal-wrong-shown-on-phone')
    expect(await phoneScore(ada)).toBeGreaterThan(0)
    expect(await phoneScore(bruno)).toBe(0)
  }, 120_000)

  it('sends again an answer tapped just as the Wi-Fi dropped, and counts it once', async () => {
    const network = await FlakyNetwork.start(server.url)
    try {
      const host = await (await browser.context({ viewport: PROJECTOR })).newPage()
      const pin = await createGameFromUi(host, server.url, { questionCount: 1, showQuestionOnPlayers: true })
      const ada = await (await browser.context({ viewport: PHONE, isMobile: true, hasTouch: true })).newPage()
      const bruno = await (await browser.context({ viewport: PHONE, isMobile: true, hasTouch: true })).newPage()
      await joinFromLink(ada, network.url, pin, 'Ada') // Ada's phone is on the flaky Wi-Fi
      await joinFromLink(bruno, server.url, pin, 'Bruno')
      await host.getByRole('heading', { name: '2 players' }).waitFor()
      await host.getByRole('button', { name: 'Start' }).click()
      await waitForPhase(ada, 'question')
      const { question, shown } = await questionOnHost(host)

      network.loseRequests() // the tap leaves the phone but never reaches the server
      await answerOnPhone(ada, question, shown, true, true)
      await ada.getByText('Answer locked in').waitFor()
      network.cut()
      await ada.getByText('Connection lost. Reconnecting…').waitFor()
      network.restore()
      await ada.getByText('Connection lost. Reconnecting…').waitFor({ state: 'detached', timeout: 10_000 })
      await host.locator('.answered-number', { hasText: /^1$/ }).waitFor()

      await answerOnPhone(bruno, question, shown, false, true)
      await waitForPhase(host, 'reveal')
      await ada.locator('.result-title', { hasText: 'Correct!' }).waitFor()
      expect(await phoneScore(ada)).toBeGreaterThan(0)
    } finally {
      await network.close()
    }
  }, 120_000)
})
