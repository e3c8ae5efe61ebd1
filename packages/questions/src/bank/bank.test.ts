import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { QuestionSchema, QuizSchema, type Question, type QuestionInput } from '../model.ts'
import { builtinQuizzes } from '../builtin.ts'
import { starterQuiz } from '../starter.ts'
import { runCli } from '../cli.ts'
import { bank, bankInputs, SECTIONS, TOPICS } from './index.ts'
import { bankQuizzes, domainQuota, warmUpQuestions } from './quizzes.ts'
import { bankStats, checkCoverage, validateBank } from './validate.ts'

const run = promisify(execFile)
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url))

/** A valid bank question; each bad fixture below changes one thing. */
function good(overrides: Partial<QuestionInput> = {}): QuestionInput {
  return {
    id: 'iam-roles-01',
    type: 'single',
    prompt: 'Which IAM identity should an EC2 instance use to call other AWS services?',
    options: [
      { text: 'An IAM role', correct: true },
      { text: 'An IAM group', correct: false },
      { text: 'The root user', correct: false },
      { text: 'An access key stored on disk', correct: false },
    ],
    explanation:
      'An instance role hands the instance temporary credentials that rotate automatically. A group cannot be assumed by anything, the root user must never be used this way, and long-term keys stored on disk can leak.',
    topic: 'iam-roles',
    domain: 2,
    difficulty: 'easy',
    timeLimitSec: 20,
    ...overrides,
  }
}

const multiple = (right: number, total = 5) =>
  Array.from({ length: total }, (_, i) => ({ text: `Option ${String.fromCharCode(65 + i)}`, correct: i < right }))

describe('the built-in bank', () => {
  it('has no problems', () => {
    expect(validateBank(bankInputs)).toEqual([])
  })

  it('parses every question', () => {
    expect(bank).toHaveLength(bankInputs.length)
    for (const q of bank) expect(QuestionSchema.safeParse(q).success).toBe(true)
  })

  it('lists every topic in exactly one section', () => {
    const inSections = SECTIONS.flatMap((s) => [...s.topics]).sort()
    expect(inSections).toEqual(Object.keys(TOPICS).sort())
  })

  // Fails until every section of the bank is written.
  it('covers every topic, type and difficulty', () => {
    expect(checkCoverage(bankInputs)).toEqual([])
  })
})

describe('validateBank', () => {
  it('accepts a good question', () => {
    expect(validateBank([good()])).toEqual([])
  })

  it.each<[string, QuestionInput[], RegExp]>([
    ['a duplicate id', [good(), good({ prompt: 'Which IAM identity is assumed by a Lambda function?' })], /id is also used/],
    ['a duplicate prompt (case, spacing and punctuation aside)', [good(), good({ id: 'iam-roles-02', prompt: 'which IAM identity should an EC2 instance use,  to call other AWS services' })], /prompt duplicates that of iam-roles-01/],
    ['an id not of the form <topic>-NN', [good({ id: 'iam-roles-1' })], /not of the form/],
    ['an id of another topic', [good({ id: 'iam-policies-01' })], /does not start with its topic/],
    ['an unknown topic', [good({ id: 'iam-wizards-01', topic: 'iam-wizards' })], /not a known topic/],
    ['a domain that does not match the topic', [good({ domain: 3 })], /domain 3 does not match topic "iam-roles"/],
    ['two right options in a single-answer question', [good({ options: multiple(2, 4) })], /exactly one right option, not 2/],
    ['a single-answer question without four options', [good({ options: multiple(1, 3) })], /has 4 options, not 3/],
    ['one right option in a multiple-response question', [good({ type: 'multiple', options: multiple(1, 5) })], /at least 2 right options, not 1/],
    ['a multiple-response question with too few options', [good({ type: 'multiple', options: multiple(2, 4) })], /at least 5 options, not 4/],
    ['a true/false question with both answers right', [good({ type: 'truefalse', options: [{ text: 'True', correct: true }, { text: 'False', correct: true }] })], /exactly one right option, not 2/],
    ['the same option twice', [good({ options: [{ text: 'An IAM role', correct: true }, { text: 'an IAM role.', correct: false }, { text: 'A group', correct: false }, { text: 'A user', correct: false }] })], /options 1 and 2 are the same/],
    ['a blanket option', [good({ options: [{ text: 'An IAM role', correct: true }, { text: 'An IAM group', correct: false }, { text: 'The root user', correct: false }, { text: 'None of the above', correct: false }] })], /blanket option/],
    ['a "both" option', [good({ options: [{ text: 'An IAM role', correct: true }, { text: 'An IAM group', correct: false }, { text: 'The root user', correct: false }, { text: 'Both of the options above', correct: false }] })], /blanket option/],
    ['a short explanation', [good({ explanation: 'Roles give temporary credentials.' })], /explanation has \d+ characters/],
    ['a missing explanation', [good({ explanation: undefined })], /explanation is missing/],
    ['a missing time limit', [good({ timeLimitSec: undefined })], /timeLimitSec is missing/],
    ['a schema error', [good({ prompt: '' })], /prompt is empty/],
  ])('catches %s', (_, questions, problem) => {
    const problems = validateBank(questions)
    expect(problems.some((p) => problem.test(p)), problems.join('\n')).toBe(true)
  })

  it('allows typed answers that differ only in punctuation', () => {
    const text = good({
      id: 'iam-roles-02',
      type: 'text',
      prompt: 'Which service lets you assume a role from another account? (Type its name.)',
      options: ['AWS STS', 'STS', 'Security Token Service', 'AWS Security-Token Service'].map((t) => ({ text: t, correct: true })),
    })
    expect(validateBank([text])).toEqual([])
  })
})

