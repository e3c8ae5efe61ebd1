import { questionImages, type QuestionType } from '@cirrus/questions'
import { FORMATS } from './detect.ts'
import type { FormatId, QuizToExport } from './types.ts'

/**
 * What each format can carry of a quiz, and the quiz cut to it before it is written: a question of a type the
 * format has no counterpart for is left out, and a picture it cannot hold is dropped, each said in one warning.
 * Kahoot's file is not cut here: its own sheet leaves out what Kahoot lacks, and its Cirrus sheet keeps everything.
 */
const TYPES: Partial<Record<FormatId, readonly QuestionType[]>> = {
  gift: ['single', 'multiple', 'truefalse', 'text', 'number'],
  'moodle-xml': ['single', 'multiple', 'truefalse', 'text', 'number', 'ordering'],
  anki: ['single', 'multiple', 'truefalse', 'text'],
}
/** Formats that carry the pictures' bytes in the file. */
const CARRIES_PICTURES: ReadonlySet<FormatId> = new Set(['json', 'moodle-xml'])

const WHY: Partial<Record<QuestionType, string>> = {
  ordering: 'it has no ordering questions',
  poll: 'it has no polls',
  number: 'it has no number questions',
  text: 'it has no typed answers',
}

export function fitForFormat(format: FormatId, quiz: QuizToExport): { quiz: QuizToExport; warnings: string[] } {
  const types = TYPES[format]
  const label = FORMATS[format].label
  const warnings: string[] = []
  const questions = quiz.questions.flatMap((q, i) => {
    const name = `question ${i + 1} ("${q.prompt.length > 40 ? q.prompt.slice(0, 40) + '...' : q.prompt}")`
    if (types && !types.includes(q.type)) {
      warnings.push(`${name} is left out of ${label}: ${WHY[q.type] ?? `it has no ${q.type} questions`}`)
      return []
    }
    if (format !== 'kahoot-xlsx' && !CARRIES_PICTURES.has(format) && questionImages(q).length) {
      warnings.push(`${name}: its pictures are left out; ${label} cannot carry pictures (Cirrus JSON and Moodle XML can)`)
      const { image: _, ...rest } = q
      return [{ ...rest, options: q.options.map(({ image: _i, ...o }) => o) }]
    }
    return [q]
  })
  return { quiz: { ...quiz, questions }, warnings }
}
