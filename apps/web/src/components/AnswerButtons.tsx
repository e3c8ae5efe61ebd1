import { useSignal } from '@preact/signals'
import { useEffect, useRef } from 'preact/hooks'
import { LIMITS } from '@cirrus/questions/model'
import type { Choice, PublicImage, PublicNumber, PublicQuestion } from '@cirrus/protocol'
import { OptionPicture } from './Picture.tsx'
import { Shape, shapeOf } from './shapes.tsx'
import { optionTexts } from './option-text.ts'
import './answers.css'
import { formatNumber, t } from '../i18n/i18n.ts'

/**
 * The phone's answer controls: one tap for a single answer, toggles and a submit button for several, a text box for
 * a typed answer. The player's screen sends the choice to the game; the quiz editor's preview shows the same
 * controls with `onAnswer` doing nothing, so a teacher sees exactly what players will see.
 */

/** The button's words: the option's text when the question is on the phone (or is true/false), else the shape's name. */
export const optionLabel = (text: string, i: number, show: boolean) => (show ? text : t(`shapes.${shapeOf(i).name}`))

/** One tap answers. True/false says "True" and "False" (in the language on screen) even when the question stays on the big screen. */
export function SingleAnswer({ options, show, named, images, onAnswer }: { options: string[]; show: boolean; named: boolean; images?: (PublicImage | null)[] | undefined; onAnswer: (choice: Choice) => void }) {
  return (
    <div class={`answer-grid n${options.length} ${show ? 'with-text' : ''}`} role="group" aria-label={t('answer.label')}>
      {options.map((text, i) => (
        <button key={i} type="button" class={`answer tile-${shapeOf(i).colour}`} onClick={() => onAnswer({ options: [i] })}>
          <Shape index={i} />
          {show && <OptionPicture image={images?.[i]} />}
          <span class="answer-text" dir="auto">{optionLabel(text, i, show || named)}</span>
        </button>
      ))}
    </div>
  )
}

export function MultipleAnswer({ options, pick, show, index, images, onAnswer }: { options: string[]; pick?: number | undefined; show: boolean; index: number; images?: (PublicImage | null)[] | undefined; onAnswer: (choice: Choice) => void }) {
  const picked = useSignal<number[]>([])
  useEffect(() => {
    picked.value = []
  }, [index])
  const toggle = (i: number) => {
    picked.value = picked.value.includes(i) ? picked.value.filter((x) => x !== i) : [...picked.value, i].sort((a, b) => a - b)
  }
  // "Pick 2" takes exactly two: Submit waits for them, and says how many are still to pick or to drop.
  const count = picked.value.length
  const ready = pick ? count === pick : count > 0
  const status = !pick || count === pick ? t('answer.picked', { count }) : count < pick ? t('answer.morePick', { count: pick - count }) : t('answer.tooMany', { count: count - pick })
  return (
    <div class="multiple">
      <p class={`pick-hint ${ready ? 'complete' : ''}`} aria-live="polite">
        {pick ? t('answer.pick', { count: pick }) : t('answer.pickAll')} · {status}
      </p>
      <div class={`answer-grid n${options.length} ${show ? 'with-text' : ''}`} role="group" aria-label={t('answer.group')}>
        {options.map((text, i) => {
          const on = picked.value.includes(i)
          return (
            <button key={i} type="button" class={`answer toggle tile-${shapeOf(i).colour} ${on ? 'on' : ''}`} aria-pressed={on} onClick={() => toggle(i)}>
              <Shape index={i} />
              {show && <OptionPicture image={images?.[i]} />}
              <span class="answer-text" dir="auto">{optionLabel(text, i, show)}</span>
              <span class="toggle-mark" aria-hidden="true">
                {on ? '✓' : ''}
              </span>
            </button>
          )
        })}
      </div>
      <button type="button" class="button primary big submit" disabled={!ready} onClick={() => ready && onAnswer({ options: picked.value })}>
        {picked.value.length > 0 ? t('answer.submitCount', { count: picked.value.length }) : t('answer.submit')}
      </button>
    </div>
  )
}

