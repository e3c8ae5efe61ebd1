import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { QuestionSchema, QuizSchema, type Question, type QuestionInput } from '../model.ts'
import { builtinQuizzes } from '../builtin.ts'
import { starterQuiz } from '../starter.ts'
import { runCli } from '../cli.ts'
import { bank, bankInputs, DOMAIN_IDS, SECTIONS, TASKS, TOPICS, type Domain } from './index.ts'
import { bankQuizzes, domainQuota, warmUpQuestions } from './quizzes.ts'
import { bankStats, checkCoverage, coverageProblems, keyIsLongest, validateBank, type CoverageRule } from './validate.ts'

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
    task: '2.3',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html',
    difficulty: 'easy',
    timeLimitSec: 20,
    ...overrides,
  }
}

const multiple = (right: number, total = 5) =>
  Array.from({ length: total }, (_, i) => ({ text: `Option ${String.fromCharCode(65 + i)}`, correct: i < right }))

/**
 * A bank of 780 questions that meets every coverage rule: domains at their exam weights, each domain's questions
 * dealt over its topics and task statements, single-answer keys cycling A-D with options of equal length, a fifth
 * multiple-response, about 6% true/false (half keyed True) and typed, and the difficulties cycling within each topic.
 */
function coverageFixture(): QuestionInput[] {
  const perDomain: Record<Domain, number> = { 1: 187, 2: 234, 3: 265, 4: 94 }
  const out: QuestionInput[] = []
  const perTopic = new Map<string, number>()
  let singles = 0
  let trueFalse = 0
  for (const domain of DOMAIN_IDS) {
    const topics = Object.keys(TOPICS).filter((t) => TOPICS[t as keyof typeof TOPICS] === domain)
    const tasks = TASKS.filter((t) => t.domain === domain).map((t) => t.id)
    for (let i = 0; i < perDomain[domain]; i++) {
      const j = out.length
      const topic = topics[i % topics.length]!
      const n = (perTopic.get(topic) ?? 0) + 1
      perTopic.set(topic, n)
      const id = `${topic}-${String(n).padStart(2, '0')}`
      const base = { id, topic, domain, task: tasks[i % tasks.length]!, difficulty: (['easy', 'medium', 'hard'] as const)[n % 3], explanation: 'x'.repeat(130), timeLimitSec: 30 }
      if (j % 25 === 0) out.push({ ...base, type: 'truefalse', prompt: `Statement ${id}.`, options: [{ text: 'True', correct: trueFalse % 2 === 0 }, { text: 'False', correct: trueFalse++ % 2 !== 0 }] })
      else if (j % 50 === 1) out.push({ ...base, type: 'text', prompt: `Name ${id}.`, options: [{ text: `answer ${id}`, correct: true }] })
      else if (j % 5 === 2) out.push({ ...base, type: 'multiple', prompt: `Which of ${id}? (Choose two.)`, options: multiple(2) })
      else out.push({ ...base, type: 'single', prompt: `Which ${id}?`, options: keyAt(multiple(1, 4), singles++ % 4) })
    }
  }
  return out
}

/** The same options with the right one moved to `at` (swapped with the option there). */
function keyAt<T extends { correct: boolean }>(options: readonly T[], at: number): T[] {
  const out = [...options]
  const key = out.findIndex((o) => o.correct)
  ;[out[key], out[at]] = [out[at]!, out[key]!]
  return out
}

/** Moves all but `keep` questions of task `from` to task `to`. */
function retask(bank: QuestionInput[], from: string, to: string, keep: number): QuestionInput[] {
  let kept = 0
  return bank.map((q) => (q.task === from && kept++ >= keep ? { ...q, task: to } : q))
}

/** Moves `count` questions of domain `from` to domain `to` (their topics stay). */
function redomain(bank: QuestionInput[], from: Domain, to: Domain, count: number): QuestionInput[] {
  let moved = 0
  return bank.map((q) => (q.domain === from && moved++ < count ? { ...q, domain: to } : q))
}

