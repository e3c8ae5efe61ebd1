import { ar } from './game-words/ar.ts'
import { de } from './game-words/de.ts'
import { en } from './game-words/en.ts'
import { es } from './game-words/es.ts'
import { fr } from './game-words/fr.ts'
import { ptBR } from './game-words/pt-BR.ts'

/**
 * The languages a game can be played in: the web app's six. A game has one, the host's: the language of the host's
 * screen when the game was created (docs/protocol.md, *Ways to play*). The words the game makes up itself, its
 * teams' first names and its players' friendly names, are in that language, so that they are the same on the
 * projector and on every phone whatever language each phone shows ("Nutria Valiente" on a Spanish class's
 * leaderboard, on the English-speaking phone too).
 */
export const GAME_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt-BR', 'ar'] as const
export type GameLanguage = (typeof GAME_LANGUAGES)[number]

/** The words a game makes up, in one language. */
export interface GameWords {
  /** Friendly names: any adjective goes with any animal, so every pair must read right (its file says how). */
  adjectives: readonly string[]
  animals: readonly string[]
  /** "Brave Otter" (true) or "Nutria Valiente" (false): where the language puts the adjective. */
  adjectiveFirst: boolean
  /** The names teams start with, one per colour of TEAM_COLORS, in its order. */
  teams: readonly string[]
}

export const GAME_WORDS: Readonly<Record<GameLanguage, GameWords>> = { en, es, fr, de, 'pt-BR': ptBR, ar }
