import { questionImages, type QuestionType } from '@cirrus/questions'
import { warning } from './said.ts'
import type { ExportWarning, FormatId, QuizToExport } from './types.ts'

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

export function fitForFormat(format: FormatId, quiz: QuizToExport): { quiz: QuizToExport; warnings: ExportWarning[] } {
  const types = TYPES[format]
  const warnings: ExportWarning[] = []
  const questions = quiz.questions.flatMap((q, i) => {
    const named = { n: i + 1, prompt: q.prompt.length > 40 ? q.prompt.slice(0, 40) + '...' : q.prompt, format }
    if (types && !types.includes(q.type)) {
      warnings.push(warning('type_left_out', { ...named, type: q.type }))
      return []
    }
    if (format !== 'kahoot-xlsx' && !CARRIES_PICTURES.has(format) && questionImages(q).length) {
      warnings.push(warning('pictures_left_out', named))
      const { image: _, ...rest } = q
      return [{ ...rest, options: q.options.map(({ image: _i, ...o }) => o) }]
    }
    return [q]
  })
  return { quiz: { ...quiz, questions }, warnings }
}
