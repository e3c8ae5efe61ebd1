import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { PHONE, PROJECTOR, screenshot } from '../support/browser.ts'
import { call, move } from '../support/client.ts'
import { hostGame, joinGame, nextHostStatus } from '../support/game.ts'
import { createGameFromUi, joinFromLink, useServerAndBrowser, waitForPhase } from './helpers.ts'

/** What a player is told when joining goes wrong, and when the host removes them or the game ends. */

const env = useServerAndBrowser()

const phonePage = async () => (await env.browser.context({ viewport: PHONE, isMobile: true, hasTouch: true })).newPage()
const alertText = async (page: Page) => (await page.getByRole('alert').filter({ hasText: /\S/ }).first().textContent())?.trim() ?? ''

describe('joining in the browser', () => {
  it('says so for a wrong PIN, a taken or invalid nickname, a locked lobby, a removed player and an ended game', async () => {
    const game = await hostGame(env.server.url, 'starter-cloud-basics')
    const ada = await joinGame(env.server.url, game.pin, 'Ada')
    const page = await phonePage()

    // A PIN with no game behind it.
    await page.goto(`${env.server.url}/join`)
    const wrongPin = game.pin === '000000' ? '000001' : '000000'
    await page.getByLabel('Game PIN').fill(wrongPin)
    await page.getByRole('button', { name: 'Enter' }).click()
    await page.getByText(`There is no game with PIN ${wrongPin}`).waitFor()
    expect(await page.getByLabel('Game PIN').getAttribute('aria-invalid')).toBe('true')
    await screenshot(page, 'player-join-wrong-pin')

    // Not six digits: refused before asking the server.
    await page.getByLabel('Game PIN').fill('12ab')
    await page.getByRole('button', { name: 'Enter' }).click()
    await page.getByText('A game PIN is six digits.').waitFor()

    // The right PIN, then a nickname someone already has (case does not matter).
    await page.getByLabel('Game PIN').fill(game.pin)
    await page.getByRole('button', { name: 'Enter' }).click()
    await page.getByLabel('Nickname').fill('ada')
    await page.getByRole('button', { name: "Let's go!" }).click()
    await page.getByText('Someone in this game already has that nickname').waitFor()
    await screenshot(page, 'player-join-nickname-taken')

    // A nickname with characters the protocol refuses: the client says why, using the protocol's own rule.
    await page.getByLabel('Nickname').fill('<b>bold</b>')
    await page.getByRole('button', { name: "Let's go!" }).click()
    expect(await alertText(page)).toMatch(/can't be used: a nickname uses letters, digits/)

    // The host locks the lobby: a new player is told, straight from the QR link.
    await call(game.host, 'host:lock', { locked: true })
    const late = await phonePage()
    await late.goto(`${env.server.url}/join/${game.pin}`)
    await late.getByText('The host has locked this game').waitFor()
    await screenshot(late, 'player-join-locked')
    await call(game.host, 'host:lock', { locked: false })

    // A player in the lobby is removed by the host.
    const bruno = await phonePage()
    const seen = nextHostStatus(game.host, (s) => s.changed.some((p) => p.nickname === 'Bruno'))
    await joinFromLink(bruno, env.server.url, game.pin, 'Bruno')
    const status = await seen
    await call(game.host, 'host:kick', { playerId: status.changed.find((p) => p.nickname === 'Bruno')!.playerId })
    await bruno.getByRole('heading', { name: 'Removed from the game' }).waitFor()
    expect(await alertText(bruno)).toContain('The host removed you from this game.')
    await screenshot(bruno, 'player-kicked')
    // The same tab can join again under another name: a new connection replaces the one the server closed.
    await bruno.getByRole('link', { name: 'Join a game' }).click()
    await bruno.getByLabel('Game PIN').fill(game.pin)
    await bruno.getByRole('button', { name: 'Enter' }).click()
    await bruno.getByLabel('Nickname').fill('Bruno2')
    await bruno.getByRole('button', { name: "Let's go!" }).click()
    await bruno.getByRole('heading', { name: "You're in!" }).waitFor()

    // The game ends: its PIN says so.
    await move(game.host, 'host:start')
    await call(game.host, 'host:end', {})
    const after = await phonePage()
    await after.goto(`${env.server.url}/join/${game.pin}`)
    await after.getByText('That game has ended.').waitFor()
    await screenshot(after, 'player-join-ended')

    ada.socket.disconnect()
    game.host.disconnect()
  }, 120_000)

  it('runs a whole game by itself with auto-advance, and a player who does not answer is told time is up', async () => {
    const host = await (await env.browser.context({ viewport: PROJECTOR })).newPage()
    const pin = await createGameFromUi(host, env.server.url, { questionCount: 2, query: '?timeScale=8', autoAdvance: true })
    const page = await phonePage()
    await joinFromLink(page, env.server.url, pin, 'Sleepy')
    await host.getByRole('button', { name: 'Start' }).click()
    // No one touches anything from here on.
    await waitForPhase(page, 'reveal')
    await page.locator('.result-title', { hasText: "Time's up" }).waitFor()
    await waitForPhase(host, 'reveal')
    await host.getByText(/Leaderboard in \d+ s/).waitFor()
    await screenshot(host, 'host-auto-advance-reveal')
    await screenshot(page, 'player-reveal-missed')
    await waitForPhase(host, 'podium')
    await waitForPhase(page, 'podium')
    expect(await page.locator('.play-final').textContent()).toContain('0 of 2 right')
  }, 120_000)
})
