import { GameSettingsSchema, type GameSettings, type GameSettingsInput } from '@cirrus/protocol'
import type { Question } from '@cirrus/questions'
import { createGame } from './create.ts'
import { reduce } from './reduce.ts'
import type { GameEvent, GameState, ReduceResult } from './types.ts'

/** A tiny quiz for the engine's tests: one question of each type, then a warm-up worth no points. */
export const QUIZ: Question[] = [
  q({ id: 'q-single', type: 'single', options: [opt('Tokyo'), opt('Paris', true), opt('Rome'), opt('Lima')] }),
  q({ id: 'q-multi', type: 'multiple', options: [opt('Red', true), opt('Green'), opt('Blue', true), opt('Cheese')] }),
  q({ id: 'q-tf', type: 'truefalse', options: [opt('True'), opt('False', true)] }),
  q({ id: 'q-text', type: 'text', options: [opt('Mont Blanc', true), opt('Monte Bianco', true)] }),
  q({ id: 'q-zero', type: 'single', points: 0, options: [opt('Yes', true), opt('No')] }),
]

function opt(text: string, correct = false) {
  return { text, correct }
}

function q(partial: Pick<Question, 'id' | 'type' | 'options'> & Partial<Question>): Question {
  return { prompt: `Prompt of ${partial.id}`, explanation: `Because ${partial.id}.`, difficulty: 'medium', timeLimitSec: 20, points: 1000, ...partial }
}

export function settings(overrides: GameSettingsInput = {}): GameSettings {
  // No get-ready unless a test asks: the rules' tests answer as soon as a question opens (get-ready.test.ts has its own).
  return GameSettingsSchema.parse({ getReadySec: 0, ...overrides })
}

export const T0 = 1_000_000

export function newGame(overrides: GameSettingsInput = {}, questions: Question[] = QUIZ, seed = 42): GameState {
  return createGame({ pin: '123456', quizTitle: 'Tiny quiz', questions, settings: settings(overrides), seed })
}

/** Applies an event that must be accepted; throws with the refusal otherwise. */
export function apply(state: GameState, event: GameEvent, now: number): Extract<ReduceResult, { ok: true }> {
  const result = reduce(state, event, now)
  if (!result.ok) throw new Error(`${event.type} refused: ${result.error} ${result.message}`)
  return result
}

/** Applies events in order, all at the same time. */
export function applyAll(state: GameState, events: GameEvent[], now: number): GameState {
  return events.reduce((s, e) => apply(s, e, now).state, state)
}

export function join(...ids: string[]): GameEvent[] {
  return ids.map((id) => ({ type: 'join', playerId: id, nickname: `Nick ${id}` }))
}

/** A game with these players, started at T0 (question 0 open). */
export function started(ids: string[] = ['a', 'b'], overrides: GameSettingsInput = {}, questions: Question[] = QUIZ): GameState {
  return apply(applyAll(newGame(overrides, questions), join(...ids), T0), { type: 'start' }, T0).state
}

export function pick(playerId: string, questionIndex: number, options: number[], rttMs = 0): GameEvent {
  return { type: 'answer', playerId, questionIndex, choice: { options }, rttMs }
}

export function typed(playerId: string, questionIndex: number, text: string, rttMs = 0): GameEvent {
  return { type: 'answer', playerId, questionIndex, choice: { text }, rttMs }
}

/** Freezes a state deeply, so that any mutation by the reducer throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}
