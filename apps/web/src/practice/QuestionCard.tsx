import type { AnswerKey, Choice, PracticeQuestion } from '@cirrus/protocol'
import type { NumberAnswer as AcceptedNumber } from '@cirrus/questions'
import { NumberAnswer, OrderingAnswer } from '../components/AnswerButtons.tsx'
import { optionText } from '../components/option-text.ts'
import { topicTitle } from './topics.ts'
import { formatNumber, formatPercent, language, t } from '../i18n/i18n.ts'
import { counted, m } from './words.ts'
import './question-types.css'

/** After answering: the key by the positions shown, and how right the answer was (0 to 1) when the server said. */
export interface Reveal extends Pick<AnswerKey, 'correctOptions' | 'acceptedAnswers' | 'correctOrder' | 'acceptedNumbers'> {
  credit?: number
}

interface Props {
  question: PracticeQuestion
  choice: Choice | null
  onChange?: (choice: Choice | null) => void
  /** Enter in a number's box: answer at once (the page's Check). */
  onAnswer?: () => void
  /** After answering: which options were right, for colouring. */
  reveal?: Reveal | null
  /** Heading level context: "Question 3 of 65" etc. */
  label?: string
}

/**
 * The bank's words inside a sentence of the language on screen (an accepted answer), isolated as <bdi> would
 * (first strong isolate … pop): English inside Arabic keeps its own direction and does not reorder the sentence.
 */
const isolated = (text: string) => `\u2068${text}\u2069`

const picked = (choice: Choice | null): number[] => (choice && 'options' in choice ? choice.options : [])

/**
 * A practice or exam question: the prompt and its options to pick (or a box to type in, items to put in order, a
 * number to give), optionally revealed. Ordering and number questions use the phone's own controls (AnswerButtons).
 */
