import { LIMITS, TIME_LIMIT_SEC, type Problem } from '@cirrus/questions/model'
import { formatNumber } from '../i18n/i18n.ts'
import { m } from './words.ts'

/**
 * A problem the editor found, as the schemas report it: where (`path`), which of zod's checks failed (`code`, with
 * its bound) or which of the question rules (`rule`, with the numbers it names). The server's English `message` is
 * kept only for a check this module has no words for.
 */
export interface EditorProblem extends Problem {
  code?: string
  bound?: number
}

const say = (key: string, values: Record<string, string | number> = {}) =>
  m(key, Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'number' ? formatNumber(v) : v])))

/** "at most 120 characters", with the plural form the bound takes. */
const atMost = (key: string, max: number) => m(key, { count: max, max: formatNumber(max) })

/** The problem in the teacher's language, from its rule or its path and check. */
export function describeProblem(p: EditorProblem): string {
  if (p.rule) return say(`problems.rules.${p.rule}`, p.values)
  const [field, index, sub, subIndex] = p.path
  const tooBig = p.code === 'too_big'
  if (p.path.includes('image')) {
    if (p.path.at(-1) === 'alt') return tooBig ? atMost('problems.altLong', p.bound ?? 300) : m('problems.altMissing')
    return m('problems.imageMissing')
  }
  switch (field) {
    case 'title':
      return tooBig ? atMost('problems.titleLong', p.bound ?? LIMITS.titleChars) : m('problems.titleEmpty')
    case 'description':
      return atMost('problems.descriptionLong', p.bound ?? 1000)
    case 'questions':
      return tooBig ? say('problems.tooManyQuestions', { max: LIMITS.quizQuestions }) : m('problems.noQuestions')
    case 'prompt':
      return tooBig ? atMost('problems.promptLong', p.bound ?? LIMITS.promptChars) : m('problems.promptEmpty')
    case 'options':
      if (typeof index === 'number') return tooBig ? atMost('problems.optionLong', p.bound ?? LIMITS.optionChars) : m('problems.optionEmpty')
      return say('problems.tooManyOptions', { max: p.bound ?? LIMITS.options.max })
    case 'explanation':
      return atMost('problems.explanationLong', p.bound ?? LIMITS.explanationChars)
    case 'topic':
      return atMost('problems.topicLong', p.bound ?? 80)
    case 'timeLimitSec':
      return say('problems.timeLimit', { min: TIME_LIMIT_SEC.min, max: TIME_LIMIT_SEC.max })
    case 'number':
      // An empty field is NaN, which zod calls "expected number": say which fields to fill in.
      if (p.code === 'invalid_type') return m('problems.numberMissing')
      if (index === 'unit') return atMost('problems.unitLong', p.bound ?? 20)
      if (index === 'answers' && sub === undefined) return say('problems.tooManyNumbers', { max: LIMITS.numberAnswers.max })
      if (subIndex === 'credit') return m('problems.credit')
      if (subIndex === 'tolerance' && p.code === 'too_small') return m('problems.tolerance')
      if (index === 'step') return m('problems.step')
      return say('problems.numberTooBig', { max: LIMITS.numberMagnitude })
  }
  return p.message
}

/** The problems at `path` and below, in words, each said once. */
export function problemsAt(problems: readonly EditorProblem[], ...path: (string | number)[]): string[] {
  const here = problems.filter((p) => path.every((part, i) => p.path[i] === part))
  return [...new Set(here.map(describeProblem))]
}
