import { describe, expect, it } from 'vitest'
import type { ReportRows, ReviewRows } from '../db/reports.ts'
import { buildReport, buildReview, endingOf, questionsPlayed, summaryOf } from './build.ts'
import { csvTable, overviewTable, reportCsv, scoresTable, teamsTable } from './sheets.ts'
import { sheetLanguage } from './language.ts'
import { T0, answer, opened, question, rows, teamRows } from './test-rows.ts'

/** The sheets' words and formats in English. */
const ENGLISH = sheetLanguage('en')

describe('questionsPlayed and the ending', () => {
  it.each([
    { phase: null, index: -1, played: 0 },
    { phase: 'lobby', index: -1, played: 0 },
    { phase: 'question', index: 3, played: 3 },
    { phase: 'reveal', index: 3, played: 4 },
    { phase: 'leaderboard', index: 3, played: 4 },
    { phase: 'podium', index: 4, played: 5 },
  ])('$phase at index $index played $played', ({ phase, index, played }) => {
    expect(questionsPlayed({ phase, index })).toBe(played)
  })

  it.each([
    { status: 'finished', index: 4, ending: 'completed' },
    { status: 'finished', index: 2, ending: 'ended_early' },
    { status: 'abandoned', index: 2, ending: 'abandoned' },
    { status: 'running', index: 2, ending: 'running' },
  ])('$status at index $index: $ending', ({ status, index, ending }) => {
    expect(endingOf({ ...rows().game, status, index })).toBe(ending)
  })
})

