import type { Choice, GameRules, GameSettings } from '@cirrus/protocol'
import { basePoints, grade, scores, streakBonus, type Score } from './scoring.ts'
import type { PlayedQuestion } from './types.ts'

/**
 * The scoring modes (settings.scoring, streakBonus, wrongPenalty) on top of scoring.ts's rules:
 * - 'speed' is Kahoot's rule (basePoints); 'accuracy' gives a right answer the question's full points, whenever it came;
 * - without the streak bonus, a run of right answers earns nothing extra;
 * - a wrong answer (answered, no credit) to a question that scores costs `wrongPenalty`, never more than the
 *   player's score: the points of the round are then negative, and the score settles at zero at the lowest.
 */
export interface ModeInput {
  question: PlayedQuestion
  choice: Choice
  elapsedMs: number
  /** The player's own time limit (extra time applied). */
  limitMs: number
  settings: Pick<GameSettings, 'scoring' | 'streakBonus' | 'wrongPenalty' | 'timeScale'>
  /** The player's streak and score as settled at the previous reveal. */
  streak: number
  score: number
}

export function scoreInMode({ question, choice, elapsedMs, limitMs, settings, streak, score }: ModeInput): Score {
  const { correct, credit } = grade(question, choice)
  if (!scores(question)) return { correct, credit, points: 0, streakBonus: 0 }
  if (credit === 0) {
    const penalty = Math.min(settings.wrongPenalty, Math.max(0, score))
    return { correct, credit, points: penalty > 0 ? -penalty : 0, streakBonus: 0 }
  }
  const bonus = correct && settings.streakBonus ? streakBonus(streak + 1) : 0
  const base = settings.scoring === 'accuracy' ? question.points : basePoints(question.points, elapsedMs, limitMs, settings.timeScale)
  return { correct, credit, points: Math.round(base * credit) + bonus, streakBonus: bonus }
}

/** The rules players are shown in the lobby. */
export function rulesOf(settings: GameSettings): GameRules {
  return { scoring: settings.scoring, streakBonus: settings.streakBonus, wrongPenalty: settings.wrongPenalty, teams: settings.teams, teamPick: settings.teamPick }
}
