import { describe, expect, it } from 'vitest'
import { createGame, reduceBatch } from '@cirrus/game'
import { GameSettingsSchema } from '@cirrus/protocol'
import { starterQuiz } from '@cirrus/questions'
import { snapshotJson } from './journal.ts'

describe('snapshotJson', () => {
  it('reads back as the state itself, for the first state of a game and for later ones sharing its questions', () => {
    const lobby = createGame({ pin: '123456', quizTitle: starterQuiz.title, questions: starterQuiz.questions, settings: GameSettingsSchema.parse({}), seed: 7 })
    const joined = reduceBatch(lobby, [{ type: 'join', playerId: 'a', nickname: 'Ada "the first"' }], 1000).state
    expect(joined.questions).toBe(lobby.questions)
    for (const state of [lobby, joined]) expect(JSON.parse(snapshotJson(state))).toEqual(JSON.parse(JSON.stringify(state)))
  })
})
