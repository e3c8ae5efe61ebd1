import { batch, computed, signal } from '@preact/signals'
import { QuestionSchema, TIME_LIMIT_SEC, type Difficulty, type ImageRef, type NumberSpec, type Question, type QuestionType } from '@cirrus/questions/model'
import { imageUrl, QuizDraftSchema, type PublicQuestion, type SavedQuiz } from '@cirrus/protocol'
import { api, type ApiResult } from '../api.ts'
import type { EditorProblem } from '../library/problems.ts'
import type { Refusal } from '../library/refusals.ts'
import type { Said } from '../library/words.ts'

/**
 * The quiz being edited. Every field is kept as typed, even when it breaks a rule, and checked on every change with
 * the schemas the server and the built-in bank use (QuestionSchema, QuizDraftSchema), so the problems a teacher sees
 * while typing are exactly the ones the server would refuse.
 */
export interface QuestionDraft {
  id: string
  type: QuestionType
  prompt: string
  options: { text: string; correct: boolean; image?: ImageRef }[]
  /** The picture shown with the prompt. */
  image?: ImageRef
  explanation: string
  topic: string
  domain?: number
  difficulty: Difficulty
  /** NaN while the field is empty or not a number: a problem to show, not a value to drop. */
  timeLimitSec: number
  points: 0 | 1000 | 2000
  /** Number questions: what the teacher typed, empty fields NaN (or '' for the unit). */
  number?: NumberDraft
}

/**
 * A number question as typed: the right number as a value with a tolerance or as a range (from, to), more accepted
 * numbers for part of the points, and the phones' slider. `toSpec` turns it into the model's NumberSpec.
 */
export interface NumberDraft {
  mode: 'tolerance' | 'range'
  value: number
  tolerance: number
  from: number
  to: number
  /** More accepted numbers, each worth part of the points (credit 1-99 %). */
  partial: { value: number; tolerance: number; creditPercent: number }[]
  min: number
  max: number
  step: number
  unit: string
}

export function blankNumber(): NumberDraft {
  return { mode: 'tolerance', value: NaN, tolerance: 0, from: NaN, to: NaN, partial: [], min: NaN, max: NaN, step: NaN, unit: '' }
}

/** The model's spec from the draft: empty optional fields left out, a range as its midpoint and half-width. */
export function toSpec(d: NumberDraft): NumberSpec {
  const full = d.mode === 'range' ? { value: (d.from + d.to) / 2, tolerance: Math.abs(d.to - d.from) / 2, credit: 1 } : { value: d.value, tolerance: d.tolerance, credit: 1 }
  const answers = [full, ...d.partial.map((p) => ({ value: p.value, tolerance: p.tolerance, credit: p.creditPercent / 100 }))]
  const spec: NumberSpec = { answers }
  if (Number.isFinite(d.min) || Number.isFinite(d.max)) Object.assign(spec, { min: d.min, max: d.max })
  if (Number.isFinite(d.step)) spec.step = d.step
  if (d.unit.trim()) spec.unit = d.unit.trim()
  return spec
}

function fromSpec(spec: NumberSpec | undefined): NumberDraft {
  if (!spec) return blankNumber()
  const fullAt = Math.max(0, spec.answers.findIndex((a) => a.credit === 1))
  const full = spec.answers[fullAt]!
  return {
    ...blankNumber(),
    value: full.value,
    tolerance: full.tolerance,
    partial: spec.answers.filter((_, i) => i !== fullAt).map((a) => ({ value: a.value, tolerance: a.tolerance, creditPercent: Math.round(a.credit * 100) })),
    min: spec.min ?? NaN,
    max: spec.max ?? NaN,
    step: spec.step ?? NaN,
    unit: spec.unit ?? '',
  }
}

const newId = () => `q-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`

const TRUE_FALSE = (rightIsTrue: boolean) => [
  { text: 'True', correct: rightIsTrue },
  { text: 'False', correct: !rightIsTrue },
]

