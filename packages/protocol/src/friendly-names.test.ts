import { describe, expect, it } from 'vitest'
import { friendlyName, isFriendlyName } from './friendly-names.ts'
import { GAME_LANGUAGES, GAME_WORDS, type GameLanguage } from './game-language.ts'
import { NICKNAME, NicknameSchema } from './nicknames.ts'
import { CreateGameSchema, GameSettingsSchema, TeamNameSchema } from './payloads.ts'
import { TEAM_COLORS, teamNames } from './ways-to-play.ts'

/** Every name friendlyName can draw in a language: draws 0 .. pairs - 1 give each pair once. */
function everyName(language: GameLanguage): string[] {
  const { adjectives, animals } = GAME_WORDS[language]
  return Array.from({ length: adjectives.length * animals.length }, (_, n) => friendlyName(n, language))
}

describe.each(GAME_LANGUAGES)('friendly names in %s', (language) => {
  const { adjectives, animals } = GAME_WORDS[language]
  const names = everyName(language)

  it('has at least 1,000 names, every word once (ignoring case), each a single word', () => {
    expect(names.length).toBeGreaterThanOrEqual(1000)
    const words = [...adjectives, ...animals]
    expect(new Set(words.map((w) => w.toLocaleLowerCase(language))).size).toBe(words.length)
    for (const word of words) expect(word, word).toMatch(/^\p{L}+$/u)
    expect(new Set(names).size).toBe(names.length)
  })

  it('every name is a nickname as the server keeps it (unchanged by normalising, at most 20 characters)', () => {
    for (const name of names) {
      const parsed = NicknameSchema.safeParse(name)
      expect(parsed.success && parsed.data, name).toBe(name)
      expect([...name].length, name).toBeLessThanOrEqual(NICKNAME.max)
    }
  })

  it('accepts exactly the names it draws: all of its own, of another language only those it draws too', () => {
    for (const name of names) expect(isFriendlyName(name, language), name).toBe(true)
    const own = new Set(names)
    for (const other of GAME_LANGUAGES.filter((l) => l !== language)) {
      // "Panda Veloz" is Spanish and Portuguese alike; "Tapferer Fuchs" is not Spanish.
      for (const name of everyName(other)) expect(isFriendlyName(name, language), `${other} ${name}`).toBe(own.has(name))
    }
  })

  it('refuses the words in the wrong order, a third word, another case, and a typed name', () => {
    const [first, second] = names[0]!.split(' ') as [string, string]
    expect(isFriendlyName(`${second} ${first}`, language)).toBe(false)
    expect(isFriendlyName(`${names[0]} ${first}`, language)).toBe(false)
    expect(isFriendlyName(first, language)).toBe(false)
    if (names[0]!.toLowerCase() !== names[0]) expect(isFriendlyName(names[0]!.toLowerCase(), language)).toBe(false)
    expect(isFriendlyName('Ada Lovelace', language)).toBe(false)
  })

  it('names a team for every colour, each a team name as the host could type it', () => {
    const teams = teamNames(language)
    expect(teams).toHaveLength(TEAM_COLORS.length)
    expect(new Set(teams).size).toBe(teams.length)
    for (const team of teams) expect(TeamNameSchema.parse(team), team).toBe(team)
  })
})

describe('the game language', () => {
  it('puts the adjective where the language does', () => {
    expect(isFriendlyName('Brave Otter', 'en')).toBe(true)
    expect(isFriendlyName('Nutria Valiente', 'es')).toBe(true)
    expect(isFriendlyName('Loutre Agile', 'fr')).toBe(true)
    expect(isFriendlyName('Tapferer Fuchs', 'de')).toBe(true)
    expect(isFriendlyName('Lontra Valente', 'pt-BR')).toBe(true)
    expect(isFriendlyName('أسد شجاع', 'ar')).toBe(true)
  })

  it('refuses a Spanish name in an English game, and an English one in a Spanish game', () => {
    expect(isFriendlyName('Nutria Valiente', 'en')).toBe(false)
    expect(isFriendlyName('Brave Otter', 'es')).toBe(false)
  })

  it('is a setting of the create-game payload: one of the six codes, English unless said', () => {
    expect(GameSettingsSchema.parse({}).language).toBe('en')
    expect(CreateGameSchema.parse({ quizId: 'q' }).settings.language).toBe('en')
    for (const language of GAME_LANGUAGES) expect(GameSettingsSchema.parse({ language }).language).toBe(language)
    for (const language of ['it', 'ES', 'pt', 'en-GB', '', 7]) expect(GameSettingsSchema.safeParse({ language }).success, String(language)).toBe(false)
  })
})
