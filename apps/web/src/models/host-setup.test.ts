import { describe, expect, it } from 'vitest'
import { GameSettingsSchema } from '@cirrus/protocol'
import { gameSettings, SETUP_DEFAULTS, type SetupForm } from './host-setup.ts'

const form = (change: Partial<SetupForm>): SetupForm => ({ ...SETUP_DEFAULTS, ...change })

describe('the host setup form', () => {
  it('asks for the quiz’s own time, points and every question by default, with the get-ready and the speed rule', () => {
    const settings = gameSettings(SETUP_DEFAULTS)
    expect(settings).toMatchObject({ timeLimitSec: null, points: null, questionCount: null, getReadySec: 4, scoring: 'speed', streakBonus: true, wrongPenalty: 0, teams: 0 })
    expect(GameSettingsSchema.safeParse(settings).success).toBe(true)
  })

  it.each([
    ['a time, points and a count', form({ timeLimit: '30', points: '2000', questionCount: '5' }), { timeLimitSec: 30, points: 2000, questionCount: 5 }],
    ['no points', form({ points: '0' }), { points: 0 }],
    ['a count of zero as every question', form({ questionCount: '0' }), { questionCount: null }],
    ['teams and a wrong-answer cost', form({ teams: '3', teamPick: true, wrongPenalty: '250' }), { teams: 3, teamPick: true, wrongPenalty: 250 }],
    ['no get-ready', form({ getReady: '0' }), { getReadySec: 0 }],
  ])('turns %s into numbers', (_, choices, expected) => {
    expect(gameSettings(choices)).toMatchObject(expected)
  })

  it('puts the question on the phones when the host plays (no projector), and each phone’s own order only then', () => {
    expect(gameSettings(form({ optionsPerPlayer: true }))).toMatchObject({ showQuestionOnPlayers: false, optionsPerPlayer: false })
    expect(gameSettings(form({ optionsPerPlayer: true, hostPlays: true }))).toMatchObject({ showQuestionOnPlayers: true, optionsPerPlayer: true })
    expect(gameSettings(form({ optionsPerPlayer: true, showQuestionOnPlayers: true }))).toMatchObject({ showQuestionOnPlayers: true, optionsPerPlayer: true })
  })

  it('passes a time scale on for demos and tests', () => {
    expect(gameSettings(SETUP_DEFAULTS, 10).timeScale).toBe(10)
  })
})
