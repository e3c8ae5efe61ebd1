import { useSignal } from '@preact/signals'
import { useEffect } from 'preact/hooks'
import type { Choice } from '@cirrus/protocol'
import { Shape, shapeOf } from './shapes.tsx'

/**
 * The phone's answer controls: one tap for a single answer, toggles and a submit button for several, a text box for
 * a typed answer. The player's screen sends the choice to the game; the quiz editor's preview shows the same
 * controls with `onAnswer` doing nothing, so a teacher sees exactly what players will see.
 */

/** The button's words: the option's text when the question is on the phone (or is true/false), else the shape's name. */
export const optionLabel = (text: string, i: number, show: boolean) => (show ? text : shapeOf(i).label)

/** One tap answers. True/false says "True" and "False" even when the question stays on the big screen. */
export function SingleAnswer({ options, show, named, onAnswer }: { options: string[]; show: boolean; named: boolean; onAnswer: (choice: Choice) => void }) {
  return (
    <div class={`answer-grid n${options.length} ${show ? 'with-text' : ''}`} role="group" aria-label="Answers">
      {options.map((text, i) => (
        <button key={i} type="button" class={`answer tile-${shapeOf(i).colour}`} onClick={() => onAnswer({ options: [i] })}>
          <Shape index={i} />
          <span class="answer-text">{optionLabel(text, i, show || named)}</span>
        </button>
      ))}
    </div>
  )
}

export function MultipleAnswer({ options, pick, show, index, onAnswer }: { options: string[]; pick?: number; show: boolean; index: number; onAnswer: (choice: Choice) => void }) {
  const picked = useSignal<number[]>([])
  useEffect(() => {
    picked.value = []
  }, [index])
  const toggle = (i: number) => {
    picked.value = picked.value.includes(i) ? picked.value.filter((x) => x !== i) : [...picked.value, i].sort((a, b) => a - b)
  }
  return (
    <div class="multiple">
      <p class="pick-hint">
        {pick ? `Pick ${pick}` : 'Pick all that apply'} · {picked.value.length} picked
      </p>
      <div class={`answer-grid n${options.length} ${show ? 'with-text' : ''}`} role="group" aria-label="Answers: pick one or more, then submit">
        {options.map((text, i) => {
          const on = picked.value.includes(i)
          return (
            <button key={i} type="button" class={`answer toggle tile-${shapeOf(i).colour} ${on ? 'on' : ''}`} aria-pressed={on} onClick={() => toggle(i)}>
              <Shape index={i} />
              <span class="answer-text">{optionLabel(text, i, show)}</span>
              <span class="toggle-mark" aria-hidden="true">
                {on ? '✓' : ''}
              </span>
            </button>
          )
        })}
      </div>
      <button type="button" class="button primary big submit" disabled={picked.value.length === 0} onClick={() => onAnswer({ options: picked.value })}>
        Submit {picked.value.length > 0 ? `${picked.value.length} ${picked.value.length === 1 ? 'answer' : 'answers'}` : ''}
      </button>
    </div>
  )
}

export function TypedAnswer({ onAnswer, autoFocus = true, inputId = 'typed-answer' }: { onAnswer: (choice: Choice) => void; autoFocus?: boolean; inputId?: string }) {
  const text = useSignal('')
  const submit = (event: Event) => {
    event.preventDefault()
    const value = text.value.trim()
    if (value) onAnswer({ text: value })
  }
  return (
    <form class="typed" onSubmit={submit}>
      <label for={inputId}>Your answer</label>
      <input id={inputId} autoComplete="off" autoCapitalize="off" spellcheck={false} maxLength={200} value={text.value} onInput={(e) => (text.value = e.currentTarget.value)} autoFocus={autoFocus} />
      <button type="submit" class="button primary big" disabled={!text.value.trim()}>
        Submit
      </button>
    </form>
  )
}
