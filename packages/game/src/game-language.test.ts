import { describe, expect, it } from 'vitest'
import { friendlyName, GAME_LANGUAGES, GAME_WORDS, type GameSettings } from '@cirrus/protocol'
import { nicknameKeys } from './nicknames.ts'
import { reduce } from './reduce.ts'
import { restoreGame } from './restore.ts'
import { newGame, T0 } from './test-fixtures.ts'
import type { GameState } from './types.ts'

/** The game's language (the host's): its teams' first names and the friendly names it accepts. */

const joins = (s: GameState, nickname: string) => {
  const r = reduce(s, { type: 'join', playerId: 'p', nickname }, T0)
  return r.ok ? 'accepted' : r.error
}

describe("a game's language", () => {
  it('names the teams in it, English unless the host said otherwise', () => {
    expect(newGame({ teams: 3 }).teams!.map((t) => t.name)).toEqual(['Red Rockets', 'Blue Whales', 'Green Geckos'])
    expect(newGame({ teams: 3, language: 'es' }).teams!.map((t) => t.name)).toEqual(['Cohetes Rojos', 'Ballenas Azules', 'Gecos Verdes'])
    expect(newGame({ teams: 8, language: 'ar' }).teams!.map((t) => [t.name, t.color])[0]).toEqual(['الصواريخ الحمراء', 'red'])
    expect(newGame({ teams: 2, language: 'de' }).teams!.map((t) => t.name)).toEqual(['Rote Raketen', 'Blaue Wale'])
  })

  it("takes friendly names from its own language's lists only", () => {
    const spanish = newGame({ friendlyNames: true, language: 'es' })
    expect(joins(spanish, 'Nutria Valiente')).toBe('accepted')
    expect(joins(spanish, 'Brave Otter')).toBe('nickname_invalid')
    expect(joins(spanish, 'Valiente Nutria')).toBe('nickname_invalid')
    const english = newGame({ friendlyNames: true })
    expect(joins(english, 'Brave Otter')).toBe('accepted')
    expect(joins(english, 'Nutria Valiente')).toBe('nickname_invalid')
    // Without friendly names a typed name in any language is a name like any other.
    expect(joins(newGame({ language: 'es' }), 'Brave Otter')).toBe('accepted')
  })

  it('survives a restart; a snapshot from before games had a language restores as English', () => {
    const spanish = newGame({ friendlyNames: true, language: 'es' })
    const restore = (snapshot: GameState) => restoreGame(snapshot, { players: [], answers: [], stoppedAt: T0, now: T0 })
    expect(restore(spanish).settings.language).toBe('es')
    const { language: _, ...before } = newGame({ friendlyNames: true }).settings
    const old = restore({ ...newGame({ friendlyNames: true }), settings: before as GameSettings })
    expect(old.settings.language).toBe('en')
    expect(joins(old, 'Brave Otter')).toBe('accepted')
  })

  it.each(GAME_LANGUAGES)('never counts two %s names as the same nickname', (language) => {
    const { adjectives, animals } = GAME_WORDS[language]
    const seen = new Map<string, string>()
    for (let n = 0; n < adjectives.length * animals.length; n++) {
      const name = friendlyName(n, language)
      for (const key of nicknameKeys(name)) {
        expect(seen.get(key) ?? name, `${name} looks like ${seen.get(key)}`).toBe(name)
        seen.set(key, name)
      }
    }
  })
})