describe('bankStats and checkCoverage', () => {
  it('counts per topic, domain, type and difficulty', () => {
    const stats = bankStats([good(), good({ id: 'iam-roles-02', type: 'truefalse', difficulty: 'hard' })])
    expect(stats.total).toBe(2)
    expect(stats.byTopic['iam-roles']).toBe(2)
    expect(stats.byTopic['ebs']).toBe(0)
    expect(stats.byDomain).toEqual({ 1: 0, 2: 2, 3: 0, 4: 0 })
    expect(stats.byType).toEqual({ single: 1, multiple: 0, truefalse: 1, text: 0 })
    expect(stats.byDifficulty).toEqual({ easy: 1, medium: 0, hard: 1 })
  })

  it('reports a small, one-sided bank', () => {
    const problems = checkCoverage([good()])
    expect(problems).toContain('the bank has 1 questions; it needs at least 260')
    expect(problems).toContain('topic "ebs" has 0 questions; it needs at least 6')
    expect(problems.some((p) => p.startsWith('0 multiple-response questions'))).toBe(true)
    expect(problems).toContain('the bank has no true/false questions')
    expect(problems).toContain('the bank has no typed-answer questions')
    expect(problems).toContain('section "iam" has no medium, hard questions')
  })
})

describe('the built-in quizzes', () => {
  it('start with the starter quiz and all pass QuizSchema with unique ids', () => {
    expect(builtinQuizzes[0]).toBe(starterQuiz)
    for (const quiz of builtinQuizzes) expect(QuizSchema.safeParse(quiz).success, quiz.id).toBe(true)
    const ids = builtinQuizzes.map((q) => q.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('have one quiz per section with questions, holding exactly that section', () => {
    for (const section of SECTIONS) {
      const quiz = builtinQuizzes.find((q) => q.id === `aws-${section.id}`)
      const expected = bank.filter((q) => (section.topics as readonly string[]).includes(q.topic ?? ''))
      if (!expected.length) expect(quiz).toBeUndefined()
      else expect(quiz?.questions.map((q) => q.id).sort()).toEqual(expected.map((q) => q.id).sort())
    }
  })

  it('leave out sections without questions instead of failing', () => {
    const onlyIam = bank.filter((q) => q.domain === 3).slice(0, 3)
    expect(() => bankQuizzes(onlyIam)).not.toThrow()
    expect(bankQuizzes([])).toEqual([])
  })

  it('include a 20-question warm-up across the four domains, weighted as in the exam', () => {
    const warmUp = builtinQuizzes.find((q) => q.id === 'aws-exam-warm-up')
    expect(warmUp).toBeDefined()
    expect(warmUp!.questions).toHaveLength(20)
    expect(new Set(warmUp!.questions.map((q) => q.id)).size).toBe(20)
    const perDomain = [1, 2, 3, 4].map((d) => warmUp!.questions.filter((q) => q.domain === d).length)
    // Fails until every section of the bank is written (domain 1 comes only from cloud-concepts).
    expect(perDomain).toEqual([5, 6, 7, 2])
    expect(new Set(warmUp!.questions.map((q) => q.difficulty)).size).toBe(3)
  })

  it('draw the warm-up deterministically, with quotas summing to the size', () => {
    expect(warmUpQuestions(bank).map((q) => q.id)).toEqual(warmUpQuestions(bank).map((q) => q.id))
    expect(domainQuota(20)).toEqual({ 1: 5, 2: 6, 3: 7, 4: 2 })
    for (const size of [1, 7, 10, 33, 65]) expect(Object.values(domainQuota(size)).reduce((a, b) => a + b, 0)).toBe(size)
  })
})

describe('the questions CLI', () => {
  it('exports the whole bank as JSON', async () => {
    const { stdout } = await run('npx', ['tsx', 'packages/questions/src/cli.ts', 'export', '--format', 'json'], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 })
    const exported = JSON.parse(stdout) as Question[]
    expect(exported).toHaveLength(bank.length)
    expect(exported[0]).toEqual(bank[0])
    expect(Object.keys(exported[0]!).sort()).toEqual(['difficulty', 'domain', 'explanation', 'id', 'options', 'points', 'prompt', 'source', 'task', 'timeLimitSec', 'topic', 'type'])
    // Every exported question carries the task statement it tests and where its fact can be checked.
    for (const q of exported) expect([q.id, typeof q.task, q.source?.startsWith('https://')]).toEqual([q.id, 'string', true])
  })

  it('prints stats as a table and as JSON', async () => {
    const table = await runCli(['stats'])
    expect(table.code).toBe(0)
    expect(table.stdout).toMatch(/By topic[\s\S]*By domain[\s\S]*By type[\s\S]*By difficulty/)
    expect(table.stdout).toContain(`Questions: ${bank.length}`)
    const json = await runCli(['stats', '--json'])
    expect(JSON.parse(json.stdout)).toEqual(bankStats(bankInputs))
  })

  it('refuses an unknown command or format with exit code 2', async () => {
    for (const args of [['frobnicate'], ['export', '--format', 'xml'], [], ['stats', '--verbose']]) {
      const result = await runCli(args)
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toMatch(/Usage:/)
    }
  })

  it('validates, exiting 1 exactly when there are problems', async () => {
    const result = await runCli(['validate'])
    const problems = validateBank(bankInputs).length + checkCoverage(bankInputs).length
    expect(result.code).toBe(problems ? 1 : 0)
  })

  it('exits with the code through the real process', async () => {
    const failure = await run('npx', ['tsx', 'packages/questions/src/cli.ts', 'nope'], { cwd: repoRoot }).catch((e: { code: number; stderr: string }) => e)
    expect('code' in failure && failure.code).toBe(2)
    expect((failure as { stderr: string }).stderr).toContain('Unknown command "nope"')
  })
})
