import { describe, expect, it } from 'vitest'
import { createGame, reduceBatch } from '@cirrus/game'
import { GameSettingsSchema } from '@cirrus/protocol'
import { starterQuiz } from '@cirrus/questions'
import { restoredSnapshot, snapshotJson } from './journal.ts'

describe('snapshotJson', () => {
  it('reads back as the state itself with the questions written apart', () => {
    const lobby = createGame({ pin: '123456', quizTitle: starterQuiz.title, questions: starterQuiz.questions, settings: GameSettingsSchema.parse({}), seed: 7 })
    const joined = reduceBatch(lobby, [{ type: 'join', playerId: 'a', nickname: 'Ada "the first"' }], 1000).state
    expect(joined.questions).toBe(lobby.questions)
    const questions = JSON.stringify(lobby.questions)
    for (const state of [lobby, joined]) {
      expect(snapshotJson(state)).not.toContain(starterQuiz.questions[0]!.prompt)
      expect(restoredSnapshot(snapshotJson(state), questions)).toEqual(JSON.parse(JSON.stringify(state)))
    }
    // A snapshot written before questionsJson existed holds its questions.
    expect(restoredSnapshot(JSON.stringify(joined), null)).toEqual(JSON.parse(JSON.stringify(joined)))
  })
})
