import { DIFFICULTIES, LIMITS, TIME_LIMIT_SEC, type Problem, type QuestionType } from '@cirrus/questions/model'
import type { NumberDraft, QuestionDraft, QuizEditor } from '../models/quiz-editor.ts'
import { Shape, shapeOf } from './shapes.tsx'
import { ImageField } from './ImageField.tsx'

export const TYPE_LABELS: Record<QuestionType, string> = {
  single: 'Multiple choice (one right answer)',
  multiple: 'Multiple response (several right answers)',
  truefalse: 'True or false',
  text: 'Typed answer',
  ordering: 'Put in order (3 to 6 items)',
  poll: 'Poll (no right answer, no points)',
  number: 'Number (with a tolerance or a range)',
}

const FIELD_HINTS: Record<string, string> = {
  timeLimitSec: `the time limit is a whole number of seconds from ${TIME_LIMIT_SEC.min} to ${TIME_LIMIT_SEC.max}`,
}

/** The problems whose path starts with `path`, said in words (number fields get a hint rather than zod's wording). */
function at(problems: Problem[], ...path: (string | number)[]): string[] {
  // ['options'] alone means the rules about the answers as a whole; one answer's problems show beside that answer.
  const wholeOptions = path.length === 1 && path[0] === 'options'
  return problems
    .filter((p) => path.every((part, i) => p.path[i] === part) && (!wholeOptions || p.path.length === 1))
    .map((p) => FIELD_HINTS[String(p.path[0])] ?? p.message)
}

function FieldProblems({ id, messages }: { id: string; messages: string[] }) {
  if (!messages.length) return null
  return (
    <ul class="field-problems" id={id}>
      {messages.map((m, i) => (
        <li key={i}>{m}</li>
      ))}
    </ul>
  )
}

const LEGENDS: Partial<Record<QuestionType, string>> = {
  text: 'Accepted answers (case and accents do not matter)',
  ordering: 'Items, in the right order (players get them shuffled)',
  poll: 'Choices (a poll has no right answer)',
}

/** zod's words for an empty or non-numeric field, in a teacher's. */
const numberHint = (message: string) => (/expected number/.test(message) ? 'fill in every number: the right number, and any other you added (digits, such as 42 or 3.5)' : message)

const numberValue = (value: string) => (value.trim() === '' ? NaN : Number(value))
const shown = (n: number) => (Number.isFinite(n) ? n : '')

