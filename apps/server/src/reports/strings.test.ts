import { describe, expect, it } from 'vitest'
import { AR } from './strings/ar.ts'
import { DE } from './strings/de.ts'
import { ES } from './strings/es.ts'
import { FR } from './strings/fr.ts'
import { PT_BR } from './strings/pt-BR.ts'
import { places, wordEntries as entries } from '../test-words.ts'
import { EN, languageFrom, stringsFor, type ReportStrings } from './strings.ts'

/**
 * The downloads' tables of words: the compiler holds each to the English keys (each is typed as ReportStrings); this
 * holds their values: none empty, the same "{places}" as English, sheet names Excel takes, and none left in English
 * where the language surely has its own word.
 */

const TABLES = { es: ES, fr: FR, de: DE, 'pt-BR': PT_BR, ar: AR } as const

/** Words the same as English in that language too (a loan word, a shared spelling). */
const SAME_AS_ENGLISH: Record<keyof typeof TABLES, string[]> = {
  es: ['no', 'optionPicks', 'listSeparator'],
  fr: ['quiz', 'sheetQuestions', 'score', 'question', 'questionNumber', 'type', 'points', 'colours.orange', 'optionPicks', 'listSeparator'],
  de: ['quiz', 'sheetTeams', 'teams', 'team', 'colours.gold', 'colours.orange', 'colours.pink', 'optionPicks', 'listSeparator', 'types.single'],
  'pt-BR': ['quiz', 'optionPicks', 'listSeparator'],
  ar: ['optionPicks'],
}

describe('the downloads’ tables of words', () => {
  const english = new Map(entries(EN))

  for (const [code, table] of Object.entries(TABLES) as [keyof typeof TABLES, ReportStrings][]) {
    it(`${code} has every English key, none empty, with the same places to fill`, () => {
      const own = new Map(entries(table))
      expect([...own.keys()].sort()).toEqual([...english.keys()].sort())
      for (const [key, text] of own) {
        expect(text.trim(), `${code} ${key}`).not.toBe('')
        expect(places(text), `${code} ${key}`).toEqual(places(english.get(key)!))
      }
    })

    it(`${code} leaves nothing in English but the words it shares`, () => {
      const same = entries(table).filter(([key, text]) => text === english.get(key) && !SAME_AS_ENGLISH[code].includes(key))
      expect(same).toEqual([])
    })

    it(`${code} names its sheets as Excel allows (at most 31 characters, none of : \\ / ? * [ ])`, () => {
      for (const name of [table.sheetOverview, table.sheetScores, table.sheetAnswers, table.sheetQuestions, table.sheetTeams]) {
        expect(name.length, name).toBeLessThanOrEqual(31)
        expect(name, name).not.toMatch(/[:\\/?*[\]]/)
      }
      expect(new Set([table.sheetOverview, table.sheetScores, table.sheetAnswers, table.sheetQuestions, table.sheetTeams]).size).toBe(5)
    })
  }

  it('picks the table of a language tag, its language’s when the region has none, English for any other', () => {
    expect(stringsFor('es')).toBe(ES)
    expect(stringsFor('fr-CA')).toBe(FR)
    expect(stringsFor('pt-BR')).toBe(PT_BR)
    expect(stringsFor('pt-PT')).toBe(PT_BR)
    expect(stringsFor('AR-eg')).toBe(AR)
    expect(stringsFor('EN-gb')).toBe(EN)
    expect(stringsFor('ja')).toBe(EN)
    expect(stringsFor(undefined)).toBe(EN)
    expect(stringsFor('constructor')).toBe(EN)
  })

  it('takes the first language of Accept-Language that has a table', () => {
    expect(languageFrom('ja-JP,de;q=0.9,en;q=0.8')).toBe('de')
    expect(languageFrom('fr-FR,fr;q=0.9')).toBe('fr-FR')
    expect(languageFrom('ja-JP,zh;q=0.9')).toBeUndefined()
    expect(languageFrom(undefined)).toBeUndefined()
  })
})
