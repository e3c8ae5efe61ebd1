import { useSignal } from '@preact/signals'
import type { PublicQuestion } from '@cirrus/protocol'
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
  return (
    <section class="preview" aria-label="Preview">
      <div class="preview-head">
        <h3>Preview</h3>
        <label class="check small">
          <input type="checkbox" checked={show} onChange={(e) => (onPhones.value = e.currentTarget.checked)} />
          <span>Question on players' phones</span>
        </label>
      </div>
      <div class="preview-screens">
        <figure class="preview-projector" aria-label="Big screen">
          <p class="prompt">{question.prompt}</p>
          {question.type === 'text' || question.type === 'number' ? (
            <p class="typed-hint">Players {question.type === 'text' ? 'type their answer' : 'give a number'} on their device.</p>
          ) : question.type === 'ordering' ? (
            <OrderList question={question} />
          ) : (
            <OptionGrid question={question} />
          )}
          <figcaption class="muted">Big screen · {question.timeLimitMs / 1000} s · {question.points ? `${question.points.toLocaleString()} points` : 'no points'}</figcaption>
        </figure>
        <figure class="preview-phone play-screen" aria-label="Player's phone" inert>
          <div class="play-main">
            <div class="play-question">
              <h4 class={`play-prompt ${show ? '' : 'muted-prompt'}`}>{show ? question.prompt : phonePrompt(question.type)}</h4>
              <AnswerControls question={question} show={show} index={0} onAnswer={ignore} preview />
            </div>
          </div>
          <figcaption class="muted">Phone</figcaption>
        </figure>
      </div>
    </section>
  )
}
