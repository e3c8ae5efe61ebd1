import type { Question } from '@cirrus/questions'
import type { GameSettings } from '@cirrus/protocol'
import { mulberry32, shuffled } from './random.ts'
import { shownOrder } from './ordering.ts'
import { newTeams } from './teams.ts'
import type { GameState, PlayedQuestion } from './types.ts'

export interface CreateGameInput {
  pin: string
  quizTitle: string
  questions: readonly Question[]
  settings: GameSettings
  /** Seeds the shuffles: the same seed deals the same game. */
  seed: number
  /** With two-step join, the secret its pattern is drawn from: the server's own random token (fair-play.ts). */
  joinSecret?: string
}

/**
 * A new game in its lobby. The questions are fixed here, as they will be played: the settings' time limit and
 * points override each question's own, questions and options are shuffled if asked (never true/false or typed
 * answers' options), and the list is cut to the question count. An ordering question's items are always shown in an
 * order drawn here, never the right one (ordering.ts).
 */
export function createGame({ pin, quizTitle, questions, settings, seed, joinSecret }: CreateGameInput): GameState {
  if (questions.length === 0) throw new RangeError('a game needs at least one question')
  const random = mulberry32(seed)
  let played = questions.map((q) => withOverrides(q, settings))
  if (settings.shuffleQuestions) played = shuffled(played, random)
  if (settings.shuffleOptions) played = played.map((q) => (q.type === 'single' || q.type === 'multiple' || q.type === 'poll' ? { ...q, options: shuffled(q.options, random) } : q))
  if (settings.questionCount !== null) played = played.slice(0, settings.questionCount)
  played = played.map((q): PlayedQuestion => (q.type === 'ordering' ? { ...q, shownOrder: shownOrder(q.options.length, random) } : q))
  return {
    pin,
    quizTitle,
    settings,
    questions: played,
    phase: 'lobby',
    locked: false,
    index: -1,
    pausedAt: null,
    advanceAt: null,
    round: null,
    players: {},
    order: [],
    kicked: [],
    ...(settings.teams > 0 && { teams: newTeams(settings.teams, settings.language) }),
    ...(settings.twoStepJoin && { joinSecret: joinSecret ?? `seed-${seed}` }),
  }
}

function withOverrides(q: Question, settings: GameSettings): Question {
  return {
    ...q,
    options: q.options.map((o) => ({ ...o })),
    ...(q.number && { number: structuredClone(q.number) }),
    timeLimitSec: settings.timeLimitSec ?? q.timeLimitSec,
    points: settings.points ?? q.points,
  }
}