export function blankQuestion(type: QuestionType = 'single'): QuestionDraft {
  const base = { id: newId(), type, prompt: '', explanation: '', topic: '', difficulty: 'medium' as const, timeLimitSec: TIME_LIMIT_SEC.default, points: 1000 as const }
  return { ...base, options: optionsFor(type, []), ...(type === 'number' && { number: blankNumber() }) }
}

/** The options a question keeps when its type changes: texts stay where they can, the right marks follow the rules. */
function optionsFor(type: QuestionType, options: QuestionDraft['options']): QuestionDraft['options'] {
  const texts = options.map((o) => o.text)
  switch (type) {
    case 'truefalse':
      return TRUE_FALSE(options[0]?.text.toLowerCase() === 'true' ? options[0].correct : true)
    case 'text':
      return (texts.filter((t) => t.trim()).length ? texts.filter((t) => t.trim()) : ['']).map((text) => ({ text, correct: true }))
    case 'single': {
      const padded = texts.length >= 2 ? texts : [...texts, '', '', '', ''].slice(0, 4)
      // The first answer marked right stays right; a new question has none, so the teacher picks it on purpose.
      const first = options.findIndex((o) => o.correct)
      return padded.map((text, i) => ({ text, correct: i === first }))
    }
    case 'multiple': {
      const padded = texts.length >= 3 ? texts : [...texts, '', '', '', ''].slice(0, 4)
      return padded.map((text, i) => ({ text, correct: options[i]?.correct ?? false }))
    }
    case 'ordering': {
      // The list is the right order, so every item is "right".
      const kept = texts.filter((t) => t.trim())
      return (kept.length >= 3 ? kept : [...kept, '', '', ''].slice(0, Math.max(3, kept.length))).map((text) => ({ text, correct: true }))
    }
    case 'poll': {
      const padded = texts.length >= 2 ? texts : [...texts, '', '', '', ''].slice(0, 4)
      return padded.map((text) => ({ text, correct: false }))
    }
    case 'number':
      return []
  }
}

function fromQuestion(q: Question): QuestionDraft {
  const { number, ...rest } = q
  return { ...rest, topic: q.topic ?? '', options: q.options.map((o) => ({ ...o })), ...(q.type === 'number' && { number: fromSpec(number) }) }
}

/** What is sent: empty optional fields left out, so that "no topic" is not an empty topic. */
export function toInput(d: QuestionDraft) {
  const { topic, domain, number, ...rest } = d
  return { ...rest, ...(topic.trim() ? { topic } : {}), ...(domain ? { domain } : {}), ...(d.type === 'number' && number ? { number: toSpec(number) } : {}) }
}

/** What the preview shows in place of what is not written yet, in the language on screen. */
export interface Placeholders {
  prompt: string
  option: (type: QuestionType, index: number) => string
}

/** The question as players receive it (no answer key), for the preview. */
export function toPublic(d: QuestionDraft, blank: Placeholders): PublicQuestion {
  const right = d.options.filter((o) => o.correct).length
  return {
    id: d.id,
    type: d.type,
    prompt: d.prompt || blank.prompt,
    options: d.type === 'text' || d.type === 'number' ? [] : d.options.map((o, i) => o.text || blank.option(d.type, i)),
    ...(d.image && { image: { url: imageUrl(d.image.id), alt: d.image.alt } }),
    ...(d.options.some((o) => o.image) && { optionImages: d.options.map((o) => (o.image ? { url: imageUrl(o.image.id), alt: o.image.alt } : null)) }),
    ...(d.type === 'multiple' ? { pick: right } : {}),
    ...(d.type === 'number' && d.number ? { number: publicNumber(d.number) } : {}),
    points: d.points,
    timeLimitMs: (Number.isFinite(d.timeLimitSec) ? d.timeLimitSec : TIME_LIMIT_SEC.default) * 1000,
    difficulty: d.difficulty,
  }
}

