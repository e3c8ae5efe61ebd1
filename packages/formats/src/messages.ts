import { LIMITS, TIME_LIMIT_SEC } from '@cirrus/questions'
import type { z } from 'zod'
import type { ImportProblem, Place } from './types.ts'
import { problem } from './said.ts'
import type { Field, ProblemCode, Values } from './words.ts'

/**
 * A refusal of the question rules in a teacher's words, with where it is: "the time limit is 500 seconds; a question
 * takes 5 to 240", never zod's "Too big: expected number to be <=240". The rules' own problems (questionProblems)
 * keep their rule's code and values, which the editor's catalogue words already.
 */
export function teacherProblem(place: Place, issue: z.core.$ZodIssue, input: Record<string, unknown>): ImportProblem {
  const [code, values] = coded(issue, input)
  return problem(place, code, values)
}

function coded(issue: z.core.$ZodIssue, input: Record<string, unknown>): [ProblemCode, Values] {
  const path = issue.path
  const [field, index] = path
  const value = valueAt(input, path)
  const where = fieldOf(path)
  const shown = typeof value === 'string' ? `"${value.length > 40 ? value.slice(0, 40) + '...' : value}"` : String(JSON.stringify(value))
  const params = (issue as { params?: { rule?: string; values?: Values } }).params
  if (issue.code === 'custom' && params?.rule) return ['question_rule', { ...where, ...params.values, rule: params.rule, detail: issue.message }]
  const n = Number(index) + 1
  switch (field === 'options' && path[2] === 'text' ? 'optionText' : String(field)) {
    case 'timeLimitSec':
      if (typeof value !== 'number') return ['time_not_number', { value: shown }]
      return ['time_out_of_range', { value, min: TIME_LIMIT_SEC.min, max: TIME_LIMIT_SEC.max }]
    case 'points':
      return ['points_not_allowed', { value: shown }]
    case 'difficulty':
      return ['difficulty_not_allowed', { value: shown }]
    case 'prompt':
      if (issue.code === 'too_big') return ['prompt_too_long', { length: String(value).length, max: LIMITS.promptChars }]
      return [issue.code === 'invalid_type' ? 'prompt_missing' : 'prompt_empty', {}]
    case 'optionText':
      if (issue.code === 'too_big') return ['answer_too_long', { n, length: String(value).length, max: LIMITS.optionChars }]
      return [issue.code === 'invalid_type' ? 'answer_missing' : 'answer_empty', { n }]
    case 'explanation':
      if (issue.code === 'too_big') return ['explanation_too_long', { length: String(value).length, max: LIMITS.explanationChars }]
      break
    case 'type':
      return ['type_unknown', { value: shown }]
    // The built-in bank's fields: a task statement ("2.3") and the https page a question comes from.
    case 'task':
      if (issue.code === 'invalid_format') return ['task_invalid', { value: shown }]
      break
    case 'source':
      if (issue.code === 'invalid_format') return ['source_invalid', { value: shown }]
      break
  }
  if (path.includes('image') && issue.code !== 'invalid_type') {
    if (path.at(-1) === 'id') return ['picture_id', where]
    if (path.at(-1) === 'alt' && issue.code === 'too_big') return ['picture_alt_too_long', { ...where, max: Number((issue as { maximum?: unknown }).maximum) }]
    if (path.at(-1) === 'alt') return ['picture_alt_missing', where]
  }
  const bound = (issue as { maximum?: unknown; minimum?: unknown }).maximum ?? (issue as { minimum?: unknown }).minimum
  if (issue.code === 'invalid_type')
    return value === undefined ? ['field_missing', where] : ['field_wrong_kind', { ...where, value: shown, kind: String((issue as { expected?: string }).expected ?? 'value') }]
  if (issue.code === 'too_small' && Array.isArray(value)) return ['field_none_given', where]
  if (issue.code === 'too_big' && Array.isArray(value)) return ['field_too_many_given', { ...where, count: value.length, max: Number(bound) }]
  if ((issue.code === 'too_big' || issue.code === 'too_small') && typeof value === 'number')
    return [issue.code === 'too_big' ? 'field_too_big' : 'field_too_small', { ...where, value, bound: Number(bound) }]
  if (issue.code === 'too_big' && typeof value === 'string') return ['field_too_long', { ...where, length: value.length, max: Number(bound) }]
  // A check none of the above words (none is known): the field alone, without zod's English.
  return ['field_invalid', where]
}

const NAMES: Record<string, Field> = {
  options: 'answers',
  explanation: 'explanation',
  topic: 'topic',
  domain: 'domain',
  id: 'id',
  number: 'numbers',
  image: 'picture',
  task: 'task',
  source: 'source',
}

/** What the problem is about: answer 3, answer 3's picture, accepted number 2, the picture... (`field`, and `n`). */
function fieldOf(path: readonly PropertyKey[]): Values {
  const [field, index, sub, subIndex] = path
  if (field === undefined) return {}
  if (field === 'options' && typeof index === 'number') return { field: sub === 'image' ? 'answerPicture' : 'answer', n: index + 1 }
  if (field === 'number' && sub !== undefined && typeof subIndex === 'number') return { field: 'acceptedNumber', n: subIndex + 1 }
  if (field === 'number' && index === 'answers' && typeof sub === 'number') return { field: 'acceptedNumber', n: sub + 1 }
  return { field: NAMES[String(field)] ?? String(field) }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = input
  for (const key of path) at = at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined
  return at
}
