import {
  MOST_MISSED,
  NEEDS_HELP_BELOW,
  type GameEnding,
  type GameReport,
  type PlayerReview,
  type ReportAnswer,
  type ReportPlayer,
  type ReportQuestion,
  type ReportSummary,
  type ReportTeam,
  type TeamView,
} from '@cirrus/protocol'
import type { GameRow, QuestionAsPlayed, ReportRows, ReviewRows } from '../db/reports.ts'
import { describeAnswer, rightAnswerOf } from './answers.ts'

/**
 * A game's report as a pure function of its rows (db/reports.ts): no clock, no database. The counts follow the
 * podium's rule: a player's right answers are out of the questions they were in the game for, and only the
 * questions actually played count (a game ended after 4 of 20 questions played 4).
 */

/** Questions revealed: the last snapshot's question index, less the open one if answering had not closed. */
export function questionsPlayed(game: Pick<GameRow, 'phase' | 'index'>): number {
  if (game.phase === null || game.phase === 'lobby') return 0
  return game.phase === 'question' ? game.index : game.index + 1
}

export function endingOf(game: GameRow): GameEnding {
  if (game.status === 'abandoned') return 'abandoned'
  if (game.status !== 'finished') return 'running'
  return questionsPlayed(game) < game.questionCount ? 'ended_early' : 'completed'
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString())

export function summaryOf(game: GameRow, playerCount: number): ReportSummary {
  return {
    gameId: game.id,
    quizTitle: game.quizTitle,
    createdAt: iso(game.createdAt)!,
    startedAt: iso(game.startedAt),
    endedAt: iso(game.endedAt),
    ending: endingOf(game),
    playerCount,
    questionsPlayed: questionsPlayed(game),
    questionCount: game.questionCount,
  }
}

/** A poll asks for an opinion: nobody is right or wrong, so it counts in no share of right answers. */
export const isScored = (q: QuestionAsPlayed) => q.type !== 'poll'

/** The question types answered by picking options. */
const PICKED = new Set(['single', 'multiple', 'truefalse', 'poll'])

type Answer = Omit<ReportRows['answers'][number], 'playerId'>

