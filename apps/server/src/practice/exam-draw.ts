import { DOMAIN_IDS, domainQuota, type Domain, type Question } from '@cirrus/questions'
import { shuffled } from '@cirrus/game'
import { EXAM } from '@cirrus/protocol'

export interface DrawnItem {
  questionId: string
  domain: Domain
}

/**
 * Draws a mock exam from the bank: each domain gets its CLF-C02 share of `size` (largest remainder, so every count
 * is within one of size × weight), no question twice, then the whole paper is shuffled so domains are mixed as in
 * the real exam. Pure: randomness comes in as `random`.
 * Throws when a domain has fewer questions than its share: a bank that small cannot make a fair paper.
 */
export function drawExam(bank: readonly Question[], random: () => number, size: number = EXAM.questionCount): DrawnItem[] {
  const quota = domainQuota(size)
  const byId = new Map(bank.map((q) => [q.id, q])) // one entry per id, whatever the input holds
  const picked: DrawnItem[] = []
  for (const domain of DOMAIN_IDS) {
    const pool = [...byId.values()].filter((q) => q.domain === domain)
    if (pool.length < quota[domain]) throw new Error(`domain ${domain} has ${pool.length} questions, the exam needs ${quota[domain]}`)
    for (const q of shuffled(pool, random).slice(0, quota[domain])) picked.push({ questionId: q.id, domain })
  }
  return shuffled(picked, random)
}
