import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core'

/** Debian's chromium; never a browser downloaded by playwright. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface TestBrowser {
  browser: Browser
  /** A fresh, isolated context: its own storage, as a separate device would have. */
  context(options?: BrowserContextOptions): Promise<BrowserContext>
  close(): Promise<void>
}

/**
 * Launches Debian's chromium headless with a throwaway profile. Each context it makes is a separate "device"
 * (own localStorage and cookies), so one browser serves a host and several players.
 */
export async function launchBrowser(): Promise<TestBrowser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is not at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH)`)
  }
  // playwright's launch() gives chromium a fresh --user-data-dir of its own (a temp folder it deletes on close) and
  // refuses one passed in args; so every launch starts from an empty profile.
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS })
  return {
    browser,
    context: (options = {}) => browser.newContext(options),
    async close() {
      await browser.close().catch(() => {})
    },
  }
}

export const PROJECTOR = { width: 1920, height: 1080 } as const
export const PHONE = { width: 360, height: 740 } as const

/** Where screenshots go: test-artifacts/screenshots (gitignored), made on first use. */
export const SCREENSHOT_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../test-artifacts/screenshots')

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const file = path.join(SCREENSHOT_DIR, `${name}.png`)
  await page.screenshot({ path: file, animations: 'disabled' })
  return file
}