export function buildReport(rows: ReportRows): GameReport {
  const played = Math.min(questionsPlayed(rows.game), rows.questions.length)
  const questions = rows.questions.slice(0, played)
  const seated = rows.players.filter((p) => !p.kicked)
  const answerOf = new Map<string, Answer>()
  for (const a of rows.answers) if (a.questionIndex < played) answerOf.set(`${a.playerId}/${a.questionIndex}`, a)
  const firstOf = firstQuestions(rows, played)
  const resultOf = new Map(rows.results.map((r) => [r.playerId, r]))

  const unranked = seated.map((p) => {
    const answers = answersFrom(questions, firstOf.get(p.id)!, (index) => answerOf.get(`${p.id}/${index}`))
    const given = answers.filter((a) => a.answered)
    const scored = answers.filter((a) => isScored(questions[a.index]!))
    const correct = scored.filter((a) => a.correct).length
    return {
      playerId: p.id,
      nickname: p.nickname,
      // What the podium showed, when the game reached it; else the points of the questions played.
      score: resultOf.get(p.id)?.score ?? given.reduce((sum, a) => sum + a.points, 0),
      correct,
      answered: given.length,
      asked: answers.length,
      rightShare: scored.length ? correct / scored.length : 0,
      averageMs: average(given.map((a) => a.elapsedMs!)),
      joinedAt: new Date(p.joinedAt).toISOString(),
      team: teamOf(rows, p.id),
      extraTime: rows.extraTime[p.id] ?? null,
      answers,
    }
  })
  const players: ReportPlayer[] = rank(unranked, resultOf)

  const reportQuestions: ReportQuestion[] = questions.map((q, index) => {
    const askedPlayers = players.filter((p) => firstOf.get(p.playerId)! <= index)
    const given = askedPlayers.flatMap((p) => {
      const a = answerOf.get(`${p.playerId}/${index}`)
      return a ? [a] : []
    })
    const correct = isScored(q) ? given.filter((a) => a.correct).length : 0
    const picks = q.options.map(() => 0)
    for (const a of given) for (const i of pickedOptions(a.choice)) if (i < picks.length) picks[i]!++
    // The room's picks of each option: for the questions answered by picking options. Typed, ordering and number
    // questions are charted as right and wrong.
    const hasOptions = PICKED.has(q.type)
    return {
      index,
      id: q.id,
      type: q.type,
      prompt: q.prompt,
      options: hasOptions ? q.options.map((o, i) => ({ text: o.text, correct: o.correct, picks: picks[i] ?? 0 })) : [],
      rightAnswer: rightAnswerOf(q),
      explanation: q.explanation,
      topic: q.topic ?? null,
      scored: isScored(q),
      asked: askedPlayers.length,
      answered: given.length,
      correct,
      rightShare: askedPlayers.length ? correct / askedPlayers.length : 0,
      averageMs: average(given.map((a) => a.elapsedMs)),
      rightCount: correct,
      wrongCount: given.length - correct,
    }
  })

  const scoredQuestions = reportQuestions.filter((q) => q.scored)
  const couldAnswer = reportQuestions.reduce((sum, q) => sum + q.asked, 0)
  const couldBeRight = scoredQuestions.reduce((sum, q) => sum + q.asked, 0)
  const lastAnswer = rows.answers.reduce<number | null>((last, a) => (last === null || a.answeredAt > last ? a.answeredAt : last), null)
  const end = rows.game.endedAt ?? lastAnswer
  return {
    gameId: rows.game.id,
    quizTitle: rows.game.quizTitle,
    createdAt: iso(rows.game.createdAt)!,
    startedAt: iso(rows.game.startedAt),
    endedAt: iso(rows.game.endedAt),
    ending: endingOf(rows.game),
    durationMs: rows.game.startedAt !== null && end !== null ? Math.max(0, end - rows.game.startedAt) : null,
    overview: {
      playerCount: players.length,
      questionsPlayed: played,
      questionCount: rows.game.questionCount,
      averageScore: players.length ? Math.round(players.reduce((sum, p) => sum + p.score, 0) / players.length) : 0,
      rightShare: couldBeRight ? scoredQuestions.reduce((sum, q) => sum + q.correct, 0) / couldBeRight : 0,
      answeredShare: couldAnswer ? reportQuestions.reduce((sum, q) => sum + q.answered, 0) / couldAnswer : 0,
      rules: rows.rules,
    },
    teams: rankedTeams(rows, players),
    questions: reportQuestions,
    players,
    needsHelp: {
      threshold: NEEDS_HELP_BELOW,
      players: players
        .filter((p) => p.asked > 0 && p.rightShare < NEEDS_HELP_BELOW)
        .sort((a, b) => a.rightShare - b.rightShare || a.nickname.localeCompare(b.nickname))
        .map(({ playerId, nickname, correct, asked, rightShare }) => ({ playerId, nickname, correct, asked, rightShare })),
      questions: scoredQuestions
        .filter((q) => q.asked > 0 && q.rightShare < NEEDS_HELP_BELOW)
        .sort((a, b) => a.rightShare - b.rightShare || a.index - b.index)
        .slice(0, MOST_MISSED)
        .map(({ index, prompt, rightShare }) => ({ index, prompt, rightShare })),
    },
  }
}

/**
 * One player's own review: every question they were in the game for, their answer, the right one and why. Built
 * from that player's rows alone (db/reports.ts reviewRows), not the whole game's: at the podium every phone of a
 * 2,000-player game may ask at once.
 */
export function buildReview(rows: ReviewRows): PlayerReview {
  const played = Math.min(questionsPlayed(rows.game), rows.questions.length)
  const questions = rows.questions.slice(0, played)
  const mine = new Map(rows.answers.filter((a) => a.questionIndex < played).map((a) => [a.questionIndex, a]))
  const firstAnswered = Math.min(played, ...mine.keys())
  const asked = rows.result?.askedCount || rows.standing?.askedCount || played - firstAnswered
  const answers = answersFrom(questions, Math.max(0, played - Math.min(asked, played)), (index) => mine.get(index))
  const scored = answers.filter((a) => isScored(questions[a.index]!))
  return {
    gameId: rows.game.id,
    quizTitle: rows.game.quizTitle,
    nickname: rows.player.nickname,
    rank: rows.result?.rank ?? rows.standing?.rank ?? 1,
    score: rows.result?.score ?? [...mine.values()].reduce((sum, a) => sum + a.points, 0),
    correct: scored.filter((a) => a.correct).length,
    asked: answers.length,
    inPractice: rows.player.learnerId !== null,
    missed: scored.filter((a) => a.answered && !a.correct).length,
    items: answers.map((a) => {
      const q = questions[a.index]!
      return {
        index: a.index,
        questionId: q.id,
        reportable: false, // the server knows the bank: it says which are (http/reports.ts)
        type: q.type,
        prompt: q.prompt,
        options: q.type === 'text' || q.type === 'number' ? [] : shownOptions(q).map((o) => o.text),
        scored: isScored(q),
        answered: a.answered,
        yourAnswer: a.answer,
        correct: a.correct,
        credit: a.credit,
        points: a.points,
        rightAnswer: rightAnswerOf(q),
        explanation: q.explanation,
      }
    }),
  }
}

