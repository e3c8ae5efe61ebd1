import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { PHONE, PROJECTOR, screenshot } from '../support/browser.ts'
import { answerOnPhone, createGameFromUi, expectAccessible, joinByPin, joinFromLink, phoneScore, questionOnHost, useServerAndBrowser, waitForPhase } from './helpers.ts'

/**
 * A whole game in a real browser: the server as `npm start` runs it, a host on a 1080p projector and three players
 * on 360 px phones, each in its own browser context (its own storage, like separate devices).
 */

const env = useServerAndBrowser()

const phone = () => env.browser.context({ viewport: PHONE, isMobile: true, hasTouch: true })
const projector = () => env.browser.context({ viewport: PROJECTOR })

describe('a live game in the browser', () => {
  it('a host and three players play to the podium, which matches the scores; a reload mid-question keeps the seat and score', async () => {
    const QUESTIONS = 7 // the starter's first seven questions cover single, true/false, multiple and typed answers
    const home = await (await phone()).newPage()
    await home.goto(env.server.url)
    await screenshot(home, 'player-00-home')
    const host = await (await projector()).newPage()
    await host.goto(env.server.url)
    await screenshot(host, 'host-00-home')
    await host.goto(`${env.server.url}/host`)
    await host.getByRole('radio', { name: /Cloud basics/ }).waitFor()
    await screenshot(host, 'host-00-setup')
    const pin = await createGameFromUi(host, env.server.url, { questionCount: QUESTIONS })
    await screenshot(host, 'host-01-lobby-empty')

    const names = ['Ada', 'Bruno', 'Chiara']
    const players: Page[] = []
    for (const name of names) players.push(await (await phone()).newPage())
    const [ada, bruno, chiara] = players as [Page, Page, Page]
    await joinFromLink(ada, env.server.url, pin, 'Ada')
    await joinFromLink(bruno, env.server.url, pin, 'Bruno')
    await joinByPin(chiara, env.server.url, pin, 'Chiara')
    // Start has the focus once players are in: Enter (or a presenter's clicker) will start the game.
    await host.waitForFunction(() => document.activeElement?.textContent === 'Start')

    // A fourth player joins and the host removes them with the button beside their name.
    const dora = await (await phone()).newPage()
    await joinFromLink(dora, env.server.url, pin, 'Dora')
    await host.getByRole('heading', { name: '4 players' }).waitFor()
    await host.getByRole('button', { name: 'Remove Dora' }).click()
    await dora.getByRole('heading', { name: 'Removed from the game' }).waitFor()
    await host.getByRole('heading', { name: '3 players' }).waitFor()
    for (const name of names) await host.getByRole('button', { name: `Remove ${name}` }).waitFor()

    // The lock is a toggle button.
    const lock = host.getByRole('button', { name: 'Lock the game' })
    await lock.click()
    await host.getByRole('button', { name: /Locked: unlock/, pressed: true }).waitFor()
    await screenshot(host, 'host-02-lobby-locked')
    await host.getByRole('button', { name: /Locked: unlock/ }).click()
    await host.getByRole('button', { name: 'Lock the game', pressed: false }).waitFor()
    await screenshot(host, 'host-02-lobby')
    await screenshot(ada, 'player-01-lobby')
    await expectAccessible(host, 'the host lobby')
    await expectAccessible(ada, 'the phone lobby')

    await host.getByRole('button', { name: 'Start' }).press('Enter')

    // Who answers right: Ada always, Bruno on even questions, Chiara on the first two only. Distinct totals.
    const answersRight = (player: number, index: number) => (player === 0 ? true : player === 1 ? index % 2 === 0 : index < 2)
    for (let index = 0; index < QUESTIONS; index++) {
      const n = index + 1
      await waitForPhase(host, 'question', `Question ${n} of ${QUESTIONS}`)
      for (const p of players) await waitForPhase(p, 'question', `${n} / ${QUESTIONS}`)
      const { question, shown } = await questionOnHost(host)
      const label = `q${n}-${question.type}`
      if (index === 0 || question.type === 'multiple' || question.type === 'text') {
        await screenshot(host, `host-03-question-${label}`)
        await screenshot(ada, `player-02-question-${label}`)
        await expectAccessible(host, `the host question ${label}`)
        await expectAccessible(ada, `the phone question ${label}`)
      }

      if (index === 3) {
        // Chiara's phone reloads before she answers: same seat, same score, straight back into the question.
        const before = await phoneScore(chiara)
        expect(before).toBeGreaterThan(0)
        await chiara.reload()
        await waitForPhase(chiara, 'question', `${n} / ${QUESTIONS}`)
        expect(await phoneScore(chiara)).toBe(before)
        await screenshot(chiara, `player-03-after-reload-${label}`)
      }

      if (index === 1) {
        // Pause and resume: everyone sees the game stand still.
        await host.getByRole('button', { name: 'Pause' }).click()
        for (const p of [host, ...players]) await p.locator('.paused-overlay').waitFor()
        await screenshot(host, 'host-04-paused')
        await screenshot(ada, 'player-04-paused')
        await expectAccessible(host, 'the host paused')
        await expectAccessible(ada, 'the phone paused')
        await host.getByRole('button', { name: 'Resume' }).click()
        for (const p of [host, ...players]) await p.locator('.paused-overlay').waitFor({ state: 'detached' })
      }
      await answerOnPhone(ada, question, shown, answersRight(0, index))
      if (index === 0) {
        await screenshot(ada, 'player-04-locked-in')
        await expectAccessible(ada, 'the phone locked in')
        await host.locator('.answered-number', { hasText: '1' }).waitFor()
        await screenshot(host, 'host-04-question-one-answered')
      }
      await answerOnPhone(bruno, question, shown, answersRight(1, index))
      if (index === 4) {
        // Bruno reloads after answering: the phone still says his answer is locked in.
        await bruno.reload()
        await waitForPhase(bruno, 'question', `${n} / ${QUESTIONS}`)
        await bruno.getByText('Answer locked in').waitFor()
      }
      await answerOnPhone(chiara, question, shown, answersRight(2, index))

      // Everyone answered: the round closes by itself.
      await waitForPhase(host, 'reveal')
      for (const p of players) await p.locator('.result').waitFor()
      expect(await ada.locator('.result-title').textContent()).toBe('Correct!')
      if (index === 0 || question.type === 'multiple' || question.type === 'text') {
        await screenshot(host, `host-05-reveal-${label}`)
        await screenshot(ada, `player-05-reveal-right-${label}`)
        await screenshot(chiara, `player-06-reveal-${label}`)
        await expectAccessible(host, `the host reveal ${label}`)
        await expectAccessible(ada, `the phone reveal ${label} (right)`)
        await expectAccessible(chiara, `the phone reveal ${label}`)
      }

      await host.getByRole('button', { name: 'Leaderboard' }).click()
      await waitForPhase(host, 'leaderboard')
      if (index === 1) {
        // The projector's browser reloads: the host token brings it back to the same screen.
        await host.reload()
        await waitForPhase(host, 'leaderboard', `Question ${n} of ${QUESTIONS}`)
      }
      for (const p of players) await waitForPhase(p, 'leaderboard')
      if (index === 0 || index === QUESTIONS - 1) {
        await screenshot(host, `host-06-leaderboard-q${n}`)
        await screenshot(bruno, `player-07-leaderboard-q${n}`)
        await expectAccessible(host, `the host leaderboard q${n}`)
        await expectAccessible(bruno, `the phone leaderboard q${n}`)
      }
      await host.getByRole('button', { name: index === QUESTIONS - 1 ? 'Podium' : 'Next question' }).click()
    }

    await waitForPhase(host, 'podium')
    for (const p of players) await waitForPhase(p, 'podium')
    await host.locator('.final-results tbody tr').nth(2).waitFor()
    await screenshot(host, 'host-07-podium')
    for (const [i, p] of players.entries()) await screenshot(p, `player-08-podium-${names[i]}`)
    await expectAccessible(host, 'the host podium')
    for (const [i, p] of players.entries()) await expectAccessible(p, `the phone podium of ${names[i]}`)

    // The host's final table: every player, best first, with the scores the phones show.
    const rows = await host.locator('.final-results tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())),
    )
    const table = rows.map(([rank, nickname, score, right]) => ({ rank: Number(rank), nickname, score: Number(score!.replace(/[^\d]/g, '')), right }))
    expect(table.map((r) => r.nickname)).toEqual(['Ada', 'Bruno', 'Chiara'])
    expect(table.map((r) => r.rank)).toEqual([1, 2, 3])
    for (const [i, p] of players.entries()) {
      expect(await phoneScore(p)).toBe(table.find((r) => r.nickname === names[i])!.score)
      expect(await p.locator('.play-final').textContent()).toContain(['1st', '2nd', '3rd'][i])
      // "2 of 3" on the projector, "... 2 of 3 right." on the phone.
      expect(await p.locator('.play-final').textContent()).toContain(`${table.find((r) => r.nickname === names[i])!.right} right`)
    }
    // The podium: first on the middle step, second on the left, third on the right, with their scores.
    const steps = await host.locator('.podium-step').evaluateAll((lis) =>
      lis.map((li) => ({ name: li.querySelector('.podium-name')?.textContent ?? '', score: li.querySelector('.podium-score')?.textContent ?? '' })),
    )
    expect(steps.map((s) => s.name)).toEqual(['Bruno', 'Ada', 'Chiara'])
    for (const step of steps) {
      expect(Number(step.score.replace(/[^\d]/g, ''))).toBe(table.find((r) => r.nickname === step.name)!.score)
    }
    expect(table[0]!.score).toBeGreaterThan(table[1]!.score)
    expect(table[1]!.score).toBeGreaterThan(table[2]!.score)

    // A reload of the host screen at the end still shows the podium (the host token is kept in the browser).
    await host.reload()
    await waitForPhase(host, 'podium')
  }, 240_000)
})
