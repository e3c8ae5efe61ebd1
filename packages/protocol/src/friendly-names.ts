import { GAME_LANGUAGES, GAME_WORDS, type GameLanguage } from './game-language.ts'

/**
 * Friendly generated nicknames (an adjective and an animal), for games whose players should not type one. The phone
 * draws them from the lists of the game's language (GET /api/games/:pin says which); the server only accepts names
 * made of those words, so nobody types anything else. The lists are in game-words/, one file per language.
 */

/** How many times a player may ask for another name before joining. */
export const NAME_REROLLS = 2

/** The name for a draw `n` (any non-negative integer; the phone uses a random one), in a game's language. */
export function friendlyName(n: number, language: GameLanguage): string {
  const { adjectives, animals, adjectiveFirst } = GAME_WORDS[language]
  const i = Math.abs(Math.floor(n))
  const adjective = adjectives[i % adjectives.length]!
  const animal = animals[Math.floor(i / adjectives.length) % animals.length]!
  return adjectiveFirst ? `${adjective} ${animal}` : `${animal} ${adjective}`
}

const words = new Map(GAME_LANGUAGES.map((language) => [language, { adjectives: new Set(GAME_WORDS[language].adjectives), animals: new Set(GAME_WORDS[language].animals) }]))

/** Whether a nickname is one friendlyName could have drawn in this language (a name of another language is not). */
export function isFriendlyName(nickname: string, language: GameLanguage): boolean {
  const [first = '', second = '', ...rest] = nickname.split(' ')
  const lists = words.get(language)!
  const [adjective, animal] = GAME_WORDS[language].adjectiveFirst ? [first, second] : [second, first]
  return rest.length === 0 && lists.adjectives.has(adjective) && lists.animals.has(animal)
}