describe('buildReport', () => {
  it('counts each player out of the questions they were in the game for, and only the questions played', () => {
    const report = buildReport(rows())
    expect(report.overview).toMatchObject({ playerCount: 3, questionsPlayed: 3, questionCount: 5 })
    expect(report.ending).toBe('ended_early')
    expect(report.players.map((p) => [p.nickname, p.rank, p.score, p.correct, p.answered, p.asked])).toEqual([
      ['Ada', 1, 1800, 2, 3, 3],
      ['Bob', 2, 1700, 2, 2, 2],
      ['Cyd', 3, 0, 0, 0, 3],
    ])
    expect(report.players[1]!.answers.map((a) => a.index)).toEqual([1, 2])
    expect(report.players[1]!.answers[0]).toEqual({ index: 1, answered: true, answer: 'Right', correct: true, credit: 1, points: 800, elapsedMs: 5000 })
    expect(report.players[2]!.answers[0]).toEqual({ index: 0, answered: false, answer: null, correct: false, credit: 0, points: 0, elapsedMs: null })
  })

  it('summarises every question: who was asked, the picks of each option, the share right and the time', () => {
    const [q0, q1] = buildReport(rows()).questions
    // Eve (kicked) answered q0 but is not in the report; Bob was not in the game for it.
    expect(q0).toMatchObject({ asked: 2, answered: 1, correct: 1, rightShare: 0.5, averageMs: 2000, rightAnswer: 'Right', explanation: 'Because q0.' })
    expect(q0!.options).toEqual([
      { text: 'Right', correct: true, picks: 1 },
      { text: 'Wrong', correct: false, picks: 0 },
    ])
    expect(q1).toMatchObject({ asked: 3, answered: 2, correct: 1, averageMs: 3500 })
    expect(q1!.options.map((o) => o.picks)).toEqual([1, 1])
  })

  it('names who needs help and the most missed questions, hardest first', () => {
    const report = buildReport(rows())
    expect(report.overview.rightShare).toBeCloseTo(4 / 8)
    expect(report.overview.answeredShare).toBeCloseTo(5 / 8)
    expect(report.needsHelp.players.map((p) => p.nickname)).toEqual(['Cyd'])
    expect(report.needsHelp.questions).toEqual([{ index: 1, prompt: 'Prompt q1', rightShare: 1 / 3 }])
  })

  it('takes the podium rank and score when the game has results', () => {
    const results = [
      { playerId: 'ada', rank: 1, score: 1800, correctCount: 2, askedCount: 3 },
      { playerId: 'bob', rank: 2, score: 1700, correctCount: 2, askedCount: 2 },
      { playerId: 'cyd', rank: 3, score: 0, correctCount: 0, askedCount: 3 },
    ]
    const report = buildReport(rows({ results, asked: {} }))
    expect(report.players.map((p) => [p.nickname, p.rank, p.asked])).toEqual([
      ['Ada', 1, 3],
      ['Bob', 2, 2],
      ['Cyd', 3, 3],
    ])
  })

  it('estimates the questions of games from before the engine counted them, from the join and the answers', () => {
    const report = buildReport(rows({ asked: {} }))
    expect(report.players.map((p) => [p.nickname, p.asked])).toEqual([
      ['Ada', 3],
      ['Bob', 2],
      ['Cyd', 3],
    ])
  })

  it('leaves out answers to a question still open when the game was abandoned', () => {
    const report = buildReport(rows({ game: { ...rows().game, status: 'abandoned', phase: 'question', index: 2 }, asked: { ada: 2, cyd: 2, bob: 1 } }))
    expect(report.overview.questionsPlayed).toBe(2)
    expect(report.ending).toBe('abandoned')
    expect(report.players.find((p) => p.nickname === 'Ada')).toMatchObject({ score: 900, correct: 1, asked: 2 })
  })

  it('counts a poll in no share of right answers', () => {
    const poll = question('q1', { type: 'poll', options: [{ text: 'Yes', correct: false }, { text: 'No', correct: false }] })
    const report = buildReport(rows({ questions: [question('q0'), poll, question('q2')] }))
    expect(report.questions[1]).toMatchObject({ scored: false, rightAnswer: '' })
    expect(report.needsHelp.questions.map((q) => q.index)).not.toContain(1)
    expect(report.players.find((p) => p.nickname === 'Bob')!.rightShare).toBe(1)
  })

  it('describes typed, ordering and number answers in words', () => {
    const typed = question('t', { type: 'text', options: [{ text: 'Mont Blanc', correct: true }, { text: 'Monte Bianco', correct: true }] })
    const ordering = question('o', { type: 'ordering', options: ['A', 'B', 'C'].map((text) => ({ text, correct: false })), shownOrder: [2, 0, 1] })
    const number = question('n', { type: 'number', options: [], number: { answers: [{ value: 42, tolerance: 1 }], unit: 'km' } })
    const answers = [
      { ...answer('ada', 0, 0), choice: { text: 'mont blanc' } },
      { ...answer('ada', 1, 0), choice: { order: [1, 2, 0] } },
      { ...answer('ada', 2, 0), choice: { number: 41.5 } },
    ]
    const report = buildReport(rows({ questions: [typed, ordering, number], answers, players: rows().players.slice(0, 1), asked: { ada: 3 } }))
    expect(report.players[0]!.answers.map((a) => a.answer)).toEqual(['mont blanc', 'A → B → C', '41.5 km'])
    expect(report.questions.map((q) => q.rightAnswer)).toEqual(['Mont Blanc / Monte Bianco', 'A → B → C', '42 km (± 1)'])
    // Charted as right and wrong, not by option.
    expect(report.questions.map((q) => q.options)).toEqual([[], [], []])
  })

  it('lists a game with its ending and counts', () => {
    expect(summaryOf(rows().game, 3)).toEqual({
      gameId: 'g1',
      quizTitle: 'Clouds',
      createdAt: new Date(T0 - 60_000).toISOString(),
      startedAt: new Date(T0).toISOString(),
      endedAt: new Date(opened(3)).toISOString(),
      ending: 'ended_early',
      playerCount: 3,
      questionsPlayed: 3,
      questionCount: 5,
    })
  })
})

/** The rows the database gives one player's review (db/reports.ts reviewRows), taken from a whole game's rows. */
function reviewRowsOf(all: ReportRows, playerId: string, standing: ReviewRows['standing'] = null): ReviewRows {
  const player = all.players.find((p) => p.id === playerId)!
  const result = all.results.find((r) => r.playerId === playerId)
  return {
    game: all.game,
    questions: all.questions,
    player: { id: player.id, nickname: player.nickname, learnerId: player.learnerId },
    answers: all.answers.filter((a) => a.playerId === playerId).map(({ playerId: _, ...a }) => a),
    result: result ? { rank: result.rank, score: result.score, correctCount: result.correctCount, askedCount: result.askedCount } : null,
    standing: standing ?? (result ? null : { rank: 1, askedCount: all.asked[playerId] }),
  }
}

