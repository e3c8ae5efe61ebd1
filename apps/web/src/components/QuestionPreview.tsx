import { useSignal } from '@preact/signals'
import type { PublicQuestion } from '@cirrus/protocol'
import { formatNumber } from '../i18n/i18n.ts'
import { m } from '../library/words.ts'
import { AnswerControls, phonePrompt } from './AnswerButtons.tsx'
import { OptionGrid, OrderList } from './Options.tsx'

const ignore = () => {}

/**
 * How a question will look in a game: the big screen (prompt and coloured options) and a player's phone, drawn
 * with the same components as the real screens. Tapping in the preview does nothing.
 */
export function QuestionPreview({ question }: { question: PublicQuestion }) {
  const onPhones = useSignal(false)
  const show = onPhones.value
  const seconds = question.timeLimitMs / 1000
  return (
    <section class="preview" aria-label={m('preview.title')}>
      <div class="preview-head">
        <h3>{m('preview.title')}</h3>
        <label class="check small">
          <input type="checkbox" checked={show} onChange={(e) => (onPhones.value = e.currentTarget.checked)} />
          <span>{m('preview.onPhones')}</span>
        </label>
      </div>
      <div class="preview-screens">
        <figure class="preview-projector" aria-label={m('preview.bigScreen')}>
          <p class="prompt" dir="auto">
            {question.prompt}
          </p>
          {question.type === 'text' || question.type === 'number' ? (
            <p class="typed-hint">{m(question.type === 'text' ? 'preview.typed' : 'preview.number')}</p>
          ) : question.type === 'ordering' ? (
            <OrderList question={question} />
          ) : (
            <OptionGrid question={question} />
          )}
          <figcaption class="muted">
            {m('preview.caption', {
              seconds: m('preview.seconds', { count: seconds, n: formatNumber(seconds) }),
              points: question.points ? m('preview.points', { count: question.points, n: formatNumber(question.points) }) : m('preview.noPoints'),
            })}
          </figcaption>
        </figure>
        <figure class="preview-phone play-screen" aria-label={m('preview.phoneLabel')} inert>
          <div class="play-main">
            <div class="play-question">
              <h4 class={`play-prompt ${show ? '' : 'muted-prompt'}`} dir={show ? 'auto' : undefined}>
                {show ? question.prompt : phonePrompt(question.type)}
              </h4>
              <AnswerControls question={question} show={show} index={0} onAnswer={ignore} preview />
            </div>
          </div>
          <figcaption class="muted">{m('preview.phone')}</figcaption>
        </figure>
      </div>
    </section>
  )
}
