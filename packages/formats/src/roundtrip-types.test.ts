import { describe, expect, it } from 'vitest'
import { bank, QuestionSchema, type Question, type QuestionInput } from '@cirrus/questions'
import { exportQuiz, goodQuestions, hasProblems, importQuiz, type FormatId } from './index.ts'
import { withoutBankTags } from './test-support.ts'

/**
 * Round trips of the new question types and of pictures (issue 17): each format gives back, field for field, every
 * question it can carry, and says in a warning what it leaves out.
 */

const q = (input: Omit<QuestionInput, 'explanation'> & { explanation?: string }): Question => QuestionSchema.parse({ explanation: `Why ${input.id}.`, topic: 'rivers', ...input })
const ORDERING = q({ id: 'order', type: 'ordering', prompt: 'From the source: the Danube’s cities', options: ['Ulm', 'Vienna', 'Budapest', 'Belgrade'].map((text) => ({ text, correct: true })) })
const POLL = q({ id: 'poll', type: 'poll', prompt: 'Which river would you sail?', options: ['Danube', 'Rhine', 'Elbe'].map((text) => ({ text, correct: false })) })
const NUMBER = q({ id: 'number', type: 'number', prompt: 'How long is the Danube?', options: [], number: { answers: [{ value: 2850, tolerance: 50, credit: 1 }, { value: 2850, tolerance: 300, credit: 0.5 }], min: 1000, max: 5000, step: 10, unit: 'km' } })
const EXACT_NUMBER = q({ id: 'exact', type: 'number', prompt: 'How many moons has Mars?', options: [], number: { answers: [{ value: 2, tolerance: 0, credit: 1 }] } })
const IMAGE = { id: 'a'.repeat(64), alt: 'A map of the Danube' }
const FLAG = { id: 'b'.repeat(64), alt: 'A red flag' }
const PICTURED = q({ id: 'pictured', type: 'single', prompt: 'Which river is drawn?', image: IMAGE, options: [{ text: 'Danube', correct: true, image: FLAG }, { text: 'Rhine', correct: false }] })
const NEW_TYPES = [ORDERING, POLL, NUMBER, EXACT_NUMBER]
/** Each picture's bytes, as the server hands them to an export: a 1x1 PNG's base64 will do. */
const PICTURES = { [IMAGE.id]: { format: 'png', base64: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==' }, [FLAG.id]: { format: 'png', base64: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==' } }

/** What each format carries of the new types. */
const CARRIED: Record<FormatId, Question[]> = {
  json: NEW_TYPES,
  csv: NEW_TYPES,
  'kahoot-xlsx': NEW_TYPES, // in its Cirrus sheet; Kahoot's own sheet leaves them out
  gift: [NUMBER, EXACT_NUMBER],
  'moodle-xml': [ORDERING, NUMBER, EXACT_NUMBER],
  anki: [],
}

async function roundTrip(format: FormatId, questions: readonly Question[], pictures?: typeof PICTURES) {
  const exported = await exportQuiz(format, { title: 'Rivers', questions, ...(pictures && { pictures }) })
  return { exported, imported: await importQuiz(format, exported.content) }
}

describe('round trips of ordering, poll and number', () => {
  it.each(Object.keys(CARRIED) as FormatId[])('%s gives back what it carries and names what it leaves out', async (format) => {
    const { exported, imported } = await roundTrip(format, NEW_TYPES)
    // Anki carries none of them: its file is left with no notes, and says so.
    if (format === 'anki') expect(imported.fileProblems.map((p) => p.message)).toEqual(['no notes in the file'])
    else expect(hasProblems(imported), JSON.stringify(imported.questions.flatMap((x) => x.problems))).toBe(false)
    expect(goodQuestions(imported)).toEqual(CARRIED[format])
    const leftOut = NEW_TYPES.filter((x) => !CARRIED[format].includes(x))
    if (format === 'kahoot-xlsx') expect(exported.warnings.filter((w) => w.message.includes("left out of Kahoot's sheet"))).toHaveLength(4)
    else expect(exported.warnings).toHaveLength(leftOut.length)
    for (const x of leftOut) expect(exported.warnings.some((w) => w.message.includes(x.prompt.slice(0, 20)))).toBe(true)
  })
})

describe("round trips of the bank's ordering and number questions", () => {
  const practiceOnly = bank.filter((x) => x.type === 'ordering' || x.type === 'number')
  it.each(['json', 'csv', 'moodle-xml'] as FormatId[])('%s gives them back unchanged', async (format) => {
    expect(practiceOnly.length).toBeGreaterThanOrEqual(6)
    const { exported, imported } = await roundTrip(format, practiceOnly)
    expect(exported.warnings).toEqual([])
    expect(goodQuestions(imported)).toEqual(format === 'json' ? practiceOnly : practiceOnly.map(withoutBankTags))
  })
})

describe('round trips of pictures', () => {
  it('Cirrus JSON and Moodle XML carry the bytes, for the importing server to keep; the question comes back without the old names', async () => {
    for (const format of ['json', 'moodle-xml'] as const) {
      const { exported, imported } = await roundTrip(format, [PICTURED], PICTURES)
      expect(exported.warnings).toEqual([])
      const [only] = imported.questions
      expect(only!.problems).toEqual([])
      const { image: _, ...question } = PICTURED
      expect(only!.question).toEqual({ ...question, options: PICTURED.options.map(({ image: _i, ...o }) => o) })
      expect(only!.pictures!.map((p) => [p.target, p.alt, p.base64])).toEqual([
        ['question', IMAGE.alt, PICTURES[IMAGE.id]!.base64],
        [0, FLAG.alt, PICTURES[FLAG.id]!.base64],
      ])
    }
  })

  it('Cirrus JSON without the bytes keeps the names, for the server to check they are there', async () => {
    const { imported } = await roundTrip('json', [PICTURED])
    expect(goodQuestions(imported)).toEqual([PICTURED])
  })

  it.each(['csv', 'gift', 'anki', 'kahoot-xlsx'] as const)('%s says that it leaves the pictures out', async (format) => {
    const { exported, imported } = await roundTrip(format, [PICTURED], PICTURES)
    expect(exported.warnings.some((w) => /pictures are left out/.test(w.message))).toBe(true)
    expect(goodQuestions(imported)[0]).toMatchObject({ prompt: PICTURED.prompt })
    expect(goodQuestions(imported)[0]!.image).toBeUndefined()
  })
})
