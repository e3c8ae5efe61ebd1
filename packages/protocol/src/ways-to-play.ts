/**
 * The ways to play a game beyond the defaults (issue #19): scoring modes, teams, per-player option order and
 * friendly names. Shared by the server and the web app, so that both ends agree without a round trip.
 */
import { GAME_WORDS, type GameLanguage } from './game-language.ts'

export const SCORING_MODES = ['speed', 'accuracy'] as const
export type ScoringMode = (typeof SCORING_MODES)[number]

export const MIN_TEAMS = 2
export const MAX_TEAMS = 8
export const TEAM_NAME_MAX = 24
/** A team's colour is one of these (the web app's palette names them), never a free CSS value. */
export const TEAM_COLORS = ['red', 'blue', 'green', 'gold', 'purple', 'orange', 'teal', 'pink'] as const
export type TeamColor = (typeof TEAM_COLORS)[number]
/** The names teams start with, in the order of their colours, in the game's language. */
export function teamNames(language: GameLanguage): readonly string[] {
  return GAME_WORDS[language].teams
}

/** The rules of a game as players see them in the lobby, before it starts. */
export interface GameRules {
  scoring: ScoringMode
  streakBonus: boolean
  wrongPenalty: number
  /** 0: no teams. */
  teams: number
  teamPick: boolean
}

/** The extra-time factors a host may give a player. */
export const EXTRA_TIME_FACTORS = [1, 1.5, 2] as const
export type ExtraTimeFactor = (typeof EXTRA_TIME_FACTORS)[number]

/** A 53-bit hash of a string (two 32-bit lanes, cyrb53): deterministic on both ends, no crypto needed. */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed
  let h2 = 0x41c6ce57 ^ seed
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}

/**
 * The order one player's phone shows a question's options in, with options on every phone in its own order: entry
 * `i` is the option (by its index in the question as the game plays it) shown at position `i`. The phone and the
 * engine compute it alike; the phone sends positions as shown, and the engine maps them back (packages/game).
 */
export function playerOptionOrder(playerId: string, questionIndex: number, optionCount: number): number[] {
  const keys = Array.from({ length: optionCount }, (_, i) => ({ i, key: hash53(`${playerId}:${questionIndex}:${i}`) }))
  keys.sort((a, b) => a.key - b.key || a.i - b.i)
  return keys.map((k) => k.i)
}

/** The question types whose options a phone shows in its own order (true/false stays True, False). */
export function hasPlayerOrder(type: string): boolean {
  return type === 'single' || type === 'multiple' || type === 'poll'
}
