import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { starterQuiz } from '@cirrus/questions'
import { PHONE, PROJECTOR, screenshot } from '../support/browser.ts'
import { answerOnPhone, joinFromLink, questionOnHost, useServerAndBrowser, waitForPhase } from './helpers.ts'

/** The ways to play in a real browser (issue #19): a team game, the host who plays, two-step join. */

const env = useServerAndBrowser()
const phone = () => env.browser.context({ viewport: PHONE, isMobile: true, hasTouch: true })
const projector = () => env.browser.context({ viewport: PROJECTOR })

/** Opens the host page with the starter quiz chosen; `choose` sets the options; returns the PIN once the lobby shows. */
async function createGame(page: Page, choose: (page: Page) => Promise<void>, lobby = '.lobby-pin'): Promise<string> {
  await page.goto(`${env.server.url}/host`)
  await page.getByRole('radio', { name: /Cloud basics/ }).check()
  await page.getByLabel('Number of questions').fill('2')
  await choose(page)
  await page.getByRole('button', { name: 'Create game' }).click()
  await page.locator(lobby).first().waitFor()
  return /\/(?:host|play)\/(\d{6})/.exec(page.url())![1]!
}

describe('ways to play in the browser', () => {
  it('a team game: teams renamed in the lobby, players balanced, teams ranked on the leaderboard and the podium', { timeout: 60_000 }, async () => {
    const host = await (await projector()).newPage()
    const pin = await createGame(host, async (page) => {
      await page.getByLabel('Scoring').selectOption('accuracy')
      await page.getByLabel('Teams').selectOption('2')
      await screenshot(page, 'ways-host-00-setup')
    })
    const names = ['Ada', 'Bruno', 'Chiara']
    const phones: Page[] = []
    for (const name of names) {
      const p = await (await phone()).newPage()
      await joinFromLink(p, env.server.url, pin, name)
      phones.push(p)
    }
    const [ada, bruno, chiara] = phones as [Page, Page, Page]
    // The host renames the second team; the phones' lobby shows the new name.
    await host.getByRole('button', { name: 'Rename Blue Whales' }).click()
    await host.getByLabel('Name of team 2').fill('Night Owls')
    await host.getByRole('button', { name: 'Save' }).click()
    await host.getByRole('heading', { name: 'Night Owls' }).waitFor()
    await bruno.locator('.play-team', { hasText: 'Night Owls' }).waitFor()
    await ada.locator('.play-team', { hasText: 'Red Rockets' }).waitFor()
    await chiara.locator('.rules-list', { hasText: 'Accuracy' }).waitFor()
    await host.locator('.team-column', { hasText: 'Night Owls' }).getByText('Bruno').waitFor()
    await screenshot(host, 'ways-host-01-team-lobby')
    await screenshot(bruno, 'ways-player-01-team-lobby')

    await host.getByRole('button', { name: 'Start' }).click()
    // Ada right both times, Bruno the first, Chiara the second: Red Rockets (Ada, Chiara) 500 + 1000; Night Owls 1000 + 0.
    for (let index = 0; index < 2; index++) {
      await waitForPhase(host, 'question', `Question ${index + 1} of 2`)
      await host.locator('.host-question .option-text').first().waitFor() // after any get-ready
      const { question, shown } = await questionOnHost(host)
      for (const [k, p] of phones.entries()) {
        await waitForPhase(p, 'question', `${index + 1} / 2`)
        await answerOnPhone(p, question, shown, k === 0 || (k === 1 && index === 0) || (k === 2 && index === 1))
      }
      await waitForPhase(host, 'reveal')
      await host.getByRole('button', { name: 'Leaderboard' }).click()
      await waitForPhase(host, 'leaderboard')
      if (index === 0) {
        await host.locator('.team-row', { hasText: 'Night Owls' }).locator('.team-score', { hasText: '1,000' }).waitFor()
        await screenshot(host, 'ways-host-02-team-leaderboard')
        await host.getByRole('button', { name: 'Next question' }).click()
      } else await host.getByRole('button', { name: 'Podium' }).click()
    }
    await waitForPhase(host, 'podium')
    const teams = await host.locator('.team-standings .team-row').allTextContents()
    expect(teams[0]).toContain('Red Rockets')
    expect(teams[0]).toContain('1,500')
    expect(teams[1]).toContain('Night Owls')
    await screenshot(host, 'ways-host-03-team-podium')
    await waitForPhase(ada, 'podium')
    await ada.locator('.team-row.mine', { hasText: 'Red Rockets' }).waitFor()
    await screenshot(ada, 'ways-player-03-team-podium')
  })

  it('the host who plays: creates the game on a phone, runs it from the buttons beside the answers, and sees the key only at the reveal', async () => {
    const hostPhone = await (await phone()).newPage()
    const pin = await createGame(
      hostPhone,
      async (page) => {
        await page.getByLabel(/I play too/).check()
        await page.getByLabel('Your nickname').fill('Teacher')
      },
      '.playing-host',
    )
    await hostPhone.getByRole('heading', { name: "You're in!" }).waitFor()
    const friend = await (await phone()).newPage()
    await joinFromLink(friend, env.server.url, pin, 'Grace')
    await hostPhone.locator('.playing-host', { hasText: '2 players' }).waitFor()
    await screenshot(hostPhone, 'ways-hostplays-01-lobby')
    await hostPhone.getByRole('button', { name: 'Start' }).click()

    await waitForPhase(hostPhone, 'question', '1 / 2')
    const prompt = (await hostPhone.locator('.play-prompt').textContent())!.trim()
    const question = starterQuiz.questions.find((q) => q.prompt === prompt)!
    // The explanation and which option is right are nowhere on the host's phone while the question is open.
    const html = await hostPhone.content()
    expect(html).not.toContain(question.explanation)
    expect(html).not.toMatch(/correct|right answer/i)
    await screenshot(hostPhone, 'ways-hostplays-02-question')
    const shown = question.options.map((o) => o.text)
    await answerOnPhone(hostPhone, question, shown, true, true)
    await hostPhone.getByRole('button', { name: 'End answering' }).click()
    await waitForPhase(hostPhone, 'reveal')
    await hostPhone.locator('.result-right').waitFor()
    await screenshot(hostPhone, 'ways-hostplays-03-reveal')
    await hostPhone.getByRole('button', { name: 'Leaderboard' }).click()
    await waitForPhase(hostPhone, 'leaderboard')
    await hostPhone.getByRole('button', { name: 'Next question' }).click()
    await waitForPhase(hostPhone, 'question', '2 / 2')
    await waitForPhase(friend, 'question', '2 / 2')
  })

  it('two-step join: the phone taps the shapes the projector shows; wrong shapes are refused with a reason', async () => {
    const host = await (await projector()).newPage()
    host.on('dialog', (d) => void d.accept())
    const pin = await createGame(host, async (page) => {
      await page.getByLabel(/Two-step join/).check()
    })
    await host.locator('.join-pattern-board').waitFor()
    await screenshot(host, 'ways-host-04-two-step-lobby')
    const p = await (await phone()).newPage()
    await p.goto(`${env.server.url}/join/${pin}`)
    await p.getByLabel('Nickname').fill('Linus')
    await p.getByRole('button', { name: "Let's go!" }).click()
    await p.getByRole('heading', { name: 'Tap the shapes' }).waitFor()
    await screenshot(p, 'ways-player-04-tap-shapes')
    const read = async () => host.locator('.join-pattern-shapes li').evaluateAll((items) => items.map((li) => li.getAttribute('aria-label')!))
    // Wrong on purpose: a shape that is none of the pattern's first (the pattern then shown and the one before it).
    const shapes = ['Red triangle', 'Blue diamond', 'Yellow circle', 'Green square']
    const first = (await read())[0]!
    const wrong = shapes.find((s) => s !== first)!
    for (let i = 0; i < 4; i++) await p.getByRole('button', { name: i === 0 ? wrong : first, exact: true }).click()
    await p.getByText(/Those aren't the shapes on the big screen/).waitFor()
    for (const label of await read()) await p.getByRole('button', { name: label, exact: true }).click()
    await p.waitForURL(`**/play/${pin}`)
    await p.getByRole('heading', { name: "You're in!" }).waitFor()
    await host.getByRole('heading', { name: '1 player' }).waitFor()
  })

  it("options in each phone's own order (no colours on the projector), extra time on that player's phone alone, friendly names", async () => {
    const host = await (await projector()).newPage()
    const pin = await createGame(host, async (page) => {
      await page.getByLabel(/Show the question and answers on players' screens/).check()
      await page.getByLabel(/Each phone shows the answers in its own order/).check()
      await page.getByLabel(/Friendly names/).check()
    })
    const phones: Page[] = []
    for (let i = 0; i < 2; i++) {
      const p = await (await phone()).newPage()
      await p.goto(`${env.server.url}/join/${pin}`)
      await p.getByRole('heading', { name: 'Your name in this game' }).waitFor()
      const first = (await p.locator('.friendly-name').textContent())!.trim()
      await p.getByRole('button', { name: /Another name/ }).click()
      await p.getByRole('button', { name: /Another name \(1 left\)/ }).waitFor()
      if (i === 0) await screenshot(p, 'ways-player-05-friendly-name')
      const name = (await p.locator('.friendly-name').textContent())!.trim()
      expect(name).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/)
      expect(typeof first).toBe('string')
      await p.getByRole('button', { name: "Let's go!" }).click()
      await p.getByRole('heading', { name: "You're in!" }).waitFor()
      phones.push(p)
    }
    const [slow, quick] = phones as [Page, Page]
    const slowName = (await slow.locator('.lobby-nickname').textContent())!.trim()
    // The host gives the first player double time from the folded list; only that phone says so.
    await host.getByText('Extra time', { exact: true }).click()
    await host.getByLabel(`Time for ${slowName}`).selectOption('2')
    await screenshot(host, 'ways-host-05-extra-time-panel')
    await slow.getByText('You have 2× time on each question.').waitFor()
    expect(await quick.getByText(/× time/).count()).toBe(0)
    await host.getByText('Extra time', { exact: true }).click()
    await host.getByRole('button', { name: 'Start' }).click()

    await waitForPhase(host, 'question', 'Question 1 of 2')
    const prompt = (await host.locator('.host-question .prompt').textContent())!.trim()
    const question = starterQuiz.questions.find((q) => q.prompt === prompt)!
    // The projector shows text alone: no coloured tiles, no shapes.
    await host.locator('.plain-options').waitFor()
    expect(await host.locator('.host-question .option-grid, .host-question .shape').count()).toBe(0)
    await screenshot(host, 'ways-host-06-own-order-question')
    // Each phone taps the right answer by its text, wherever its own order put it: both are right at the reveal.
    const right = question.options.find((o) => o.correct)!.text
    // The player with double time counts down from 40 s, the other from 20 s.
    await waitForPhase(slow, 'question', '1 / 2')
    const seconds = async (p: Page) => Number(/\d+/.exec((await p.locator('.play-countdown .countdown-number').textContent())!)![0])
    expect(await seconds(slow)).toBeGreaterThan(25)
    expect(await seconds(quick)).toBeLessThanOrEqual(20)
    await screenshot(slow, 'ways-player-06-own-order-question')
    for (const p of phones) {
      await waitForPhase(p, 'question', '1 / 2')
      await p.getByRole('button', { name: right, exact: true }).click()
    }
    await screenshot(slow, 'ways-player-07-own-order-reveal')
    for (const p of phones) await p.locator('.result-right').waitFor()
    await screenshot(host, 'ways-host-07-own-order-reveal')
  })
})
