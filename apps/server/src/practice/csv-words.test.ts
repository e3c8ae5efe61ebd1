import { describe, expect, it } from 'vitest'
import type { ProblemReportView } from '@cirrus/protocol'
import { places, wordEntries } from '../test-words.ts'
import { CSV_TABLES, EN } from './csv-words.ts'
import { reportsCsv, rightAnswerText } from './reports.ts'

/** The problem reports' CSV in the teacher's language: every table complete, the headings and words its own. */

const report = (partial: Partial<ProblemReportView> = {}): ProblemReportView => ({
  id: 'r1',
  questionKey: 'q-1',
  prompt: 'How long?',
  reason: 'outdated',
  comment: 'Prices changed.',
  context: 'exam',
  createdAt: Date.UTC(2026, 11, 1, 9),
  updatedAt: Date.UTC(2026, 11, 1, 10),
  question: { prompt: 'How long?', options: [], acceptedNumbers: [{ value: 2.5, tolerance: 0.5, credit: 0.5 }], unit: 'h', explanation: '', domain: 3, task: '3.1', topic: 'compute', source: null },
  ...partial,
})
const rows = (csv: string) => csv.replace(/^\uFEFF/, '').trim().split('\r\n')

describe('the problem reports’ CSV in each language', () => {
  const english = new Map(wordEntries(EN))

  it('has every English word in every table, none empty, with the same places to fill', () => {
    for (const [code, table] of Object.entries(CSV_TABLES)) {
      const own = new Map(wordEntries(table))
      expect([...own.keys()].sort(), code).toEqual([...english.keys()].sort())
      for (const [key, text] of own) {
        expect(text.trim(), `${code} ${key}`).not.toBe('')
        expect(places(text), `${code} ${key}`).toEqual(places(english.get(key)!))
        if (code !== 'en' && key !== 'columns.source') expect(text, `${code} ${key}`).not.toBe(english.get(key))
      }
    }
  })

  it('writes the headings, the reason, where it was reported from and a number answer in Spanish and German', () => {
    const [esHeader, esRow] = rows(reportsCsv([report()], 'es'))
    expect(esHeader).toMatch(/^"Informado el","Informado por primera vez el","Clave de la pregunta",/)
    expect(esRow).toContain('"Está desactualizada respecto a AWS hoy","examen de prueba"')
    expect(esRow).toMatch(/"de 2 a 3 h \(50\s%\sde los puntos\)"/)
    // Dates stay ISO 8601, which every spreadsheet reads as a date.
    expect(esRow!.startsWith('"2026-12-01T10:00:00.000Z","2026-12-01T09:00:00.000Z"')).toBe(true)
    expect(rightAnswerText({ ...report().question!, acceptedNumbers: [{ value: 2.5, tolerance: 0.25, credit: 0.5 }] }, 'de-DE')).toMatch(/^2,25 bis 2,75 h \(50\s%\sder Punkte\)$/)
  })

  it('writes English for a language without a table', () => {
    expect(rows(reportsCsv([report()], 'ja'))[0]).toMatch(/^"Reported at","First reported at"/)
    expect(rightAnswerText(report({ question: { ...report().question!, acceptedNumbers: [{ value: 1.5, tolerance: 0, credit: 1 }] } }).question!)).toBe('1.5 h')
  })
})