function publicNumber(d: NumberDraft): PublicQuestion['number'] {
  const slider = Number.isFinite(d.min) && Number.isFinite(d.max) && d.min < d.max ? { min: d.min, max: d.max } : {}
  return { ...slider, ...(Number.isFinite(d.step) && d.step > 0 ? { step: d.step } : {}), ...(d.unit.trim() ? { unit: d.unit.trim() } : {}) }
}

interface Issue {
  path: PropertyKey[]
  message: string
  code: string
  maximum?: unknown
  minimum?: unknown
  params?: { rule?: string; values?: Record<string, string | number> }
}

/** zod's issues as the editor's problems: where, which check (and its bound) or which rule, so they can be worded. */
const toProblems = (issues: readonly Issue[]): EditorProblem[] =>
  issues.map((i) => {
    const bound = Number(i.maximum ?? i.minimum)
    return {
      path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      message: i.message,
      code: i.code,
      ...(Number.isFinite(bound) && { bound }),
      ...(i.params?.rule && { rule: i.params.rule, values: i.params.values ?? {} }),
    }
  })

/** What the editor says after something happened: done (in the catalogue's words) or refused by the server. */
export type EditorStatus = { said: Said } | { refusal: Refusal }

export class QuizEditor {
  readonly quizId = signal<string | null>(null)
  readonly builtin = signal(false)
  readonly title = signal('')
  readonly description = signal('')
  readonly questions = signal<QuestionDraft[]>([blankQuestion()])
  readonly selected = signal(0)
  /** The last thing that happened (saved, added from the bank, a refusal), kept when a new quiz's page gets its id. */
  readonly status = signal<EditorStatus | null>(null)
  /** The quiz as last loaded or saved, to tell unsaved changes. */
  private readonly savedJson = signal('')

  readonly current = computed(() => this.questions.value[this.selected.value] ?? null)

  /** Each question's problems, by the bank's rules. */
  readonly questionProblems = computed(() =>
    this.questions.value.map((q) => {
      const parsed = QuestionSchema.safeParse(toInput(q))
      return parsed.success ? [] : toProblems(parsed.error.issues as readonly Issue[])
    }),
  )

  /** Problems of the quiz as a whole: title, no questions, two questions with one id. */
  readonly quizProblems = computed(() => {
    const parsed = QuizDraftSchema.safeParse(this.body())
    if (parsed.success) return []
    return toProblems(parsed.error.issues as readonly Issue[]).filter((p) => p.path[0] !== 'questions' || p.path.length <= 1 || p.path[2] === 'id')
  })

  readonly problemCount = computed(() => this.quizProblems.value.length + this.questionProblems.value.reduce((n, p) => n + p.length, 0))
  readonly dirty = computed(() => JSON.stringify(this.body()) !== this.savedJson.value)

  body() {
    return { title: this.title.value, description: this.description.value, questions: this.questions.value.map(toInput) }
  }

  reset(quiz: SavedQuiz | null): void {
    batch(() => {
      this.quizId.value = quiz?.id ?? null
      this.builtin.value = quiz?.builtin ?? false
      this.title.value = quiz?.title ?? ''
      this.description.value = quiz?.description ?? ''
      this.questions.value = quiz ? quiz.questions.map(fromQuestion) : [blankQuestion()]
      this.selected.value = 0
      this.status.value = null
      // A new quiz counts as changed once anything is typed into it.
      this.savedJson.value = JSON.stringify(this.body())
    })
  }

  update(index: number, patch: Partial<QuestionDraft>): void {
    this.questions.value = this.questions.value.map((q, i) => (i === index ? { ...q, ...patch } : q))
  }

  setType(index: number, type: QuestionType): void {
    const q = this.questions.value[index]
    if (q) this.update(index, { type, options: optionsFor(type, q.options), number: type === 'number' ? (q.number ?? blankNumber()) : undefined })
  }

  setNumber(index: number, patch: Partial<NumberDraft>): void {
    const q = this.questions.value[index]
    if (q) this.update(index, { number: { ...(q.number ?? blankNumber()), ...patch } })
  }

