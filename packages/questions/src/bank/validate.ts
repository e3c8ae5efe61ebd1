import { QuestionSchema, DIFFICULTIES, QUESTION_TYPES, describeIssues, normalizeTypedAnswer, type QuestionInput } from '../model.ts'
import { DOMAIN_IDS, SECTIONS, TOPICS, isTopic } from './topics.ts'

/** The editorial rules of the built-in bank, stricter than QuestionSchema (which also governs user-made quizzes). */
export const BANK_RULES = {
  minExplanationChars: 120,
  singleOptions: 4,
  multipleMinOptions: 5,
  multipleMinRight: 2,
  /** Coverage targets for the whole bank. */
  minQuestions: 260,
  minPerTopic: 6,
  minMultipleShare: 0.15,
} as const

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
 * Checks the schema, ids (unique, `<topic>-NN`), duplicate prompts, topic and domain, the number of options and
 * right answers per type, distinct options, blanket options, the explanation and the time limit.
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

    // Options per type.
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
      case 'multiple':
        if (options.length < BANK_RULES.multipleMinOptions) add(`a multiple-response question has at least ${BANK_RULES.multipleMinOptions} options, not ${options.length}`)
        if (right < BANK_RULES.multipleMinRight) add(`a multiple-response question has at least ${BANK_RULES.multipleMinRight} right options, not ${right}`)
        if (right >= options.length) add('a multiple-response question has at least one wrong option')
        break
      case 'text':
        if (right !== options.length) add('every accepted answer of a typed-answer question is marked correct')
        break
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

export interface BankStats {
  total: number
  byTopic: Record<string, number>
  byDomain: Record<string, number>
  byType: Record<string, number>
  byDifficulty: Record<string, number>
}

/** How many questions per topic, domain, type and difficulty (every known key listed, even at zero). */
export function bankStats(questions: readonly QuestionInput[]): BankStats {
  const zeros = (keys: readonly (string | number)[]) => Object.fromEntries(keys.map((k) => [String(k), 0])) as Record<string, number>
  const stats: BankStats = {
    total: questions.length,
    byTopic: zeros(Object.keys(TOPICS)),
    byDomain: zeros(DOMAIN_IDS),
    byType: zeros(QUESTION_TYPES),
    byDifficulty: zeros(DIFFICULTIES),
  }
  const bump = (counts: Record<string, number>, key: unknown) => {
    const k = String(key ?? 'none')
    counts[k] = (counts[k] ?? 0) + 1
  }
  for (const q of questions) {
    bump(stats.byTopic, q.topic)
    bump(stats.byDomain, q.domain)
    bump(stats.byType, q.type)
    bump(stats.byDifficulty, q.difficulty ?? 'medium')
  }
  return stats
}

/**
 * Whether the bank is big and varied enough: its size, questions per topic, the share of multiple-response
 * questions, at least one true/false and one typed question, and every difficulty in every section.
 */
export function checkCoverage(questions: readonly QuestionInput[]): string[] {
  const problems: string[] = []
  const stats = bankStats(questions)
  if (stats.total < BANK_RULES.minQuestions) problems.push(`the bank has ${stats.total} questions; it needs at least ${BANK_RULES.minQuestions}`)
  for (const topic of Object.keys(TOPICS)) {
    const n = stats.byTopic[topic] ?? 0
    if (n < BANK_RULES.minPerTopic) problems.push(`topic "${topic}" has ${n} questions; it needs at least ${BANK_RULES.minPerTopic}`)
  }
  const multiple = stats.byType.multiple ?? 0
  if (multiple < BANK_RULES.minMultipleShare * stats.total) {
    const share = stats.total ? Math.round((100 * multiple) / stats.total) : 0
    problems.push(`${multiple} multiple-response questions (${share}%); at least ${BANK_RULES.minMultipleShare * 100}% are needed`)
  }
  if (!stats.byType.truefalse) problems.push('the bank has no true/false questions')
  if (!stats.byType.text) problems.push('the bank has no typed-answer questions')
  for (const section of SECTIONS) {
    const topics = section.topics as readonly string[]
    const present = new Set(questions.filter((q) => q.topic && topics.includes(q.topic)).map((q) => q.difficulty ?? 'medium'))
    const missing = DIFFICULTIES.filter((d) => !present.has(d))
    if (missing.length) problems.push(`section "${section.id}" has no ${missing.join(', ')} questions`)
  }
  return problems
}
