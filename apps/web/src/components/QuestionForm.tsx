import { DIFFICULTIES, LIMITS, QUESTION_TYPES, TIME_LIMIT_SEC, type QuestionType } from '@cirrus/questions/model'
import { formatNumber } from '../i18n/i18n.ts'
import { problemsAt, type EditorProblem } from '../library/problems.ts'
import { m, typeLabel } from '../library/words.ts'
import type { NumberDraft, QuestionDraft, QuizEditor } from '../models/quiz-editor.ts'
import { Shape, shapeOf } from './shapes.tsx'
import { ImageField } from './ImageField.tsx'

function FieldProblems({ id, messages }: { id: string; messages: string[] }) {
  if (!messages.length) return null
  return (
    <ul class="field-problems" id={id}>
      {messages.map((text, i) => (
        <li key={i}>{text}</li>
      ))}
    </ul>
  )
}

/** The legend of a question's answers, by its type. */
const LEGENDS: Record<Exclude<QuestionType, 'number'>, string> = {
  single: 'form.legend.single',
  truefalse: 'form.legend.single',
  multiple: 'form.legend.multiple',
  text: 'form.legend.text',
  ordering: 'form.legend.ordering',
  poll: 'form.legend.poll',
}

const numberValue = (value: string) => (value.trim() === '' ? NaN : Number(value))
const shown = (n: number) => (Number.isFinite(n) ? n : '')

/** A number question's accepted numbers and its slider. */
function NumberFields({ editor, index, draft, problems }: { editor: QuizEditor; index: number; draft: NumberDraft | undefined; problems: string[] }) {
  if (!draft) return null
  const set = (patch: Partial<NumberDraft>) => editor.setNumber(index, patch)
  const field = (label: string, value: number, patch: (n: number) => Partial<NumberDraft>, hint?: string) => (
    <label class="field">
      <span>{label}</span>
      <input type="text" inputMode="decimal" dir="ltr" value={shown(value)} onInput={(e) => set(patch(numberValue(e.currentTarget.value)))} placeholder={hint} />
    </label>
  )
  const setPartial = (i: number, patch: Partial<NumberDraft['partial'][number]>) => set({ partial: draft.partial.map((p, j) => (j === i ? { ...p, ...patch } : p)) })
  return (
    <fieldset class="answers-field number-fields">
      <legend>{m('number.legend')}</legend>
      <div class="field-row">
        <label class="check small">
          <input type="radio" name={`q${index}-number-mode`} checked={draft.mode === 'tolerance'} onChange={() => set({ mode: 'tolerance' })} />
          <span>{m('number.giveOrTake')}</span>
        </label>
        <label class="check small">
          <input type="radio" name={`q${index}-number-mode`} checked={draft.mode === 'range'} onChange={() => set({ mode: 'range' })} />
          <span>{m('number.range')}</span>
        </label>
      </div>
      <div class="field-row">
        {draft.mode === 'tolerance' ? (
          <>
            {field(m('number.right'), draft.value, (value) => ({ value }))}
            {field(m('number.tolerance'), draft.tolerance, (tolerance) => ({ tolerance: Number.isNaN(tolerance) ? 0 : tolerance }), '0')}
          </>
        ) : (
          <>
            {field(m('number.from'), draft.from, (from) => ({ from }))}
            {field(m('number.to'), draft.to, (to) => ({ to }))}
          </>
        )}
        <label class="field">
          <span>{m('number.unit')}</span>
          <input type="text" dir="auto" maxLength={20} value={draft.unit} onInput={(e) => set({ unit: e.currentTarget.value })} placeholder={m('number.unitHint')} />
        </label>
      </div>
      <ol class="answer-rows">
        {draft.partial.map((p, i) => {
          const n = formatNumber(i + 1)
          return (
            <li key={i} class="answer-row number-partial">
              <label class="field">
                <span>{m('number.also', { n })}</span>
                <input type="text" inputMode="decimal" dir="ltr" value={shown(p.value)} onInput={(e) => setPartial(i, { value: numberValue(e.currentTarget.value) })} />
              </label>
              <label class="field">
                <span>± </span>
                <input type="text" inputMode="decimal" dir="ltr" aria-label={m('number.alsoTolerance', { n })} value={shown(p.tolerance)} onInput={(e) => setPartial(i, { tolerance: numberValue(e.currentTarget.value) || 0 })} />
              </label>
              <label class="field">
                <span>{m('number.share')}</span>
                <input type="text" inputMode="numeric" dir="ltr" aria-label={m('number.alsoShare', { n })} value={shown(p.creditPercent)} onInput={(e) => setPartial(i, { creditPercent: numberValue(e.currentTarget.value) })} />
              </label>
              <button type="button" class="button ghost small" aria-label={m('number.alsoRemove', { n })} onClick={() => set({ partial: draft.partial.filter((_, j) => j !== i) })}>
                {m('form.remove')}
              </button>
            </li>
          )
        })}
      </ol>
      <button type="button" class="button secondary small" onClick={() => set({ partial: [...draft.partial, { value: NaN, tolerance: 0, creditPercent: 50 }] })}>
        {m('number.addPartial')}
      </button>
      <p class="muted">{m('number.slider')}</p>
      <div class="field-row">
        {field(m('number.sliderFrom'), draft.min, (min) => ({ min }))}
        {field(m('number.sliderTo'), draft.max, (max) => ({ max }))}
        {field(m('number.step'), draft.step, (step) => ({ step }), '1')}
      </div>
      <FieldProblems id={`q${index}-number-problems`} messages={problems} />
    </fieldset>
  )
}