/** Moves all but `keep` questions of topic `from` to topic `to`. */
function retopic(bank: QuestionInput[], from: string, to: string, keep: number): QuestionInput[] {
  let kept = 0
  return bank.map((q) => (q.topic === from && kept++ >= keep ? { ...q, topic: to } : q))
}

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

  // The whole CLF-C02 exam guide by the numbers of issue #20: size, task statements, domain shares, topics, key
  // positions and the other shares (BANK_RULES).
  it('covers every topic, task, type and difficulty, with exam-like shares', () => {
    expect(checkCoverage(bankInputs)).toEqual([])
  })

  it('prints its counts and shares', async () => {
    const { stdout } = await runCli(['stats'])
    console.log(stdout)
    expect(stdout).toContain(`Questions: ${bank.length}`)
  })

  it('tags every question with a task of its domain and an AWS source', () => {
    for (const q of bank) {
      expect(TASKS.find((t) => t.id === q.task)?.domain, q.id).toBe(q.domain)
      expect(new URL(q.source!).protocol, q.id).toBe('https:')
    }
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
    ['a missing task', [good({ task: undefined })], /task is missing/],
    ['an unknown task', [good({ task: '1.9' })], /task "1\.9" is not a task statement of the exam guide/],
    ['a task of another domain', [good({ task: '3.3' })], /task 3\.3 is in domain 3, not in the question's domain 2/],
    ['a malformed task', [good({ task: 'IAM' })], /task is a task statement such as "2\.3"/],
    ['a missing source', [good({ source: undefined })], /source is missing/],
    ['an http source', [good({ source: 'http://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html' })], /is not an https address/],
    ['a source off AWS', [good({ source: 'https://example.com/iam-roles' })], /source host "example\.com" is not aws\.amazon\.com or docs\.aws\.amazon\.com/],
    ['a look-alike AWS host', [good({ source: 'https://docs.aws.amazon.com.example.net/IAM/' })], /source host "docs\.aws\.amazon\.com\.example\.net"/],
    ['a multiple-response prompt that does not say how many', [good({ type: 'multiple', prompt: 'Which identities can assume an IAM role?', options: multiple(2) })], /does not say "\(Choose two\.\)" \(the question has 2 right options\)/],
    ['a multiple-response prompt with the wrong number', [good({ type: 'multiple', prompt: 'Which identities can assume an IAM role? (Choose three.)', options: multiple(2) })], /says "\(Choose three\.\)" but 2 options are right \("\(Choose two\.\)"\)/],
    ['a question type the bank does not use', [good({ type: 'poll' as never })], /type "poll" is not used in the bank/],
    ['an ordering prompt that does not say which comes first', [good({ type: 'ordering', prompt: 'Order these IAM identities by how long their credentials last.', options: ['Root user', 'IAM user', 'Role session'].map((text) => ({ text, correct: true })) })], /an ordering prompt says which end comes first/],
    ['a number slider that ends at the answer', [good({ type: 'number', prompt: 'At least how many Availability Zones does an AWS Region have?', options: [], number: { answers: [{ value: 3 }], min: 3, max: 10 } })], /an accepted number is at an end of the slider \(3 to 10\)/],
    ['a multiple-response question with four right options', [good({ type: 'multiple', prompt: 'Which identities can assume an IAM role? (Choose four.)', options: multiple(4, 6) })], /at most 3 right options, not 4/],
  ])('catches %s', (_, questions, problem) => {
    const problems = validateBank(questions)
    expect(problems.some((p) => problem.test(p)), problems.join('\n')).toBe(true)
  })

  it('accepts ordering and number questions written for practice', () => {
    const ordering = good({ type: 'ordering', prompt: 'Order these by which wins when policies disagree, the strongest first.', options: ['An explicit Deny', 'An explicit Allow', 'The implicit deny'].map((text) => ({ text, correct: true })) })
    const number = good({ id: 'iam-roles-02', type: 'number', prompt: 'At most how many IAM roles can one EC2 instance profile hold?', options: [], number: { answers: [{ value: 1 }], min: 0, max: 5 } })
    expect(validateBank([ordering, number])).toEqual([])
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

  it('accepts sources on aws.amazon.com, docs.aws.amazon.com and their subdomains', () => {
    for (const source of ['https://aws.amazon.com/iam/faqs/', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html', 'https://repost.aws.amazon.com/x'])
      expect(validateBank([good({ source })]), source).toEqual([])
  })

  it('accepts multiple-response prompts that say how many to choose', () => {
    const two = good({ type: 'multiple', prompt: 'Which of these can assume an IAM role? (Choose two.)', options: multiple(2) })
    const three = good({ id: 'iam-roles-02', type: 'multiple', prompt: 'Which of these can be the principal of a trust policy? (Choose three.)', options: multiple(3, 6) })
    expect(validateBank([two, three])).toEqual([])
  })
})

describe('bankStats and checkCoverage', () => {
  it('counts per topic, domain, task, type, difficulty and key position, with the shares', () => {
    const long = [
      { text: 'An IAM role with a trust policy for EC2', correct: true },
      { text: 'An IAM group', correct: false },
      { text: 'The root user', correct: false },
      { text: 'An access key', correct: false },
    ]
    const stats = bankStats([
      good(),
      good({ id: 'iam-roles-02', options: [...long.slice(1, 3), long[0]!, long[3]!] }),
      good({ id: 'iam-roles-03', type: 'truefalse', difficulty: 'hard', options: [{ text: 'True', correct: true }, { text: 'False', correct: false }] }),
      good({ id: 'iam-roles-04', type: 'text', task: '2.1', options: [{ text: 'STS', correct: true }] }),
    ])
    expect(stats.total).toBe(4)
    expect(stats.byTopic['iam-roles']).toBe(4)
    expect(stats.byTopic['ebs']).toBe(0)
    expect(stats.byDomain).toEqual({ 1: 0, 2: 4, 3: 0, 4: 0 })
    expect(stats.byTask['2.3']).toBe(3)
    expect(stats.byTask['2.1']).toBe(1)
    expect(stats.byTask['4.3']).toBe(0)
    expect(stats.byType).toMatchObject({ single: 2, multiple: 0, truefalse: 1, text: 1 })
    expect(stats.byDifficulty).toEqual({ easy: 3, medium: 0, hard: 1 })
    expect(stats.keyPositions).toEqual({ A: 1, B: 0, C: 1, D: 0 })
    expect(stats.longestKey).toBe(1)
    expect(stats.trueFalseKeys).toEqual({ true: 1, false: 0 })
    expect(stats.shares).toEqual({
      byDomain: { 1: 0, 2: 100, 3: 0, 4: 0 },
      keyPositions: { A: 50, B: 0, C: 50, D: 0 },
      longestKey: 50,
      trueFalseAndText: 50,
      orderingAndNumber: 0,
      trueFalseTrue: 100,
    })
  })

  it('counts the key as the longest option only when it is longer than every other option', () => {
    const opts = (...lengths: number[]) => lengths.map((n, i) => ({ text: 'x'.repeat(n), correct: i === 0 }))
    expect(keyIsLongest(opts(9, 3, 4, 5))).toBe(true)
    expect(keyIsLongest(opts(9, 9, 4, 5))).toBe(false)
    expect(keyIsLongest(opts(3, 9, 4, 5))).toBe(false)
  })

  it('accepts a bank that meets every coverage rule', () => {
    expect(checkCoverage(coverageFixture())).toEqual([])
  })

  // Each change breaks one coverage rule of a fixture bank that meets them all.
  it.each<[string, (bank: QuestionInput[]) => QuestionInput[], CoverageRule, RegExp]>([
    ['fewer than 750 questions', (b) => b.filter((_, i) => i % 20 !== 19), 'total', /the bank has 741 questions; it needs at least 750/],
    ['a task with fewer than 12 questions', (b) => retask(b, '4.3', '4.2', 11), 'task', /task 4\.3 has 11 questions; it needs at least 12/],
    ['a task with no questions', (b) => retask(b, '3.8', '3.7', 0), 'task', /task 3\.8 has 0 questions/],
    ['a domain far above its weight', (b) => redomain(b, 3, 1, 50), 'domain-share', /domain 1 is 30\.4% of the bank \(237 questions\); the exam weight is 24%, so 20-28% is needed/],
    ['a domain far below its weight', (b) => redomain(b, 3, 1, 50), 'domain-share', /domain 3 is 27\.6% of the bank/],
    ['a topic with fewer than 6 questions', (b) => retopic(b, 'efs', 'ebs', 5), 'topic', /topic "efs" has 5 questions; it needs at least 6/],
    ['keys piled up at A', (b) => b.map((q, i) => (q.type === 'single' && i % 3 !== 0 ? { ...q, options: keyAt(q.options, 0) } : q)), 'key-position', /of the single-answer questions \(\d+ of \d+\) have their key at A; each position needs 18-32%/],
    ['a position that is almost never the key', (b) => b.map((q) => (q.type === 'single' && q.options[3]!.correct ? { ...q, options: keyAt(q.options, 2) } : q)), 'key-position', /\(0 of \d+\) have their key at D/],
    ['the key too often the longest option', (b) => b.map((q, i) => (q.type === 'single' && i % 2 === 0 ? { ...q, options: q.options.map((o) => (o.correct ? { ...o, text: `${o.text}, as the documentation says` } : o)) } : q)), 'longest-key', /the key is the longest option in \d+ of \d+ single-answer questions \(\d+(\.\d)?%\); at most 35% are allowed/],
    ['too many true/false and typed questions', (b) => b.map((q, i) => (q.type === 'single' && i % 7 === 0 ? { ...q, type: 'truefalse', options: [{ text: 'True', correct: i % 2 === 0 }, { text: 'False', correct: i % 2 !== 0 }] } : q)), 'truefalse-text-share', /true\/false and typed questions are \d+ of 780 \(\d+(\.\d)?%\); the exam has neither, so at most 10% are allowed/],
    ['too many ordering and number questions', (b) => b.map((q, i) => (q.type === 'single' && i % 15 === 0 ? { ...q, type: 'number', options: [], number: { answers: [{ value: i }] } } : q)), 'ordering-number-share', /ordering and number questions are \d+ of 780 \(\d+(\.\d)?%\); the exam has neither and the mock exam never draws them, so at most 5% are allowed/],
    ['true/false keyed False too often', (b) => b.map((q) => (q.type === 'truefalse' ? { ...q, options: [{ text: 'True', correct: false }, { text: 'False', correct: true }] } : q)), 'true-share', /0 of 32 true\/false questions \(0%\) are keyed True; 40-60% are needed/],
    ['too few multiple-response questions', (b) => b.map((q, i) => (q.type === 'multiple' && i % 2 === 0 ? { ...q, type: 'single', options: q.options.slice(0, 4).map((o, k) => ({ ...o, correct: k === i % 4 })) } : q)), 'multiple-share', /multiple-response questions \(\d+(\.\d)?%\); at least 15% are needed/],
    ['no true/false questions', (b) => b.filter((q) => q.type !== 'truefalse'), 'truefalse-none', /the bank has no true\/false questions/],
  ])('catches %s', (_, change, rule, message) => {
    const problems = coverageProblems(change(coverageFixture()))
    expect(problems.map((p) => p.rule)).toContain(rule)
    expect(problems.some((p) => message.test(p.message)), problems.map((p) => p.message).join('\n')).toBe(true)
  })

  it('reports a small, one-sided bank', () => {
    const problems = checkCoverage([good()])
    expect(problems).toContain('the bank has 1 questions; it needs at least 750')
    expect(problems).toContain('task 1.1 has 0 questions; it needs at least 12')
    expect(problems).toContain('domain 2 is 100% of the bank (1 questions); the exam weight is 30%, so 26-34% is needed')
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
    expect(table.stdout).toMatch(/By topic[\s\S]*By task[\s\S]*By domain[\s\S]*By type[\s\S]*By difficulty[\s\S]*keys by position[\s\S]*Other shares/)
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
