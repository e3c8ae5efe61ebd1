import type { ReportQuestion } from '@cirrus/protocol'
import { optionText } from '../components/option-text.ts'
import { formatNumber } from '../i18n/i18n.ts'
import { counted, m } from './words.ts'

interface Bar {
  label: string
  count: number
  kind: 'right' | 'wrong' | 'none' | 'poll'
  /** An option's text, as the teacher wrote it (in its own direction); else one of ours. */
  theirs: boolean
}

/** How the room answered one question: a bar per option (the right ones green), and those who did not answer. */
export function QuestionBars({ question: q }: { question: ReportQuestion }) {
  const bars: Bar[] = q.options.length
    ? q.options.map((o) => ({ label: optionText(q.type, o.text), count: o.picks, kind: !q.scored ? 'poll' : o.correct ? 'right' : 'wrong', theirs: true }))
    : [
        { label: m('bars.right'), count: q.rightCount, kind: 'right', theirs: false },
        { label: m('bars.wrong'), count: q.wrongCount, kind: 'wrong', theirs: false },
      ]
  bars.push({ label: m('bars.none'), count: q.asked - q.answered, kind: 'none', theirs: false })
  const most = Math.max(1, q.asked)
  const rightOption = (b: Bar) => b.kind === 'right' && q.options.length > 0
  const words = bars.map((b) => m(rightOption(b) ? 'bars.itemRight' : 'bars.item', { label: b.label, n: formatNumber(b.count) })).join(m('bars.separator'))
  return (
    <ul class="answer-bars" role="img" aria-label={counted('bars.label', q.asked, { bars: words })}>
      {bars.map((b, i) => (
        <li key={i} class={`answer-bar bar-${b.kind}`} aria-hidden="true">
          <span class="answer-bar-label">
            {rightOption(b) && <span class="bar-right-mark">✓ </span>}
            {b.theirs ? <bdi dir="auto">{b.label}</bdi> : b.label}
          </span>
          <span class="answer-bar-track">
            <span class="answer-bar-fill" style={{ width: `${(100 * b.count) / most}%` }} />
          </span>
          <span class="answer-bar-count">{formatNumber(b.count)}</span>
        </li>
      ))}
    </ul>
  )
}
