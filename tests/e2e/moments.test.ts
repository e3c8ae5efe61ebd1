import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { starterQuiz } from '@cirrus/questions'
import { rightChoice, wrongChoice } from '../support/answers.ts'
import { PHONE, PROJECTOR, screenshot } from '../support/browser.ts'
import { call } from '../support/client.ts'
import { joinGame, nextPhase } from '../support/game.ts'
import { answerOnPhone, createGameFromUi, expectAccessible, joinFromLink, questionOnHost, useServerAndBrowser, waitForPhase } from './helpers.ts'

/**
 * The show's moments in a real browser: rank changes that move on the leaderboard, each phone told who is just
 * ahead, the podium revealing third, second, then first with confetti; and all of it still under reduced motion.
 */

const env = useServerAndBrowser()

async function endAnswering(host: Page) {
  await host.getByRole('button', { name: 'End answering' }).click()
  await host.getByRole('button', { name: 'Yes, end now' }).click()
  await waitForPhase(host, 'reveal')
}

const running = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.reduce((n, el) => n + el.getAnimations().length, 0))

describe('moments', () => {
  it('animates rank changes, tells each phone the gap, and reveals the podium third, second, first; reduced motion shows it all at once', { timeout: 120_000 }, async () => {
    const host = await (await env.browser.context({ viewport: PROJECTOR })).newPage()
    const pin = await createGameFromUi(host, env.server.url, { questionCount: 3 })
    const ada = await (await env.browser.context({ viewport: PHONE, isMobile: true, hasTouch: true })).newPage()
    const cleo = await (await env.browser.context({ viewport: PHONE, isMobile: true, hasTouch: true, reducedMotion: 'reduce' })).newPage()
    await joinFromLink(ada, env.server.url, pin, 'Ada')
    await joinFromLink(cleo, env.server.url, pin, 'Cleo')
    const bob = await joinGame(env.server.url, pin, 'Bob')
    const question = nextPhase(bob.socket, 'question')
    await host.getByRole('button', { name: 'Start' }).click()

    // Question 1: Bob right, Ada wrong. Ada is told how far behind Bob she is.
    const bobAnswers = async (right: boolean) => {
      const view = await question
      const q = starterQuiz.questions.find((x) => x.prompt === view.question.prompt)!
      await call(bob.socket, 'player:answer', { questionIndex: view.index, choice: right ? rightChoice(q, view.question.options) : wrongChoice(q, view.question.options) })
    }
    await waitForPhase(host, 'question')
    let shown = await questionOnHost(host)
    // Bob takes six of the twenty seconds (850 points), so that Ada, quick and right next time, passes him.
    await host.waitForTimeout(6000)
    await bobAnswers(true)
    await answerOnPhone(ada, shown.question, shown.shown, false)
    await endAnswering(host)
    await ada.locator('.chase.behind').waitFor()
    expect(await ada.locator('.chase').textContent()).toMatch(/^You're [\d,]+ points behind Bob$/)
    await screenshot(ada, 'moments-01-phone-behind')
    await host.getByRole('button', { name: 'Leaderboard' }).click()
    await waitForPhase(host, 'leaderboard')

    // Question 2: Ada right and Bob wrong, twice over (question 3 too): Ada climbs past Bob on the leaderboard.
    let next = nextPhase(bob.socket, 'question')
    await host.getByRole('button', { name: 'Next question' }).click()
    for (let n = 2; n <= 3; n++) {
      await waitForPhase(host, 'question', `Question ${n} of 3`)
      const view = await next
      const q = starterQuiz.questions.find((x) => x.prompt === view.question.prompt)!
      await call(bob.socket, 'player:answer', { questionIndex: view.index, choice: wrongChoice(q, view.question.options) })
      shown = await questionOnHost(host)
      await answerOnPhone(ada, shown.question, shown.shown, true)
      await endAnswering(host)
      await host.getByRole('button', { name: 'Leaderboard' }).click()
      await waitForPhase(host, 'leaderboard')
      if (n === 2) {
        expect(await host.locator('.leaderboard .lb-name').allTextContents()).toEqual(['Ada', 'Bob', 'Cleo'])
        // She climbed: her row rises from Bob's place, with an arrow, while the projector animates it.
        await host.locator('.leaderboard li.moved-up', { hasText: 'Ada' }).waitFor()
        expect(await host.locator('.leaderboard li.moved-up .lb-move').textContent()).toMatch(/1/)
        expect(await running(host, '.leaderboard li')).toBeGreaterThan(0)
        await screenshot(host, 'moments-02-leaderboard-climb')
        await expectAccessible(host, 'the leaderboard with a climber')
        // Cleo's phone, with reduced motion, shows the same board standing still.
        await waitForPhase(cleo, 'leaderboard')
        expect(await running(cleo, '.leaderboard li')).toBe(0)
        expect(await ada.locator('.chase').textContent()).toBe("You're in the lead!")
      }
      next = nextPhase(bob.socket, 'question')
      await host.getByRole('button', { name: n === 3 ? 'Podium' : 'Next question' }).click()
    }

    // The podium: third place first, first place last with confetti; on Cleo's reduced-motion phone, all at once.
    await waitForPhase(host, 'podium')
    await waitForPhase(cleo, 'podium')
    expect(await cleo.locator('.podium-step.waiting').count()).toBe(0)
    expect(await cleo.locator('.confetti').count()).toBe(0)
    await screenshot(cleo, 'moments-03-podium-reduced-motion')
    expect(await host.locator('.podium-step.first.waiting').count()).toBe(1)
    await host.locator('.podium-step.third.shown').waitFor()
    expect(await host.locator('.podium-step.first.waiting').count()).toBe(1)
    await host.locator('.podium-step.second.shown').waitFor()
    await host.locator('.podium-step.first.shown').waitFor()
    await host.locator('.confetti').waitFor()
    expect(await host.locator('.podium-step.first .podium-name').textContent()).toBe('Ada')
    await screenshot(host, 'moments-04-podium')
    await expectAccessible(host, 'the podium with confetti')
    await ada.locator('.podium-step.first.shown').waitFor()
    await screenshot(ada, 'moments-05-podium-phone')
  })
})
