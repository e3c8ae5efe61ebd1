import { writeCsv, writeXlsx, type CellValue } from '@cirrus/formats'
import type { GameReport, ReportAnswer, ReportQuestion } from '@cirrus/protocol'
import { fill, type ReportStrings } from './strings.ts'

/**
 * A report as spreadsheet tables, laid out like Kahoot's report: an overview, the final scores, one row per player
 * per question, a summary of each question, and a team game's teams. The .xlsx holds these sheets; the .csv, one
 * table a spreadsheet opens as it is: the final scores with each question's result per player.
 */

type Row = CellValue[]

const percent = (share: number) => Math.round(share * 1000) / 10
const seconds = (ms: number | null) => (ms === null ? null : Math.round(ms / 100) / 10)
const minutes = (ms: number | null) => (ms === null ? null : Math.round(ms / 6000) / 10)

export function overviewTable(report: GameReport, t: ReportStrings): Row[] {
  const o = report.overview
  return [
    [t.quiz, report.quizTitle],
    [t.played, report.startedAt ?? report.createdAt],
    [t.ended, t.endings[report.ending]],
    [t.duration, minutes(report.durationMs)],
    [t.players, o.playerCount],
    [t.questionsPlayed, o.questionsPlayed],
    [t.questionsInQuiz, o.questionCount],
    [t.averageScore, o.averageScore],
    [t.rightShare, percent(o.rightShare)],
    [t.answeredShare, percent(o.answeredShare)],
    [fill(t.needsHelp, { percent: percent(report.needsHelp.threshold) }), report.needsHelp.players.map((p) => p.nickname).join(', ')],
    [t.mostMissed, report.needsHelp.questions.map((q) => fill(t.questionNumber, { n: q.index + 1 })).join(', ')],
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

function scoresHeader(report: GameReport, t: ReportStrings): Row {
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

export function scoresTable(report: GameReport, t: ReportStrings): Row[] {
  return [scoresHeader(report, t), ...report.players.map((p) => scoresRow(report, p))]
}

/** A team game's teams by rank, with their members (the podium's ranking). */
export function teamsTable(report: GameReport, t: ReportStrings): Row[] {
  return [[t.rank, t.team, t.colour, t.score, t.teamPlayers, t.members], ...report.teams.map((team) => [team.rank, team.name, team.color, team.score, team.members.length, team.members.map((m) => m.nickname).join(', ')])]
}

export function resultWord(a: ReportAnswer, q: ReportQuestion, t: ReportStrings): string {
  if (!a.answered) return t.noAnswer
  if (!q.scored) return t.opinion
  return a.correct ? t.right : a.credit > 0 ? t.partly : t.wrong
}

export function answersTable(report: GameReport, t: ReportStrings): Row[] {
  const rows: Row[] = [[t.player, t.number, t.question, t.answer, t.result, t.points, t.time]]
  for (const p of report.players) {
    for (const a of p.answers) {
      const q = report.questions[a.index]!
      rows.push([p.nickname, a.index + 1, q.prompt, a.answer, resultWord(a, q, t), a.points, seconds(a.elapsedMs)])
    }
  }
  return rows
}

export function questionsTable(report: GameReport, t: ReportStrings): Row[] {
  const most = Math.max(0, ...report.questions.map((q) => q.options.length))
  const optionHeads = Array.from({ length: most }, (_, i) => fill(t.option, { n: i + 1 }))
  const rows: Row[] = [[t.number, t.question, t.type, t.rightAnswer, t.inGame, t.answered, t.correct, t.rightShare, t.averageTime, ...optionHeads, t.explanation]]
  for (const q of report.questions) {
    const options = Array.from({ length: most }, (_, i) => (q.options[i] ? `${q.options[i]!.text}: ${q.options[i]!.picks}` : null))
    rows.push([q.index + 1, q.prompt, q.type, q.rightAnswer, q.asked, q.answered, q.scored ? q.correct : null, q.scored ? percent(q.rightShare) : null, seconds(q.averageMs), ...options, q.explanation])
  }
  return rows
}

/** The final scores with one column per question: each player's result of it (empty: not in the game for it). */
export function csvTable(report: GameReport, t: ReportStrings): Row[] {
  const header = [...scoresHeader(report, t), ...report.questions.map((q) => `${fill(t.questionNumber, { n: q.index + 1 })}: ${q.prompt}`)]
  const rows = report.players.map((p) => {
    const byIndex = new Map(p.answers.map((a) => [a.index, a]))
    return [...scoresRow(report, p), ...report.questions.map((q) => (byIndex.has(q.index) ? resultWord(byIndex.get(q.index)!, q, t) : null))]
  })
  return [header, ...rows]
}

const widths = (...w: number[]) => w.map((width) => ({ width }))

export function reportXlsx(report: GameReport, t: ReportStrings): Promise<Uint8Array> {
  return writeXlsx([
    { sheet: t.sheetOverview, data: overviewTable(report, t), columns: widths(34, 60) },
    { sheet: t.sheetScores, data: scoresTable(report, t), columns: widths(6, 22, 10, 14, 14, 10, 16, 16) },
    { sheet: t.sheetAnswers, data: answersTable(report, t), columns: widths(22, 5, 50, 30, 14, 8, 8) },
    { sheet: t.sheetQuestions, data: questionsTable(report, t), columns: widths(5, 50, 10, 30, 12, 10, 12, 14, 14) },
    ...(report.teams.length ? [{ sheet: t.sheetTeams, data: teamsTable(report, t), columns: widths(6, 24, 10, 10, 10, 60) }] : []),
  ])
}

export function reportCsv(report: GameReport, t: ReportStrings): string {
  return writeCsv(csvTable(report, t))
}
