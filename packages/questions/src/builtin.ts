import type { Quiz } from './model.ts'
import { starterQuiz } from './starter.ts'
import { bankQuizzes } from './bank/quizzes.ts'
import { moreWaysQuiz } from './pictures-quiz.ts'

/**
 * Every quiz that ships with Cirrus; the server loads them at start and updates them in place by id.
 * The starter, then one quiz per section of the AWS Cloud Practitioner bank and the mixed exam warm-up, and a short
 * quiz of the other question types (with a built-in picture).
 */
export const builtinQuizzes: readonly Quiz[] = [starterQuiz, ...bankQuizzes(), moreWaysQuiz]
