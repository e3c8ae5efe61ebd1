import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { bank, LIMITS, normalizeTypedAnswer, QuestionSchema, starterQuiz, type Question } from '@cirrus/questions'
import { exportQuiz, importQuiz, goodQuestions, hasProblems, type FormatId } from './index.ts'
import { KAHOOT } from './kahoot.ts'
import { withoutBankTags } from './test-support.ts'

/**
 * Every question of the built-in bank and the starter quiz of the four types every format carries exactly: 2 to 9
 * options, long explanations. The bank's few ordering and number questions (for practice) round-trip in
 * roundtrip-types.test.ts, in each format as far as it can carry them.
 */
const FOUR_TYPES: ReadonlySet<string> = new Set(['single', 'multiple', 'truefalse', 'text'])
const everything: Question[] = [...bank, ...starterQuiz.questions].filter((q) => FOUR_TYPES.has(q.type))
const EXACT: FormatId[] = ['json', 'csv', 'gift', 'moodle-xml', 'anki']

/** The bank in parts no bigger than a quiz may be (LIMITS.quizQuestions). */
function parts(questions: readonly Question[]): Question[][] {
  const out: Question[][] = []
  for (let i = 0; i < questions.length; i += LIMITS.quizQuestions) out.push(questions.slice(i, i + LIMITS.quizQuestions))
  return out
}

async function roundTrip(format: FormatId, questions: readonly Question[], title = 'Round trip') {
  const exported = await exportQuiz(format, { title, questions })
  return { exported, imported: await importQuiz(format, exported.content) }
}

describe('round trip: what Cirrus exports it imports back unchanged', () => {
  it('covers every question type', () => {
    expect(new Set(everything.map((q) => q.type))).toEqual(new Set(['single', 'multiple', 'truefalse', 'text']))
  })

  it.each(EXACT)('%s: the whole built-in bank, a quiz-sized part at a time', async (format) => {
    for (const part of parts(everything)) {
      const { exported, imported } = await roundTrip(format, part, 'Bank: every "question" & type')
      expect(exported.warnings).toEqual([])
      expect(hasProblems(imported)).toBe(false)
      expect(goodQuestions(imported)).toEqual(format === 'json' ? part : part.map(withoutBankTags))
      expect(imported.title).toBe(format === 'csv' ? undefined : 'Bank: every "question" & type')
    }
  })

  it("kahoot-xlsx: the whole bank, from Cirrus's sheet beside Kahoot's, which holds what Kahoot can play", async () => {
    for (const part of parts(everything)) {
      const { exported, imported } = await roundTrip('kahoot-xlsx', part)
      const fits = part.filter((q) => q.type !== 'text' && q.options.length <= KAHOOT.answers)
      expect(exported.warnings.filter((w) => w.message.includes('left out'))).toHaveLength(part.length - fits.length)
      expect(hasProblems(imported)).toBe(false)
      expect(goodQuestions(imported)).toEqual(part.map(withoutBankTags))
    }
  })
})

