import { z } from 'zod'

/**
 * single: one right option; multiple: two or more right; truefalse: "True"/"False"; text: typed, options are the
 * accepted answers; ordering: the options are the items in their right order (each marked right); poll: options with
 * no right answer (none marked right), worth nothing; number: no options, the accepted values are in `number`.
 */
export const QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'text', 'ordering', 'poll', 'number'] as const
export type QuestionType = (typeof QUESTION_TYPES)[number]

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const
export type Difficulty = (typeof DIFFICULTIES)[number]

/** Kahoot's three point values: none (a warm-up), standard and double. */
export const POINT_VALUES = [0, 1000, 2000] as const
export type Points = (typeof POINT_VALUES)[number]

export const TIME_LIMIT_SEC = { min: 5, max: 240, default: 20 } as const
export const LIMITS = {
  promptChars: 500,
  optionChars: 200,
  explanationChars: 2000,
  options: { min: 2, max: 6 },
  textAnswers: { min: 1, max: 10 },
  orderingItems: { min: 3, max: 6 },
  numberAnswers: { min: 1, max: 5 },
  /** The largest number a number question accepts or a player may send, either sign. */
  numberMagnitude: 1e12,
  quizQuestions: 500,
  titleChars: 120,
} as const

/** An uploaded image is named by the SHA-256 of its re-encoded bytes (64 hex digits): the same picture, the same name. */
export const IMAGE_ID = /^[0-9a-f]{64}$/

/** A picture on a question or an option: the stored image and the words a screen reader says for it. */
export const ImageRefSchema = z.object({
  id: z.string().regex(IMAGE_ID, 'an image is named by the SHA-256 of its bytes (64 hex digits): upload it in the editor'),
  alt: z.string().trim().min(1, 'an image needs alt text: say in a few words what it shows').max(300, 'alt text has at most 300 characters'),
})
export type ImageRef = z.output<typeof ImageRefSchema>

export const OptionSchema = z.object({
  text: z.string().trim().min(1, 'option text is empty').max(LIMITS.optionChars),
  correct: z.boolean(),
  /** A picture on the option (multiple choice, multiple response and polls only), as Kahoot's image answers. */
  image: ImageRefSchema.optional(),
})
export type Option = z.infer<typeof OptionSchema>

const finite = z.number().min(-LIMITS.numberMagnitude).max(LIMITS.numberMagnitude)

/**
 * One accepted value of a number question, Moodle's numerical answer: right when the player's number is within
 * `tolerance` of `value` (a range from a to b is the value (a+b)/2 with the tolerance (b-a)/2), worth `credit` of the
 * points (1: fully right; less: partly right, e.g. a looser tolerance for half the points).
 */
export const NumberAnswerSchema = z.object({
  value: finite,
  tolerance: z.number().min(0).max(LIMITS.numberMagnitude).default(0),
  credit: z.number().gt(0, 'an accepted value earns some credit').max(1).default(1),
})
export type NumberAnswer = z.output<typeof NumberAnswerSchema>

/** What a number question accepts, and the slider phones show when it has bounds (else players type). */
export const NumberSpecSchema = z.object({
  answers: z.array(NumberAnswerSchema).min(LIMITS.numberAnswers.min).max(LIMITS.numberAnswers.max),
  /** The slider's ends; both or neither. Players may still type any number. */
  min: finite.optional(),
  max: finite.optional(),
  /** The slider's step (default 1). */
  step: z.number().gt(0).max(LIMITS.numberMagnitude).optional(),
  /** Shown after the number, e.g. "km" or "%". */
  unit: z.string().trim().max(20).optional(),
})
export type NumberSpec = z.output<typeof NumberSpecSchema>

const BLANKET_OPTIONS = /^(all|none|both|neither) of (the )?(above|these|them)\b/i

