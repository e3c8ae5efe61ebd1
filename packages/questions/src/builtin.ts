import type { Quiz } from './model.ts'
import { starterQuiz } from './starter.ts'
import { bankQuizzes } from './bank/quizzes.ts'

/**
 * Every quiz that ships with Cirrus; the server loads them at start and updates them in place by id.
 * The starter, then one quiz per section of the AWS Cloud Practitioner bank and the mixed exam warm-up.
 */
export const builtinQuizzes: readonly Quiz[] = [starterQuiz, ...bankQuizzes()]
