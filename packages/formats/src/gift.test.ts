import { describe, expect, it } from 'vitest'
import { exportQuiz, importQuiz } from './index.ts'
import { escapeGift } from './gift.ts'
import { fixture, problemLines, questionsOf } from './test-support.ts'

const importGift = (text: string) => importQuiz('gift', text)

describe('GIFT import from a file written by Moodle\'s documentation', () => {
  it('reads every question type, titles, categories, feedback, escapes, comments and multi-line text', async () => {
    const result = await importQuiz('gift', fixture('moodle-docs.gift'), { fileName: 'moodle-docs.gift' })
    expect(problemLines(result)).toEqual([])
    expect(result.questions.map((q) => q.location)).toEqual(['line 6', 'line 15', 'line 20', 'line 27', 'line 29', 'line 31', 'line 37', 'line 45', 'line 50'])
    const [largest, escapes, giants, sun, moon, wells, twoLines, luna, missingWord] = questionsOf(result)

    expect(largest).toMatchObject({
      type: 'single',
      prompt: 'Which planet is the largest?',
      options: [
        { text: 'Jupiter', correct: true },
        { text: 'Saturn', correct: false },
        { text: 'Earth', correct: false },
        { text: 'Mars', correct: false },
      ],
      explanation: 'Jupiter is the largest planet of the solar system.',
      topic: 'Solar system',
    })
    expect(escapes).toMatchObject({
      prompt: 'Which sign marks a right answer in GIFT: = or ~? Braces { } and # need a backslash too, and so does \\.',
      options: [
        { text: 'The equals sign =', correct: true },
        { text: 'The tilde ~', correct: false },
      ],
      // No general feedback: the one right answer's feedback explains.
      explanation: 'right',
    })
    expect(giants).toMatchObject({ type: 'multiple', options: [{ correct: true }, { correct: true }, { correct: false }, { correct: false }] })
    expect(sun).toMatchObject({ type: 'truefalse', options: [{ text: 'True', correct: true }, { text: 'False', correct: false }], explanation: 'The Sun is a main-sequence star.' })
    expect(moon).toMatchObject({ type: 'truefalse', options: [{ text: 'True', correct: false }, { text: 'False', correct: true }] })
    // Short answer: =%50%Wells is partial credit in Moodle, accepted here.
    expect(wells).toMatchObject({ type: 'text', prompt: 'Who wrote "The War of the Worlds"?', options: [{ text: 'H. G. Wells' }, { text: 'H.G. Wells' }, { text: 'Wells' }] })
    expect(twoLines!.prompt).toBe("This question's text\nruns over two lines, mentions 10:30 and the page https://example.org/a//b, and ends here.")
    // [html] text becomes plain text; Moodle 4's "// [id:...]" comment names the question; the new category is its topic.
    expect(luna).toMatchObject({ id: 'moons-1', prompt: "What is Earth's moon called in Latin?", options: [{ text: 'Luna', correct: true }, { text: 'Phobos' }], topic: 'Moons' })
    expect(missingWord).toMatchObject({ prompt: 'The _____ is at the centre of the solar system.', options: [{ text: 'Mercury' }, { text: 'Sun', correct: true }, { text: 'Moon' }] })
    expect(result.title).toBe('moodle-docs')
  })

  it('takes \\n as a line break and leaves unknown escapes alone', async () => {
    const [q] = questionsOf(await importGift('First line\\nsecond \\+ line {=a ~b}'))
    expect(q!.prompt).toBe('First line\nsecond \\+ line')
  })

  it('reads a multiple-choice question whose partial-credit answers count as wrong', async () => {
    const [q] = questionsOf(await importGift('Pick one {=right ~%50%half ~wrong}'))
    expect(q).toMatchObject({ type: 'single', options: [{ correct: true }, { correct: false }, { correct: false }] })
  })
})

