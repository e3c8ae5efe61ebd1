export * from './model.ts'
export { starterQuiz } from './starter.ts'
export { builtinQuizzes } from './builtin.ts'
