import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { ErrorCode, NICKNAME, NICKNAME_RULE_ENGLISH, type NicknameRule } from '@cirrus/protocol'
import { setLanguage, t } from './i18n/i18n.ts'
import { describeError } from './messages.ts'

/** The live game's refusals and the nickname rules in the language on screen: by code, never the server's English. */

/** The codes the game's socket sends (the engine's, the room's and the edge's refusals). */
const GAME_CODES = [
  ErrorCode.InvalidPayload, ErrorCode.RateLimited, ErrorCode.GameNotFound, ErrorCode.GameOver, ErrorCode.QuizNotFound, ErrorCode.NotHost,
  ErrorCode.NotPlayer, ErrorCode.BadToken, ErrorCode.LobbyLocked, ErrorCode.GameFull, ErrorCode.NicknameTaken, ErrorCode.NicknameInvalid,
  ErrorCode.Kicked, ErrorCode.WrongPhase, ErrorCode.WrongQuestion, ErrorCode.TooLate, ErrorCode.AlreadyAnswered, ErrorCode.InvalidChoice,
  ErrorCode.NoPlayers, ErrorCode.Paused, ErrorCode.NotPaused, ErrorCode.PlayerNotFound, ErrorCode.StaleStep, ErrorCode.WrongPattern,
  ErrorCode.NoSuchTeam, ErrorCode.TeamPickOff, ErrorCode.SignInRequired,
] as const

describe('the live game’s refusals in words', () => {
  // setLanguage sets the page's lang and dir: a bare element stands for the page here.
  beforeAll(() => vi.stubGlobal('document', { documentElement: {} }))
  afterAll(async () => {
    await setLanguage('en', false)
    vi.unstubAllGlobals()
  })

  it('words every code the game sends by itself, in each language, without the server’s message', async () => {
    for (const code of ['en', 'es', 'fr', 'de', 'pt-BR', 'ar'] as const) {
      await setLanguage(code, false)
      const unknown = t('errors.unknown')
      for (const error of GAME_CODES) {
        const said = describeError({ code: error, message: 'THE SERVER’S ENGLISH' }, { pin: '123456' })
        expect(said, `${code} ${error}`).not.toMatch(/THE SERVER|errors\.|\{\{/)
        expect(said, `${code} ${error}`).not.toBe(unknown)
      }
      expect(describeError({ code: ErrorCode.Internal, message: 'something went wrong on the server; try again' })).toBe(unknown)
    }
  })

  it('says a nickname the server refused without its English reason', async () => {
    await setLanguage('es', false)
    expect(describeError({ code: ErrorCode.NicknameInvalid, message: 'please choose a different nickname' })).toBe('Ese apodo no se puede usar en esta partida. Elige otro.')
  })

  it('has words for every nickname rule, the English ones the server’s own', async () => {
    await setLanguage('en', false)
    for (const rule of Object.keys(NICKNAME_RULE_ENGLISH) as NicknameRule[]) {
      const max = rule === 'marks_stacked' ? NICKNAME.marksInARow : NICKNAME.max
      expect(t(`nickname.${rule}`, { max })).toBe(NICKNAME_RULE_ENGLISH[rule])
    }
  })
})
