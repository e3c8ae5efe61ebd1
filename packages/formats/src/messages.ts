import { DIFFICULTIES, LIMITS, POINT_VALUES, TIME_LIMIT_SEC } from '@cirrus/questions'
import type { z } from 'zod'

/**
 * A refusal of the question rules in a teacher's words, with where it is: "the time limit is 500 seconds; a question
 * takes 5 to 240", never zod's "Too big: expected number to be <=240". The rules' own messages (questionProblems,
 * already worded for people) pass through behind the place they are about.
 */
export function teacherMessage(issue: z.core.$ZodIssue, input: Record<string, unknown>): string {
  const path = issue.path
  const [field, index, sub] = path
  const value = valueAt(input, path)
  const where = placeOf(path)
  const shown = typeof value === 'string' ? `"${value.length > 40 ? value.slice(0, 40) + '...' : value}"` : JSON.stringify(value)
  if (issue.code === 'custom') return `${where}${issue.message}`
  switch (field === 'options' && sub === 'text' ? 'optionText' : String(field)) {
    case 'timeLimitSec':
      if (typeof value !== 'number') return `the time limit ${shown} is not a number of seconds`
      return `the time limit is ${value} seconds; a question takes ${TIME_LIMIT_SEC.min} to ${TIME_LIMIT_SEC.max}, in whole seconds`
    case 'points':
      return `points ${shown} is not one of ${POINT_VALUES.join(', ')} (none, standard, double)`
    case 'difficulty':
      return `difficulty ${shown} is not one of ${DIFFICULTIES.join(', ')}`
    case 'prompt':
      if (issue.code === 'too_big') return `the question text is ${String(value).length} characters; at most ${LIMITS.promptChars}`
      if (issue.code === 'invalid_type') return 'the question has no text'
      return 'the question text is empty'
    case 'optionText':
      if (issue.code === 'too_big') return `answer ${Number(index) + 1} is ${String(value).length} characters; at most ${LIMITS.optionChars}`
      if (issue.code === 'invalid_type') return `answer ${Number(index) + 1} has no text`
      return `answer ${Number(index) + 1} is empty`
    case 'explanation':
      if (issue.code === 'too_big') return `the explanation is ${String(value).length} characters; at most ${LIMITS.explanationChars}`
      break
    case 'type':
      return `the question type ${shown} is not one Cirrus knows (single, multiple, truefalse, text, ordering, poll, number)`
  }
  if (issue.code === 'invalid_type') return value === undefined ? `${where}missing` : `${where}${shown} is not ${expected(issue)}`
  if (issue.code === 'too_small' && Array.isArray(value)) return `${where}none given`
  if (issue.code === 'too_big' && Array.isArray(value)) return `${where}${value.length} given; at most ${String((issue as { maximum?: unknown }).maximum)}`
  if ((issue.code === 'too_big' || issue.code === 'too_small') && typeof value === 'number') {
    const bound = (issue as { maximum?: unknown; minimum?: unknown }).maximum ?? (issue as { minimum?: unknown }).minimum
    return `${where}${value} is ${issue.code === 'too_big' ? 'more' : 'less'} than ${String(bound)}`
  }
  if (issue.code === 'too_big' && typeof value === 'string') return `${where}${value.length} characters; at most ${String((issue as { maximum?: unknown }).maximum)}`
  // Rules with messages of their own (an image's alt text, an accepted number's credit) are worded already.
  return `${where}${issue.message}`
}

const NAMES: Record<string, string> = {
  options: 'answers',
  explanation: 'explanation',
  topic: 'topic',
  domain: 'domain',
  id: 'id',
  number: 'accepted numbers',
  image: 'picture',
  task: 'task',
  source: 'source',
}

/** "answer 3: ", "picture: ", "accepted number 2: ". */
function placeOf(path: readonly PropertyKey[]): string {
  const [field, index, sub, subIndex] = path
  if (field === undefined) return ''
  if (field === 'options' && typeof index === 'number') return `answer ${index + 1}${sub === 'image' ? "'s picture" : ''}: `
  if (field === 'number' && sub !== undefined && typeof subIndex === 'number') return `accepted number ${subIndex + 1}: `
  if (field === 'number' && index === 'answers' && typeof sub === 'number') return `accepted number ${sub + 1}: `
  return `${NAMES[String(field)] ?? String(field)}: `
}

function expected(issue: z.core.$ZodIssue): string {
  const wanted = (issue as { expected?: string }).expected
  return wanted === 'number' ? 'a number' : wanted === 'string' ? 'text' : wanted === 'boolean' ? 'yes or no' : wanted === 'array' ? 'a list' : `a ${wanted ?? 'value'}`
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = input
  for (const key of path) at = at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined
  return at
}
