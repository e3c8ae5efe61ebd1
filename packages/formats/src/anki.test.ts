import { describe, expect, it } from 'vitest'
import { exportQuiz, importQuiz } from './index.ts'
import { fixture, problemLines, questionsOf } from './test-support.ts'

describe('Anki import', () => {
  it('reads flashcards from another deck as typed-answer questions: header lines, HTML, quoted fields with line breaks', async () => {
    const result = await importQuiz('anki', fixture('anki-flashcards.txt'))
    expect(problemLines(result)).toEqual([])
    expect(result.title).toBe('Capitals')
    expect(result.questions.map((q) => q.location)).toEqual(['line 5', 'line 6', 'line 8'])
    expect(questionsOf(result).map((q) => [q!.type, q!.prompt, q!.options.map((o) => o.text)])).toEqual([
      ['text', 'Capital of France?', ['Paris']],
      ['text', 'Capital of Japan?', ['Tokyo']],
      ['text', 'Capital of Peru?', ['Lima']],
    ])
  })

  it('reads back a note that Anki\'s editor rewrote (quoted attributes, <div>s, <br />)', async () => {
    const text = '#separator:tab\n#html:true\n#tags column:3\n' +
      'Which two?<div><ol type="A"><li class="x">red</li><LI>green</LI><li>blue</li></ol></div>\t<ul><li>A. red</li><li>C. blue</li></ul><hr>Primary<br />colours.\tcirrus::type::multiple\n'
    const [q] = questionsOf(await importQuiz('anki', text))
    expect(q).toMatchObject({ type: 'multiple', prompt: 'Which two?', options: [{ text: 'red', correct: true }, { text: 'green', correct: false }, { text: 'blue', correct: true }], explanation: 'Primary\ncolours.' })
  })

  it('reads a file without #html as plain text and guesses nothing about tags', async () => {
    const [q] = questionsOf(await importQuiz('anki', 'What is <b>?\tA bold tag\n'))
    expect(q).toMatchObject({ prompt: 'What is <b>?', options: [{ text: 'A bold tag' }] })
  })
})

describe('Anki files that cannot be read', () => {
  const cases: [string, string, string[]][] = [
    ['an unknown separator', '#separator:slash\nQ\tA\n', ['line 1: #separator: "slash" is not a separator Anki knows (tab, comma, semicolon, pipe, space, colon)']],
    ['a column that is not a number', '#separator:tab\n#tags column:x\nQ\tA\n', ['line 2: #tags column: "x" is not a column number']],
    ['headers only', '#separator:tab\n#html:true\n', ['file: no notes in the file']],
    ['a quote never closed', '#separator:tab\nQ\tA\n"Q2\tA2\n', ['line 3: a quoted field is never closed (a " is missing)']],
    ['a card without a back', '#separator:tab\nQ\tA\nOnly a front\t\n', ['line 3: the back is empty: a flashcard needs an answer']],
    ['an unknown cirrus type tag', '#separator:tab\n#tags column:3\nQ\tA\tcirrus::type::essay\n', ['line 3: tag cirrus::type::essay: "essay" is not one of single, multiple, truefalse, text, ordering, poll, number']],
    ['a choice note whose front lost its list', '#separator:tab\n#html:true\n#tags column:3\nQ\tA. x\tcirrus::type::single\n', ['line 4: the front has no lettered list of options (<ol type=A>...)']],
  ]
  it.each(cases)('%s', async (_name, text, expected) => {
    expect(problemLines(await importQuiz('anki', text))).toEqual(expected)
  })
})

describe('Anki export', () => {
  it('writes the header lines Anki reads, a lettered list on the front and the answer with the explanation on the back', async () => {
    const { content, fileExtension } = await exportQuiz('anki', {
      title: 'Deck <1>',
      questions: [
        { id: 'q1', type: 'multiple', prompt: 'Pick <two>', options: [{ text: 'a & b', correct: true }, { text: 'c', correct: true }, { text: 'd', correct: false }], explanation: 'Because\nreasons.', topic: 'my topic', difficulty: 'hard', timeLimitSec: 30, points: 2000, domain: 2 },
      ],
    })
    expect(fileExtension).toBe('txt')
    expect(content).toBe(
      '#separator:tab\n#html:true\n#notetype:Basic\n#deck:Deck <1>\n#guid column:1\n#tags column:4\n' +
        'q1\tPick &lt;two&gt;<ol type=A><li>a &amp; b</li><li>c</li><li>d</li></ol>\t<ul><li>A. a &amp; b</li><li>B. c</li></ul><hr>Because<br>reasons.\t' +
        'cirrus::type::multiple cirrus::difficulty::hard cirrus::timeLimitSec::30 cirrus::points::2000 cirrus::topic::my_topic cirrus::domain::2\n',
    )
  })
})
