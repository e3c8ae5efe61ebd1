import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { isFriendlyName } from '@cirrus/protocol'
import { PHONE, PROJECTOR, screenshot } from '../support/browser.ts'
import { expectAccessible, useServerAndBrowser, waitForPhase } from './helpers.ts'

/**
 * A game in the host's language (docs/protocol.md, *Ways to play*): a Spanish projector's team game of friendly
 * names has Spanish team names, and every phone, a Spanish one and an English one, is given a Spanish name, which
 * the projector shows as it is.
 */

const env = useServerAndBrowser()
const phone = async (locale: string) => (await env.browser.context({ viewport: PHONE, isMobile: true, hasTouch: true, locale })).newPage()

/** Takes the name the join page offers (in the game's language, whatever the phone's) and joins with it. */
async function takeName(page: Page, pin: string, title: string): Promise<string> {
  await page.goto(`${env.server.url}/join/${pin}`)
  await page.getByRole('heading', { name: title }).waitFor()
  const name = (await page.locator('.friendly-name').textContent())!.trim()
  await page.locator('.join-form button[type=submit]').click()
  await page.waitForURL(`**/play/${pin}`)
  await page.locator('.lobby-nickname', { hasText: name }).waitFor()
  return name
}

describe("a game in the host's language", () => {
  it('a Spanish host: Spanish team names on the projector and the phones, Spanish names on every phone', { timeout: 90_000 }, async () => {
    const host = await (await env.browser.context({ viewport: PROJECTOR, locale: 'es-ES' })).newPage()
    // Ten times faster: the question closes by itself in a couple of seconds.
    await host.goto(`${env.server.url}/host?timeScale=10`)
    await host.getByRole('radio', { name: /Cloud basics/ }).check()
    await host.getByLabel(/^Prepárate/).selectOption('0')
    await host.getByLabel('Número de preguntas').fill('1')
    await host.getByLabel('Equipos').selectOption('2')
    await host.getByLabel(/^Nombres amistosos/).check()
    await host.getByText('Los nombres de los equipos y los nombres amistosos estarán en el idioma de esta página').waitFor()
    await screenshot(host, 'names-es-host-00-setup')
    await host.getByRole('button', { name: 'Crear partida' }).click()
    await host.waitForURL(/\/host\/\d{6}$/)
    const pin = new URL(host.url()).pathname.split('/').pop()!
    await host.getByRole('heading', { name: 'Cohetes Rojos' }).waitFor()
    await host.getByRole('heading', { name: 'Ballenas Azules' }).waitFor()

    const spanish = await phone('es-ES')
    const english = await phone('en-GB')
    const ana = await takeName(spanish, pin, 'Tu nombre en esta partida')
    const ben = await takeName(english, pin, 'Your name in this game')
    for (const name of [ana, ben]) expect(isFriendlyName(name, 'es'), name).toBe(true)
    // The English phone speaks English, and its team and name are the game's Spanish ones.
    await english.getByRole('heading', { name: "You're in!" }).waitFor()
    await spanish.locator('.play-team', { hasText: 'Cohetes Rojos' }).waitFor()
    await english.locator('.play-team', { hasText: 'Ballenas Azules' }).waitFor()
    await host.getByRole('region', { name: 'Cohetes Rojos' }).getByText(ana).waitFor()
    await host.getByRole('region', { name: 'Ballenas Azules' }).getByText(ben).waitFor()
    await screenshot(host, 'names-es-host-01-lobby')
    await screenshot(spanish, 'names-es-phone-01-lobby')
    await screenshot(english, 'names-es-phone-en-01-lobby')
    await expectAccessible(english, 'an English phone in a Spanish game')

    // The leaderboard shows the same names on the projector.
    await host.getByRole('button', { name: 'Empezar' }).click()
    await waitForPhase(host, 'reveal')
    await host.getByRole('button', { name: 'Clasificación' }).click()
    await waitForPhase(host, 'leaderboard')
    for (const name of [ana, ben]) await host.locator('.leaderboard .lb-name', { hasText: name }).waitFor()
    await host.locator('.team-standings .team-name', { hasText: 'Ballenas Azules' }).waitFor()
    await screenshot(host, 'names-es-host-02-leaderboard')
    await waitForPhase(english, 'leaderboard')
    await english.locator('.team-row.mine', { hasText: 'Ballenas Azules' }).waitFor()
    await screenshot(english, 'names-es-phone-en-02-leaderboard')
  })

  it('an Arabic host: Arabic team names right to left on the projector, Arabic names on an Arabic phone', { timeout: 60_000 }, async () => {
    const host = await (await env.browser.context({ viewport: PROJECTOR, locale: 'ar-EG' })).newPage()
    await host.goto(`${env.server.url}/host`)
    await host.getByRole('radio', { name: /Cloud basics/ }).check()
    await host.getByLabel('الفرق').selectOption('2')
    await host.getByLabel(/^أسماء ودّية/).check()
    await host.getByRole('button', { name: 'إنشاء اللعبة' }).click()
    await host.waitForURL(/\/host\/\d{6}$/)
    const pin = new URL(host.url()).pathname.split('/').pop()!
    const red = host.getByRole('heading', { name: 'الصواريخ الحمراء' })
    await red.waitFor()
    await host.getByRole('heading', { name: 'الحيتان الزرقاء' }).waitFor()
    // Right to left: the first team's column is on the right.
    const [first, second] = await Promise.all([red.boundingBox(), host.getByRole('heading', { name: 'الحيتان الزرقاء' }).boundingBox()])
    expect(first!.x).toBeGreaterThan(second!.x)

    const omar = await phone('ar-EG')
    const name = await takeName(omar, pin, 'اسمك في هذه اللعبة')
    expect(isFriendlyName(name, 'ar'), name).toBe(true)
    await omar.locator('.play-team', { hasText: 'الصواريخ الحمراء' }).waitFor()
    await host.getByRole('region', { name: 'الصواريخ الحمراء' }).getByText(name).waitFor()
    await screenshot(host, 'names-ar-host-01-lobby')
    await screenshot(omar, 'names-ar-phone-01-lobby')
  })
})
