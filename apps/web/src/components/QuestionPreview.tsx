import { useSignal } from '@preact/signals'
import type { PublicQuestion } from '@cirrus/protocol'
import { MultipleAnswer, SingleAnswer, TypedAnswer } from './AnswerButtons.tsx'
import { OptionGrid } from './Options.tsx'

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
          {question.type === 'text' ? <p class="typed-hint">Players type their answer on their device.</p> : <OptionGrid question={question} />}
          <figcaption class="muted">Big screen · {question.timeLimitMs / 1000} s · {question.points ? `${question.points.toLocaleString()} points` : 'no points'}</figcaption>
        </figure>
        <figure class="preview-phone play-screen" aria-label="Player's phone" inert>
          <div class="play-main">
            <div class="play-question">
              <h4 class={`play-prompt ${show ? '' : 'muted-prompt'}`}>{show ? question.prompt : question.type === 'text' ? 'Read the big screen, then type your answer' : 'Look at the big screen'}</h4>
              {question.type === 'text' ? (
                <TypedAnswer onAnswer={ignore} autoFocus={false} inputId="preview-typed-answer" />
              ) : question.type === 'multiple' ? (
                <MultipleAnswer options={question.options} pick={question.pick} show={show} index={0} onAnswer={ignore} />
              ) : (
                <SingleAnswer options={question.options} show={show} named={question.type === 'truefalse'} onAnswer={ignore} />
              )}
            </div>
          </div>
          <figcaption class="muted">Phone</figcaption>
        </figure>
      </div>
    </section>
  )
}
