import { describe, expect, it } from 'vitest'
import { PHONE, screenshot } from '../support/browser.ts'
import { closeTeamGame, playTeamGame } from '../support/team-game.ts'
import { useServerAndBrowser } from './helpers.ts'

/**
 * A team game's report on a teacher's laptop: how the game was scored, the teams as the podium ranked them, each
 * player's team and who had extra time. The game is played by socket.io clients (tests/support/team-game.ts).
 */

const env = useServerAndBrowser()
const LAPTOP = { width: 1366, height: 900 } as const

describe("a team game's report in the browser", () => {
  it('shows the scoring rules, the teams ranked with their players, and a Team and an Extra time column', async () => {
    const played = await playTeamGame(env.server.url)
    const page = await (await env.browser.context({ viewport: LAPTOP })).newPage()
    await page.goto(`${env.server.url}/reports/${played.game.gameId}`)
    await page.getByRole('heading', { name: 'Teams' }).waitFor()

    const rules = page.getByRole('list', { name: 'How this game is scored' })
    await expect(rules.textContent()).resolves.toMatch(/Accuracy.*No bonus.*costs 100 points.*2 teams/)
    const teams = page.locator('.report-team')
    expect(await teams.allInnerTexts()).toEqual(
      played.podium.teams.map((t) => expect.stringMatching(new RegExp(`^${t.rank}\\s+${t.name}\\s+${t.score.toLocaleString('en')}\\s+2 players: `))),
    )
    await expect(teams.first().textContent()).resolves.toContain('Bea, Dee')

    const rows = page.locator('.player-row summary')
    const byName = Object.fromEntries(
      await Promise.all((await rows.all()).map(async (r) => [await r.locator('.player-name').innerText(), [await r.locator('.player-team').innerText(), await r.locator('.player-extra-time').innerText()]])),
    )
    expect(byName).toEqual({ Ada: ['Red Rockets', ''], Bea: ['Night Owls', '2× time'], Cy: ['Red Rockets', ''], Dee: ['Night Owls', '1.5× time'] })
    await screenshot(page, 'report-teams-00-laptop')
    await page.locator('#players-title').evaluate((h) => h.scrollIntoView())
    await screenshot(page, 'report-teams-01-laptop-players')
    await page.setViewportSize(PHONE)
    await page.locator('#teams-title').evaluate((h) => h.scrollIntoView())
    await screenshot(page, 'report-teams-02-phone-teams')
    await page.locator('#players-title').evaluate((h) => h.scrollIntoView())
    await screenshot(page, 'report-teams-03-phone-players')
    closeTeamGame(played)
  }, 60_000)
})
