import { DOMAIN_IDS, domainQuota, type Domain, type Question, type QuestionType } from '@cirrus/questions'
import { shuffled } from '@cirrus/game'
import { EXAM } from '@cirrus/protocol'

export interface DrawnItem {
  questionId: string
  domain: Domain
}

/** CLF-C02 has two item types, multiple choice and multiple response; the paper takes no others from the bank. */
export const EXAM_TYPES: ReadonlySet<QuestionType> = new Set(['single', 'multiple'])

/** How many of the learner's latest attempts a new paper stays away from (as far as the bank allows). */
export const RECENT_EXAMS = 10

export interface DrawOptions {
  /** Questions on the paper; CLF-C02 has 65. */
  size?: number
  /** The question ids of the learner's latest attempts, newest first (at most RECENT_EXAMS are read). */
  recent?: readonly (readonly string[])[]
}

/**
 * Draws a mock exam from the bank. Pure: randomness comes in as `random`.
 *
 * - **Types**: multiple choice and multiple response only, as on the real exam (EXAM_TYPES); the bank's
 *   true/false, typed, ordering and number questions are for practice.
 * - **Weights**: each domain gets its CLF-C02 share of `size` (largest remainder: within one of size × weight).
 * - **Freshness**: a question of the learner's latest attempts is taken only once the domain has no question left
 *   that they saw less recently: never-seen questions first, then those of the oldest attempt, and so on up to the
 *   last one. So no question repeats between attempts while the bank allows.
 * - **Spread**: within each freshness tier, the domain's questions are dealt over its task statements (`task`,
 *   e.g. "2.3"; a question without one is a group of its own) so that the counts per task stay as even as the bank
 *   allows: a task gets a second question only once every task with questions left has one, and so on.
 *
 * No question twice; then the whole paper is shuffled so domains are mixed as in the real exam.
 * Throws when a domain has fewer questions than its share: a bank that small cannot make a fair paper.
 */
export function drawExam(bank: readonly Question[], random: () => number, options: DrawOptions = {}): DrawnItem[] {
  const size = options.size ?? EXAM.questionCount
  const quota = domainQuota(size)
  const byId = new Map(bank.map((q) => [q.id, q])) // one entry per id, whatever the input holds
  const tierOf = freshnessTiers(options.recent ?? [])
  const picked: DrawnItem[] = []
  for (const domain of DOMAIN_IDS) {
    const pool = [...byId.values()].filter((q) => q.domain === domain && EXAM_TYPES.has(q.type))
    if (pool.length < quota[domain]) throw new Error(`domain ${domain} has ${pool.length} questions, the exam needs ${quota[domain]}`)
    for (const q of drawDomain(pool, quota[domain], tierOf, random)) picked.push({ questionId: q.id, domain })
  }
  return shuffled(picked, random)
}

/** The group a question is spread by: its task statement, or itself when it has none. */
export const spreadGroup = (q: Question): string => (q.task !== undefined ? `task:${q.task}` : `id:${q.id}`)

/**
 * How recently each question was on a paper: absent (0) for never in the latest attempts; otherwise
 * RECENT_EXAMS - k for a question whose newest appearance was in the k-th latest attempt (0 = the last one), so
 * a lower tier is always the better choice.
 */
export function freshnessTiers(recent: readonly (readonly string[])[]): (id: string) => number {
  const tier = new Map<string, number>()
  recent.slice(0, RECENT_EXAMS).forEach((ids, k) => {
    for (const id of ids) if (!tier.has(id)) tier.set(id, RECENT_EXAMS - k)
  })
  return (id) => tier.get(id) ?? 0
}

/** `count` questions of one domain: the freshest tiers first, each tier dealt evenly over the spread groups. */
function drawDomain(pool: readonly Question[], count: number, tierOf: (id: string) => number, random: () => number): Question[] {
  const taken = new Map<string, number>() // per spread group, over all tiers so far
  const picked: Question[] = []
  const tiers = [...new Set(pool.map((q) => tierOf(q.id)))].sort((a, b) => a - b)
  for (const tier of tiers) {
    if (picked.length === count) break
    const groups = new Map<string, Question[]>()
    for (const q of shuffled(pool.filter((q) => tierOf(q.id) === tier), random)) {
      const g = spreadGroup(q)
      groups.set(g, [...(groups.get(g) ?? []), q])
    }
    // Water-filling: each question goes to a group with the fewest taken so far among those with some left.
    // The groups are visited in a random order, so that ties do not favour the same task every time.
    const order = shuffled([...groups.keys()].sort(), random)
    while (picked.length < count) {
      let best: string | null = null
      for (const g of order) {
        if (groups.get(g)!.length === 0) continue
        if (best === null || (taken.get(g) ?? 0) < (taken.get(best) ?? 0)) best = g
      }
      if (best === null) break // this tier is used up
      picked.push(groups.get(best)!.shift()!)
      taken.set(best, (taken.get(best) ?? 0) + 1)
    }
  }
  return picked
}