/** Every field of one question, with its problems beside it as the teacher types. */
export function QuestionForm({ editor, index, question, problems }: { editor: QuizEditor; index: number; question: QuestionDraft; problems: EditorProblem[] }) {
  const q = question
  const id = (field: string) => `q${index}-${field}`
  const invalid = (messages: string[]) => (messages.length ? 'true' : undefined)
  const at = (...path: (string | number)[]) => problemsAt(problems, ...path)
  const promptProblems = at('prompt')
  // The rules about the answers as a whole; one answer's problems show beside that answer.
  const optionsProblems = problemsAt(problems.filter((p) => p.path.length === 1), 'options')
  const timeProblems = at('timeLimitSec')
  const explanationProblems = at('explanation')
  const topicProblems = at('topic')
  const one = q.type === 'single' || q.type === 'truefalse'
  return (
    <div class="question-form">
      <h2>{m('form.heading', { n: formatNumber(index + 1) })}</h2>
      <label class="field">
        <span>{m('form.type')}</span>
        <select value={q.type} onChange={(e) => editor.setType(index, e.currentTarget.value as QuestionType)}>
          {QUESTION_TYPES.map((t) => (
            <option key={t} value={t}>
              {typeLabel(t)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{m('form.question')}</span>
        <textarea
          rows={3}
          dir="auto"
          maxLength={LIMITS.promptChars + 50}
          value={q.prompt}
          onInput={(e) => editor.update(index, { prompt: e.currentTarget.value })}
          aria-invalid={invalid(promptProblems)}
          aria-describedby={promptProblems.length ? id('prompt-problems') : undefined}
        />
      </label>
      <FieldProblems id={id('prompt-problems')} messages={promptProblems} />
      <ImageField label={m('image.picture')} add={m('image.add')} onQuestion image={q.image} onChange={(image) => editor.setImage(index, image)} problems={at('image')} />

      {q.type === 'number' ? (
        <NumberFields editor={editor} index={index} draft={q.number} problems={at('number')} />
      ) : (
        <fieldset class="answers-field" aria-describedby={optionsProblems.length ? id('options-problems') : undefined}>
          <legend>{m(LEGENDS[q.type])}</legend>
          <ol class="answer-rows">
            {q.options.map((o, i) => {
              const n = formatNumber(i + 1)
              const textProblems = problemsAt(problems.filter((p) => p.path[2] !== 'image'), 'options', i)
              // True and false are the model's own words: the editor shows them in the teacher's language.
              const text = q.type === 'truefalse' ? m(i === 0 ? 'form.true' : 'form.false') : o.text
              const name = q.type === 'text' ? m('form.accepted', { n }) : q.type === 'ordering' ? m('form.item', { n }) : m('form.answer', { n })
              return (
                <li key={i} class="answer-row">
                  {q.type !== 'text' && (
                    <span class={`answer-swatch tile-${shapeOf(i).colour}`} aria-hidden="true">
                      <Shape index={i} />
                    </span>
                  )}
                  <input
                    type="text"
                    dir="auto"
                    aria-label={name}
                    value={text}
                    readOnly={q.type === 'truefalse'}
                    maxLength={LIMITS.optionChars + 20}
                    onInput={(e) => editor.setOptionText(index, i, e.currentTarget.value)}
                    aria-invalid={invalid(textProblems)}
                  />
                  {q.type === 'ordering' && (
                    <span class="order-moves">
                      <button type="button" class="button ghost small" aria-label={m('form.itemUp', { n })} disabled={i === 0} onClick={() => editor.moveOption(index, i, -1)}>
                        ▲
                      </button>
                      <button type="button" class="button ghost small" aria-label={m('form.itemDown', { n })} disabled={i === q.options.length - 1} onClick={() => editor.moveOption(index, i, 1)}>
                        ▼
                      </button>
                    </span>
                  )}
                  {q.type !== 'text' && q.type !== 'ordering' && q.type !== 'poll' && (
                    <label class="right-mark">
                      <input type={one ? 'radio' : 'checkbox'} name={id('right')} checked={o.correct} onChange={(e) => editor.markRight(index, i, e.currentTarget.checked)} />
                      {/* Each names its option for a screen reader: ten controls all called "Right" say nothing. */}
                      <span>
                        {m('form.right')}
                        <span class="visually-hidden"> {m('form.rightAnswer', { answer: text.trim() || m('form.answer', { n }) })}</span>
                      </span>
                    </label>
                  )}
                  {q.type !== 'truefalse' && (
                    <button type="button" class="button ghost small" aria-label={m('form.removeAnswer', { n })} onClick={() => editor.removeOption(index, i)}>
                      {m('form.remove')}
                    </button>
                  )}
                  {(q.type === 'single' || q.type === 'multiple' || q.type === 'poll') && (
                    <ImageField label={m('form.answer', { n })} add={m('image.addTo', { n })} image={o.image} onChange={(image) => editor.setOptionImage(index, i, image)} problems={at('options', i, 'image')} />
                  )}
                  <FieldProblems id={id(`option-${i}-problems`)} messages={textProblems} />
                </li>
              )
            })}
          </ol>
          {q.type !== 'truefalse' && (
            <button type="button" class="button secondary small" onClick={() => editor.addOption(index)}>
              {m(q.type === 'text' ? 'form.addAccepted' : q.type === 'ordering' ? 'form.addItem' : 'form.addAnswer')}
            </button>
          )}
        </fieldset>
      )}
      <FieldProblems id={id('options-problems')} messages={optionsProblems} />

      <label class="field">
        <span>{m('form.explanation')}</span>
        <textarea rows={2} dir="auto" value={q.explanation} onInput={(e) => editor.update(index, { explanation: e.currentTarget.value })} aria-invalid={invalid(explanationProblems)} />
      </label>
      <FieldProblems id={id('explanation-problems')} messages={explanationProblems} />

      <div class="field-row">
        <label class="field">
          <span>{m('form.timeLimit')}</span>
          <input
            type="number"
            inputMode="numeric"
            min={TIME_LIMIT_SEC.min}
            max={TIME_LIMIT_SEC.max}
            value={Number.isFinite(q.timeLimitSec) ? q.timeLimitSec : ''}
            onInput={(e) => editor.update(index, { timeLimitSec: e.currentTarget.value === '' ? NaN : Number(e.currentTarget.value) })}
            aria-invalid={invalid(timeProblems)}
          />
        </label>
        <label class="field">
          <span>{m('form.points')}</span>
          <select value={String(q.points)} onChange={(e) => editor.update(index, { points: Number(e.currentTarget.value) as QuestionDraft['points'] })}>
            <option value="1000">{m('form.pointsStandard', { n: formatNumber(1000) })}</option>
            <option value="2000">{m('form.pointsDouble', { n: formatNumber(2000) })}</option>
            <option value="0">{m('form.pointsNone')}</option>
          </select>
        </label>
        <label class="field">
          <span>{m('form.difficulty')}</span>
          <select value={q.difficulty} onChange={(e) => editor.update(index, { difficulty: e.currentTarget.value as QuestionDraft['difficulty'] })}>
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d}>
                {m(`difficulty.${d}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{m('form.topic')}</span>
          <input type="text" dir="auto" value={q.topic} maxLength={100} onInput={(e) => editor.update(index, { topic: e.currentTarget.value })} aria-invalid={invalid(topicProblems)} placeholder={m('form.optional')} />
        </label>
      </div>
      <FieldProblems id={id('time-problems')} messages={[...timeProblems, ...topicProblems]} />
    </div>
  )
}
