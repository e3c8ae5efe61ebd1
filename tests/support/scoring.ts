import type { Question } from '@cirrus/questions'
import { queryDatabase } from './db.ts'

/**
 * Kahoot's rule as DESIGN.md states it, written out again here so that the engine is checked against the text:
 * full points within half a second, then down to half at the deadline; +100 per answer in a streak, at most +500.
 */
export function expectedPoints(q: Question, elapsedMs: number, streak: number, timeLimitSec = q.timeLimitSec): number {
  const limitMs = timeLimitSec * 1000
  const base = elapsedMs < 500 ? q.points : Math.round(q.points * (1 - elapsedMs / limitMs / 2))
  const bonus = streak >= 2 ? Math.min(100 * (streak - 1), 500) : 0
  return base + bonus
}

export interface AnswerRow {
  nickname: string
  questionIndex: number
  correct: number
  points: number
  elapsedMs: number
}

/** Every answer the server stored for a game, by player and question. */
export function answerRows(databaseUrl: string, gameId: string): Promise<AnswerRow[]> {
  return queryDatabase<AnswerRow>(
    databaseUrl,
    `SELECT p.nickname, a.questionIndex, a.correct, a.points, a.elapsedMs FROM Answer a JOIN Player p ON p.id = a.playerId
     WHERE a.gameId = ? ORDER BY p.nickname, a.questionIndex`,
    gameId,
  )
}

/**
 * Replays stored answers through the rule for players who answered every question fully right or fully wrong:
 * returns the rows whose points differ from the rule, and each player's total. `timeLimitSec` is the game's
 * override of every question's own limit, when it set one.
 */
export function scoreByRule(rows: AnswerRow[], played: Question[], timeLimitSec?: number): { mismatches: string[]; totals: Map<string, number> } {
  const totals = new Map<string, number>()
  const streaks = new Map<string, number>()
  const mismatches: string[] = []
  for (const row of rows) {
    const streak = row.correct ? (streaks.get(row.nickname) ?? 0) + 1 : 0
    streaks.set(row.nickname, streak)
    const expected = row.correct ? expectedPoints(played[row.questionIndex]!, row.elapsedMs, streak, timeLimitSec) : 0
    if (row.points !== expected) mismatches.push(`${row.nickname} on question ${row.questionIndex}: ${row.points}, not ${expected}`)
    totals.set(row.nickname, (totals.get(row.nickname) ?? 0) + row.points)
  }
  return { mismatches, totals }
}
