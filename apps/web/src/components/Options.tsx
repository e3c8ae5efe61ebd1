import type { NumberAnswer } from '@cirrus/questions/model'
import type { PhaseView, PublicQuestion } from '@cirrus/protocol'
import { Shape, shapeOf } from './shapes.tsx'
import { OptionPicture } from './Picture.tsx'
import { optionText, optionTexts } from './option-text.ts'
import { formatNumber, language, t } from '../i18n/i18n.ts'

/** The options of a question as the projector shows them: shape, colour and text; after the reveal, right or not. */
export function OptionGrid({ question, correct }: { question: PublicQuestion; correct?: number[] }) {
  const revealed = correct !== undefined
  const texts = optionTexts(question)
  return (
    <ul class={`option-grid n${question.options.length}`} aria-label={t('answer.label')}>
      {texts.map((text, i) => {
        const right = correct?.includes(i) ?? false
        return (
          <li key={i} class={`option tile-${shapeOf(i).colour} ${revealed ? (right ? 'right' : 'wrong') : ''} ${question.optionImages?.[i] ? 'with-picture' : ''}`}>
            <Shape index={i} />
            <OptionPicture image={question.optionImages?.[i]} />
            <span class="option-text" dir="auto">{text}</span>
            {revealed && <span class="option-mark" aria-label={t(right ? 'options.right' : 'options.wrong')}>{right ? '✓' : '✗'}</span>}
          </li>
        )
      })}
    </ul>
  )
}

/**
 * An ordering question's items as the big screen lists them: as the players got them while answering, in the right
 * order at the reveal.
 */
export function OrderList({ question, order }: { question: PublicQuestion; order?: number[] | undefined }) {
  const shown = order ?? question.options.map((_, i) => i)
  return (
    <ol class={`order-board ${order ? 'revealed' : ''}`} aria-label={t(order ? 'options.rightOrder' : 'options.toOrder')}>
      {shown.map((i, place) => (
        <li key={i} class={`order-board-item tile-${shapeOf(i).colour}`}>
          {order && <span class="order-place">{place + 1}</span>}
          <span class="option-text" dir="auto">{question.options[i]}</span>
        </li>
      ))}
    </ol>
  )
}

/** An accepted number in words: "4,806 m (± 10)", "2,850 km (± 300) (50% credit)", in the language's digits. */
export function describeNumber(a: NumberAnswer, unit?: string): string {
  const n = (x: number) => `${formatNumber(x)}${unit ? ` ${unit}` : ''}`
  const credit = a.credit < 1 ? ` ${t('options.credit', { percent: new Intl.NumberFormat(language.value, { style: 'percent' }).format(a.credit) })}` : ''
  return `${n(a.value)}${a.tolerance ? ` (± ${formatNumber(a.tolerance)})` : ''}${credit}`
}

/** Items as the language lists them: "A, B and C", or with `or` "A or B". */
export function listOf(items: string[], or = false): string {
  return new Intl.ListFormat(language.value, { type: or ? 'disjunction' : 'conjunction' }).format(items)
}

/** The right answer in words, for a reveal: the options, the accepted text, the order or the number. */
export function rightAnswerText(view: Extract<PhaseView, { phase: 'reveal' }>): string | undefined {
  const q = view.question
  if (q.type === 'text') return view.acceptedAnswers[0]
  if (q.type === 'ordering') return view.correctOrder?.map((i) => q.options[i]).join(' → ')
  if (q.type === 'number') return listOf(view.acceptedNumbers?.filter((a) => a.credit === 1).map((a) => describeNumber(a, q.number?.unit)) ?? [], true)
  return listOf(view.correctOptions.map((i) => optionText(q.type, q.options[i] ?? '')))
}

/**
 * How the room answered: one bar per option (a poll's votes, with no right one), right/wrong for typed answers, or
 * right / partly / wrong for ordering and number questions.
 */
export function AnswerChart({ question, counts, correct, caption }: { question: PublicQuestion; counts: number[]; correct: number[]; caption: string }) {
  const max = Math.max(1, ...counts)
  const graded = question.type === 'ordering' || question.type === 'number'
  const bars =
    question.type === 'text' || graded
      ? [
          { label: t('options.chartRight'), count: counts[0] ?? 0, right: true, shape: null, colour: 'green' },
          ...(graded ? [{ label: t('options.chartPartly'), count: counts[1] ?? 0, right: false, shape: null, colour: 'yellow' }] : []),
          { label: t('options.chartWrong'), count: counts[graded ? 2 : 1] ?? 0, right: false, shape: null, colour: 'red' },
        ]
      : optionTexts(question).map((text, i) => ({ label: text, count: counts[i] ?? 0, right: correct.includes(i), shape: i, colour: shapeOf(i).colour }))
  return (
    <figure class="chart">
      <figcaption class="chart-caption">{caption}</figcaption>
      <ul class="chart-bars">
        {bars.map((bar, i) => (
          <li key={i} class={`chart-bar tile-${bar.colour} ${bar.right ? 'right' : 'wrong'}`} aria-label={t(bar.right ? 'options.barRight' : 'options.bar', { label: bar.label, count: bar.count, n: formatNumber(bar.count) })}>
            <span class="chart-count" aria-hidden="true">
              {formatNumber(bar.count)}
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