/** The rules every question obeys, whether from the built-in bank, the editor or an import. */
export const QuestionSchema = z
  .object({
    id: z.string().trim().min(1).max(80),
    type: z.enum(QUESTION_TYPES),
    prompt: z.string().trim().min(1, 'prompt is empty').max(LIMITS.promptChars),
    options: z.array(OptionSchema).max(LIMITS.options.max + 4),
    /** A picture shown with the prompt: large on the projector, and on phones when the question is on them. */
    image: ImageRefSchema.optional(),
    /** For number questions only: the accepted values. */
    number: NumberSpecSchema.optional(),
    explanation: z.string().trim().max(LIMITS.explanationChars).default(''),
    topic: z.string().trim().max(80).optional(),
    domain: z.number().int().min(1).max(4).optional(),
    /** The CLF-C02 task statement the question tests, e.g. "2.3" (built-in bank). */
    task: z.string().regex(/^[1-4]\.[1-9]$/, 'task is a task statement such as "2.3"').optional(),
    /** Where the question's fact can be checked (built-in bank: an AWS documentation page). */
    source: z.url({ protocol: /^https$/, message: 'source is an https address' }).max(300).optional(),
    difficulty: z.enum(DIFFICULTIES).default('medium'),
    timeLimitSec: z.number().int().min(TIME_LIMIT_SEC.min).max(TIME_LIMIT_SEC.max).default(TIME_LIMIT_SEC.default),
    points: z.union([z.literal(0), z.literal(1000), z.literal(2000)]).default(1000),
  })
  .superRefine((q, ctx) => {
    for (const problem of questionProblems(q)) ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path, params: { rule: problem.rule, values: problem.values } })
  })
export type Question = z.output<typeof QuestionSchema>
export type QuestionInput = z.input<typeof QuestionSchema>

export interface Problem {
  path: (string | number)[]
  message: string
  /**
   * Which rule, as a code a client can put into its own words (the editor says it in the teacher's language), with
   * the numbers and texts the message names. The rules below set it; zod's own checks have their issue code instead.
   */
  rule?: string
  values?: Record<string, string | number>
}

/** Rules across fields: how many options are right, distinct options, no blanket options. */
export function questionProblems(q: Pick<Question, 'type' | 'options'> & { number?: NumberSpec | undefined }): Problem[] {
  const problems: Problem[] = []
  const right = q.options.filter((o) => o.correct).length
  const n = q.options.length
  const add = (message: string, rule: string, values: Problem['values'] = {}, path: (string | number)[] = ['options']) => problems.push({ path, message, rule, values })
  const count = (min: number, max: number) => ({ min, max, n })

  switch (q.type) {
    case 'single':
      if (n < LIMITS.options.min || n > LIMITS.options.max) add(`a multiple-choice question has ${LIMITS.options.min} to ${LIMITS.options.max} options, not ${n}`, 'single.optionCount', count(LIMITS.options.min, LIMITS.options.max))
      if (right !== 1) add(`a multiple-choice question has exactly one right option, not ${right}`, 'single.rightCount', { n: right })
      break
    case 'multiple':
      if (n < 3 || n > LIMITS.options.max) add(`a multiple-response question has 3 to ${LIMITS.options.max} options, not ${n}`, 'multiple.optionCount', count(3, LIMITS.options.max))
      if (right < 2) add(`a multiple-response question has at least two right options, not ${right}`, 'multiple.rightCount', { n: right })
      break
    case 'truefalse': {
      const texts = q.options.map((o) => o.text.toLowerCase())
      if (n !== 2 || texts[0] !== 'true' || texts[1] !== 'false') add('a true/false question has exactly the options "True" and "False", in that order', 'truefalse.options')
      if (right !== 1) add(`a true/false question has exactly one right option, not ${right}`, 'truefalse.rightCount', { n: right })
      break
    }
    case 'text':
      if (n < LIMITS.textAnswers.min || n > LIMITS.textAnswers.max) add(`a typed-answer question has ${LIMITS.textAnswers.min} to ${LIMITS.textAnswers.max} accepted answers, not ${n}`, 'text.answerCount', count(LIMITS.textAnswers.min, LIMITS.textAnswers.max))
      if (right !== n) add('every accepted answer of a typed-answer question is marked correct', 'text.allRight')
      break
    case 'ordering':
      if (n < LIMITS.orderingItems.min || n > LIMITS.orderingItems.max) add(`an ordering question has ${LIMITS.orderingItems.min} to ${LIMITS.orderingItems.max} items to put in order, not ${n}`, 'ordering.itemCount', count(LIMITS.orderingItems.min, LIMITS.orderingItems.max))
      if (right !== n) add('every item of an ordering question is marked correct (their order in the list is the right order)', 'ordering.allRight')
      break
    case 'poll':
      if (n < LIMITS.options.min || n > LIMITS.options.max) add(`a poll has ${LIMITS.options.min} to ${LIMITS.options.max} options, not ${n}`, 'poll.optionCount', count(LIMITS.options.min, LIMITS.options.max))
      if (right !== 0) add('a poll has no right answer: no option is marked correct', 'poll.noneRight')
      break
    case 'number':
      problems.push(...numberProblems(q.number, n))
      break
  }
  if (q.type !== 'number' && q.number !== undefined) add('only a number question has accepted numbers', 'numberOnly', {}, ['number'])
  if (!OPTION_IMAGE_TYPES.has(q.type)) {
    q.options.forEach((o, i) => {
      if (o.image) add(`option ${i + 1} has a picture, but only multiple-choice, multiple-response and poll options may`, 'optionImage', { n: i + 1 }, ['options', i, 'image'])
    })
  }

  const seen = new Map<string, number>()
  q.options.forEach((o, i) => {
    const key = q.type === 'text' ? normalizeTypedAnswer(o.text) : o.text.trim().toLowerCase()
    const first = seen.get(key)
    if (first !== undefined) add(`options ${first + 1} and ${i + 1} are the same`, 'sameOptions', { first: first + 1, second: i + 1 }, ['options', i, 'text'])
    else seen.set(key, i)
    if (BLANKET_OPTIONS.test(o.text.trim())) add(`option ${i + 1} is a blanket option ("${o.text.trim()}"); name the answers instead`, 'blanket', { n: i + 1, text: o.text.trim() }, ['options', i, 'text'])
  })
  return problems
}

