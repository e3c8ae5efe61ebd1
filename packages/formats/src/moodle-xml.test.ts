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

  /** Each of the XML validator's rarer complaints, as its code with the tag or attribute it names, at its line. */
  const rarer: [string, string, string, Record<string, string>][] = [
    ['a < in text', '<quiz>\n<question type="shortanswer"><questiontext><text>x < 5</text></questiontext></question></quiz>', 'xml_less_than', {}],
    ['a < before a digit', '<quiz>\n<text>a<5</text></quiz>', 'xml_tag_name', { tag: '5</text' }],
    ['an attribute whose quote is never closed', '<quiz>\n<question type="shortanswer>\n</question></quiz>', 'xml_attr_quote', { tag: 'question' }],
    ['a closing tag cut off at the end', '<quiz>\n<a>x</a', 'xml_close_unended', { tag: 'a' }],
    ['a closing tag with an attribute', '<quiz>\n<a>x</a b="1">\n</quiz>', 'xml_close_attrs', { tag: 'a' }],
    ['only a comment', '<!-- only a comment -->', 'xml_no_element', {}],
    ['a declaration after blank lines', '\n\n\n\n\n\n<?xml version="1.0"?><quiz></quiz>', 'xml_declaration_late', {}],
    ['attributes without a space between them', '<quiz>\n<question type="a"fraction="1"></question></quiz>', 'xml_attr_space', { attr: 'fraction' }],
    ['an attribute with = and no value', '<quiz>\n<question type=></question></quiz>', 'xml_attr_no_value', { attr: 'type' }],
    ['an attribute with no value', '<quiz>\n<question single></question></quiz>', 'xml_attr_bare', { attr: 'single' }],
    ['an attribute name starting with a digit', '<quiz>\n<question 1a="x"></question></quiz>', 'xml_attr_name', { attr: '1a' }],
    ['an attribute given twice', '<quiz>\n<question type="a" type="b"></question></quiz>', 'xml_attr_repeated', { attr: 'type' }],
  ]
  it.each(rarer)('%s', async (_name, text, code, values) => {
    const [problem, ...more] = (await importQuiz('moodle-xml', text)).fileProblems
    expect(more).toEqual([])
    expect([problem!.code, problem!.values]).toEqual([code, values])
    expect(problem!.line).toBe(code === 'xml_no_element' ? 1 : code === 'xml_declaration_late' ? 7 : 2)
    // The validator's English ("Attribute 'type' is repeated.") is not what a teacher reads.
    expect(problem!.message).toMatch(/^not well-formed XML: /)
    expect(problem!.message).not.toMatch(/Invalid|invalid name|has no space in starting|is repeated|open quote|proper closing|can't have|Start tag|allowed only at the start of the document/)
  })
})