describe('ways to play in the report', () => {
  it('carries the scoring rules in the overview', () => {
    expect(buildReport(rows()).overview.rules).toEqual({ scoring: 'speed', streakBonus: true, wrongPenalty: 0, teams: 0, teamPick: false })
    expect(buildReport(teamRows()).overview.rules).toMatchObject({ scoring: 'accuracy', streakBonus: false, wrongPenalty: 250, teams: 2 })
  })

  it('ranks the teams by score with their seated members, and gives each player their team', () => {
    const report = buildReport(teamRows())
    expect(report.teams).toEqual([
      { team: 1, name: 'Night Owls', color: 'purple', score: 1700, rank: 1, members: [{ playerId: 'bob', nickname: 'Bob' }] },
      { team: 0, name: 'Red Rockets', color: 'red', score: 900, rank: 2, members: [{ playerId: 'ada', nickname: 'Ada' }, { playerId: 'cyd', nickname: 'Cyd' }] },
    ])
    expect(report.players.map((p) => [p.nickname, p.team?.name ?? null])).toEqual([
      ['Ada', 'Red Rockets'],
      ['Bob', 'Night Owls'],
      ['Cyd', 'Red Rockets'],
    ])
  })

  it('ranks equal teams alike, in team order', () => {
    const report = buildReport({ ...teamRows(), teams: [{ name: 'A', color: 'red', score: 500 }, { name: 'B', color: 'blue', score: 500 }, { name: 'C', color: 'green', score: 800 }] })
    expect(report.teams.map((t) => [t.name, t.rank])).toEqual([
      ['C', 1],
      ['A', 2],
      ['B', 2],
    ])
  })

  it("names each player's extra time when it was not 1, and no team without teams", () => {
    const report = buildReport(teamRows())
    expect(report.players.map((p) => [p.nickname, p.extraTime])).toEqual([
      ['Ada', null],
      ['Bob', 2],
      ['Cyd', null],
    ])
    const plain = buildReport(rows({ extraTime: { cyd: 1.5 } }))
    expect(plain.teams).toEqual([])
    expect(plain.players.map((p) => [p.nickname, p.team, p.extraTime])).toEqual([
      ['Ada', null, null],
      ['Bob', null, null],
      ['Cyd', null, 1.5],
    ])
  })

  it('writes the rules in the overview sheet, a Teams sheet, and Team and Extra time columns in the final scores and the CSV', () => {
    const report = buildReport(teamRows())
    expect(overviewTable(report, ENGLISH).slice(-4)).toEqual([
      ['Scoring', 'accuracy: every right answer earns full points'],
      ['Bonus for right answers in a row', 'no'],
      ['Points off for a wrong answer', 250],
      ['Teams', 2],
    ])
    expect(teamsTable(report, ENGLISH)).toEqual([
      ['Rank', 'Team', 'Colour', 'Score', 'Players', 'Members'],
      [1, 'Night Owls', 'purple', 1700, 1, 'Bob'],
      [2, 'Red Rockets', 'red', 900, 2, 'Ada, Cyd'],
    ])
    const scores = scoresTable(report, ENGLISH)
    expect(scores.map((row) => row.slice(8))).toEqual([
      ['Team', 'Extra time (× the time)'],
      ['Red Rockets', null],
      ['Night Owls', 2],
      ['Red Rockets', null],
    ])
    const csv = csvTable(report, ENGLISH)
    expect(csv[0]!.slice(8, 11)).toEqual(['Team', 'Extra time (× the time)', 'Q1: Prompt q0'])
    expect(csv[2]!.slice(0, 10)).toEqual(scores[2])
  })

  it('adds no column a game without teams or extra time would leave empty', () => {
    const report = buildReport(rows())
    expect(scoresTable(report, ENGLISH)[0]).toHaveLength(8)
    expect(overviewTable(report, ENGLISH).at(-1)).toEqual(['Teams', 'none (everyone for themselves)'])
    expect(scoresTable(buildReport(rows({ extraTime: { ada: 1.5 } })), ENGLISH)[0]!.slice(8)).toEqual(['Extra time (× the time)'])
  })
})

