import type { Quiz } from './model.ts'
import { starterQuiz } from './starter.ts'

/** Every quiz that ships with Cirrus; the server loads them at start and updates them in place by id. */
export const builtinQuizzes: readonly Quiz[] = [starterQuiz]
