import type { Difficulty, NumberAnswer, QuestionType } from '@cirrus/questions'
import type { PublicImage } from './images.ts'
import type { GameRules, TeamColor } from './ways-to-play.ts'

/** What the server sends. Nothing here carries the answer key before the reveal. */

export type Phase = 'lobby' | 'question' | 'reveal' | 'leaderboard' | 'podium'

/** A question as players see it while answering: no `correct` anywhere. */
export interface PublicQuestion {
  id: string
  type: QuestionType
  prompt: string
  /**
   * Option texts in display order; empty for typed ("text") and number questions. For "ordering", the items in the
   * order the game shows them (never the right order): an answer lists these indexes first to last.
   */
  options: string[]
  /** For "multiple": how many options are right, so a player knows how many to pick. */
  pick?: number
  /** For "number": the slider's ends and step when it has them (else players type), and the unit. Never the answer. */
  number?: PublicNumber
  /** The picture shown with the prompt. */
  image?: PublicImage
  /** Pictures of the options, by display position (null where an option has none); absent when none has one. */
  optionImages?: (PublicImage | null)[]
  points: number
  timeLimitMs: number
  topic?: string
  difficulty: Difficulty
}

export interface PublicNumber {
  min?: number
  max?: number
  step?: number
  unit?: string
}

export interface LeaderEntry {
  playerId: string
  nickname: string
  score: number
  /** Competition ranking: equal scores share a rank (1, 2, 2, 4). */
  rank: number
}

interface PhaseBase {
  pin: string
  /** Server time (ms since epoch) when this view was made: clients use it to correct their clock. */
  serverNow: number
  /** Null when running; else the server time at which the game was paused. */
  pausedAt: number | null
  totalQuestions: number
  playerCount: number
  /** The host chose to show the question and its options on players' screens (no projector). */
  showQuestionOnPlayers: boolean
  autoAdvance: boolean
  /** With auto-advance, the server time at which the game moves on by itself; else null. */
  advanceAt: number | null
  /**
   * Each phone shows the options in its own order (playerOptionOrder): a player's answer names positions as their
   * phone showed them, and the host's screen shows the options without colours or shapes.
   */
  optionsPerPlayer: boolean
}

/** A team as everyone sees it: its number (0-based), name and colour. */
export interface TeamView {
  team: number
  name: string
  color: TeamColor
}

/** A team's place: its score is the sum over questions of its members' mean points, plus its streak bonuses. */
export interface TeamStanding extends TeamView {
  score: number
  /** Competition ranking, as for players. */
  rank: number
  /** How many players are in the team now. */
  members: number
  streak: number
}

export type PhaseView =
  | (PhaseBase & {
      phase: 'lobby'
      locked: boolean
      quizTitle: string
      /** How this game is scored and played, shown to players before it starts. */
      rules: GameRules
      /** The teams (empty without teams). */
      teams: TeamView[]
    })
  | (PhaseBase & {
      phase: 'question'
      index: number
      question: PublicQuestion
      /** Server time after which answers are refused (a small latency grace aside). */
      deadline: number
      answeredCount: number
      /**
       * Present while the question's pictures load: the clock has not started, answers are refused, and it starts
       * when every phone has sent `player:ready` or at this server time, whichever comes first; a new view follows.
       */
      startsBy?: number
      /**
       * Present during the get-ready (the question's text alone, a setting of the game): the server time at which the
       * options open and the clock starts; answers before it are refused. No new view comes at that moment.
       */
      opensAt?: number
    })
  | (PhaseBase & {
      phase: 'reveal'
      index: number
      question: PublicQuestion
      /** Indexes of the right options (single, multiple, truefalse). */
      correctOptions: number[]
      /** Accepted answers for typed questions. */
      acceptedAnswers: string[]
      /**
       * How many picked each option, in display order (a poll's chart); for typed questions, [right, wrong]; for
       * ordering and number questions, [right, partly right, wrong].
       */
      counts: number[]
      /** For "ordering": the right order, as indexes of `question.options` (first to last). */
      correctOrder?: number[]
      /** For "number": the accepted numbers, each with its tolerance and the credit it earns. */
      acceptedNumbers?: NumberAnswer[]
      answeredCount: number
      explanation: string
      /** In a player's own copy: that player's score, rank and result of this question. */
      you?: PlayerView
    })
  | (PhaseBase & { phase: 'leaderboard'; index: number; top: LeaderEntry[]; /** Every team, ranked (empty without teams). */ teams: TeamStanding[] })
  | (PhaseBase & {
      phase: 'podium'
      top: LeaderEntry[]
      /** Every team, ranked (empty without teams): teams are what the podium ranks in a team game. */
      teams: TeamStanding[]
      /** In a player's own copy: that player's final score and rank. */
      you?: PlayerView
    })

/** The result of one question for one player, in their copy of the reveal. */
export interface RoundResult {
  index: number
  answered: boolean
  correct: boolean
  /** For multiple response: the share of credit earned, 0..1. */
  credit: number
  points: number
  streakBonus: number
}

/** One player's own state. Sent to that player alone. */
export interface PlayerView {
  playerId: string
  nickname: string
  score: number
  streak: number
  rank: number
  correctCount: number
  /** The questions this player was in the game for (revealed while seated): right answers are out of these. */
  askedCount: number
  /** Whether this player has answered the current question (in the question phase). */
  answered: boolean
  /** The last revealed question's result; null before the first reveal. */
  lastResult: RoundResult | null
  /** This player's extra-time factor (1: none): their deadline is the question's opening plus its time times this. */
  extraTime: number
  /** This player's team, or null without teams. */
  team: TeamView | null
  /**
   * Who is just ahead and by how many points ("you're 120 points behind Ana"); null when this player leads (alone or
   * tied). Absent in views made before the game knew.
   */
  ahead?: { nickname: string; points: number } | null
}

export interface HostPlayer {
  playerId: string
  nickname: string
  score: number
  /** Questions answered right so far (for the final results). */
  correctCount: number
  /** The questions this player was in the game for: correctCount is out of these, not out of the whole quiz. */
  askedCount: number
  connected: boolean
  answered: boolean
  /** Extra-time factor (1: none). Only the host and the player see it. */
  extraTime: number
  /** Team number, or null without teams. */
  team: number | null
}

/** The host's counts, in the full view and in every status. */
export interface HostCounts {
  pin: string
  phase: Phase
  locked: boolean
  playerCount: number
  connectedCount: number
  answeredCount: number
}

/** What only the host sees, whole: every player in join order and the answering progress (host:create, host:attach). */
export interface HostView extends HostCounts {
  players: HostPlayer[]
  /** With two-step join: the secret the host's screen draws the join pattern from (joinPattern). */
  joinSecret?: string
}

/**
 * The host's status as a change (host:status), sent coalesced, a few times a second at most: the counts, the rows of
 * the players that changed since the previous host:status (new players last, in join order) and the ids of the
 * players removed. Apply it to the rows of the last full view with applyHostStatus. Applying a status twice, or one
 * made before the view it is applied to, changes nothing.
 */
export interface HostStatus extends HostCounts {
  changed: HostPlayer[]
  removed: string[]
}

export interface FinalStanding extends LeaderEntry {
  correctCount: number
  askedCount: number
}
