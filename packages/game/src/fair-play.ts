import { hasPlayerOrder, isFriendlyName, joinPattern, joinWindow, playerOptionOrder, type Choice, type GameSettings } from '@cirrus/protocol'
import type { GameState, PlayedQuestion } from './types.ts'

/**
 * Fair play: options in each phone's own order, two-step join and friendly names. The pure functions both ends
 * share (the order, the pattern, the names) are in packages/protocol; what the game decides with them is here.
 */

/** Whether this game shows each phone the options in its own order (only with the question on the phones). */
export function perPlayerOrder(settings: Pick<GameSettings, 'optionsPerPlayer' | 'showQuestionOnPlayers'>): boolean {
  return settings.optionsPerPlayer && settings.showQuestionOnPlayers
}

/**
 * A (valid) choice as the game's question numbers its options: with options in each phone's own order, the player
 * sent positions on their screen, and position i showed option playerOptionOrder(...)[i].
 */
export function choiceAsPlayed(settings: GameSettings, question: PlayedQuestion, questionIndex: number, playerId: string, choice: Choice): Choice {
  if (!perPlayerOrder(settings) || !hasPlayerOrder(question.type) || !('options' in choice)) return choice
  const order = playerOptionOrder(playerId, questionIndex, question.options.length)
  return { options: choice.options.map((shown) => order[shown]!) }
}

/**
 * Whether a join may go on with this pattern. The pattern shown now or the one just before is accepted, so that a
 * player who tapped it as it changed is not refused.
 */
export function patternAccepted(state: Pick<GameState, 'settings' | 'joinSecret'>, pattern: readonly number[] | undefined, now: number): boolean {
  if (!state.settings.twoStepJoin) return true
  if (!state.joinSecret || !pattern) return false
  const window = joinWindow(now)
  return [window, window - 1].some((w) => sameShapes(joinPattern(state.joinSecret!, w), pattern))
}

function sameShapes(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}

/** Why a nickname is refused for a game of friendly names (one of its language's lists), or null. */
export function friendlyNameProblem(settings: Pick<GameSettings, 'friendlyNames' | 'language'>, nickname: string): string | null {
  return settings.friendlyNames && !isFriendlyName(nickname, settings.language) ? 'this game gives players a generated name: pick one of those offered' : null
}
