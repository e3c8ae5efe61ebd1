import { QuestionSchema, DIFFICULTIES, QUESTION_TYPES, describeIssues, normalizeTypedAnswer, type QuestionInput } from '../model.ts'
import { DOMAINS, DOMAIN_IDS, SECTIONS, TASK_IDS, TOPICS, isTopic, taskById } from './topics.ts'

/** The editorial rules of the built-in bank, stricter than QuestionSchema (which also governs user-made quizzes). */
export const BANK_RULES = {
  minExplanationChars: 120,
  singleOptions: 4,
  multipleMinOptions: 5,
  multipleMinRight: 2,
  /** As on the exam, a multiple-response stem says how many to choose: two or three. */
  multipleMaxRight: 3,
  /** Where a question's `source` may point (these hosts or their subdomains), over https. */
  sourceHosts: ['aws.amazon.com', 'docs.aws.amazon.com'],
  /** Coverage targets for the whole bank (the CLF-C02 exam guide, issue #20). */
  minQuestions: 750,
  minPerTask: 12,
  minPerTopic: 6,
  /** Each domain's share of the bank is within this many percentage points of its exam weight. */
  domainShareTolerance: 4,
  minMultipleShare: 0.15,
  /** Each of the positions A to D holds the key of this share of the single-answer questions. */
  singleKeyShare: { min: 0.18, max: 0.32 },
  /** Share of single-answer questions whose key is the longest option (longer than every distractor). */
  maxLongestKeyShare: 0.35,
  /** The exam has neither true/false nor typed items: together at most this share of the bank. */
  maxTrueFalseTextShare: 0.1,
  /** Nor ordering or number items, which the bank has for practice only (the mock exam never draws them): together at most this share. */
  maxOrderingNumberShare: 0.05,
  /** Share of true/false questions keyed True. */
  trueShare: { min: 0.4, max: 0.6 },
} as const

/** The words a multiple-response prompt uses for its number of right options. */
const CHOOSE = { 2: '(Choose two.)', 3: '(Choose three.)' } as const
const CHOOSE_ANY = /\(Choose (two|three|four|five)\.\)/i
const POSITIONS = 'ABCDEF'
/** The question types the bank uses (QuestionSchema also allows polls for user-made quizzes: a poll has no right answer to study). */
const BANK_TYPES = ['single', 'multiple', 'truefalse', 'text', 'ordering', 'number'] as const
/** An ordering prompt says which end of the order comes first ("first step first", "the strongest first"). */
const SAYS_WHICH_FIRST = /\bfirst\b/i

const ID_FORMAT = /^([a-z0-9]+(?:-[a-z0-9]+)*)-(\d{2})$/

/** "All of the above", "None of these", "Both", "Neither of them", "Both A and B above" and the like. */
const BLANKET_OPTIONS = [
  /^(all|none|both|neither) of (the )?(above|these|them|options|answers)\b/i,
  /^(all|none|both|neither)[.!]?$/i,
  /^(both|neither)\b.*\b(above|previous|options?|answers?)\b/i,
]

