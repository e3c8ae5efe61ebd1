import type { Choice } from '@cirrus/protocol'
import type { Question } from '@cirrus/questions'

/**
 * The right answer to a question of the quiz, as a player would send it. An ordering question's answer is by the
 * items as the game shows them (`shown`, the question view's options); a poll's "right" answer is its first option.
 */
export function rightChoice(question: Question, shown: readonly string[] = question.options.map((o) => o.text)): Choice {
  if (question.type === 'text') return { text: question.options[0]!.text }
  if (question.type === 'ordering') return { order: question.options.map((o) => shown.indexOf(o.text)) }
  if (question.type === 'number') return { number: question.number!.answers.find((a) => a.credit === 1)!.value }
  if (question.type === 'poll') return { options: [0] }
  return { options: question.options.flatMap((o, i) => (o.correct ? [i] : [])) }
}

/** A wrong answer: the first wrong option, or a text no question accepts. */
export function wrongChoice(question: Question, shown: readonly string[] = question.options.map((o) => o.text)): Choice {
  if (question.type === 'text') return { text: 'definitely not this' }
  if (question.type === 'ordering') return { order: [...question.options].reverse().map((o) => shown.indexOf(o.text)) }
  if (question.type === 'number') {
    const widest = Math.max(...question.number!.answers.map((a) => Math.abs(a.value) + a.tolerance))
    return { number: widest * 2 + 1 }
  }
  if (question.type === 'poll') return { options: [question.options.length - 1] }
  return { options: [question.options.findIndex((o) => !o.correct)] }
}
