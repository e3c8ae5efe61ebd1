import { writeCsv, writeXlsx, type CellValue } from '@cirrus/formats'
import type { GameReport, ReportAnswer, ReportQuestion } from '@cirrus/protocol'
import type { SheetLanguage } from './language.ts'
import { fill } from './strings.ts'

/**
 * A report as spreadsheet tables, laid out like Kahoot's report: an overview, the final scores, one row per player
 * per question, a summary of each question, and a team game's teams. The .xlsx holds these sheets; the .csv, one
 * table a spreadsheet opens as it is: the final scores with each question's result per player.
 *
 * Every word comes from the language's table (`w.t`). A cell that is a number stays a number (the spreadsheet writes
 * it in the reader's own format); a number or a date inside text is written by the language (`w.count`, `w.date`).
 * The .csv keeps its numbers as plain numbers ("66.7") too, so that programs and spreadsheets read them back.
 */

type Row = CellValue[]

const percent = (share: number) => Math.round(share * 1000) / 10
const seconds = (ms: number | null) => (ms === null ? null : Math.round(ms / 100) / 10)
const minutes = (ms: number | null) => (ms === null ? null : Math.round(ms / 6000) / 10)

/** "Q3" in the language ("P3", "F3", "س3"). */
const questionNumber = (index: number, w: SheetLanguage) => fill(w.t.questionNumber, { n: w.count(index + 1) })

export function overviewTable(report: GameReport, w: SheetLanguage): Row[] {
  const { t } = w
  const o = report.overview
  return [
    [t.quiz, report.quizTitle],
    [t.played, w.date(report.startedAt ?? report.createdAt)],
    [t.ended, t.endings[report.ending]],
    [t.duration, minutes(report.durationMs)],
    [t.players, o.playerCount],
    [t.questionsPlayed, o.questionsPlayed],
    [t.questionsInQuiz, o.questionCount],
    [t.averageScore, o.averageScore],
    [t.rightShare, percent(o.rightShare)],
    [t.answeredShare, percent(o.answeredShare)],
    [fill(t.needsHelp, { percent: w.percent(report.needsHelp.threshold) }), w.list(report.needsHelp.players.map((p) => p.nickname))],
    [t.mostMissed, w.list(report.needsHelp.questions.map((q) => questionNumber(q.index, w)))],
    [t.scoring, t.scoringModes[o.rules.scoring]],
    [t.streakBonus, o.rules.streakBonus ? t.yes : t.no],
    [t.wrongPenalty, o.rules.wrongPenalty],
    [t.teams, o.rules.teams > 0 ? o.rules.teams : t.noTeams],
  ]
}

/** The final scores' columns beyond the usual eight: a team game's Team, and Extra time when anyone had it. */
function extraColumns(report: GameReport) {
  return { team: report.teams.length > 0, extraTime: report.players.some((p) => p.extraTime !== null) }
}

function scoresHeader(report: GameReport, { t }: SheetLanguage): Row {
  const more = extraColumns(report)
  return [t.rank, t.player, t.score, t.correct, t.asked, t.answered, t.rightShare, t.averageTime, ...(more.team ? [t.team] : []), ...(more.extraTime ? [t.extraTime] : [])]
}

function scoresRow(report: GameReport, p: GameReport['players'][number]): Row {
  const more = extraColumns(report)
  return [
    p.rank,
    p.nickname,
    p.score,
    p.correct,
    p.asked,
    p.answered,
    percent(p.rightShare),
    seconds(p.averageMs),
    ...(more.team ? [p.team?.name ?? null] : []),
    ...(more.extraTime ? [p.extraTime] : []),
  ]
}

export function scoresTable(report: GameReport, w: SheetLanguage): Row[] {
  return [scoresHeader(report, w), ...report.players.map((p) => scoresRow(report, p))]
}