export function QuestionCard({ question, choice, onChange, onAnswer, reveal, label }: Props) {
  const locked = !onChange || !!reveal
  const selected = picked(choice)
  const pick = (i: number) => {
    if (locked) return
    if (question.type === 'multiple') {
      const next = selected.includes(i) ? selected.filter((x) => x !== i) : [...selected, i].sort((a, b) => a - b)
      onChange!(next.length ? { options: next } : null)
    } else onChange!({ options: [i] })
  }
  return (
    <section class="pq" aria-label={label ?? t('questionCard.question')}>
      <p class="pq-meta">
        {label && <span>{label}</span>}
        {question.topic && <span class="pq-topic" dir="auto">{topicTitle(question.topic)}</span>}
      </p>
      <h2 class="pq-prompt" dir="auto">{question.prompt}</h2>
      {question.type === 'multiple' && <p class="pq-hint">{question.pick ? t('questionCard.choose', { count: question.pick, n: formatNumber(question.pick) }) : t('questionCard.chooseAll')}</p>}
      {question.type === 'ordering' ? (
        reveal ? (
          <OrderRevealed items={question.options} choice={choice} reveal={reveal} />
        ) : locked ? (
          <ItemList items={question.options} order={question.options.map((_, i) => i)} />
        ) : (
          <div class="pq-controls">
            <OrderingAnswer items={question.options} index={0} onAnswer={() => undefined} onChange={onChange} />
          </div>
        )
      ) : question.type === 'number' ? (
        reveal ? (
          <NumberRevealed unit={question.number?.unit} choice={choice} accepted={reveal.acceptedNumbers ?? []} />
        ) : (
          !locked && (
            <div class="pq-controls">
              <NumberAnswer spec={question.number} index={0} onAnswer={() => onAnswer?.()} onChange={onChange} inputId="practice-number" />
            </div>
          )
        )
      ) : question.type === 'text' ? (
        <label class="field pq-text">
          <span>{t('questionCard.yourAnswer')}</span>
          <input
            type="text"
            value={choice && 'text' in choice ? choice.text : ''}
            disabled={locked}
            maxLength={200}
            autoComplete="off"
            onInput={(e) => {
              const text = (e.target as HTMLInputElement).value
              onChange?.(text.trim() ? { text } : null)
            }}
          />
          {reveal && <span class="pq-accepted">{t('questionCard.accepted', { answers: reveal.acceptedAnswers.map(isolated).join(', ') })}</span>}
        </label>
      ) : (
        <ul class="pq-options" role="list">
          {question.options.map((text, i) => {
            const isPicked = selected.includes(i)
            const isRight = reveal?.correctOptions.includes(i)
            const state = reveal ? (isRight ? 'right' : isPicked ? 'wrong' : 'other') : isPicked ? 'picked' : 'idle'
            return (
              <li key={i}>
                <button
                  type="button"
                  class={`pq-option pq-${state}`}
                  aria-pressed={isPicked}
                  disabled={locked && !reveal}
                  onClick={() => pick(i)}
                >
                  <span class="pq-mark" aria-hidden="true">
                    {reveal ? (isRight ? '✓' : isPicked ? '✗' : '') : question.type === 'multiple' ? (isPicked ? '☑' : '☐') : isPicked ? '●' : '○'}
                  </span>
                  <span class="pq-option-text" dir="auto">{optionText(question.type, text)}</span>
                  {reveal && isRight && <span class="visually-hidden"> {t('questionCard.rightAnswer')}</span>}
                  {reveal && isPicked && !isRight && <span class="visually-hidden"> {t('questionCard.yourPick')}</span>}
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}

/** Items as a numbered list in `order` (indexes of `items`); `marks` colours each place right or wrong, else all take `tone`. */
function ItemList({ items, order, marks, tone = 'other' }: { items: readonly string[]; order: readonly number[]; marks?: readonly boolean[] | undefined; tone?: 'right' | 'other' }) {
  return (
    <ol class="pq-options pq-order" role="list">
      {order.map((item, place) => {
        const mark = marks?.[place]
        return (
          <li key={item} class={`pq-option pq-${mark === undefined ? tone : mark ? 'right' : 'wrong'}`}>
            <span class="pq-mark" aria-hidden="true">
              {formatNumber(place + 1)}
            </span>
            <span class="pq-option-text" dir="auto">
              {items[item]}
            </span>
            {mark !== undefined && <span class="visually-hidden"> {m(mark ? 'order.inRun' : 'order.astray')}</span>}
          </li>
        )
      })}
    </ol>
  )
}

/**
 * The learner's order beside the right one. An item of the learner's order is marked right when it follows on, or
 * is followed on, as in the right order: the runs that earned the neighbouring pairs the server counted.
 */
function OrderRevealed({ items, choice, reveal }: { items: readonly string[]; choice: Choice | null; reveal: Reveal }) {
  const right = reveal.correctOrder ?? []
  const theirs = choice && 'order' in choice ? choice.order : null
  const place = (item: number) => right.indexOf(item)
  const follows = (p: number) => theirs !== null && p + 1 < theirs.length && place(theirs[p + 1]!) === place(theirs[p]!) + 1
  const marks = theirs?.map((_, p) => follows(p) || follows(p - 1))
  const pairs = items.length - 1
  return (
    <div class="pq-order-reveal">
      {theirs && (
        <div>
          <h3>{m('order.yours')}</h3>
          <ItemList items={items} order={theirs} marks={marks} />
          {reveal.credit !== undefined && <p class="pq-hint">{counted('order.pairs', Math.round(reveal.credit * pairs), { total: formatNumber(pairs) })}</p>}
        </div>
      )}
      <div>
        <h3>{m('order.right')}</h3>
        <ItemList items={items} order={right} tone="right" />
      </div>
    </div>
  )
}

/** The learner's number and the numbers accepted (a value, or a range for a tolerance), each with its unit. */
function NumberRevealed({ unit, choice, accepted }: { unit: string | undefined; choice: Choice | null; accepted: readonly AcceptedNumber[] }) {
  const withUnit = (text: string) => (unit ? `${text} ${unit}` : text)
  const one = (a: AcceptedNumber) => {
    const text = withUnit(a.tolerance ? m('number.between', { from: formatNumber(a.value - a.tolerance), to: formatNumber(a.value + a.tolerance) }) : formatNumber(a.value))
    return a.credit < 1 ? m('number.partCredit', { numbers: text, share: formatPercent(a.credit) }) : text
  }
  const full = accepted.filter((a) => a.credit >= 1)
  const partial = accepted.filter((a) => a.credit < 1)
  const list = new Intl.ListFormat(language.value, { type: 'disjunction' })
  return (
    <div class="pq-number-reveal">
      {choice && 'number' in choice && <p class="pq-number-yours">{m('number.yours', { number: withUnit(formatNumber(choice.number)) })}</p>}
      <p class="pq-accepted">{m('number.accepted', { numbers: list.format([...full, ...partial].map(one)) })}</p>
    </div>
  )
}
