import { describe, expect, it } from 'vitest'
import { PHONE } from '../support/browser.ts'
import { useServerAndBrowser } from './helpers.ts'

/**
 * A phone's first load of the join link: only what joining needs, compressed, cached. The budget is at most 120 KB of
 * compressed script before the player can type the PIN (docs/performance.md records the figure).
 */

const env = useServerAndBrowser()
const BUDGET_BYTES = 120 * 1024

describe("a phone's first load", () => {
  it('downloads at most 120 KB of compressed script before the PIN box, compressed with brotli and cached by name', async () => {
    const context = await env.browser.context({ viewport: PHONE, isMobile: true, hasTouch: true })
    const page = await context.newPage()
    const scripts = new Map<string, { encoding: string | undefined; cache: string | undefined }>()
    page.on('response', (response) => {
      if (response.url().endsWith('.js')) scripts.set(new URL(response.url()).pathname, { encoding: response.headers()['content-encoding'], cache: response.headers()['cache-control'] })
    })
    await page.goto(`${env.server.url}/join`)
    await page.getByLabel('Game PIN').waitFor()

    // What crossed the network for scripts up to now, as the browser counts it (bodies as sent, compressed).
    const sizes = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => ({ path: new URL(entry.name).pathname, encoded: entry.encodedBodySize, decoded: entry.decodedBodySize })),
    )
    const encoded = sizes.reduce((sum, s) => sum + s.encoded, 0)
    const decoded = sizes.reduce((sum, s) => sum + s.decoded, 0)
    console.log(`first load of /join on a phone: ${sizes.length} scripts, ${(encoded / 1024).toFixed(1)} KB compressed (${(decoded / 1024).toFixed(1)} KB uncompressed)`)
    for (const s of sizes) console.log(`  ${s.path}: ${(s.encoded / 1024).toFixed(1)} KB`)
    expect(encoded).toBeGreaterThan(0)
    expect(encoded).toBeLessThanOrEqual(BUDGET_BYTES)

    // Split by route: none of the host's, the editor's, the practice room's or the reports' code came down.
    expect(sizes.map((s) => s.path).filter((p) => /HostGame|QuizEditor|ExamPages|ReportPage|Library/.test(p))).toEqual([])
    // Every script over 1 KB came compressed (smaller ones are not worth it), and the hashed ones are cached for good.
    expect(scripts.size).toBeGreaterThan(0)
    for (const [path, headers] of scripts) {
      if (sizes.find((s) => s.path === path)!.decoded > 1024) expect(headers.encoding, path).toBe('br')
      if (path.startsWith('/assets/')) expect(headers.cache, path).toMatch(/immutable/)
    }

    // A browser that takes only gzip gets gzip; one that takes neither gets the file as built.
    const asset = [...scripts.keys()].find((p) => p.startsWith('/assets/'))!
    const gzip = await fetch(`${env.server.url}${asset}`, { headers: { 'accept-encoding': 'gzip' } })
    expect(gzip.headers.get('content-encoding')).toBe('gzip')
    expect(gzip.headers.get('content-type')).toMatch(/javascript/)
    expect(gzip.headers.get('vary')).toMatch(/Accept-Encoding/)
    const plain = await fetch(`${env.server.url}${asset}`, { headers: { 'accept-encoding': 'identity' } })
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect((await plain.arrayBuffer()).byteLength).toBe(sizes.find((s) => s.path === asset)!.decoded)
    // index.html is asked again every time, so a new build reaches every phone.
    expect((await fetch(`${env.server.url}/join`)).headers.get('cache-control')).toBe('no-cache')
    await context.close()
  })
})
