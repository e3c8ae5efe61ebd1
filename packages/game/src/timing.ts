import type { Question } from '@cirrus/questions'
import type { GameSettings } from '@cirrus/protocol'

/** Every duration of the game, with the time scale applied. */

export function timeLimitMs(question: Question, settings: GameSettings): number {
  return (question.timeLimitSec * 1000) / settings.timeScale
}

export function revealMs(settings: GameSettings): number {
  return (settings.revealSec * 1000) / settings.timeScale
}

export function leaderboardMs(settings: GameSettings): number {
  return (settings.leaderboardSec * 1000) / settings.timeScale
}
