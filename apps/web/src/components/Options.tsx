import type { PublicQuestion } from '@cirrus/protocol'
import { Shape, shapeOf } from './shapes.tsx'

/** The options of a question as the projector shows them: shape, colour and text; after the reveal, right or not. */
export function OptionGrid({ question, correct }: { question: PublicQuestion; correct?: number[] }) {
  const revealed = correct !== undefined
  return (
    <ul class={`option-grid n${question.options.length}`} aria-label="Answers">
      {question.options.map((text, i) => {
        const right = correct?.includes(i) ?? false
        return (
          <li key={i} class={`option tile-${shapeOf(i).colour} ${revealed ? (right ? 'right' : 'wrong') : ''}`}>
            <Shape index={i} />
            <span class="option-text">{text}</span>
            {revealed && <span class="option-mark" aria-label={right ? 'right answer' : 'wrong answer'}>{right ? '✓' : '✗'}</span>}
          </li>
        )
      })}
    </ul>
  )
}

/** How the room answered: one bar per option (or right/wrong for typed answers), the right ones marked. */
export function AnswerChart({ question, counts, correct, caption }: { question: PublicQuestion; counts: number[]; correct: number[]; caption: string }) {
  const max = Math.max(1, ...counts)
  const bars =
    question.type === 'text'
      ? [
          { label: 'Right', count: counts[0] ?? 0, right: true, shape: null, colour: 'green' },
          { label: 'Wrong', count: counts[1] ?? 0, right: false, shape: null, colour: 'red' },
        ]
      : question.options.map((text, i) => ({ label: text, count: counts[i] ?? 0, right: correct.includes(i), shape: i, colour: shapeOf(i).colour }))
  return (
    <figure class="chart">
      <figcaption class="chart-caption">{caption}</figcaption>
      <ul class="chart-bars">
        {bars.map((bar, i) => (
          <li key={i} class={`chart-bar tile-${bar.colour} ${bar.right ? 'right' : 'wrong'}`} aria-label={`${bar.label}: ${bar.count} ${bar.count === 1 ? 'answer' : 'answers'}${bar.right ? ', right' : ''}`}>
            <span class="chart-count" aria-hidden="true">
              {bar.count}
            </span>
            <span class="chart-fill" style={{ height: `${(bar.count / max) * 100}%` }} aria-hidden="true" />
            <span class="chart-key" aria-hidden="true">
              {bar.shape !== null ? <Shape index={bar.shape} /> : bar.label}
              {bar.right && <span class="chart-tick">✓</span>}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  )
}
