import type { Choice } from '@cirrus/protocol'
import type { Question } from '@cirrus/questions'

/** The right answer to a question of the quiz, as a player would send it. */
export function rightChoice(question: Question): Choice {
  if (question.type === 'text') return { text: question.options[0]!.text }
  return { options: question.options.flatMap((o, i) => (o.correct ? [i] : [])) }
}

/** A wrong answer: the first wrong option, or a text no question accepts. */
export function wrongChoice(question: Question): Choice {
  if (question.type === 'text') return { text: 'definitely not this' }
  return { options: [question.options.findIndex((o) => !o.correct)] }
}