/** A player's answers to the questions from `first` to the last played, unanswered ones included. */
function answersFrom(questions: QuestionAsPlayed[], first: number, answerTo: (index: number) => Answer | undefined): ReportAnswer[] {
  const answers: ReportAnswer[] = []
  for (let index = first; index < questions.length; index++) {
    const a = answerTo(index)
    answers.push(
      a
        ? { index, answered: true, answer: describeAnswer(questions[index]!, a.choice), correct: a.correct && isScored(questions[index]!), credit: a.credit, points: a.points, elapsedMs: a.elapsedMs }
        : { index, answered: false, answer: null, correct: false, credit: 0, points: 0, elapsedMs: null },
    )
  }
  return answers
}

/**
 * The first question each player was in the game for. A player stays seated from their join to the end (a kicked
 * player leaves the report), so they were in for the last `asked` questions played, as the engine counted them.
 * Games from before the engine counted: from the first question that opened after they joined (a question's opening
 * is read off its answers: when each came, less the time it took), or the first they answered, if earlier.
 */
function firstQuestions(rows: ReportRows, played: number): Map<string, number> {
  const resultAsked = new Map(rows.results.filter((r) => r.askedCount > 0).map((r) => [r.playerId, r.askedCount]))
  const openedAt: (number | null)[] = Array.from({ length: played }, () => null)
  const firstAnswered = new Map<string, number>()
  for (const a of rows.answers) {
    if (a.questionIndex >= played) continue
    const opened = a.answeredAt - a.elapsedMs
    const known = openedAt[a.questionIndex]
    if (known === null || known === undefined || opened < known) openedAt[a.questionIndex] = opened
    firstAnswered.set(a.playerId, Math.min(firstAnswered.get(a.playerId) ?? Infinity, a.questionIndex))
  }
  const first = new Map<string, number>()
  for (const p of rows.players) {
    const asked = rows.asked[p.id] ?? resultAsked.get(p.id)
    if (asked !== undefined) {
      first.set(p.id, Math.max(0, played - Math.min(asked, played)))
      continue
    }
    let estimate = played
    for (let i = played - 1; i >= 0; i--) {
      const opened = openedAt[i]
      if (opened === null || opened === undefined || p.joinedAt <= opened) estimate = i
      else break
    }
    first.set(p.id, Math.min(estimate, firstAnswered.get(p.id) ?? Infinity))
  }
  return first
}

function teamOf(rows: ReportRows, playerId: string): TeamView | null {
  const team = rows.team[playerId]
  const t = team === undefined ? undefined : rows.teams[team]
  return t ? { team: team!, name: t.name, color: t.color } : null
}

/** The teams as the podium ranks them (packages/game teams.ts): score descending, ties in team order, competition ranks. */
function rankedTeams(rows: ReportRows, players: ReportPlayer[]): ReportTeam[] {
  const teams = rows.teams.map((t, team) => ({
    team,
    name: t.name,
    color: t.color,
    score: t.score,
    rank: 0,
    members: players.filter((p) => p.team?.team === team).map(({ playerId, nickname }) => ({ playerId, nickname })),
  }))
  teams.sort((a, b) => b.score - a.score || a.team - b.team)
  teams.forEach((t, i) => {
    const previous = teams[i - 1]
    t.rank = previous && previous.score === t.score ? previous.rank : i + 1
  })
  return teams
}

/** Competition ranks (1, 2, 2, 4) by score, ties in join order, as the podium ranks; the podium's own when it has one. */
function rank(players: Omit<ReportPlayer, 'rank'>[], resultOf: Map<string, { rank: number }>): ReportPlayer[] {
  const sorted = players.map((p, joined) => ({ p, joined })).sort((a, b) => b.p.score - a.p.score || a.joined - b.joined)
  const ranked: ReportPlayer[] = []
  sorted.forEach(({ p }, i) => {
    const previous = ranked[i - 1]
    const computed = previous && previous.score === p.score ? previous.rank : i + 1
    ranked.push({ ...p, rank: resultOf.get(p.playerId)?.rank ?? computed })
  })
  return ranked
}

function pickedOptions(choice: unknown): number[] {
  if (choice && typeof choice === 'object' && 'options' in choice && Array.isArray(choice.options)) return choice.options.filter((i): i is number => Number.isInteger(i))
  return []
}

/** The options in the order players saw them (an ordering question's items in its shown order). */
export function shownOptions(q: QuestionAsPlayed): QuestionAsPlayed['options'] {
  return q.type === 'ordering' && q.shownOrder ? q.shownOrder.map((k) => q.options[k]!).filter(Boolean) : q.options
}

function average(values: number[]): number | null {
  return values.length ? Math.round(values.reduce((sum, v) => sum + v, 0) / values.length) : null
}