  /** Moves an ordering question's item up or down the right order. */
  moveOption(index: number, option: number, by: -1 | 1): void {
    const q = this.questions.value[index]
    const to = option + by
    if (!q || to < 0 || to >= q.options.length) return
    const options = [...q.options]
    ;[options[option], options[to]] = [options[to]!, options[option]!]
    this.update(index, { options })
  }

  /** Single and true/false: marking one right unmarks the others. Multiple: toggles. Typed: every answer is right. */
  markRight(index: number, option: number, on: boolean): void {
    const q = this.questions.value[index]
    if (!q) return
    const one = q.type === 'single' || q.type === 'truefalse'
    this.update(index, { options: q.options.map((o, i) => ({ ...o, correct: i === option ? on : one ? false : o.correct })) })
  }

  /** Sets or removes (undefined) the question's picture. */
  setImage(index: number, image: ImageRef | undefined): void {
    const q = this.questions.value[index]
    if (!q) return
    const { image: _, ...rest } = q
    this.questions.value = this.questions.value.map((x, i) => (i === index ? (image ? { ...rest, image } : rest) : x))
  }

  setOptionImage(index: number, option: number, image: ImageRef | undefined): void {
    const q = this.questions.value[index]
    if (!q) return
    this.update(index, { options: q.options.map((o, i) => (i !== option ? o : image ? { ...o, image } : { text: o.text, correct: o.correct })) })
  }

  setOptionText(index: number, option: number, text: string): void {
    const q = this.questions.value[index]
    if (q) this.update(index, { options: q.options.map((o, i) => (i === option ? { ...o, text } : o)) })
  }

  addOption(index: number): void {
    const q = this.questions.value[index]
    if (q) this.update(index, { options: [...q.options, { text: '', correct: q.type === 'text' || q.type === 'ordering' }] })
  }

  removeOption(index: number, option: number): void {
    const q = this.questions.value[index]
    if (q) this.update(index, { options: q.options.filter((_, i) => i !== option) })
  }

  add(type: QuestionType): void {
    batch(() => {
      this.questions.value = [...this.questions.value, blankQuestion(type)]
      this.selected.value = this.questions.value.length - 1
    })
  }

  /** Adds bank questions, skipping those already in the quiz; returns how many were added. */
  addFromBank(questions: readonly Question[]): number {
    const have = new Set(this.questions.value.map((q) => q.id))
    const fresh = questions.filter((q) => !have.has(q.id)).map(fromQuestion)
    // A new quiz starts with one blank question: replace it rather than keep an empty first question.
    const keep = this.questions.value.filter((q, i) => !(this.questions.value.length === 1 && i === 0 && !q.prompt.trim()))
    batch(() => {
      this.questions.value = [...keep, ...fresh]
      this.selected.value = Math.max(0, keep.length)
    })
    return fresh.length
  }

  move(index: number, by: -1 | 1): void {
    const to = index + by
    const list = [...this.questions.value]
    if (to < 0 || to >= list.length) return
    ;[list[index], list[to]] = [list[to]!, list[index]!]
    batch(() => {
      this.questions.value = list
      if (this.selected.value === index) this.selected.value = to
      else if (this.selected.value === to) this.selected.value = index
    })
  }

  remove(index: number): void {
    batch(() => {
      this.questions.value = this.questions.value.filter((_, i) => i !== index)
      this.selected.value = Math.min(this.selected.value, Math.max(0, this.questions.value.length - 1))
    })
  }

  async save(): Promise<ApiResult<SavedQuiz>> {
    const id = this.quizId.value
    const result = await api<SavedQuiz>(id ? `/api/quizzes/${encodeURIComponent(id)}` : '/api/quizzes', { method: id ? 'PUT' : 'POST', json: this.body() })
    if (result.ok) {
      const selected = this.selected.value
      this.reset(result.data)
      this.selected.value = Math.min(selected, this.questions.value.length - 1)
      this.status.value = { said: { key: 'editor.saved', values: { title: result.data.title, count: result.data.questionCount } } }
    } else this.status.value = { refusal: result }
    return result
  }
}

export const editor = new QuizEditor()
