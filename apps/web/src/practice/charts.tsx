import { EXAM, type ExamHistoryEntry } from '@cirrus/protocol'
import { formatNumber } from '../i18n/i18n.ts'
import { list, m } from './exam-words.ts'

/** A horizontal bar, 0..1, with its value in words beside it (the words are what a screen reader reads). */
export function Meter({ value, label, marker }: { value: number; label: string; marker?: number }) {
  const pct = Math.round(Math.max(0, Math.min(1, value)) * 100)
  const tone = value >= 0.7 ? 'good' : value >= 0.4 ? 'mid' : 'low'
  return (
    <span class="meter" role="img" aria-label={label}>
      <span class="meter-track">
        <span class={`meter-fill ${tone}`} style={{ width: `${pct}%` }} />
        {marker !== undefined && <span class="meter-marker" style={{ insetInlineStart: `${marker * 100}%` }} />}
      </span>
      <span class="meter-text" aria-hidden="true">
        {label}
      </span>
    </span>
  )
}

const W = 600
const H = 220
const PAD = { left: 44, right: 16, top: 14, bottom: 28 }

/**
 * Scaled scores of finished exams over time, on the 100-1000 scale, with the 700 pass line. Plain SVG, drawn left to
 * right in every language (its numbers in the language's digits); the words are its label.
 */
export function ScoreChart({ exams }: { exams: ExamHistoryEntry[] }) {
  const done = exams.filter((e) => e.scaledScore !== null)
  if (done.length === 0) return <p class="muted">{m('chart.none')}</p>
  const x = (i: number) => PAD.left + (done.length === 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (done.length - 1))
  const y = (score: number) => PAD.top + ((1000 - score) * (H - PAD.top - PAD.bottom)) / 900
  const path = done.map((e, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(e.scaledScore!).toFixed(1)}`).join(' ')
  const summary = list(done.map((e, i) => m(e.passed ? 'chart.attemptPassed' : 'chart.attempt', { n: formatNumber(i + 1), score: formatNumber(e.scaledScore!) })))
  return (
    <svg class="score-chart" dir="ltr" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={m('chart.label', { attempts: summary, pass: formatNumber(EXAM.passScore) })}>
      {[100, 400, 700, 1000].map((s) => (
        <g key={s}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(s)} y2={y(s)} class={s === EXAM.passScore ? 'pass-line' : 'grid-line'} />
          <text x={PAD.left - 6} y={y(s) + 4} text-anchor="end" class="axis">
            {formatNumber(s)}
          </text>
        </g>
      ))}
      <text x={W - PAD.right} y={y(EXAM.passScore) - 6} text-anchor="end" class="pass-label">
        {m('chart.passLine', { pass: formatNumber(EXAM.passScore) })}
      </text>
      <path d={path} class="score-line" />
      {done.map((e, i) => (
        <g key={e.id}>
          <circle cx={x(i)} cy={y(e.scaledScore!)} r={7} class={e.passed ? 'dot pass' : 'dot fail'} />
          <text x={x(i)} y={H - 8} text-anchor="middle" class="axis">
            {formatNumber(i + 1)}
          </text>
        </g>
      ))}
    </svg>
  )
}
