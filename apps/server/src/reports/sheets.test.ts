import { describe, expect, it } from 'vitest'
import { buildReport } from './build.ts'
import { sheetLanguage } from './language.ts'
import { answersTable, csvTable, overviewTable, questionsTable, scoresTable, teamsTable } from './sheets.ts'
import { answer, question, rows, teamRows } from './test-rows.ts'

/**
 * The sheets in the teacher's language: the words from its table, and what sits inside text (dates, percentages,
 * lists, question numbers, a true/false question's options) written by that language, while a cell that is a number
 * stays the same number in every language.
 */

/** A game whose first question is true/false: Ada answered "True" (right), Cyd "False". */
function trueFalseRows() {
  const trueFalse = question('q0', { type: 'truefalse', options: [{ text: 'True', correct: true }, { text: 'False', correct: false }] })
  const base = rows()
  return rows({ questions: [trueFalse, ...base.questions.slice(1)], answers: [...base.answers.filter((a) => a.questionIndex > 0), answer('ada', 0, 0), answer('cyd', 0, 1)] })
}

const valueOf = (table: (string | number | null)[][], label: string) => table.find((row) => row[0] === label)?.[1]

describe('the sheets in Spanish', () => {
  const es = sheetLanguage('es', 'Europe/Madrid')

  it('writes the overview in Spanish: the date in Madrid’s time, the percentage and the ending in its words', () => {
    const overview = overviewTable(buildReport(rows()), es)
    expect(overview.map((row) => row[0])).toContain('Cuestionario')
    // 09:00 UTC on 1 December is 10:00 in Madrid.
    expect(valueOf(overview, 'Jugada el')).toMatch(/^1 de diciembre de 2026.* 10:00 /)
    expect(overview.find((row) => String(row[0]).startsWith('Necesitan ayuda'))![0]).toMatch(/^Necesitan ayuda \(menos del 50\s%\sde aciertos\)$/)
    expect(valueOf(overview, 'Cómo terminó')).toBe('terminada antes de tiempo')
    expect(valueOf(overview, 'Puntos extra por aciertos seguidos')).toBe('sí')
    expect(valueOf(overview, 'Equipos')).toBe('ninguno (cada uno por su cuenta)')
  })

  it('says a true/false question’s options, its type and each result in Spanish', () => {
    const report = buildReport(trueFalseRows())
    const questions = questionsTable(report, es)
    expect(questions[0]!.slice(0, 4)).toEqual(['N.º', 'Pregunta', 'Tipo', 'Respuesta correcta'])
    expect(questions[0]).toContain('Opción 1: elegida por')
    expect(questions[1]!.slice(2, 4)).toEqual(['Verdadero o falso', 'Verdadero'])
    expect(questions[1]).toEqual(expect.arrayContaining(['Verdadero: 1', 'Falso: 1']))
    expect(questions[2]![2]).toBe('Opción múltiple')
    const answers = answersTable(report, es)
    expect(answers.filter((row) => row[1] === 1).map((row) => [row[0], row[3], row[4]])).toEqual([
      ['Ada', 'Verdadero', 'correcta'],
      ['Cyd', 'Falso', 'incorrecta'],
    ])
    expect(csvTable(report, es)[0]!.slice(8, 10)).toEqual(['P1: Prompt q0', 'P2: Prompt q1'])
  })

  it('names the teams’ colours and lists their members in Spanish', () => {
    expect(teamsTable(buildReport(teamRows()), es)).toEqual([
      ['Puesto', 'Equipo', 'Color', 'Puntos', 'Jugadores', 'Miembros'],
      [1, 'Night Owls', 'morado', 1700, 1, 'Bob'],
      [2, 'Red Rockets', 'rojo', 900, 2, 'Ada, Cyd'],
    ])
  })

  it('keeps every number cell the same number as in English', () => {
    const report = buildReport(rows())
    const english = sheetLanguage('en')
    expect(scoresTable(report, es).slice(1)).toEqual(scoresTable(report, english).slice(1))
    expect(questionsTable(report, es).slice(1).map((row) => row.filter((cell) => typeof cell === 'number'))).toEqual(questionsTable(report, english).slice(1).map((row) => row.filter((cell) => typeof cell === 'number')))
  })
})

describe('the sheets in other languages', () => {
  it('lays Arabic out right to left and lists names with its own comma', () => {
    const ar = sheetLanguage('ar')
    expect(ar.rightToLeft).toBe(true)
    expect(teamsTable(buildReport(teamRows()), ar)[2]).toEqual([2, 'Red Rockets', 'أحمر', 900, 2, 'Ada، Cyd'])
    expect(sheetLanguage('es').rightToLeft).toBe(false)
  })

  it('writes dates, percentages and question numbers in the language asked (German, Brazilian Portuguese)', () => {
    const report = buildReport(rows({ questions: [question('q0'), question('q1'), question('q2')], answers: rows().answers.map((a) => ({ ...a, correct: false, credit: 0 })) }))
    const de = overviewTable(report, sheetLanguage('de-AT', 'UTC'))
    expect(valueOf(de, 'Gespielt am')).toMatch(/^1\. Dezember 2026.* 09:00 UTC$/)
    expect(valueOf(de, 'Am häufigsten verfehlte Fragen')).toBe('F1, F2, F3')
    const pt = overviewTable(report, sheetLanguage('pt-BR', 'America/Sao_Paulo'))
    expect(valueOf(pt, 'Jogado em')).toMatch(/^1 de dezembro de 2026.* 06:00 /)
    expect(valueOf(pt, 'Perguntas mais erradas')).toBe('P1, P2, P3')
  })

  it('writes English, with English dates, for a language without a table, and ignores a time zone Intl does not know', () => {
    const ja = sheetLanguage('ja-JP', 'Mars/Olympus')
    expect(ja.t.sheetScores).toBe('Final scores')
    expect(ja.date('2026-12-01T09:00:00.000Z')).toMatch(/^December 1, 2026/)
    expect(ja.percent(0.5)).toBe('50%')
  })
})
