import { describe, expect, it } from 'vitest'
import { NO_ANSWERS, createGame, reduce, reduceBatch, type GameEvent, type GameState } from '@cirrus/game'
import { GameSettingsSchema } from '@cirrus/protocol'
import { starterQuiz } from '@cirrus/questions'
import { changedParts, coreJson, markWritten, restoredSnapshot, writtenParts, type SnapshotParts } from './snapshot.ts'

const T0 = 1_000_000

function step(state: GameState, event: GameEvent, now = T0): GameState {
  const result = reduce(state, event, now)
  if (!result.ok) throw new Error(result.message)
  return result.state
}

/** A game through its first round: lobby, joined, question open with one answer, reveal, leaderboard, next question. */
function gameThroughOneRound(): GameState[] {
  const lobby = createGame({ pin: '123456', quizTitle: starterQuiz.title, questions: starterQuiz.questions, settings: GameSettingsSchema.parse({}), seed: 7 })
  const joined = reduceBatch(lobby, [{ type: 'join', playerId: 'a', nickname: 'Ada "the first"' }, { type: 'join', playerId: 'b', nickname: 'Bo' }], T0).state
  const question = step(joined, { type: 'start' })
  const answered = reduceBatch(question, [{ type: 'answer', playerId: 'a', questionIndex: 0, choice: { options: [0] }, rttMs: 0, at: T0 + 2000 }], T0 + 2000).state
  const reveal = step(answered, { type: 'endAnswering' }, T0 + 3000)
  const leaderboard = step(reveal, { type: 'next' }, T0 + 4000)
  return [lobby, joined, question, answered, reveal, leaderboard, step(leaderboard, { type: 'next' }, T0 + 5000)]
}

/** What a restart reads back: the Game row's JSON and each part's latest row. */
function written(states: GameState[]): { core: string; parts: SnapshotParts; writes: string[] }[] {
  const done = writtenParts()
  const rows: SnapshotParts = {}
  return states.map((state) => {
    const parts = changedParts(state, done)
    for (const { part, json } of parts) rows[part] = json
    markWritten(state, done)
    return { core: coreJson(state), parts: { ...rows }, writes: parts.map((p) => p.part) }
  })
}

const plain = (value: unknown) => JSON.parse(JSON.stringify(value))

describe('a snapshot in parts', () => {
  it('reads back as the state itself, but the round answers (they are Answer rows)', () => {
    const states = gameThroughOneRound()
    written(states).forEach(({ core, parts }, i) => {
      const state = states[i]!
      const round = state.round && { ...state.round, answers: NO_ANSWERS }
      expect(restoredSnapshot(core, parts)).toEqual(plain({ ...state, round }))
    })
  })

  it('writes the questions once and the players only when they change', () => {
    const writes = written(gameThroughOneRound()).map((w) => w.writes)
    // lobby, joined, question, answered, reveal (new scores), leaderboard, next question
    expect(writes).toEqual([['questions', 'players'], ['players'], [], [], ['players'], [], []])
  })

  it('keeps the Game row small: no questions, players or answers in it', () => {
    const states = gameThroughOneRound()
    const core = coreJson(states[3]!)
    expect(core).not.toContain(starterQuiz.questions[0]!.prompt)
    expect(core).not.toContain('Ada')
    expect(core).not.toContain('"choice"')
    expect(core.length).toBeLessThan(1000)
  })

  it('restores a snapshot written before the parts existed, which holds them itself', () => {
    const answered = gameThroughOneRound()[3]!
    expect(restoredSnapshot(JSON.stringify(answered), {})).toEqual(plain(answered))
    const { questions: _, ...withoutQuestions } = answered
    expect(restoredSnapshot(JSON.stringify(withoutQuestions), { questions: JSON.stringify(answered.questions) })).toEqual(plain(answered))
  })
})
