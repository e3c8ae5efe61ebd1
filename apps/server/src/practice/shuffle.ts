import { shownOrder, shuffled, type PlayedQuestion } from '@cirrus/game'
import type { Choice } from '@cirrus/protocol'
import type { Question } from '@cirrus/questions'

/**
 * The order a question's options are shown in: shown position i holds the question's option `order[i]`. Drawn
 * each time practice serves a question and for each question of an exam, kept with the session or the exam item,
 * so that answers (sent by shown position) are mapped back to the question's own options on the server, and a
 * learner never learns a key by its position. Choices are stored in the question's own order.
 *
 * An ordering question's items are dealt the same way, with the game's rule (never the right order itself); the
 * order is then the game's `shownOrder`, and the answer (the items as shown, first to last) is graded by the game's
 * rule against it, as in a live game.
 */
export type OptionOrder = readonly number[]

/** A fresh order for multiple choice, multiple response and ordering; null (as written) for true/false, typed and number. */
export function drawOptionOrder(question: Question, random: () => number): number[] | null {
  if (question.type === 'ordering') return shownOrder(question.options.length, random)
  if (question.type !== 'single' && question.type !== 'multiple') return null
  return shuffled(
    question.options.map((_, i) => i),
    random,
  )
}

/** The order if it still fits the question (the bank may have changed its options since), else null. */
export function usableOrder(order: OptionOrder | null, question: Question): OptionOrder | null {
  if (!order || order.length !== question.options.length) return null
  const seen = new Set(order)
  return seen.size === order.length && order.every((i) => Number.isInteger(i) && i >= 0 && i < order.length) ? order : null
}

/**
 * The question as shown (grading and answer keys of this copy are by shown position): its options in the shown
 * order; an ordering question keeps its items in the right order and carries the dealt order as the game's
 * `shownOrder`.
 */
export function asShown(question: Question, order: OptionOrder | null): PlayedQuestion {
  const fit = usableOrder(order, question)
  // Items never go out in their right order: without a usable order (the bank changed them), a rotation.
  if (question.type === 'ordering') return { ...question, shownOrder: fit ? [...fit] : question.options.map((_, i) => (i + 1) % question.options.length) }
  return fit ? { ...question, options: fit.map((i) => question.options[i]!) } : question
}

/** A choice by shown position → the same choice by the question's own option numbers. */
export function toQuestionOrder<C extends Choice>(choice: C, order: OptionOrder | null): C {
  if (!('options' in choice) || !order) return choice
  return { options: choice.options.map((i) => order[i] ?? i).sort((a, b) => a - b) } as C
}

/** A choice by the question's own option numbers → by shown position. */
export function toShownOrder<C extends Choice>(choice: C, order: OptionOrder | null): C {
  if (!('options' in choice) || !order) return choice
  return { options: choice.options.map((i) => (order.includes(i) ? order.indexOf(i) : i)).sort((a, b) => a - b) } as C
}

export function parseOrder(json: string | null): number[] | null {
  if (!json) return null
  const value: unknown = JSON.parse(json)
  return Array.isArray(value) && value.every((i) => Number.isInteger(i)) ? (value as number[]) : null
}