/** A number question's accepted numbers and its slider. */
function NumberFields({ editor, index, draft, problems }: { editor: QuizEditor; index: number; draft: NumberDraft | undefined; problems: string[] }) {
  if (!draft) return null
  const set = (patch: Partial<NumberDraft>) => editor.setNumber(index, patch)
  const field = (label: string, value: number, patch: (n: number) => Partial<NumberDraft>, hint?: string) => (
    <label class="field">
      <span>{label}</span>
      <input type="text" inputMode="decimal" value={shown(value)} onInput={(e) => set(patch(numberValue(e.currentTarget.value)))} placeholder={hint} />
    </label>
  )
  const setPartial = (i: number, patch: Partial<NumberDraft['partial'][number]>) => set({ partial: draft.partial.map((p, j) => (j === i ? { ...p, ...patch } : p)) })
  return (
    <fieldset class="answers-field number-fields">
      <legend>The right number</legend>
      <div class="field-row">
        <label class="check small">
          <input type="radio" name={`q${index}-number-mode`} checked={draft.mode === 'tolerance'} onChange={() => set({ mode: 'tolerance' })} />
          <span>A number, give or take</span>
        </label>
        <label class="check small">
          <input type="radio" name={`q${index}-number-mode`} checked={draft.mode === 'range'} onChange={() => set({ mode: 'range' })} />
          <span>Anything in a range</span>
        </label>
      </div>
      <div class="field-row">
        {draft.mode === 'tolerance' ? (
          <>
            {field('Right number', draft.value, (value) => ({ value }))}
            {field('Give or take (±)', draft.tolerance, (tolerance) => ({ tolerance: Number.isNaN(tolerance) ? 0 : tolerance }), '0')}
          </>
        ) : (
          <>
            {field('From', draft.from, (from) => ({ from }))}
            {field('To', draft.to, (to) => ({ to }))}
          </>
        )}
        <label class="field">
          <span>Unit</span>
          <input type="text" maxLength={20} value={draft.unit} onInput={(e) => set({ unit: e.currentTarget.value })} placeholder="optional, e.g. km" />
        </label>
      </div>
      <ol class="answer-rows">
        {draft.partial.map((p, i) => (
          <li key={i} class="answer-row number-partial">
            <label class="field">
              <span>Also accepted {i + 1}</span>
              <input type="text" inputMode="decimal" value={shown(p.value)} onInput={(e) => setPartial(i, { value: numberValue(e.currentTarget.value) })} />
            </label>
            <label class="field">
              <span>± </span>
              <input type="text" inputMode="decimal" aria-label={`Also accepted ${i + 1}: give or take`} value={shown(p.tolerance)} onInput={(e) => setPartial(i, { tolerance: numberValue(e.currentTarget.value) || 0 })} />
            </label>
            <label class="field">
              <span>% of the points</span>
              <input type="text" inputMode="numeric" aria-label={`Also accepted ${i + 1}: share of the points`} value={shown(p.creditPercent)} onInput={(e) => setPartial(i, { creditPercent: numberValue(e.currentTarget.value) })} />
            </label>
            <button type="button" class="button ghost small" aria-label={`Remove also accepted ${i + 1}`} onClick={() => set({ partial: draft.partial.filter((_, j) => j !== i) })}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button type="button" class="button secondary small" onClick={() => set({ partial: [...draft.partial, { value: NaN, tolerance: 0, creditPercent: 50 }] })}>
        Add a number worth part of the points
      </button>
      <p class="muted">A slider on the phones (optional; players can always type):</p>
      <div class="field-row">
        {field('Slider from', draft.min, (min) => ({ min }))}
        {field('Slider to', draft.max, (max) => ({ max }))}
        {field('Step', draft.step, (step) => ({ step }), '1')}
      </div>
      <FieldProblems id={`q${index}-number-problems`} messages={problems} />
    </fieldset>
  )
}

/** Every field of one question, with its problems beside it as the teacher types. */
export function QuestionForm({ editor, index, question, problems }: { editor: QuizEditor; index: number; question: QuestionDraft; problems: Problem[] }) {
  const q = question
  const id = (field: string) => `q${index}-${field}`
  const invalid = (messages: string[]) => (messages.length ? 'true' : undefined)
  const promptProblems = at(problems, 'prompt')
  const optionsProblems = at(problems, 'options')
  const timeProblems = at(problems, 'timeLimitSec')
  const explanationProblems = at(problems, 'explanation')
  const topicProblems = at(problems, 'topic')
  const one = q.type === 'single' || q.type === 'truefalse'
  return (
    <div class="question-form">
      <h2>Question {index + 1}</h2>
      <label class="field">
        <span>Type</span>
        <select value={q.type} onChange={(e) => editor.setType(index, e.currentTarget.value as QuestionType)}>
          {(Object.keys(TYPE_LABELS) as QuestionType[]).map((t) => (
            <option key={t} value={t}>
              {TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>Question</span>
        <textarea
          rows={3}
          maxLength={LIMITS.promptChars + 50}
          value={q.prompt}
          onInput={(e) => editor.update(index, { prompt: e.currentTarget.value })}
          aria-invalid={invalid(promptProblems)}
          aria-describedby={promptProblems.length ? id('prompt-problems') : undefined}
        />
      </label>
      <FieldProblems id={id('prompt-problems')} messages={promptProblems} />
      <ImageField label="Picture" image={q.image} onChange={(image) => editor.setImage(index, image)} problems={at(problems, 'image')} />

      {q.type === 'number' ? (
        <NumberFields editor={editor} index={index} draft={q.number} problems={[...new Set(at(problems, 'number').map(numberHint))]} />
      ) : (
      <fieldset class="answers-field" aria-describedby={optionsProblems.length ? id('options-problems') : undefined}>
        <legend>{LEGENDS[q.type] ?? (one ? 'Answers: mark the right one' : 'Answers: mark every right one')}</legend>
        <ol class="answer-rows">
          {q.options.map((o, i) => {
            const textProblems = at(problems, 'options', i)
            return (
              <li key={i} class="answer-row">
                {q.type !== 'text' && (
                  <span class={`answer-swatch tile-${shapeOf(i).colour}`} aria-hidden="true">
                    <Shape index={i} />
                  </span>
                )}
                <input
                  type="text"
                  aria-label={q.type === 'text' ? `Accepted answer ${i + 1}` : q.type === 'ordering' ? `Item ${i + 1}` : `Answer ${i + 1}`}
                  value={o.text}
                  readOnly={q.type === 'truefalse'}
                  maxLength={LIMITS.optionChars + 20}
                  onInput={(e) => editor.setOptionText(index, i, e.currentTarget.value)}
                  aria-invalid={invalid(textProblems)}
                />
                {q.type === 'ordering' && (
                  <span class="order-moves">
                    <button type="button" class="button ghost small" aria-label={`Move item ${i + 1} up`} disabled={i === 0} onClick={() => editor.moveOption(index, i, -1)}>
                      ▲
                    </button>
                    <button type="button" class="button ghost small" aria-label={`Move item ${i + 1} down`} disabled={i === q.options.length - 1} onClick={() => editor.moveOption(index, i, 1)}>
                      ▼
                    </button>
                  </span>
                )}
                {q.type !== 'text' && q.type !== 'ordering' && q.type !== 'poll' && (
                  <label class="right-mark">
                    <input
                      type={one ? 'radio' : 'checkbox'}
                      name={id('right')}
                      checked={o.correct}
                      onChange={(e) => editor.markRight(index, i, e.currentTarget.checked)}
                    />
                    {/* Each names its option for a screen reader: ten controls all called "Right" say nothing. */}
                    <span>
                      Right<span class="visually-hidden"> answer: {o.text.trim() || `answer ${i + 1}`}</span>
                    </span>
                  </label>
                )}
                {q.type !== 'truefalse' && (
                  <button type="button" class="button ghost small" aria-label={`Remove answer ${i + 1}`} onClick={() => editor.removeOption(index, i)}>
                    Remove
                  </button>
                )}
                {(q.type === 'single' || q.type === 'multiple' || q.type === 'poll') && (
                  <ImageField label={`Answer ${i + 1}`} image={o.image} onChange={(image) => editor.setOptionImage(index, i, image)} problems={at(problems, 'options', i, 'image')} />
                )}
                <FieldProblems id={id(`option-${i}-problems`)} messages={textProblems.filter((m) => !/image|picture|alt text/.test(m))} />
              </li>
            )
          })}
        </ol>
        {q.type !== 'truefalse' && (
          <button type="button" class="button secondary small" onClick={() => editor.addOption(index)}>
            {q.type === 'text' ? 'Add an accepted answer' : q.type === 'ordering' ? 'Add an item' : 'Add an answer'}
          </button>
        )}
      </fieldset>
      )}
      <FieldProblems id={id('options-problems')} messages={optionsProblems} />

      <label class="field">
        <span>Explanation, shown after the answer</span>
        <textarea rows={2} value={q.explanation} onInput={(e) => editor.update(index, { explanation: e.currentTarget.value })} aria-invalid={invalid(explanationProblems)} />
      </label>
      <FieldProblems id={id('explanation-problems')} messages={explanationProblems} />

      <div class="field-row">
        <label class="field">
          <span>Time limit (seconds)</span>
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
          <span>Points</span>
          <select value={String(q.points)} onChange={(e) => editor.update(index, { points: Number(e.currentTarget.value) as QuestionDraft['points'] })}>
            <option value="1000">Standard (1,000)</option>
            <option value="2000">Double (2,000)</option>
            <option value="0">None (a warm-up)</option>
          </select>
        </label>
        <label class="field">
          <span>Difficulty</span>
          <select value={q.difficulty} onChange={(e) => editor.update(index, { difficulty: e.currentTarget.value as QuestionDraft['difficulty'] })}>
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d}>
                {d[0]!.toUpperCase() + d.slice(1)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>Topic</span>
          <input type="text" value={q.topic} maxLength={100} onInput={(e) => editor.update(index, { topic: e.currentTarget.value })} aria-invalid={invalid(topicProblems)} placeholder="optional" />
        </label>
      </div>
      <FieldProblems id={id('time-problems')} messages={[...timeProblems, ...topicProblems]} />
    </div>
  )
}