export function TypedAnswer({ onAnswer, autoFocus = true, inputId = 'typed-answer' }: { onAnswer: (choice: Choice) => void; autoFocus?: boolean; inputId?: string | undefined }) {
  const text = useSignal('')
  // The autofocus attribute works only on a page's first load; a question that appears later is focused here.
  const box = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (autoFocus) box.current?.focus({ preventScroll: true })
  }, [autoFocus])
  const submit = (event: Event) => {
    event.preventDefault()
    const value = text.value.trim()
    if (value) onAnswer({ text: value })
  }
  return (
    <form class="typed" onSubmit={submit}>
      <label for={inputId}>{t('answer.yours')}</label>
      <input ref={box} id={inputId} autoComplete="off" autoCapitalize="off" spellcheck={false} maxLength={200} value={text.value} onInput={(e) => (text.value = e.currentTarget.value)} autoFocus={autoFocus} />
      <button type="submit" class="button primary big" disabled={!text.value.trim()}>
        {t('answer.submit')}
      </button>
    </form>
  )
}

/** Moves the item at `from` to `to`, the others keeping their order. */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const out = list.slice()
  const [item] = out.splice(from, 1)
  out.splice(to, 0, item!)
  return out
}

/**
 * Put the items in order: drag an item by its handle (mouse or finger), or move it with its up and down buttons,
 * which a keyboard and a screen reader reach (each says which item it moves, and the new place is announced). The
 * answer is the items' indexes as sent, first to last. With `onChange` (practice), each order is reported as it
 * changes and the page's own button sends it: no submit button here.
 */
