import { strFromU8, unzipSync } from 'fflate'
import Papa from 'papaparse'
import readXlsxFile from 'read-excel-file/universal'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type TestServer } from '../support/server.ts'
import { closeTeamGame, playTeamGame, type PlayedTeamGame } from '../support/team-game.ts'

/**
 * The report's downloads in each of the web app's languages, from a real server after a team game played by real
 * socket.io clients: the .xlsx read back with the spreadsheet reader the quiz imports use, the .csv with papaparse.
 * Each language's sheet names, headings and words are its own; the numbers stay numbers; Arabic opens right to left.
 */

let server: TestServer
let played: PlayedTeamGame

beforeAll(async () => {
  server = await startServer()
  played = await playTeamGame(server.url)
})
afterAll(async () => {
  if (played) closeTeamGame(played)
  await server?.close()
})

const download = async (ext: 'xlsx' | 'csv', query: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${server.url}/api/reports/${played.game.gameId}.${ext}${query}`, { headers })
  expect(res.status).toBe(200)
  return res
}
const csvRows = async (res: Response) => Papa.parse<string[]>((await res.text()).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data

/**
 * What a teacher reads in each language: the sheets' names, the first headings of the final scores, the Teams
 * sheet's colour of the renamed team (purple), the second question's type (true/false) and its right answer, and the
 * result of a right answer.
 */
const WORDS = {
  en: { sheets: ['Overview', 'Final scores', 'Answers', 'Questions', 'Teams'], scores: ['Rank', 'Player', 'Score', 'Right answers'], purple: 'purple', trueFalse: ['True or false', 'False'], right: 'right' },
  es: { sheets: ['Resumen', 'Puntuación final', 'Respuestas', 'Preguntas', 'Equipos'], scores: ['Puesto', 'Jugador', 'Puntos', 'Aciertos'], purple: 'morado', trueFalse: ['Verdadero o falso', 'Falso'], right: 'correcta' },
  fr: { sheets: ['Vue d’ensemble', 'Scores finaux', 'Réponses', 'Questions', 'Équipes'], scores: ['Rang', 'Joueur', 'Score', 'Bonnes réponses'], purple: 'violet', trueFalse: ['Vrai ou faux', 'Faux'], right: 'juste' },
  de: { sheets: ['Überblick', 'Endstand', 'Antworten', 'Fragen', 'Teams'], scores: ['Platz', 'Spieler', 'Punkte', 'Richtige Antworten'], purple: 'Lila', trueFalse: ['Wahr oder falsch', 'Falsch'], right: 'richtig' },
  'pt-BR': { sheets: ['Visão geral', 'Placar final', 'Respostas', 'Perguntas', 'Equipes'], scores: ['Posição', 'Jogador', 'Pontos', 'Acertos'], purple: 'roxo', trueFalse: ['Verdadeiro ou falso', 'Falso'], right: 'certa' },
  ar: { sheets: ['نظرة عامة', 'النتائج النهائية', 'الإجابات', 'الأسئلة', 'الفرق'], scores: ['المركز', 'اللاعب', 'النقاط', 'الإجابات الصحيحة'], purple: 'بنفسجي', trueFalse: ['صح أو خطأ', 'خطأ'], right: 'صحيحة' },
} as const

describe('the report’s downloads in each language', () => {
  for (const [code, words] of Object.entries(WORDS)) {
    it(`writes the .xlsx in ${code}: its sheets, headings, colours and the true/false question in ${code}`, async () => {
      const file = await (await download('xlsx', `?lang=${code}&tz=Europe/Madrid`)).arrayBuffer()
      const sheets = await readXlsxFile(file)
      expect(sheets.map((s) => s.sheet)).toEqual(words.sheets)
      const [, scores, , questions, teams] = sheets.map((s) => s.data)
      expect(scores![0]!.slice(0, 4)).toEqual(words.scores)
      // The numbers are numbers in every language: rank, score and right answers of the winner.
      expect(scores![1]!.slice(0, 4).map((cell) => typeof cell)).toEqual(['number', 'string', 'number', 'number'])
      expect(teams![1]![2]).toBe(words.purple)
      expect(questions![2]!.slice(2, 4)).toEqual(words.trueFalse)
      // Arabic's sheets open right to left; the others left to right.
      const files = unzipSync(new Uint8Array(file))
      const sheetXml = Object.keys(files).filter((path) => /^xl\/worksheets\/sheet\d+\.xml$/.test(path))
      expect(sheetXml).toHaveLength(5)
      for (const path of sheetXml) expect(/<sheetView [^>]*rightToLeft="1"/.test(strFromU8(files[path]!)), path).toBe(code === 'ar')
    })

    it(`writes the .csv in ${code}: its headings and each answer’s result`, async () => {
      const rows = await csvRows(await download('csv', `?lang=${code}`))
      expect(rows[0]!.slice(0, 4)).toEqual(words.scores)
      // Ada answered both questions right.
      expect(rows.find((row) => row[1] === 'Ada')!.slice(-2)).toEqual([words.right, words.right])
    })
  }

  it('takes the language from Accept-Language when the page does not say, and English for a language it has none of', async () => {
    const german = await csvRows(await download('csv', '', { 'accept-language': 'ja-JP,de-CH;q=0.8,en;q=0.5' }))
    expect(german[0]!.slice(0, 4)).toEqual(WORDS.de.scores)
    const japanese = await readXlsxFile(await (await download('xlsx', '?lang=ja', { 'accept-language': 'ja' })).arrayBuffer())
    expect(japanese.map((s) => s.sheet)).toEqual(WORDS.en.sheets)
  })

  it('writes when the game was played in the teacher’s time zone and words', async () => {
    const sheets = await readXlsxFile(await (await download('xlsx', '?lang=es&tz=America/Mexico_City')).arrayBuffer())
    const playedOn = String(sheets[0]!.data.find((row) => row[0] === 'Jugada el')![1])
    const expected = new Intl.DateTimeFormat('es', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'America/Mexico_City' }).format(new Date())
    expect(playedOn.startsWith(expected), playedOn).toBe(true)
    expect(playedOn).toMatch(/\d{2}:\d{2}/)
  })
})
