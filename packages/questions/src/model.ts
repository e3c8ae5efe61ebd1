import { z } from 'zod'

/** single: one right option; multiple: two or more right; truefalse: "True"/"False"; text: typed, options are the accepted answers. */
export const QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'text'] as const
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
  quizQuestions: 500,
  titleChars: 120,
} as const

export const OptionSchema = z.object({
  text: z.string().trim().min(1, 'option text is empty').max(LIMITS.optionChars),
  correct: z.boolean(),
})
export type Option = z.infer<typeof OptionSchema>

const BLANKET_OPTIONS = /^(all|none|both|neither) of (the )?(above|these|them)\b/i

/** The rules every question obeys, whether from the built-in bank, the editor or an import. */
export const QuestionSchema = z
  .object({
    id: z.string().trim().min(1).max(80),
    type: z.enum(QUESTION_TYPES),
    prompt: z.string().trim().min(1, 'prompt is empty').max(LIMITS.promptChars),
    options: z.array(OptionSchema).min(1).max(LIMITS.options.max + 4),
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
    for (const problem of questionProblems(q)) ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path })
  })
export type Question = z.output<typeof QuestionSchema>
export type QuestionInput = z.input<typeof QuestionSchema>

export interface Problem {
  path: (string | number)[]
  message: string
}

/** Rules across fields: how many options are right, distinct options, no blanket options. */
export function questionProblems(q: Pick<Question, 'type' | 'options'>): Problem[] {
  const problems: Problem[] = []
  const right = q.options.filter((o) => o.correct).length
  const n = q.options.length
  const add = (message: string, path: (string | number)[] = ['options']) => problems.push({ path, message })

  switch (q.type) {
    case 'single':
      if (n < LIMITS.options.min || n > LIMITS.options.max) add(`a multiple-choice question has ${LIMITS.options.min} to ${LIMITS.options.max} options, not ${n}`)
      if (right !== 1) add(`a multiple-choice question has exactly one right option, not ${right}`)
      break
    case 'multiple':
      if (n < 3 || n > LIMITS.options.max) add(`a multiple-response question has 3 to ${LIMITS.options.max} options, not ${n}`)
      if (right < 2) add(`a multiple-response question has at least two right options, not ${right}`)
      break
    case 'truefalse': {
      const texts = q.options.map((o) => o.text.toLowerCase())
      if (n !== 2 || texts[0] !== 'true' || texts[1] !== 'false') add('a true/false question has exactly the options "True" and "False", in that order')
      if (right !== 1) add(`a true/false question has exactly one right option, not ${right}`)
      break
    }
    case 'text':
      if (n < LIMITS.textAnswers.min || n > LIMITS.textAnswers.max) add(`a typed-answer question has ${LIMITS.textAnswers.min} to ${LIMITS.textAnswers.max} accepted answers, not ${n}`)
      if (right !== n) add('every accepted answer of a typed-answer question is marked correct')
      break
  }

  const seen = new Map<string, number>()
  q.options.forEach((o, i) => {
    const key = q.type === 'text' ? normalizeTypedAnswer(o.text) : o.text.trim().toLowerCase()
    const first = seen.get(key)
    if (first !== undefined) add(`options ${first + 1} and ${i + 1} are the same`, ['options', i, 'text'])
    else seen.set(key, i)
    if (BLANKET_OPTIONS.test(o.text.trim())) add(`option ${i + 1} is a blanket option ("${o.text.trim()}"); name the answers instead`, ['options', i, 'text'])
  })
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