export function OrderingAnswer({ items, index, onAnswer, submitLabel, onChange }: { items: string[]; index: number; onAnswer: (choice: Choice) => void; submitLabel?: string; onChange?: ((choice: Choice) => void) | undefined }) {
  const order = useSignal<number[]>(items.map((_, i) => i))
  const dragging = useSignal<number | null>(null)
  const said = useSignal('')
  useEffect(() => {
    order.value = items.map((_, i) => i)
  }, [index, items.length])
  useEffect(() => onChange?.({ order: order.value }), [order.value])
  const move = (from: number, to: number, announce = true) => {
    if (to < 0 || to >= order.value.length || from === to) return
    order.value = moved(order.value, from, to)
    if (announce) said.value = t('answer.movedTo', { item: items[order.value[to]!]!, place: to + 1, total: items.length })
  }
  // Pointer drag: the item follows the pointer across the rows' midpoints; it is captured so that a finger may leave the handle.
  const onPointerMove = (event: PointerEvent) => {
    const from = dragging.value
    if (from === null) return
    const rows = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('.order-item')]
    const to = rows.findIndex((row) => {
      const box = row.getBoundingClientRect()
      return event.clientY >= box.top && event.clientY <= box.bottom
    })
    if (to >= 0 && to !== from) {
      move(from, to, false)
      dragging.value = to
    }
  }
  const endDrag = () => {
    const at = dragging.value
    if (at !== null) said.value = t('answer.droppedAt', { item: items[order.value[at]!]!, place: at + 1, total: items.length })
    dragging.value = null
  }
  return (
    <div class="ordering">
      <p class="pick-hint">{t('answer.orderHint')}</p>
      <ol class="order-list" aria-label={t('answer.orderList')} onPointerMove={onPointerMove} onPointerUp={endDrag} onPointerCancel={endDrag}>
        {order.value.map((item, place) => (
          <li key={item} class={`order-item tile-${shapeOf(item).colour} ${dragging.value === place ? 'dragging' : ''}`}>
            <span
              class="order-handle"
              aria-hidden="true"
              onPointerDown={(e) => {
                e.preventDefault()
                ;(e.currentTarget.closest('.order-list') as HTMLElement | null)?.setPointerCapture?.(e.pointerId)
                dragging.value = place
              }}
            >
              ⠿
            </span>
            <span class="order-place" aria-hidden="true">
              {place + 1}
            </span>
            <span class="order-text" dir="auto">{items[item]}</span>
            <span class="order-moves">
              <button type="button" class="order-move" aria-label={t('answer.moveUp', { item: items[item]! })} disabled={place === 0} onClick={() => move(place, place - 1)}>
                ▲
              </button>
              <button type="button" class="order-move" aria-label={t('answer.moveDown', { item: items[item]! })} disabled={place === order.value.length - 1} onClick={() => move(place, place + 1)}>
                ▼
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p class="visually-hidden" role="status" aria-live="polite">
        {said.value}
      </p>
      {!onChange && (
        <button type="button" class="button primary big submit" onClick={() => onAnswer({ order: order.value })}>
          {submitLabel ?? t('answer.submitOrder')}
        </button>
      )}
    </div>
  )
}

/**
 * A number: typed, or picked on a slider when the question has one (the slider and the box stay in step). With
 * `onChange` (practice), the number is reported as it changes (null while it is not one) and the page's own button
 * sends it; Enter in the box still answers.
 */
export function NumberAnswer({ spec, index, onAnswer, inputId = 'number-answer', onChange }: { spec: PublicNumber | undefined; index: number; onAnswer: (choice: Choice) => void; inputId?: string | undefined; onChange?: ((choice: Choice | null) => void) | undefined }) {
  const slider = spec?.min !== undefined && spec.max !== undefined ? { min: spec.min, max: spec.max, step: spec.step ?? 1 } : null
  const start = slider ? String(snap((slider.min + slider.max) / 2, slider)) : ''
  const text = useSignal(start)
  useEffect(() => {
    text.value = start
  }, [index])
  const value = parseNumber(text.value)
  useEffect(() => onChange?.(value === null ? null : { number: value }), [value])
  const submit = (event: Event) => {
    event.preventDefault()
    if (value !== null) onAnswer({ number: value })
  }
  return (
    <form class="typed number-answer" onSubmit={submit}>
      <label for={inputId}>{spec?.unit ? t('answer.yourNumberUnit', { unit: spec.unit }) : t('answer.yourNumber')}</label>
      <input id={inputId} type="text" inputMode="decimal" autoComplete="off" value={text.value} onInput={(e) => (text.value = e.currentTarget.value)} aria-invalid={text.value.trim() !== '' && value === null ? 'true' : undefined} />
      {slider && (
        <div class="number-slider">
          <input
            type="range"
            min={slider.min}
            max={slider.max}
            step={slider.step}
            value={value ?? slider.min}
            aria-label={t('answer.numberRange', { min: slider.min, max: slider.max })}
            onInput={(e) => (text.value = e.currentTarget.value)}
          />
          <span class="number-ends" aria-hidden="true">
            <span>{slider.min}</span>
            <span>{slider.max}</span>
          </span>
        </div>
      )}
      {text.value.trim() !== '' && value === null && <p class="error">{t('answer.notNumber')}</p>}
      {!onChange && (
        <button type="submit" class="button primary big" disabled={value === null}>
          {value !== null ? t('answer.submitNumber', { number: `${formatNumber(value)}${spec?.unit ? ` ${spec.unit}` : ''}` }) : t('answer.submit')}
        </button>
      )}
    </form>
  )
}

/** A typed number: spaces and thousands commas are ignored, a comma alone is a decimal point (3,5). Null if not a number. */
export function parseNumber(text: string): number | null {
  let t = text.trim().replace(/\s+/g, '')
  if (!t) return null
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '')
  else if (/^-?\d+,\d+$/.test(t)) t = t.replace(',', '.')
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return null
  const n = Number(t)
  return Number.isFinite(n) && Math.abs(n) <= LIMITS.numberMagnitude ? n : null
}

function snap(n: number, { min, step }: { min: number; step: number }): number {
  return Number((min + Math.round((n - min) / step) * step).toFixed(10))
}

/** The phone's controls for any question: what Play and the editor's preview both show. */
export function AnswerControls({ question, show, index, onAnswer, preview = false }: { question: PublicQuestion; show: boolean; index: number; onAnswer: (choice: Choice) => void; preview?: boolean }) {
  const q = question
  switch (q.type) {
    case 'text':
      return <TypedAnswer onAnswer={onAnswer} autoFocus={!preview} inputId={preview ? 'preview-typed-answer' : undefined} />
    case 'multiple':
      return <MultipleAnswer options={q.options} pick={q.pick} show={show} index={index} images={q.optionImages} onAnswer={onAnswer} />
    case 'ordering':
      // The items' texts are always on the phone: nobody can put shapes in order.
      return <OrderingAnswer items={q.options} index={index} onAnswer={onAnswer} />
    case 'number':
      return <NumberAnswer spec={q.number} index={index} onAnswer={onAnswer} inputId={preview ? 'preview-number-answer' : undefined} />
    default:
      return <SingleAnswer options={optionTexts(q)} show={show} named={q.type === 'truefalse'} images={q.optionImages} onAnswer={onAnswer} />
  }
}

/** What the phone says while the question is on the big screen only. */
export function phonePrompt(type: PublicQuestion['type']): string {
  if (type === 'text' || type === 'number' || type === 'ordering' || type === 'poll') return t(`answer.prompt.${type}`)
  return t('play.lookAtScreen')
}