describe('GIFT files that cannot be read', () => {
  const cases: [string, string, string[]][] = [
    ['an answer block never closed', '// first\n\nQuestion one {=a ~b}\n\nQuestion two {\n=a\n~b\n', ['line 5: the answers opened with { are never closed with }']],
    ['a title never closed', '::Title without end Question {=a ~b}', ['line 1: the title opened with :: is never closed with ::']],
    ['text alone (a description)', 'Just some text.\n\nQ {=a ~b}', ['line 1: no answers: a question needs its answers in {...} (text alone is a Moodle "description", which Cirrus cannot play)']],
    ['an essay', 'Write about clouds. {}', ['line 1: an essay question (empty {}) has no answer to check; Cirrus cannot play it']],
    ['a numerical answer that is not a number', 'How many moons has Mars? {#two}', ['line 1: "two" is not a number: write 3.14:0.01 (a value and its tolerance), 3.1..3.2 (a range) or 42']],
    ['a matching question', 'Match them {\n=cat -> meow\n=dog -> woof\n}', ['line 1: a matching question (answers with ->) is not one of the question types Cirrus plays']],
    ['a weight out of range', 'Q {\n~%150%a\n~%-50%b\n~c\n}', ['line 2: answer "a" has the weight 150%, outside -100% to 100%']],
    ['text before the first answer', 'Q {oops =a ~b}', ['line 1: "oops" before the first answer: start each answer with = or ~']],
    ['an unescaped brace inside the answers', 'Q {=a {b} ~c}', ['line 1: a { inside the answers: write \\{ for a literal brace']],
    ['a stray closing brace after the answers', 'Q {=a ~b} and }', ['line 1: a } without its {: write \\} for a literal brace']],
    ['an empty answer', 'Q {=a ~ }', ['line 1: an empty answer after "~"']],
    ['a broken cirrus comment', '// cirrus: {difficulty: hard}\nQ {=a ~b}', ['line 1: the cirrus comment is not a JSON object: {difficulty: hard}']],
    ['a repeated answer, caught by the bank\'s rules', 'Q {=a =b ~c ~a}', ['line 1: answer 4: options 1 and 4 are the same']],
    ['no right answer, caught by the bank\'s rules', '\n\nQ {~a ~b}', ['line 3: answers: a multiple-choice question has exactly one right option, not 0']],
    ['an empty file', '  \n', ['file: the file is empty']],
    ['only comments', '// nothing\n// here', ['file: no questions found (a GIFT question ends with its answers in {...})']],
  ]
  it.each(cases)('%s', async (_name, text, expected) => {
    const result = await importGift(text)
    expect(problemLines(result)).toEqual(expected)
  })

  it('keeps the good questions of a partly broken file, each with its own line', async () => {
    const result = await importGift('Good one {=a ~b}\n\nBad one {=a ~b\n\n::t::Good two {T}')
    expect(result.questions.map((q) => [q.location, q.question ? 'ok' : q.problems.map((p) => p.message)])).toEqual([
      ['line 1', 'ok'],
      ['line 3', ['the answers opened with { are never closed with }']],
      ['line 5', 'ok'],
    ])
  })
})

describe('GIFT export', () => {
  it('escapes every special character and writes line breaks as \\n', () => {
    expect(escapeGift('a~b=c#d{e}f:g\\h\ni')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni')
  })

  it('writes Moodle weights that add up to 100% for a multiple-response question', async () => {
    const { content } = await exportQuiz('gift', {
      title: 'T',
      questions: [
        {
          id: 'q1', type: 'multiple', prompt: 'Pick three', explanation: '', difficulty: 'medium', timeLimitSec: 20, points: 1000,
          options: [{ text: 'a', correct: true }, { text: 'b', correct: true }, { text: 'c', correct: true }, { text: 'd', correct: false }],
        },
      ],
    })
    expect(content).toContain('\t~%33.33333%a\n\t~%33.33333%b\n\t~%33.33333%c\n\t~%-33.33333%d\n}')
  })
})
