import { describe, expect, it } from 'vitest'
import { importQuiz } from './index.ts'
import { fixture, problemLines, questionsOf } from './test-support.ts'

describe('Moodle XML import', () => {
  it('reads multichoice (one and several answers), truefalse and shortanswer, with CDATA, HTML and categories', async () => {
    const result = await importQuiz('moodle-xml', fixture('moodle-export.xml'))
    expect(result.title).toBe('DNS')
    // The essay is listed with its element number and line; the others pass.
    expect(problemLines(result)).toEqual(['<question> #7 (line 75): type "essay" is not one of the types Cirrus plays (multichoice, truefalse, shortanswer, numerical, ordering)'])
    expect(result.questions.map((q) => q.location)).toEqual([
      '<question> #2 (line 12)',
      '<question> #3 (line 46)',
      '<question> #4 (line 55)',
      '<question> #6 (line 66)',
      '<question> #7 (line 75)',
    ])
    const [record, transport, port, tool, essay] = questionsOf(result)
    expect(record).toEqual({
      id: 'dns-a-record',
      type: 'single',
      prompt: 'Which DNS record maps a name to an IPv4 address?\n\nPick one & only one. An unknown tag is dropped, as a browser would.',
      options: [
        { text: 'A', correct: true },
        { text: 'AAAA', correct: false },
        { text: 'MX', correct: false },
        { text: 'CNAME', correct: false },
      ],
      explanation: 'An A record holds an IPv4 address; AAAA holds IPv6.',
      topic: 'DNS',
      difficulty: 'medium',
      timeLimitSec: 20,
      points: 1000,
    })
    expect(transport).toMatchObject({ type: 'multiple', prompt: 'Which two are transport-layer protocols & run over IP?', options: [{ correct: true }, { correct: true }, { correct: false }] })
    // No general feedback: the right answer's feedback explains.
    expect(port).toMatchObject({ type: 'truefalse', options: [{ text: 'True', correct: true }, { text: 'False', correct: false }], explanation: 'Yes, over UDP and TCP.' })
    // plain_text keeps what looks like a tag; answers worth 0% are not accepted.
    expect(tool).toMatchObject({ type: 'text', prompt: 'Which command-line tool queries DNS? (Two <answers> are accepted.)', options: [{ text: 'dig' }, { text: 'nslookup' }], topic: 'Tools' })
    expect(essay).toBeNull()
  })
})

describe('Moodle XML files that cannot be read', () => {
  const cases: [string, string, string[]][] = [
    ['an empty file', '', ['file: the file is empty']],
    ['a tag closed by the wrong name', '<quiz>\n<question type="truefalse">\n<questiontext><text>x</txt></questiontext>\n</question>\n</quiz>', [
      "line 3: not well-formed XML: </txt> closes <text>, opened on line 3",
    ]],
    ['an unclosed element', '<quiz>\n<question type="truefalse">\n', ['line 2: not well-formed XML: <quiz>, <question> never closed']],
    ['a DOCTYPE with entities (external file, exponential expansion)', '<?xml version="1.0"?>\n<!DOCTYPE quiz [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<quiz><question type="shortanswer"><questiontext><text>&xxe;</text></questiontext><answer fraction="100"><text>a</text></answer></question></quiz>', [
      'line 2: a <!DOCTYPE> declaration: Moodle XML files have none, and Cirrus does not read them',
    ]],
    ['many elements left open', '<quiz>\n<question>\n<a>\n<b>\n<c>\n', ['line 5: not well-formed XML: <quiz>, <question>, ... 2 more, <c> never closed']],
    ['no <quiz>', '<questions/>', ['file: no <quiz> element: a Moodle XML file holds <question> elements inside <quiz>']],
    ['no questions', '<quiz>\n<question type="category"><category><text>$course$/top</text></category></question>\n</quiz>', ['file: no questions in <quiz>']],
    ['a fraction that is not a number', '<quiz><question type="multichoice"><questiontext><text>Q</text></questiontext><answer fraction="lots"><text>a</text></answer></question></quiz>', [
      '<question> #1 (line 1): <answer> #1 has fraction="lots", not a number',
    ]],
    ['a truefalse without its answers', '<quiz>\n  <question type="truefalse"><questiontext><text>Q</text></questiontext><answer fraction="100"><text>yes</text></answer></question>\n</quiz>', [
      '<question> #1 (line 2): a truefalse question needs the answers "true" and "false"',
    ]],
    ['a multichoice with two full-mark answers, caught by the bank\'s rules', '<quiz><question type="multichoice"><questiontext><text>Q</text></questiontext><single>true</single><answer fraction="100"><text>a</text></answer><answer fraction="100"><text>b</text></answer><answer fraction="0"><text>c</text></answer></question></quiz>', [
      '<question> #1 (line 1): answers: a multiple-choice question has exactly one right option, not 2',
    ]],
  ]
  it.each(cases)('%s', async (_name, text, expected) => {
    expect(problemLines(await importQuiz('moodle-xml', text))).toEqual(expected)
  })
})
