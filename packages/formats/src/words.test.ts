import { describe, expect, it } from 'vitest'
import { importQuiz, type FormatId, type ImportProblem } from './index.ts'
import { PROBLEMS, placeText } from './words.ts'

/** Every problem a reader reports is a code and values, and its English and its place are made from them alone. */
const broken: [FormatId, string, [string, string, Record<string, string | number>][]][] = [
  ['csv', 'question,answer 1,answer 2,correct,time limit\nWhat?,yes,no,3,soon\n', [
    ['row 2', 'correct_empty_cell', { n: 3 }],
    ['row 2', 'time_not_whole', { value: 'soon' }],
    ['row 2', 'question_rule', { rule: 'single.rightCount', n: 0, field: 'answers', detail: 'a multiple-choice question has exactly one right option, not 0' }],
  ]],
  ['json', '[{"type": "single", "prompt": "", "options": [], "timeLimitSec": 500}]', [
    ['question #1', 'prompt_empty', {}],
    ['question #1', 'time_out_of_range', { value: 500, min: 5, max: 240 }],
    ['question #1', 'question_rule', { rule: 'single.optionCount', min: 2, max: 6, n: 0, field: 'answers', detail: 'a multiple-choice question has 2 to 6 options, not 0' }],
    ['question #1', 'question_rule', { rule: 'single.rightCount', n: 0, field: 'answers', detail: 'a multiple-choice question has exactly one right option, not 0' }],
  ]],
  ['json', '[{"type": "single", "prompt": "Q", "options": [{"text": "a", "correct": true}, {"text": "b", "correct": false}], "task": "9", "source": "http://example.org"}]', [
    ['question #1', 'task_invalid', { value: '"9"' }],
    ['question #1', 'source_invalid', { value: '"http://example.org"' }],
  ]],
  ['gift', 'Which? {=a ~b\n', [['line 1', 'gift_answers_open', {}]]],
  ['moodle-xml', '<quiz><question type="essay"><questiontext><text>Why?</text></questiontext></question></quiz>', [['<question> #1 (line 1)', 'xml_type', { value: 'essay', supported: 'multichoice, truefalse, shortanswer, numerical, ordering' }]]],
  ['anki', '#separator:tab\n#tags column:3\nFront\t\t\n', [['line 3', 'anki_back_empty', {}]]],
]

describe('problems as codes', () => {
  it.each(broken)('%s: each problem names its code, values and place', async (format, file, expected) => {
    const result = await importQuiz(format, file)
    const problems: ImportProblem[] = [...result.fileProblems, ...result.questions.flatMap((q) => q.problems)]
    expect(problems.map((p) => [p.location, p.code, p.values])).toEqual(expected)
    for (const p of problems) {
      expect(p.message).toBe(PROBLEMS[p.code](p.values))
      expect(p.location).toBe(placeText(p.place))
    }
  })

  it('names the question that already has an id as a place', async () => {
    const result = await importQuiz('csv', 'id,question,answer 1,answer 2,correct\nsame,A?,yes,no,1\nsame,B?,yes,no,1\n')
    const [p] = result.questions[1]!.problems
    expect([p!.code, p!.values, p!.other]).toEqual(['duplicate_id', { id: 'same' }, { at: 'row', row: 2 }])
    expect(p!.message).toBe('id "same" is already used by the question at row 2')
  })
})
