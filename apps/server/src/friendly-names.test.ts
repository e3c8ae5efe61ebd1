import { describe, expect, it } from 'vitest'
import { friendlyName, GAME_LANGUAGES, GAME_WORDS, teamNames } from '@cirrus/protocol'
import { isOffensive } from './nicknames.ts'

/**
 * The nickname filter reads every nickname, friendly ones too (rooms/room.ts): a generated name it refused would
 * leave a player stuck on a name they did not choose. So no pair of any language's lists may read as a word of its
 * list, through its disguises (lookalike letters of other scripts, separators, short words joined).
 */
describe.each(GAME_LANGUAGES)('the nickname filter and the %s names', (language) => {
  it('lets every friendly name and every team name through', () => {
    const { adjectives, animals } = GAME_WORDS[language]
    const refused: string[] = []
    for (let n = 0; n < adjectives.length * animals.length; n++) {
      const name = friendlyName(n, language)
      if (isOffensive(name)) refused.push(name)
    }
    for (const team of teamNames(language)) if (isOffensive(team)) refused.push(team)
    expect(refused).toEqual([])
  })
})
