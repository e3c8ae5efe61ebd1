import type { QuestionAsPlayed, ReportRows } from '../db/reports.ts'

/** The rows of a game as db/reports.ts reads them, for the report's and the sheets' unit tests. */

export const T0 = Date.UTC(2026, 11, 1, 9, 0, 0)

export const question = (id: string, partial: Partial<QuestionAsPlayed> = {}): QuestionAsPlayed => ({
  id,
  type: 'single',
  prompt: `Prompt ${id}`,
  options: [
    { text: 'Right', correct: true },
    { text: 'Wrong', correct: false },
  ],
  explanation: `Because ${id}.`,
  points: 1000,
  ...partial,
})

/** Question i opened at T0 + i minutes. */
export const opened = (i: number) => T0 + i * 60_000

export function answer(playerId: string, questionIndex: number, pick: number, elapsedMs = 2000, points = pick === 0 ? 900 : 0) {
  return { playerId, questionIndex, choice: { options: [pick] }, correct: pick === 0, credit: pick === 0 ? 1 : 0, points, elapsedMs, answeredAt: opened(questionIndex) + elapsedMs }
}

/**
 * A quiz of 5 questions ended after 3 (the podium at index 2). Ada plays all three, Bob joins during question 2
 * (index 1), Cyd answers nothing, Eve was kicked.
 */
export function rows(overrides: Partial<ReportRows> = {}): ReportRows {
  return {
    game: { id: 'g1', status: 'finished', quizTitle: 'Clouds', questionCount: 5, createdAt: T0 - 60_000, startedAt: T0, endedAt: opened(3), phase: 'podium', index: 2 },
    questions: [question('q0'), question('q1'), question('q2'), question('q3'), question('q4')],
    players: [
      { id: 'ada', nickname: 'Ada', kicked: false, joinedAt: T0 - 30_000, learnerId: 'learner-ada' },
      { id: 'cyd', nickname: 'Cyd', kicked: false, joinedAt: T0 - 20_000, learnerId: null },
      { id: 'eve', nickname: 'Eve', kicked: true, joinedAt: T0 - 10_000, learnerId: null },
      { id: 'bob', nickname: 'Bob', kicked: false, joinedAt: opened(1) + 1000, learnerId: null },
    ],
    answers: [answer('ada', 0, 0), answer('ada', 1, 1), answer('ada', 2, 0), answer('eve', 0, 0), answer('bob', 1, 0, 5000, 800), answer('bob', 2, 0)],
    results: [],
    asked: { ada: 3, cyd: 3, bob: 2 },
    rules: { scoring: 'speed', streakBonus: true, wrongPenalty: 0, teams: 0, teamPick: false },
    teams: [],
    team: {},
    extraTime: {},
    ...overrides,
  }
}

/** The same game played in two teams, by accuracy with a penalty and no streak bonus; Bob and Eve had extra time. */
export const teamRows = () =>
  rows({
    rules: { scoring: 'accuracy', streakBonus: false, wrongPenalty: 250, teams: 2, teamPick: false },
    teams: [
      { name: 'Red Rockets', color: 'red', score: 900 },
      { name: 'Night Owls', color: 'purple', score: 1700 },
    ],
    team: { ada: 0, cyd: 0, bob: 1, eve: 1 },
    extraTime: { bob: 2, eve: 1.5 },
  })

