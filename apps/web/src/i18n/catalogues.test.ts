import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { LANGUAGES, pickLanguage } from './i18n.ts'

/** Every catalogue says everything English says, in every plural form its language has, with the same blanks. */

const root = path.join(path.dirname(new URL(import.meta.url).pathname), 'locales')
/** The game's catalogue (locales/<code>.json) and each area's (locales/<area>/<code>.json). */
const catalogues = [
  { name: 'the game', dir: root },
  ...fs.readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => ({ name: `the ${e.name} pages`, dir: path.join(root, e.name) })),
]
const readFrom = (dir: string, code: string) => JSON.parse(fs.readFileSync(path.join(dir, `${code}.json`), 'utf8')) as Record<string, unknown>
const PLURAL = /_(zero|one|two|few|many|other)$/

/** Every message by its dotted key. */
function flatten(tree: Record<string, unknown>, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k
    if (typeof v === 'string') out.set(key, v)
    else for (const [kk, vv] of flatten(v as Record<string, unknown>, key)) out.set(kk, vv)
  }
  return out
}

/** The keys a language must have for English's: plural keys in each of the language's own plural forms. */
function wanted(english: Map<string, string>, code: string): Set<string> {
  const forms = new Intl.PluralRules(code).resolvedOptions().pluralCategories
  const keys = new Set<string>()
  for (const key of english.keys()) {
    if (PLURAL.test(key)) for (const form of forms) keys.add(key.replace(PLURAL, `_${form}`))
    else keys.add(key)
  }
  return keys
}

const blanks = (text: string) => new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!))
describe.each(catalogues)('the message catalogue of $name', ({ dir }) => {
  const english = flatten(readFrom(dir, 'en'))
  it('has exactly one file per language', () => {
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()).toEqual(LANGUAGES.map((l) => `${l.code}.json`).sort())
  })
  for (const { code } of LANGUAGES) {
    it(`${code} has every message, in each of its plural forms, and nothing else`, () => {
      const messages = flatten(readFrom(dir, code))
      const want = wanted(english, code)
      expect([...want].filter((k) => !messages.has(k)), 'missing').toEqual([])
      expect([...messages.keys()].filter((k) => !want.has(k)), 'not in English').toEqual([])
      for (const [key, text] of messages) {
        expect(text.trim(), key).not.toBe('')
        const base = key.replace(PLURAL, '_other')
        const source = english.get(base) ?? english.get(key)!
        // A plural form may leave out the number it spells out ("one point"; `n` is a count already put in the
        // language's digits); any other message keeps every blank.
        const needed = PLURAL.test(key) ? [...blanks(source)].filter((b) => b !== 'count' && b !== 'points' && b !== 'n') : [...blanks(source)]
        for (const blank of needed) expect(blanks(text).has(blank), `${key} keeps {{${blank}}}`).toBe(true)
        for (const blank of blanks(text)) expect(blanks(source).has(blank) || blank === 'count', `${key} invents {{${blank}}}`).toBe(true)
      }
    })
  }
})

describe('the language', () => {
  it('picks the language from the browser, nearest first, English otherwise', () => {
    expect(pickLanguage(['es-MX', 'en'])).toBe('es')
    expect(pickLanguage(['pt-PT'])).toBe('pt-BR')
    expect(pickLanguage(['pt-BR'])).toBe('pt-BR')
    expect(pickLanguage(['ar-EG'])).toBe('ar')
    expect(pickLanguage(['ja', 'de-AT'])).toBe('de')
    expect(pickLanguage(['ja'])).toBe('en')
  })
})
