import { describe, expect, it } from 'vitest'
import { parseDelimited } from './delimited.ts'
import { importQuiz } from './index.ts'
import { writeXlsx } from './spreadsheet.ts'
import { fixture, problemLines, questionsOf } from './test-support.ts'
import type { ImportResult } from './types.ts'

/**
 * Files teachers already hold, written here as their tools make them, imported as their authors meant (issue 17):
 * each test names the defect it holds fixed.
 */

const notesOf = (result: ImportResult) => result.questions.flatMap((q) => (q.notes ?? []).map((n) => `${q.location}: ${n.message}`))

describe('spreadsheets of other tools', () => {
  it("a first column of numbers (\"No.\", \"Question #\") is a numbering, not the questions", async () => {
    const result = await importQuiz('csv', fixture('numbered-first-column.csv'))
    expect(problemLines(result)).toEqual([])
    expect(questionsOf(result).map((q) => q?.prompt)).toEqual(['Which planet is closest to the Sun?', 'Which planet has the most moons?'])
  })

  it('a question that is only a number is imported with a note asking where the question is, never silently', async () => {
    const result = await importQuiz('csv', 'Question,Answer 1,Answer 2,Correct\n7,Yes,No,1\n')
    expect(notesOf(result)).toEqual(['row 2: the question text is only the number "7": is the question in another column? Name it "question" or "question text"'])
  })

  it("Blooket's template: its headers' hints, 100 numbered slots of which three are filled, 300 s brought to 240 with a note", async () => {
    const result = await importQuiz('csv', fixture('blooket-template.csv'))
    expect(problemLines(result)).toEqual([])
    expect(result.questions).toHaveLength(3)
    const [paris, colours, spider] = questionsOf(result)
    expect(paris).toMatchObject({ type: 'single', prompt: 'What is the capital of France?', timeLimitSec: 20, options: [{ text: 'Paris', correct: true }, {}, {}, {}] })
    expect(colours).toMatchObject({ type: 'multiple', timeLimitSec: 240, options: [{ correct: true }, { correct: false }, { correct: true }, { correct: false }] })
    expect(spider).toMatchObject({ options: [{ text: 'Six', correct: false }, { text: 'Eight', correct: true }] })
    expect(notesOf(result)).toEqual(["row 4 (line 9): time limit 300 s is outside Cirrus's 5 to 240 s: set to 240 s"])
  })

  // The template's layout as Wayground ships it: the header row, then a row of instructions ("Text of the question
  // (required)", ... "Time in seconds (optional, default value is 30 seconds)"), then the teacher's questions.
  it("Quizizz (Wayground)'s template: its row of instructions left out, its types, time (blank: its 30 s) and explanation columns, a picture link said per question", async () => {
    const result = await importQuiz('csv', fixture('quizizz-template.csv'))
    expect(result.questions).toHaveLength(6)
    const [gas, mammals, gold, poll, essay, light] = result.questions
    expect(gas!.question).toMatchObject({ type: 'single', timeLimitSec: 30, explanation: 'Plants take in carbon dioxide for photosynthesis.', options: [{ correct: false }, { correct: true }, {}, {}] })
    expect(mammals!.question).toMatchObject({ type: 'multiple', timeLimitSec: 45, explanation: 'Whales and bats feed their young milk.' })
    expect(mammals!.notes?.map((n) => n.message)).toEqual(['the picture at https://example.org/animals.png is not brought along (an import fetches nothing from the web): add it to this question in the editor'])
    expect(gold!.question).toMatchObject({ type: 'text', options: [{ text: 'Au', correct: true }], explanation: 'From the Latin aurum.' })
    expect(poll!.question).toMatchObject({ type: 'poll', timeLimitSec: 30, options: [{ text: 'Plants', correct: false }, { text: 'Animals', correct: false }, { text: 'Rocks', correct: false }] })
    expect(essay!.question).toBeNull()
    expect(essay!.problems.map((p) => p.message)).toEqual(['type "Open-Ended": an open-ended question has no right answer to score; ask it as a poll, or as a typed answer with the answers you accept'])
    expect(light!.question).toMatchObject({ timeLimitSec: 240 })
    expect(light!.notes?.map((n) => n.message)).toEqual(["time limit 900 s is outside Cirrus's 5 to 240 s: set to 240 s"])
  })

  it("Quizizz (Wayground)'s template as the .xlsx it downloads as: the same questions as from its CSV", async () => {
    const rows = parseDelimited(fixture('quizizz-template.csv'), ',').rows
    const fromXlsx = await importQuiz('kahoot-xlsx', await writeXlsx([{ sheet: 'Sheet1', data: rows }]))
    const fromCsv = await importQuiz('csv', fixture('quizizz-template.csv'))
    expect(fromXlsx.questions.map((q) => q.question)).toEqual(fromCsv.questions.map((q) => q.question))
    expect(fromXlsx.questions.map((q) => q.problems.map((p) => p.message))).toEqual(fromCsv.questions.map((q) => q.problems.map((p) => p.message)))
  })

  it("Gimkit's template: the right answer's text, then the wrong ones", async () => {
    const result = await importQuiz('csv', fixture('gimkit-template.csv'))
    expect(problemLines(result)).toEqual([])
    expect(questionsOf(result)).toMatchObject([
      { type: 'single', prompt: 'What is 7 x 8?', options: [{ text: '56', correct: true }, { text: '54', correct: false }, { text: '64', correct: false }, { text: '48', correct: false }] },
      { type: 'single', prompt: 'Which ocean is the largest?', options: [{ text: 'Pacific', correct: true }, { text: 'Atlantic' }, { text: 'Indian' }] },
    ])
  })

  it('ordering, poll and number rows in Cirrus CSV', async () => {
    const text = [
      'type,question,answer 1,answer 2,answer 3,correct',
      'ordering,Oldest first,Rome,Paris,Brasília,',
      'poll,Tea or coffee?,Tea,Coffee,,',
      'number,How long is the Danube in km?,2850 ± 50,2600..3100 (50%),,',
      'number,Pi?,3.14159 +- 0.01,,,',
      'number,Broken,about forty,,,',
    ].join('\n')
    const result = await importQuiz('csv', text)
    expect(result.questions.slice(0, 4).map((q) => q.question)).toMatchObject([
      { type: 'ordering', options: [{ text: 'Rome', correct: true }, { text: 'Paris', correct: true }, { text: 'Brasília', correct: true }] },
      { type: 'poll', options: [{ correct: false }, { correct: false }] },
      { type: 'number', options: [], number: { answers: [{ value: 2850, tolerance: 50, credit: 1 }, { value: 2850, tolerance: 250, credit: 0.5 }] } },
      { type: 'number', number: { answers: [{ value: 3.14159, tolerance: 0.01, credit: 1 }] } },
    ])
    expect(result.questions[4]!.problems.map((p) => p.message)).toContain('answer 1 "about forty" is not a number (write 42, 42 ± 2, 40..44, or 42 ± 5 (50%) for part of the points)')
  })
})

