import type { QuestionInput } from '../model.ts'

export const questions: QuestionInput[] = []