// Text built from the characters each format treats specially: GIFT's ~ = # { } : \, CSV's quotes and commas,
// XML's and HTML's < > &, percent signs (GIFT weights), slashes (GIFT comments); words are joined by the
// whitespace HTML would collapse (runs of spaces, tabs, spaces around line breaks, blank lines).
const word = fc.stringMatching(/^[A-Za-z0-9~=#{}:\\<>&"';,.%|\-_/()[\]$@é€☁]{1,8}$/)
const text = (maxWords: number) =>
  fc.array(fc.tuple(word, fc.constantFrom(' ', ' ', ' ', '\n', '  ', '\t', '\n\n', ' \n  ')), { minLength: 1, maxLength: maxWords }).map((parts) =>
    parts.map(([w, sep], i) => (i === parts.length - 1 ? w : w + sep)).join(''),
  )
const answers = (min: number, max: number, key: (t: string) => string) => fc.uniqueArray(text(4), { minLength: min, maxLength: max, selector: key })
const choiceKey = (t: string) => t.trim().toLowerCase()

const optionsOf = fc.oneof(
  answers(2, 6, choiceKey).chain((texts) => fc.nat(texts.length - 1).map((right) => ({ type: 'single' as const, options: texts.map((t, i) => ({ text: t, correct: i === right })) }))),
  answers(3, 6, choiceKey).chain((texts) =>
    fc.uniqueArray(fc.nat(texts.length - 1), { minLength: 2, maxLength: texts.length }).map((right) => ({ type: 'multiple' as const, options: texts.map((t, i) => ({ text: t, correct: right.includes(i) })) })),
  ),
  fc.boolean().map((right) => ({ type: 'truefalse' as const, options: [{ text: 'True', correct: right }, { text: 'False', correct: !right }] })),
  answers(1, 10, normalizeTypedAnswer).map((texts) => ({ type: 'text' as const, options: texts.map((t) => ({ text: t, correct: true })) })),
)

const question = fc
  .record({
    id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
    kind: optionsOf,
    prompt: text(20),
    explanation: fc.oneof(fc.constant(''), text(30)),
    topic: fc.option(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/), { nil: undefined }),
    domain: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    difficulty: fc.constantFrom('easy', 'medium', 'hard'),
    timeLimitSec: fc.integer({ min: 5, max: 240 }),
    points: fc.constantFrom(0, 1000, 2000),
  })
  .map(({ kind, ...rest }) => QuestionSchema.safeParse({ ...rest, ...kind }))
  .filter((parsed) => parsed.success)
  .map((parsed) => parsed.data!)

describe('round trip of generated questions full of special characters', () => {
  // An .xlsx takes ~30 ms to write and read, so Kahoot gets fewer runs.
  it.each(EXACT.map((f) => [f, 100]).concat([['kahoot-xlsx', 20]]) as [FormatId, number][])('%s', async (format, numRuns) => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(question, { minLength: 1, maxLength: 5, selector: (q) => q.id }), async (questions) => {
        const { imported } = await roundTrip(format, questions)
        expect(imported.fileProblems).toEqual([])
        expect(imported.questions.map((q) => q.problems)).toEqual(questions.map(() => []))
        expect(goodQuestions(imported)).toEqual(questions)
      }),
      { numRuns },
    )
  })
})

describe('any input at all', () => {
  // Fragments of each format's syntax, shuffled into nonsense: readers must answer with problems, never throw.
  const fragment = fc.constantFrom('{', '}', '=', '~', '#', '####', '::', '%50%', '\\', '\n', '\n\n', '\r\n', '//', '$CATEGORY:', '"', ',', ';', '\t',
    '<quiz>', '</quiz>', '<!DOCTYPE q [<!ENTITY e SYSTEM "x">]>', '<!ENTITY a "&b;&b;">', '<question type="multichoice">', '</question>', '<text>', '</text>', '<![CDATA[', ']]>', '&amp;', '&nbsp;',
    '#separator:tab', '#html:true', '#tags column:3', 'cirrus::type::single', '<ol type=A>', '<li>', '</li>', '<hr>',
    'question', 'answer 1', 'correct', 'True', 'False', 'T', '1,3', 'x', ' ', '[html]', '->', '{"questions":[', ']}')
  const junk = fc.oneof(fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join('')), fc.string({ maxLength: 200 }))

  it.each(['json', 'csv', 'gift', 'moodle-xml', 'anki'] as const)('%s never throws, and every problem says where it is', async (format) => {
    await fc.assert(
      fc.asyncProperty(junk, async (text) => {
        const result = await importQuiz(format, text)
        for (const p of [...result.fileProblems, ...result.questions.flatMap((q) => q.problems)]) {
          expect(p.location).toMatch(/^(file|line \d+|row \d+( \(line \d+\))?|question #\d+|<question> #\d+( \(line \d+\))?)$/)
          expect(p.message.length).toBeGreaterThan(0)
        }
        for (const q of result.questions) expect(q.question === null).toBe(q.problems.length > 0)
      }),
      { numRuns: 300 },
    )
  })

  it('kahoot-xlsx never throws on bytes that are not a spreadsheet', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        const result = await importQuiz('kahoot-xlsx', bytes)
        expect(result.questions).toEqual([])
        expect(result.fileProblems).toHaveLength(1)
      }),
      { numRuns: 100 },
    )
  })
})