describe("problems in a teacher's words", () => {
  it.each([
    ['a time limit too long (JSON)', { timeLimitSec: 500 }, 'question #1: the time limit is 500 seconds; a question takes 5 to 240, in whole seconds'],
    ['points of another tool', { points: 500 }, 'question #1: points 500 is not one of 0, 1000, 2000 (none, standard, double)'],
    ['an answer too long', { options: [{ text: 'x'.repeat(250), correct: true }, { text: 'b', correct: false }] }, 'question #1: answer 1 is 250 characters; at most 200'],
    ['no answers at all', { options: [] }, 'question #1: answers: a multiple-choice question has 2 to 6 options, not 0'],
    ['an empty question', { prompt: '  ' }, 'question #1: the question text is empty'],
    ['a number without numbers', { type: 'number', options: [], number: { answers: [] } }, 'question #1: accepted numbers: none given'],
  ])('%s', async (_name, patch, message) => {
    const question = { type: 'single', prompt: 'Which?', options: [{ text: 'a', correct: true }, { text: 'b', correct: false }], ...patch }
    const result = await importQuiz('json', JSON.stringify({ title: 'T', questions: [question] }))
    expect(problemLines(result)).toContain(message)
    for (const line of problemLines(result)) expect(line).not.toMatch(/Too (small|big)|expected (array|number|string)|Invalid (input|option)/)
  })
})

