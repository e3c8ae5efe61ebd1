import type { QuestionAsPlayed } from '../db/reports.ts'

/**
 * Answers in words, for people reading a report or a review: option texts rather than indexes, a typed answer as it
 * was typed, an ordering as its items first to last, a number with its unit.
 */

const ORDER_SEPARATOR = ' → '

/** What a player answered, in words. `choice` is the stored answer (option indexes as shown, text, order or number). */
export function describeAnswer(q: QuestionAsPlayed, choice: unknown): string {
  if (!choice || typeof choice !== 'object') return ''
  if ('text' in choice && typeof choice.text === 'string') return choice.text
  if ('number' in choice && typeof choice.number === 'number') return withUnit(q, choice.number)
  const shown = q.type === 'ordering' && q.shownOrder ? q.shownOrder.map((k) => q.options[k]) : q.options
  if ('order' in choice && Array.isArray(choice.order)) return choice.order.map((d: number) => shown[d]?.text ?? '?').join(ORDER_SEPARATOR)
  if ('options' in choice && Array.isArray(choice.options)) return choice.options.map((i: number) => q.options[i]?.text ?? '?').join(', ')
  return ''
}

/** The right answer in words: the right options, the accepted texts, the right order, the accepted numbers. */
export function rightAnswerOf(q: QuestionAsPlayed): string {
  switch (q.type) {
    case 'poll':
      return ''
    case 'text':
      return q.options.map((o) => o.text).join(' / ')
    case 'ordering':
      // The quiz lists an ordering question's items in their right order.
      return q.options.map((o) => o.text).join(ORDER_SEPARATOR)
    case 'number':
      return (q.number?.answers ?? []).map((a) => (a.tolerance ? `${withUnit(q, a.value)} (± ${a.tolerance})` : withUnit(q, a.value))).join(' / ')
    default:
      return q.options.filter((o) => o.correct).map((o) => o.text).join(', ')
  }
}

function withUnit(q: QuestionAsPlayed, value: number): string {
  return q.number?.unit ? `${value} ${q.number.unit}` : String(value)
}
