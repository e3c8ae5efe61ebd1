import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { PHONE, PROJECTOR, screenshot } from '../support/browser.ts'
import { createGameFromUi, joinFromLink, useServerAndBrowser, waitForPhase } from './helpers.ts'

/**
 * The show's sound, read from the audio graph (the AudioContext's state, the master gain, the loop scheduled) that
 * the sound control writes on itself, not from the speakers: on at the projector, off on phones until turned on,
 * mute and volume remembered.
 */

const env = useServerAndBrowser()

interface AudioState {
  pressed: string | null
  audio: string | null
  loop: string | null
  gain: number
}

async function audioOf(page: Page): Promise<AudioState> {
  const control = page.locator('.sound-control')
  return {
    pressed: await control.getByRole('button', { name: 'Sound' }).getAttribute('aria-pressed'),
    audio: await control.getAttribute('data-audio'),
    loop: await control.getAttribute('data-loop'),
    gain: Number(await control.getAttribute('data-gain')),
  }
}

/** Waits until the control says what is expected (the graph changes a moment after the click that starts it). */
async function until(page: Page, want: Partial<AudioState>): Promise<AudioState> {
  let last: AudioState | null = null
  for (let i = 0; i < 50; i++) {
    last = await audioOf(page)
    if (Object.entries(want).every(([k, v]) => last![k as keyof AudioState] === v)) return last
    await page.waitForTimeout(100)
  }
  throw new Error(`sound control stayed at ${JSON.stringify(last)}, wanted ${JSON.stringify(want)}`)
}

describe('sound', () => {
  it('plays the lobby and the question on the projector, mutes and keeps the volume across a reload; a phone is silent until turned on', { timeout: 90_000 }, async () => {
    const host = await (await env.browser.context({ viewport: PROJECTOR })).newPage()
    const pin = await createGameFromUi(host, env.server.url, { questionCount: 2 })
    // The host's click on Create game lets the page start audio: the lobby music plays.
    expect(await until(host, { pressed: 'true', audio: 'running', loop: 'lobby' })).toMatchObject({ gain: 0.7 })

    // Muted: no loop, no gain; remembered across a reload.
    await host.getByRole('button', { name: 'Sound' }).click()
    expect(await until(host, { pressed: 'false', loop: '' })).toMatchObject({ gain: 0 })
    await host.reload()
    await host.locator('.lobby-pin').waitFor()
    expect((await audioOf(host)).pressed).toBe('false')

    // On again, at 30%: the gain follows the slider, and the level survives a reload.
    await host.getByRole('button', { name: 'Sound' }).click()
    await host.getByRole('slider', { name: 'Volume' }).fill('30')
    expect(await until(host, { pressed: 'true', audio: 'running', loop: 'lobby' })).toMatchObject({ gain: 0.3 })
    await host.reload()
    await host.locator('.lobby-pin').waitFor()
    expect(await host.getByRole('slider', { name: 'Volume' }).inputValue()).toBe('30')
    // After a reload no tap has happened yet: the browser holds the audio until one does, then it plays.
    await host.locator('.lobby-pin').click()
    await until(host, { audio: 'running', loop: 'lobby' })
    await screenshot(host, 'sound-host-lobby')

    // A phone: off, with no audio made at all, until its player taps Sound.
    const phone = await (await env.browser.context({ viewport: PHONE, isMobile: true, hasTouch: true })).newPage()
    await joinFromLink(phone, env.server.url, pin, 'Ada')
    expect(await audioOf(phone)).toMatchObject({ pressed: 'false', audio: 'none', loop: '' })
    await phone.getByRole('button', { name: 'Sound' }).click()
    await until(phone, { pressed: 'true', audio: 'running', loop: 'lobby' })
    await screenshot(phone, 'sound-phone-lobby')

    // The question has its own loop, on both.
    await host.getByRole('button', { name: 'Start' }).click()
    await waitForPhase(host, 'question')
    await until(host, { loop: 'question' })
    await until(phone, { loop: 'question' })
    // The reveal is a sting, not a loop.
    await host.getByRole('button', { name: 'End answering' }).click()
    await waitForPhase(host, 'reveal')
    await until(host, { loop: '' })
  })
})