/** Lower case, punctuation dropped, runs of whitespace collapsed: two prompts equal under this are duplicates. */
export function normalizePrompt(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Every problem of a set of bank questions, as readable lines; an empty list means the set is valid.
 * Checks the schema, ids (unique, `<topic>-NN`), duplicate prompts, topic and domain, the task statement (known and
 * in the question's domain), the source (https on an AWS host), the number of options and right answers per type,
 * the "(Choose two.)"/"(Choose three.)" of multiple-response prompts, an ordering prompt saying which comes first,
 * a number's slider not ending at the answer, distinct options, blanket options, the explanation and the time limit.
 */
export function validateBank(questions: readonly QuestionInput[]): string[] {
  const problems: string[] = []
  const ids = new Map<string, number>()
  const prompts = new Map<string, string>()

  questions.forEach((q, index) => {
    const name = typeof q?.id === 'string' && q.id.trim() ? q.id : `question #${index + 1}`
    const add = (message: string) => problems.push(`${name}: ${message}`)

    const parsed = QuestionSchema.safeParse(q)
    if (!parsed.success) for (const issue of describeIssues(parsed.error)) add(issue)
    if (!q || typeof q !== 'object') return

    // Ids: unique and `<topic>-NN`, where the topic is the question's own.
    if (typeof q.id === 'string') {
      const first = ids.get(q.id)
      if (first !== undefined) add(`id is also used by question #${first + 1}`)
      else ids.set(q.id, index)
      const match = ID_FORMAT.exec(q.id)
      if (!match) add(`id "${q.id}" is not of the form <topic>-NN (two digits)`)
      else if (q.topic !== undefined && match[1] !== q.topic) add(`id "${q.id}" does not start with its topic "${q.topic}"`)
      else if (match[2] === '00') add(`id "${q.id}" is numbered from 01`)
    }

    // Prompts: no two the same once case, whitespace and punctuation are ignored.
    if (typeof q.prompt === 'string') {
      const key = normalizePrompt(q.prompt)
      const other = prompts.get(key)
      if (other !== undefined) add(`prompt duplicates that of ${other}`)
      else if (key) prompts.set(key, name)
    }

    // Topic and domain.
    if (!q.topic) add('topic is missing')
    else if (!isTopic(q.topic)) add(`topic "${q.topic}" is not a known topic`)
    else if (q.domain === undefined) add(`domain is missing (topic "${q.topic}" is in domain ${TOPICS[q.topic]})`)
    else if (q.domain !== TOPICS[q.topic]) add(`domain ${q.domain} does not match topic "${q.topic}", which is in domain ${TOPICS[q.topic]}`)

    // Task statement: one of the exam guide's, in the question's own domain.
    if (q.task === undefined || q.task === '') add('task is missing (the CLF-C02 task statement it tests, such as "2.3")')
    else {
      const task = taskById(String(q.task))
      if (!task) add(`task "${q.task}" is not a task statement of the exam guide`)
      else if (q.domain !== undefined && task.domain !== q.domain) add(`task ${task.id} is in domain ${task.domain}, not in the question's domain ${q.domain}`)
    }

    // Source: an https page of AWS's own documentation or site.
    if (q.source === undefined || q.source === '') add('source is missing (an https page on docs.aws.amazon.com or aws.amazon.com where its fact can be checked)')
    else {
      const problem = sourceProblem(String(q.source))
      if (problem) add(problem)
    }

    // Options per type; the bank keeps to the exam's two item types and the two study types (true/false, typed).
    if (typeof q.type === 'string' && !(BANK_TYPES as readonly string[]).includes(q.type)) add(`type "${q.type}" is not used in the bank (${BANK_TYPES.join(', ')})`)
    const options = Array.isArray(q.options) ? q.options : []
    const right = options.filter((o) => o?.correct === true).length
    switch (q.type) {
      case 'single':
        if (options.length !== BANK_RULES.singleOptions) add(`a single-answer question has ${BANK_RULES.singleOptions} options, not ${options.length}`)
        if (right !== 1) add(`a single-answer question has exactly one right option, not ${right}`)
        break
      case 'truefalse':
        if (right !== 1) add(`a true/false question has exactly one right option, not ${right}`)
        break
      case 'multiple': {
        if (options.length < BANK_RULES.multipleMinOptions) add(`a multiple-response question has at least ${BANK_RULES.multipleMinOptions} options, not ${options.length}`)
        if (right > BANK_RULES.multipleMaxRight) add(`a multiple-response question has at most ${BANK_RULES.multipleMaxRight} right options, not ${right}`)
        const prompt = typeof q.prompt === 'string' ? q.prompt : ''
        const wanted = CHOOSE[right as keyof typeof CHOOSE]
        if (wanted && !prompt.includes(wanted)) {
          const said = CHOOSE_ANY.exec(prompt)?.[0]
          add(said ? `the prompt says "${said}" but ${right} options are right ("${wanted}")` : `the prompt does not say "${wanted}" (the question has ${right} right options)`)
        }
        if (right < BANK_RULES.multipleMinRight) add(`a multiple-response question has at least ${BANK_RULES.multipleMinRight} right options, not ${right}`)
        if (right >= options.length) add('a multiple-response question has at least one wrong option')
        break
      }
      case 'text':
        if (right !== options.length) add('every accepted answer of a typed-answer question is marked correct')
        break
      case 'ordering':
        if (typeof q.prompt === 'string' && !SAYS_WHICH_FIRST.test(q.prompt)) add('an ordering prompt says which end comes first (for example "first step first" or "the cheapest first")')
        break
      case 'number': {
        // A slider that ends at the answer gives it away: the learner tries the end first.
        const { min, max, answers = [] } = q.number ?? {}
        if (min !== undefined && max !== undefined && answers.some((a) => a.value === min || a.value === max)) add(`an accepted number is at an end of the slider (${min} to ${max}): widen the slider so that its ends do not give the answer away`)
        break
      }
    }
    const seen = new Map<string, number>()
    options.forEach((o, i) => {
      if (typeof o?.text !== 'string') return
      // Typed answers may differ only in punctuation ("Intelligent-Tiering", "Intelligent Tiering"); choices may not.
      const key = q.type === 'text' ? normalizeTypedAnswer(o.text) : normalizePrompt(o.text)
      const first = seen.get(key)
      if (first !== undefined) add(`options ${first + 1} and ${i + 1} are the same`)
      else seen.set(key, i)
      if (BLANKET_OPTIONS.some((re) => re.test(o.text.trim()))) add(`option ${i + 1} ("${o.text.trim()}") is a blanket option; name the answers instead`)
    })

    // Explanation, difficulty and time limit are written out, not defaulted.
    const explanation = typeof q.explanation === 'string' ? q.explanation.trim() : ''
    if (!explanation) add('explanation is missing')
    else if (explanation.length < BANK_RULES.minExplanationChars) add(`explanation has ${explanation.length} characters; it needs at least ${BANK_RULES.minExplanationChars} to say why the answer is right and the others wrong`)
    if (q.difficulty === undefined) add('difficulty is missing')
    if (q.timeLimitSec === undefined) add('timeLimitSec is missing')
  })
  return problems
}

/** Why a source address is not acceptable, or undefined when it is. */
export function sourceProblem(source: string): string | undefined {
  let url: URL
  try {
    url = new URL(source)
  } catch {
    return `source "${source}" is not a web address`
  }
  if (url.protocol !== 'https:') return `source "${source}" is not an https address`
  const host = url.hostname.toLowerCase()
  if (!BANK_RULES.sourceHosts.some((h) => host === h || host.endsWith(`.${h}`))) return `source host "${host}" is not ${BANK_RULES.sourceHosts.join(' or ')} (or a subdomain of them)`
  return undefined
}

/** Whether the right option of a single-answer question is longer than every other option. */
export function keyIsLongest(options: readonly { text: string; correct: boolean }[]): boolean {
  const key = options.findIndex((o) => o?.correct === true)
  if (key < 0 || typeof options[key]!.text !== 'string') return false
  const length = options[key]!.text.trim().length
  return options.every((o, i) => i === key || typeof o?.text !== 'string' || o.text.trim().length < length)
}

export interface BankStats {
  total: number
  byTopic: Record<string, number>
  byDomain: Record<string, number>
  byTask: Record<string, number>
  byType: Record<string, number>
  byDifficulty: Record<string, number>
  /** Single-answer questions by the position of their right option (A to D). */
  keyPositions: Record<string, number>
  /** Single-answer questions whose right option is longer than every other option. */
  longestKey: number
  /** True/false questions by their right answer. */
  trueFalseKeys: { true: number; false: number }
  /** The counted shares, in percent (one decimal): of the bank, of the single-answer questions, of the true/false ones. */
  shares: {
    byDomain: Record<string, number>
    keyPositions: Record<string, number>
    longestKey: number
    trueFalseAndText: number
    orderingAndNumber: number
    trueFalseTrue: number
  }
}

const percent = (n: number, of: number) => (of ? Math.round((1000 * n) / of) / 10 : 0)

/** How many questions per topic, domain, task, type and difficulty (every known key listed, even at zero), and the counted shares. */
export function bankStats(questions: readonly QuestionInput[]): BankStats {
  const zeros = (keys: readonly (string | number)[]) => Object.fromEntries(keys.map((k) => [String(k), 0])) as Record<string, number>
  const byTopic = zeros(Object.keys(TOPICS))
  const byDomain = zeros(DOMAIN_IDS)
  const byTask = zeros(TASK_IDS)
  const byType = zeros(QUESTION_TYPES)
  const byDifficulty = zeros(DIFFICULTIES)
  const keyPositions = zeros(['A', 'B', 'C', 'D'])
  let longestKey = 0
  const trueFalseKeys = { true: 0, false: 0 }
  const bump = (counts: Record<string, number>, key: unknown) => {
    const k = String(key ?? 'none')
    counts[k] = (counts[k] ?? 0) + 1
  }
  for (const q of questions) {
    bump(byTopic, q.topic)
    bump(byDomain, q.domain)
    bump(byTask, q.task)
    bump(byType, q.type)
    bump(byDifficulty, q.difficulty ?? 'medium')
    const options = Array.isArray(q.options) ? q.options : []
    if (q.type === 'single') {
      const key = options.findIndex((o) => o?.correct === true)
      bump(keyPositions, key >= 0 ? (POSITIONS[key] ?? String(key + 1)) : 'none')
      if (keyIsLongest(options)) longestKey++
    }
    if (q.type === 'truefalse') {
      const right = options.find((o) => o?.correct === true)?.text.trim().toLowerCase()
      if (right === 'true') trueFalseKeys.true++
      else if (right === 'false') trueFalseKeys.false++
    }
  }
  const total = questions.length
  const single = byType.single ?? 0
  const trueFalse = trueFalseKeys.true + trueFalseKeys.false
  const shareOf = (counts: Record<string, number>, of: number) => Object.fromEntries(Object.entries(counts).map(([k, n]) => [k, percent(n, of)]))
  return {
    total,
    byTopic,
    byDomain,
    byTask,
    byType,
    byDifficulty,
    keyPositions,
    longestKey,
    trueFalseKeys,
    shares: {
      byDomain: shareOf(byDomain, total),
      keyPositions: shareOf(keyPositions, single),
      longestKey: percent(longestKey, single),
      trueFalseAndText: percent((byType.truefalse ?? 0) + (byType.text ?? 0), total),
      orderingAndNumber: percent((byType.ordering ?? 0) + (byType.number ?? 0), total),
      trueFalseTrue: percent(trueFalseKeys.true, trueFalse),
    },
  }
}

/** The kinds of coverage problem, so that callers can tell them apart (see the real bank's coverage test). */
export const COVERAGE_RULES = [
  'total',
  'task',
  'domain-share',
  'topic',
  'multiple-share',
  'truefalse-none',
  'text-none',
  'section-difficulty',
  'key-position',
  'longest-key',
  'truefalse-text-share',
  'ordering-number-share',
  'true-share',
] as const
export type CoverageRule = (typeof COVERAGE_RULES)[number]

export interface CoverageProblem {
  rule: CoverageRule
  /** The topic, task, domain, section or position concerned, when there is one. */
  subject?: string
  message: string
}

const pct = (share: number) => `${Math.round(share * 1000) / 10}%`

/**
 * Whether the bank is big and varied enough, problem by problem: its size; questions per task statement, per topic
 * and per domain (within a few points of the exam weights); the share of multiple-response questions; at least one
 * true/false and one typed question, and every difficulty in every section; single-answer keys spread over A to D;
 * the longest option not too often the key; true/false and typed questions together a small share, and ordering and
 * number questions another; true/false keyed True and False about equally.
 */
export function coverageProblems(questions: readonly QuestionInput[]): CoverageProblem[] {
  const problems: CoverageProblem[] = []
  const add = (rule: CoverageRule, message: string, subject?: string) => problems.push(subject === undefined ? { rule, message } : { rule, subject, message })
  const stats = bankStats(questions)
  const R = BANK_RULES
  if (stats.total < R.minQuestions) add('total', `the bank has ${stats.total} questions; it needs at least ${R.minQuestions}`)
  for (const task of TASK_IDS) {
    const n = stats.byTask[task] ?? 0
    if (n < R.minPerTask) add('task', `task ${task} has ${n} questions; it needs at least ${R.minPerTask}`, task)
  }
  for (const domain of DOMAIN_IDS) {
    const share = stats.total ? (100 * (stats.byDomain[domain] ?? 0)) / stats.total : 0
    const weight = DOMAINS[domain].weight
    if (Math.abs(share - weight) > R.domainShareTolerance) {
      add('domain-share', `domain ${domain} is ${Math.round(share * 10) / 10}% of the bank (${stats.byDomain[domain] ?? 0} questions); the exam weight is ${weight}%, so ${weight - R.domainShareTolerance}-${weight + R.domainShareTolerance}% is needed`, String(domain))
    }
  }
  for (const topic of Object.keys(TOPICS)) {
    const n = stats.byTopic[topic] ?? 0
    if (n < R.minPerTopic) add('topic', `topic "${topic}" has ${n} questions; it needs at least ${R.minPerTopic}`, topic)
  }
  const multiple = stats.byType.multiple ?? 0
  if (multiple < R.minMultipleShare * stats.total) {
    add('multiple-share', `${multiple} multiple-response questions (${pct(stats.total ? multiple / stats.total : 0)}); at least ${R.minMultipleShare * 100}% are needed`)
  }
  if (!stats.byType.truefalse) add('truefalse-none', 'the bank has no true/false questions')
  if (!stats.byType.text) add('text-none', 'the bank has no typed-answer questions')
  for (const section of SECTIONS) {
    const topics = section.topics as readonly string[]
    const present = new Set(questions.filter((q) => q.topic && topics.includes(q.topic)).map((q) => q.difficulty ?? 'medium'))
    const missing = DIFFICULTIES.filter((d) => !present.has(d))
    if (missing.length) add('section-difficulty', `section "${section.id}" has no ${missing.join(', ')} questions`, section.id)
  }
  const single = stats.byType.single ?? 0
  if (single) {
    for (const [position, n] of Object.entries(stats.keyPositions)) {
      const share = n / single
      if (share < R.singleKeyShare.min || share > R.singleKeyShare.max) {
        add('key-position', `${pct(share)} of the single-answer questions (${n} of ${single}) have their key at ${position}; each position needs ${R.singleKeyShare.min * 100}-${R.singleKeyShare.max * 100}%`, position)
      }
    }
    if (stats.longestKey > R.maxLongestKeyShare * single) {
      add('longest-key', `the key is the longest option in ${stats.longestKey} of ${single} single-answer questions (${pct(stats.longestKey / single)}); at most ${R.maxLongestKeyShare * 100}% are allowed`)
    }
  }
  const oddTypes = (stats.byType.truefalse ?? 0) + (stats.byType.text ?? 0)
  if (oddTypes > R.maxTrueFalseTextShare * stats.total) {
    add('truefalse-text-share', `true/false and typed questions are ${oddTypes} of ${stats.total} (${pct(stats.total ? oddTypes / stats.total : 0)}); the exam has neither, so at most ${R.maxTrueFalseTextShare * 100}% are allowed`)
  }
  const practiceTypes = (stats.byType.ordering ?? 0) + (stats.byType.number ?? 0)
  if (practiceTypes > R.maxOrderingNumberShare * stats.total) {
    add('ordering-number-share', `ordering and number questions are ${practiceTypes} of ${stats.total} (${pct(stats.total ? practiceTypes / stats.total : 0)}); the exam has neither and the mock exam never draws them, so at most ${R.maxOrderingNumberShare * 100}% are allowed`)
  }
  const trueFalse = stats.trueFalseKeys.true + stats.trueFalseKeys.false
  if (trueFalse) {
    const share = stats.trueFalseKeys.true / trueFalse
    if (share < R.trueShare.min || share > R.trueShare.max) {
      add('true-share', `${stats.trueFalseKeys.true} of ${trueFalse} true/false questions (${pct(share)}) are keyed True; ${R.trueShare.min * 100}-${R.trueShare.max * 100}% are needed`)
    }
  }
  return problems
}

/** The coverage problems as readable lines (see coverageProblems); an empty list means the coverage is complete. */
export function checkCoverage(questions: readonly QuestionInput[]): string[] {
  return coverageProblems(questions).map((p) => p.message)
}
