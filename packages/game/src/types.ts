import type { Question } from '@cirrus/questions'
import type { RoundAnswers } from './round-answers.ts'
import type { Choice, ErrorCode, GameSettings, HostView, Phase, PhaseView, PlayerView, Step, TeamColor } from '@cirrus/protocol'

/** The engine's whole state: plain JSON, so that it can be snapshotted and restored. */
export interface GameState {
  pin: string
  quizTitle: string
  settings: GameSettings
  /** The questions as played: settings' overrides applied, shuffled and cut to length at creation. */
  questions: PlayedQuestion[]
  phase: Phase
  locked: boolean
  /** Index of the current (or last) question; -1 in the lobby. */
  index: number
  /** Server time at which the game was paused, or null. */
  pausedAt: number | null
  /** With auto-advance, when reveal or leaderboard moves on by itself. Shifted by pauses. */
  advanceAt: number | null
  round: Round | null
  players: Record<string, PlayerState>
  /** Players in join order; the tie-break of equal scores. */
  order: string[]
  /** Player ids that the host removed: they cannot come back. */
  kicked: string[]
  /** With teams (settings.teams > 0): each team's name, colour and score (teams.ts). Absent without teams. */
  teams?: TeamState[]
  /** With two-step join: the secret the join pattern is drawn from (known to the host's screen only). */
  joinSecret?: string
}

export interface TeamState {
  name: string
  color: TeamColor
  /** The sum over questions of the mean points of the members seated then, with the team's streak bonuses. */
  score: number
  /** Questions in a row that most of the team answered right. */
  streak: number
}

/** A question as a game plays it: an ordering question also carries the order its items are shown in (ordering.ts). */
export type PlayedQuestion = Question & { shownOrder?: number[] }

export interface PlayerState {
  id: string
  nickname: string
  score: number
  streak: number
  correctCount: number
  /**
   * The questions this player was in the game for: settled (revealed, or ended early with answers in) while they
   * were seated. A late joiner's right answers are out of these, not out of the whole quiz.
   */
  askedCount: number
  connected: boolean
  lastResult: RoundResultState | null
  /** Extra-time factor given by the host (timing.ts); absent means 1. */
  extraTime?: number
  /** Team number, with teams. */
  team?: number
}

export interface RoundResultState {
  index: number
  answered: boolean
  correct: boolean
  credit: number
  points: number
  streakBonus: number
}

export interface Round {
  index: number
  /** When the question was sent; moved forward by pauses, so that paused time never counts. */
  openedAt: number
  /** Answers after this (plus the grace) are refused. Moved forward by pauses. */
  deadline: number
  /** By player (round-answers.ts). */
  answers: RoundAnswers
  /**
   * While a question's pictures load (media.ts): when it was sent and the players who have them. Meanwhile openedAt
   * and deadline are the latest the clock may start and end; absent once the clock runs.
   */
  media?: { sentAt: number; ready: string[] }
  /** With a get-ready (get-ready.ts): the earliest the options open (openedAt is never before it). Moved by pauses. */
  getReadyUntil?: number
}

export interface RoundAnswer {
  choice: Choice
  receivedAt: number
  /** Time the player took, from when the question reached them: receivedAt - openedAt - round trip, clamped. */
  elapsedMs: number
  correct: boolean
  credit: number
  /** Points including the streak bonus; added to the score at the reveal. */
  points: number
  streakBonus: number
}

export type GameEvent =
  /** `pattern`: with two-step join, the shapes the player tapped (fair-play.ts). */
  | { type: 'join'; playerId: string; nickname: string; pattern?: number[] }
  | { type: 'connection'; playerId: string; connected: boolean }
  /** The player's phone has the open question's pictures (media.ts). */
  | { type: 'ready'; playerId: string; questionIndex: number }
  /**
   * `at`: when the answer reached the server, if it waited before reaching the engine (a batch); it is judged and
   * timed at that moment, not at the later `now`.
   */
  | { type: 'answer'; playerId: string; questionIndex: number; choice: Choice; rttMs: number; at?: number }
  /**
   * Moves of the host. `step`: the step the host saw when it pressed (a client's command always has it; the auto-
   * advance's own moves do not); a move whose step the game has left is refused as stale.
   */
  | { type: 'start'; step?: Step }
  | { type: 'next'; step?: Step }
  | { type: 'endAnswering'; step?: Step }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'kick'; playerId: string }
  | { type: 'lock'; locked: boolean }
  | { type: 'end' }
  /** The host gives a player extra time (factor 1, 1.5 or 2), in the lobby or during the game. */
  | { type: 'extraTime'; playerId: string; factor: number }
  /** The host renames or recolours a team, in the lobby. */
  | { type: 'editTeam'; team: number; name?: string; color?: TeamColor }
  /** A player picks a team in the lobby, when the host allows it. */
  | { type: 'pickTeam'; playerId: string; team: number }
  /** A timer fired (or any time passed): deadlines and auto-advance are checked against `now`. */
  | { type: 'tick' }

/** One accepted answer, for the database. */
export interface AnswerRecord {
  playerId: string
  questionIndex: number
  questionId: string
  choice: Choice
  correct: boolean
  credit: number
  /** Points including the streak bonus. */
  points: number
  streakBonus: number
  elapsedMs: number
  answeredAt: number
}

export interface FinalResult {
  playerId: string
  nickname: string
  rank: number
  score: number
  correctCount: number
  /** The questions this player was in the game for (see PlayerState.askedCount). */
  askedCount: number
}

/** What the server's runtime must carry out after an event. Plain data; the engine does no I/O. */
export type Effect =
  /** To every client of this game: players and host. With `you`, each player's copy carries that player's own view. */
  | { type: 'broadcast'; view: PhaseView; you?: PlayerView[] }
  /** The host's view changed (players, progress); the runtime sends hostStatus (the changes since its last), coalesced. */
  | { type: 'hostDirty' }
  /** Tell the player they were removed, then close their connection. */
  | { type: 'kick'; playerId: string }
  | { type: 'persistAnswer'; answer: AnswerRecord }
  /** The phase changed: a good moment to snapshot the state. */
  | { type: 'phaseChanged'; phase: Phase }
  /** Something a restart must keep changed without a phase change (pause, resume, lock): snapshot it before replying. */
  | { type: 'snapshot' }
  /** One player's own view changed outside a phase change (extra time, team): to that player alone. */
  | { type: 'you'; you: PlayerView }
  /** The game reached its podium: write the final results. */
  | { type: 'finished'; results: FinalResult[] }

export type ReduceResult = { ok: true; state: GameState; effects: Effect[] } | { ok: false; error: ErrorCode; message: string }

export type { HostView, PlayerView, PhaseView }