/** A team game's teams by rank, with their members (the podium's ranking). */
export function teamsTable(report: GameReport, w: SheetLanguage): Row[] {
  const { t } = w
  const colour = (color: string) => (t.colours as Record<string, string>)[color] ?? color
  return [
    [t.rank, t.team, t.colour, t.score, t.teamPlayers, t.members],
    ...report.teams.map((team) => [team.rank, team.name, colour(team.color), team.score, team.members.length, w.list(team.members.map((m) => m.nickname))]),
  ]
}

export function resultWord(a: ReportAnswer, q: ReportQuestion, { t }: SheetLanguage): string {
  if (!a.answered) return t.noAnswer
  if (!q.scored) return t.opinion
  return a.correct ? t.right : a.credit > 0 ? t.partly : t.wrong
}

export function answersTable(report: GameReport, w: SheetLanguage): Row[] {
  const { t } = w
  const rows: Row[] = [[t.player, t.number, t.question, t.answer, t.result, t.points, t.time]]
  for (const p of report.players) {
    for (const a of p.answers) {
      const q = report.questions[a.index]!
      rows.push([p.nickname, a.index + 1, q.prompt, a.answer === null ? null : w.option(q.type, a.answer), resultWord(a, q, w), a.points, seconds(a.elapsedMs)])
    }
  }
  return rows
}

export function questionsTable(report: GameReport, w: SheetLanguage): Row[] {
  const { t } = w
  const typeName = (type: string) => (t.types as Record<string, string>)[type] ?? type
  const most = Math.max(0, ...report.questions.map((q) => q.options.length))
  const optionHeads = Array.from({ length: most }, (_, i) => fill(t.option, { n: w.count(i + 1) }))
  const rows: Row[] = [[t.number, t.question, t.type, t.rightAnswer, t.inGame, t.answered, t.correct, t.rightShare, t.averageTime, ...optionHeads, t.explanation]]
  for (const q of report.questions) {
    const options = Array.from({ length: most }, (_, i) => {
      const option = q.options[i]
      return option ? fill(t.optionPicks, { option: w.option(q.type, option.text), n: w.count(option.picks) }) : null
    })
    rows.push([q.index + 1, q.prompt, typeName(q.type), w.option(q.type, q.rightAnswer), q.asked, q.answered, q.scored ? q.correct : null, q.scored ? percent(q.rightShare) : null, seconds(q.averageMs), ...options, q.explanation])
  }
  return rows
}

/** The final scores with one column per question: each player's result of it (empty: not in the game for it). */
export function csvTable(report: GameReport, w: SheetLanguage): Row[] {
  const header = [...scoresHeader(report, w), ...report.questions.map((q) => `${questionNumber(q.index, w)}: ${q.prompt}`)]
  const rows = report.players.map((p) => {
    const byIndex = new Map(p.answers.map((a) => [a.index, a]))
    return [...scoresRow(report, p), ...report.questions.map((q) => (byIndex.has(q.index) ? resultWord(byIndex.get(q.index)!, q, w) : null))]
  })
  return [header, ...rows]
}

const widths = (...w: number[]) => w.map((width) => ({ width }))

export function reportXlsx(report: GameReport, w: SheetLanguage): Promise<Uint8Array> {
  const { t, rightToLeft } = w
  const sheets = [
    { sheet: t.sheetOverview, data: overviewTable(report, w), columns: widths(34, 60) },
    { sheet: t.sheetScores, data: scoresTable(report, w), columns: widths(6, 22, 10, 14, 14, 10, 16, 16) },
    { sheet: t.sheetAnswers, data: answersTable(report, w), columns: widths(22, 5, 50, 30, 14, 8, 8) },
    { sheet: t.sheetQuestions, data: questionsTable(report, w), columns: widths(5, 50, 20, 30, 12, 10, 12, 14, 14) },
    ...(report.teams.length ? [{ sheet: t.sheetTeams, data: teamsTable(report, w), columns: widths(6, 24, 10, 10, 10, 60) }] : []),
  ]
  // Arabic's sheets open right to left: the first column at the right, as the report page lays it out.
  return writeXlsx(sheets.map((sheet) => ({ ...sheet, rightToLeft })))
}

export function reportCsv(report: GameReport, w: SheetLanguage): string {
  return writeCsv(csvTable(report, w))
}