describe('GIFT as Moodle writes it', () => {
  it('applies the format marks of the question, its answers and feedback ([markdown], [moodle], [html], [plain])', async () => {
    const result = await importQuiz('gift', fixture('gift-real.gift'))
    const [markdown, moodle, html] = questionsOf(result)
    expect(markdown).toMatchObject({ prompt: 'Which is the closest star to Earth?', options: [{ text: 'The Sun', correct: true }, { text: 'Proxima <Centauri>', correct: false }] })
    expect(moodle).toMatchObject({ prompt: 'Which gas do plants\ntake in?' })
    expect(html).toMatchObject({ prompt: 'Pick the noble gas', options: [{ text: 'Neon' }, { text: 'Nitrogen' }], explanation: 'Right: a noble gas.' })
    for (const q of questionsOf(result)) expect(JSON.stringify(q)).not.toMatch(/\[(html|moodle|markdown|plain)\]|\*\*|<b>/)
  })

  it('reads {#...} as number questions: a tolerance, a range, part of the points', async () => {
    const result = await importQuiz('gift', fixture('gift-real.gift'))
    const byTitle = (prompt: string) => questionsOf(result).find((q) => q?.prompt.startsWith(prompt))
    expect(byTitle('What is pi')).toMatchObject({ type: 'number', options: [], number: { answers: [{ value: 3.14, tolerance: 0.005, credit: 1 }] } })
    expect(byTitle('In what year')).toMatchObject({ type: 'number', number: { answers: [{ value: 1945, tolerance: 1, credit: 1 }] } })
    expect(byTitle('When was Beethoven')).toMatchObject({ type: 'number', explanation: 'Right.', number: { answers: [{ value: 1770, tolerance: 0, credit: 1 }, { value: 1770, tolerance: 5, credit: 0.5 }] } })
  })

  it('says in the preview where partial credit cannot come as Moodle gives it, and which pictures the file cannot carry', async () => {
    const result = await importQuiz('gift', fixture('gift-real.gift'))
    expect(problemLines(result)).toEqual([])
    expect(notesOf(result)).toEqual([
      'line 26: answer "Wells" (50%) earns part of the points in Moodle; here it counts as fully right',
      'line 28: answer "9" (50%) earns part of the points in Moodle; Cirrus gives one-answer questions no partial credit, so it counts as wrong',
      "line 30: the right answers' weights (70%, 30%) become equal shares: Cirrus credits each right answer picked alike",
      'line 36: the question shows the picture "europe map.png", which a GIFT file cannot carry: add it to this question in the editor',
    ])
  })
})

describe('Moodle XML as Moodle writes it', () => {
  it('reads numerical questions as numbers (tolerance, partial credit, unit) and ordering questions as orders', async () => {
    const result = await importQuiz('moodle-xml', fixture('moodle-real.xml'))
    const [danube, downstream] = questionsOf(result)
    expect(danube).toMatchObject({ type: 'number', prompt: 'How long is the Danube?', explanation: 'About 2,850 km.', number: { answers: [{ value: 2850, tolerance: 50, credit: 1 }, { value: 2850, tolerance: 300, credit: 0.5 }], unit: 'km' } })
    expect(downstream).toMatchObject({ type: 'ordering', options: ['Ulm', 'Vienna', 'Budapest', 'Belgrade'].map((text) => ({ text, correct: true })) })
  })

  it('brings along the pictures the file carries (the question\'s and an answer\'s, the old <image>) and says what cannot come', async () => {
    const result = await importQuiz('moodle-xml', fixture('moodle-real.xml'))
    expect(problemLines(result)).toEqual([])
    const [, , map, old] = result.questions
    expect(map!.pictures!.map(({ base64, ...p }) => ({ ...p, bytes: base64.length > 100 }))).toEqual([
      { target: 'question', name: 'black sea.png', alt: 'A map with one sea in blue', bytes: true },
      { target: 0, name: 'flag.jpg', alt: 'A red flag', bytes: true },
    ])
    expect(map!.notes?.map((n) => n.message)).toEqual([
      'the question comes with the file "waves.mp3", which Cirrus cannot show (it shows pictures only: PNG, JPEG, GIF, WebP)',
      'answer "The Caspian Sea" (50%) earns part of the points in Moodle; Cirrus gives one-answer questions no partial credit, so it counts as wrong',
      'answer 3 shows the picture "missing.png", which is not in the file: add it to this question in the editor',
    ])
    expect(old!.pictures!.map((p) => [p.target, p.name, p.alt])).toEqual([['question', 'red.jpg', 'red']])
    expect(old!.notes?.map((n) => n.message)).toEqual(["the right answers' weights (70%, 30%) become equal shares: Cirrus credits each right answer picked alike"])
  })
})

describe('Anki as Anki exports it', () => {
  it("takes only what follows <hr id=answer> as the answer when the back repeats the front, and names the pictures left in Anki's media", async () => {
    const result = await importQuiz('anki', fixture('anki-cards-export.txt'))
    expect(problemLines(result)).toEqual([])
    expect(questionsOf(result).map((q) => [q?.prompt, q?.options.map((o) => o.text)])).toEqual([
      ['What is the capital of France?', ['Paris']],
      ['What is the capital of Peru?', ['Lima']],
      ['Which river flows through Rome?', ['Tiber']],
    ])
    expect(notesOf(result)).toEqual([
      `line 5: the front shows the picture "peru-map.jpg", which stays in Anki's media folder (a text export leaves it out): add it to this question in the editor`,
      `line 5: the back shows the picture "peru-map.jpg", which stays in Anki's media folder (a text export leaves it out): add it to this question in the editor`,
    ])
  })
})
