import type { QuestionInput } from '../model.ts'

/** Options in the order written; a leading "*" marks a right one. */
const o = (...texts: string[]) => texts.map((t) => (t.startsWith('*') ? { text: t.slice(1), correct: true } : { text: t, correct: false }))

export const questions: QuestionInput[] = []
