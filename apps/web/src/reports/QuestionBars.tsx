import type { ReportQuestion } from '@cirrus/protocol'

interface Bar {
  label: string
  count: number
  kind: 'right' | 'wrong' | 'none' | 'poll'
}

/** How the room answered one question: a bar per option (the right ones green), and those who did not answer. */
export function QuestionBars({ question: q }: { question: ReportQuestion }) {
  const bars: Bar[] = q.options.length
    ? q.options.map((o) => ({ label: o.text, count: o.picks, kind: !q.scored ? 'poll' : o.correct ? 'right' : 'wrong' }))
    : [
        { label: 'Right', count: q.rightCount, kind: 'right' },
        { label: 'Wrong', count: q.wrongCount, kind: 'wrong' },
      ]
  bars.push({ label: 'No answer', count: q.asked - q.answered, kind: 'none' })
  const most = Math.max(1, q.asked)
  const words = bars.map((b) => `${b.label}: ${b.count}${b.kind === 'right' && q.options.length ? ' (right)' : ''}`).join(', ')
  return (
    <ul class="answer-bars" role="img" aria-label={`How ${q.asked} players answered. ${words}`}>
      {bars.map((b, i) => (
        <li key={i} class={`answer-bar bar-${b.kind}`} aria-hidden="true">
          <span class="answer-bar-label">
            {b.kind === 'right' && q.options.length > 0 && <span class="bar-right-mark">✓ </span>}
            {b.label}
          </span>
          <span class="answer-bar-track">
            <span class="answer-bar-fill" style={{ width: `${(100 * b.count) / most}%` }} />
          </span>
          <span class="answer-bar-count">{b.count}</span>
        </li>
      ))}
    </ul>
  )
}
