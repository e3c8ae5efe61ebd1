import type { Choice, PracticeQuestion } from '@cirrus/protocol'
import { topicTitle } from './topics.ts'
import { formatNumber, t } from '../i18n/i18n.ts'

export interface Reveal {
  correctOptions: number[]
  acceptedAnswers: string[]
}

interface Props {
  question: PracticeQuestion
  choice: Choice | null
  onChange?: (choice: Choice | null) => void
  /** After answering: which options were right, for colouring. */
  reveal?: Reveal | null
  /** Heading level context: "Question 3 of 65" etc. */
  label?: string
}

const picked = (choice: Choice | null): number[] => (choice && 'options' in choice ? choice.options : [])

/** A practice or exam question: the prompt and its options to pick (or a box to type in), optionally revealed. */
export function QuestionCard({ question, choice, onChange, reveal, label }: Props) {
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
        {question.topic && <span class="pq-topic">{topicTitle(question.topic)}</span>}
      </p>
      <h2 class="pq-prompt" dir="auto">{question.prompt}</h2>
      {question.type === 'multiple' && <p class="pq-hint">{question.pick ? t('questionCard.choose', { count: question.pick, n: formatNumber(question.pick) }) : t('questionCard.chooseAll')}</p>}
      {question.type === 'text' ? (
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
          {reveal && <span class="pq-accepted">{t('questionCard.accepted', { answers: reveal.acceptedAnswers.join(', ') })}</span>}
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
                  <span class="pq-option-text" dir="auto">{text}</span>
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
