import { afterEach, describe, expect, it } from 'vitest'
import { language } from '../i18n/i18n.ts'
import { duration, gain, listParts, percent, seconds, when } from './format.ts'

/**
 * The report pages write numbers, times and dates in the language on screen (not the browser's own). Spaces are
 * matched loosely: ICU versions differ between no-break and narrow no-break spaces; Arabic's digits by ICU too.
 */

const ARABIC_2 = /^[2٢]$/

describe('the report pages’ numbers, times and dates', () => {
  afterEach(() => {
    language.value = 'en'
  })

  it('follow the language on screen', () => {
    expect([percent(0.675), seconds(2_340), duration(5 * 60_000 + 10_000), gain(1200)]).toEqual(['68%', '2.3s', '5 minutes', '+1,200'])
    language.value = 'fr'
    expect(percent(0.5)).toMatch(/^50\s%$/u)
    expect(seconds(2_500)).toBe('2,5s')
    expect(gain(1200)).toMatch(/^\+1\s200$/u)
    language.value = 'de'
    expect(duration(3 * 60_000)).toBe('3 Minuten')
    expect(duration(60_000)).toBe('1 Minute')
    expect(when('2026-03-04T09:05:00Z')).toContain('März')
    language.value = 'es'
    expect(when('2026-03-04T09:05:00Z')).toContain('mar')
    expect(listParts(['Ada', 'Bruno', 'Cy']).map((p) => p.value).join('')).toBe('Ada, Bruno, Cy')
    language.value = 'ar'
    expect(duration(2 * 60_000)).toMatch(/دقيقتان/)
    const names = listParts(['Ada', 'Bruno'])
    expect(names.filter((p) => p.type === 'element').map((p) => p.value)).toEqual(['Ada', 'Bruno'])
    expect(names.find((p) => p.type === 'literal')!.value).toContain('و')
    expect(percent(0.02).replace(/[^\d٠-٩]/g, '')).toMatch(ARABIC_2)
  })

  it('show a dash for a time that was never measured', () => {
    expect([seconds(null), duration(null), when(null)]).toEqual(['–', '–', '–'])
  })
})