describe('buildReview', () => {
  const results = [
    { playerId: 'ada', rank: 1, score: 1800, correctCount: 2, askedCount: 3 },
    { playerId: 'bob', rank: 2, score: 1700, correctCount: 2, askedCount: 2 },
    { playerId: 'cyd', rank: 3, score: 0, correctCount: 0, askedCount: 3 },
  ]

  it('gives a player every question they were in for, with their answer, the right one and the explanation', () => {
    const review = buildReview(reviewRowsOf(rows({ results }), 'bob'))
    expect(review).toMatchObject({ nickname: 'Bob', rank: 2, score: 1700, correct: 2, asked: 2, inPractice: false, missed: 0 })
    expect(review.items.map((i) => [i.index, i.yourAnswer, i.correct, i.rightAnswer, i.explanation])).toEqual([
      [1, 'Right', true, 'Right', 'Because q1.'],
      [2, 'Right', true, 'Right', 'Because q2.'],
    ])
    expect(buildReview(reviewRowsOf(rows({ results }), 'ada'))).toMatchObject({ inPractice: true, missed: 1, asked: 3 })
  })

  it('agrees with the report on every player, with a podium or without one', () => {
    for (const game of [rows({ results }), rows(), rows({ game: { ...rows().game, status: 'abandoned', phase: 'question', index: 2 }, asked: { ada: 2, cyd: 2, bob: 1 } })]) {
      const report = buildReport(game)
      for (const p of report.players) {
        const review = buildReview(reviewRowsOf(game, p.playerId, game.results.length ? null : { rank: p.rank, askedCount: game.asked[p.playerId] }))
        expect([review.rank, review.score, review.correct, review.asked], p.nickname).toEqual([p.rank, p.score, p.correct, p.asked])
        expect(review.items.map((i) => i.yourAnswer)).toEqual(p.answers.map((a) => a.answer))
      }
    }
  })
})

describe('the sheets', () => {
  it('writes a header and a row per player, the CSV with each question as a column', () => {
    const report = buildReport(rows())
    expect(scoresTable(report, ENGLISH)).toEqual([
      ['Rank', 'Player', 'Score', 'Right answers', 'Questions in the game for', 'Answered', 'Right answers (%)', 'Average time (s)'],
      [1, 'Ada', 1800, 2, 3, 3, 66.7, 2],
      [2, 'Bob', 1700, 2, 2, 2, 100, 3.5],
      [3, 'Cyd', 0, 0, 3, 0, 0, null],
    ])
    const csv = csvTable(report, ENGLISH)
    expect(csv[0]!.slice(8)).toEqual(['Q1: Prompt q0', 'Q2: Prompt q1', 'Q3: Prompt q2'])
    expect(csv.slice(1).map((row) => row.slice(8))).toEqual([
      ['right', 'wrong', 'right'],
      [null, 'right', 'right'],
      ['no answer', 'no answer', 'no answer'],
    ])
  })

  it('writes a CSV a spreadsheet opens as text: quotes where a cell needs them, a cell that would be a formula escaped', () => {
    const players = rows().players.map((p) => (p.id === 'cyd' ? { ...p, nickname: '-Cyd' } : p))
    const report = buildReport(rows({ players, questions: [question('q0', { prompt: 'Pick "one", then go' }), question('q1'), question('q2')] }))
    const csv = reportCsv(report, ENGLISH)
    expect(csv.startsWith('\uFEFFRank,Player,Score')).toBe(true)
    expect(csv).toContain('"Q1: Pick ""one"", then go"')
    expect(csv).toContain(`,"'-Cyd",`)
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + 3)
  })
})