const OPTION_IMAGE_TYPES: ReadonlySet<QuestionType> = new Set(['single', 'multiple', 'poll'])

/** Every image a question shows, the prompt's first. */
export function questionImages(q: { image?: ImageRef | undefined; options: readonly { image?: ImageRef | undefined }[] }): ImageRef[] {
  return [...(q.image ? [q.image] : []), ...q.options.flatMap((o) => (o.image ? [o.image] : []))]
}

function numberProblems(spec: NumberSpec | undefined, options: number): Problem[] {
  const problems: Problem[] = []
  const add = (message: string, rule: string, values: Problem['values'] = {}, path: (string | number)[] = ['number']) => problems.push({ path, message, rule, values })
  if (options !== 0) add('a number question has no options: its accepted numbers say what is right', 'number.noOptions', {}, ['options'])
  if (!spec) return [...problems, { path: ['number'], message: 'a number question needs at least one accepted number', rule: 'number.none', values: {} }]
  if (!spec.answers.some((a) => a.credit === 1)) add('a number question needs one accepted number worth full credit', 'number.noFullCredit', {}, ['number', 'answers'])
  if ((spec.min === undefined) !== (spec.max === undefined)) add("a number question's slider needs both ends, or neither", 'number.sliderEnds')
  if (spec.min !== undefined && spec.max !== undefined) {
    if (spec.min >= spec.max) add("the slider's lowest number is below its highest", 'number.sliderOrder')
    spec.answers.forEach((a, i) => {
      if (a.value < spec.min! || a.value > spec.max!) add(`accepted number ${i + 1} (${a.value}) is outside the slider (${spec.min} to ${spec.max})`, 'number.outsideSlider', { n: i + 1, value: a.value, min: spec.min!, max: spec.max! }, ['number', 'answers', i, 'value'])
    })
  }
  return problems
}

/** How typed answers are compared: case, accents, surrounding spaces and inner runs of spaces do not matter. */
export function normalizeTypedAnswer(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

export const QuizSchema = z.object({
  id: z.string().trim().min(1).max(80),
  title: z.string().trim().min(1, 'title is empty').max(LIMITS.titleChars),
  description: z.string().trim().max(1000).default(''),
  questions: z.array(QuestionSchema).min(1, 'a quiz has at least one question').max(LIMITS.quizQuestions),
})
export type Quiz = z.output<typeof QuizSchema>
export type QuizInput = z.input<typeof QuizSchema>

/** Readable one-line messages for a failed parse, each prefixed with where it is. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') + ': ' : ''}${issue.message}`)
}
