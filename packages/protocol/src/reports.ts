import { z } from 'zod'
import { TokenSchema } from './payloads.ts'
import type { TeamView } from './views.ts'
import type { GameRules } from './ways-to-play.ts'

/**
 * The classroom record over HTTP (docs/reports.md): the teacher's reports of past games (/api/reports, behind the
 * teachers' gate) and each player's own review of a game (/api/review, with the player's seat token). The server
 * builds these shapes; the web app and the tests read them.
 */

/** How a game ended: every question played, ended by the host (or the idle timer) before the last, or abandoned. */
export type GameEnding = 'completed' | 'ended_early' | 'abandoned' | 'running'

/** A player under this share of right answers is listed under "needs help". */
export const NEEDS_HELP_BELOW = 0.5
/** How many of the most missed questions the report names. */
export const MOST_MISSED = 5
/** The reports list shows at most this many games, newest first. */
export const REPORT_LIST_LIMIT = 500

/** One row of GET /api/reports. */
export interface ReportSummary {
  gameId: string
  quizTitle: string
  /** ISO times. */
  createdAt: string
  startedAt: string | null
  endedAt: string | null
  ending: GameEnding
  playerCount: number
  /** Questions revealed (a game ended early played fewer than the quiz has). */
  questionsPlayed: number
  questionCount: number
}

/** One option of a question as played, with how many players picked it. */
export interface ReportOption {
  text: string
  correct: boolean
  picks: number
}

export interface ReportQuestion {
  /** 0-based position in the game. */
  index: number
  id: string
  type: string
  prompt: string
  /**
   * As shown in the game (after any shuffling), for questions answered by picking options; empty for typed,
   * ordering and number questions (their chart is rightCount and wrongCount).
   */
  options: ReportOption[]
  /** The right answer in words (the right options, the accepted texts, the order, the number). */
  rightAnswer: string
  explanation: string
  topic: string | null
  /** A poll has no right answer: it is left out of every share of right answers. */
  scored: boolean
  /** Players who were in the game for this question. */
  asked: number
  answered: number
  correct: number
  /** correct / asked (0 when nobody was asked). */
  rightShare: number
  /** Of those who answered, ms; null when nobody did. */
  averageMs: number | null
  /** For typed, ordering and number questions: how many were right and wrong (the chart's bars). */
  rightCount: number
  wrongCount: number
}

/** One player's answer to one question they were in the game for. */
export interface ReportAnswer {
  index: number
  answered: boolean
  /** What they answered, in words; null when they did not answer. */
  answer: string | null
  correct: boolean
  /** Share of a multiple-response (or partly right) answer earned, 0..1. */
  credit: number
  points: number
  elapsedMs: number | null
}

export interface ReportPlayer {
  playerId: string
  nickname: string
  rank: number
  score: number
  /** Right answers. */
  correct: number
  /** Questions answered. */
  answered: number
  /** Questions this player was in the game for (a late joiner was not in for the first ones). */
  asked: number
  /** correct / asked of the scored questions (0 when asked none). */
  rightShare: number
  averageMs: number | null
  joinedAt: string
  /** The player's team at the end (the last snapshot), in a team game; null without teams. */
  team: TeamView | null
  /**
   * The extra-time factor the host last gave this player (1.5 or 2), as the host's list showed it; null for the usual
   * time. A factor the host gave and took back during the game is not kept.
   */
  extraTime: number | null
  answers: ReportAnswer[]
}

/** A team of a team game, as the podium (or the last snapshot, without one) ranked it. */
export interface ReportTeam extends TeamView {
  rank: number
  /** The sum over questions of its members' mean points, with the team's streak bonuses (the podium's score). */
  score: number
  /** The team's players at the end, by rank. */
  members: { playerId: string; nickname: string }[]
}

export interface GameReport {
  gameId: string
  quizTitle: string
  createdAt: string
  startedAt: string | null
  endedAt: string | null
  ending: GameEnding
  /** From the start to the end (or the last answer), ms; null for a game that never started. */
  durationMs: number | null
  overview: {
    playerCount: number
    questionsPlayed: number
    questionCount: number
    averageScore: number
    /** Right answers over the answers players could have given (each player's questions asked, scored only). */
    rightShare: number
    /** Answers given over answers that could have been given. */
    answeredShare: number
    /** How the game was scored (mode, streak bonus, penalty, teams), as the players were shown in the lobby. */
    rules: GameRules
  }
  /** By rank; empty without teams (as the podium's `teams`). */
  teams: ReportTeam[]
  /** In the order they were played. */
  questions: ReportQuestion[]
  /** By rank. */
  players: ReportPlayer[]
  needsHelp: {
    /** The share of right answers under which a player is listed. */
    threshold: number
    players: { playerId: string; nickname: string; correct: number; asked: number; rightShare: number }[]
    /** The questions most missed, hardest first (at most MOST_MISSED, only those under the threshold). */
    questions: { index: number; prompt: string; rightShare: number }[]
  }
}

/** A player asks for their own review with the seat they played in. */
export const ReviewRequestSchema = z.object({ playerId: z.string().min(1).max(64), playerToken: TokenSchema }).strict()
export type ReviewRequest = z.input<typeof ReviewRequestSchema>

/** One question of a player's own review. */
export interface ReviewItem {
  index: number
  /** The question's id in the game (a built-in question keeps its bank id). */
  questionId: string
  /** A question of the built-in bank: "Report a problem" sends its problems to the bank's list. */
  reportable: boolean
  type: string
  prompt: string
  options: string[]
  scored: boolean
  answered: boolean
  yourAnswer: string | null
  correct: boolean
  credit: number
  points: number
  rightAnswer: string
  explanation: string
}

/** POST /api/review: every question of the game the player was in for, with their answer, the right one and why. */
export interface PlayerReview {
  gameId: string
  quizTitle: string
  nickname: string
  rank: number
  score: number
  correct: number
  asked: number
  /** The browser joined with a practice profile: the questions missed here are already due in its practice queue. */
  inPractice: boolean
  /** Wrong answers (these are the ones practice received). */
  missed: number
  items: ReviewItem[]
}

/**
 * The downloads' query: `lang`, the language of the sheets' words (en, es, fr, de, pt-BR, ar; any other falls back to
 * English), and `tz`, the IANA time zone their dates are written in ("Europe/Madrid"; unknown: the server's).
 */
export const ReportDownloadQuerySchema = z.object({ lang: z.string().trim().max(35).optional(), tz: z.string().trim().max(64).optional() })
