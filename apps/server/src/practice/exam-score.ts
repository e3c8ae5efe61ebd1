import { DOMAIN_IDS, DOMAINS, type Domain } from '@cirrus/questions'
import { EXAM, type DomainResult } from '@cirrus/protocol'

/**
 * The share of questions right that maps to the pass mark. AWS publishes the scale (100-1000, pass 700) but not
 * its raw cut; 70% is the usual estimate, and it makes the score read as the share right near the pass mark.
 */
export const RAW_CUT = 0.7

/**
 * The scaled score, piecewise linear through three fixed points: 0 right → 100, RAW_CUT → 700, all right → 1000.
 * Below the cut the score is rounded down and capped at 699, so a fail never shows a passing number; at or above
 * it, rounded down from 700. Pass ⇔ score ≥ 700 ⇔ share right ≥ RAW_CUT. Unanswered questions count as wrong.
 */
export function scaledScore(correct: number, total: number): number {
  if (!Number.isInteger(correct) || !Number.isInteger(total) || total <= 0 || correct < 0 || correct > total) {
    throw new RangeError(`cannot score ${correct} right of ${total}`)
  }
  const share = correct / total
  const { minScore, passScore, maxScore } = EXAM
  if (share >= RAW_CUT) return Math.min(maxScore, passScore + Math.floor(((maxScore - passScore) * (share - RAW_CUT)) / (1 - RAW_CUT) + 1e-9))
  return Math.min(passScore - 1, minScore + Math.floor(((passScore - minScore) * share) / RAW_CUT + 1e-9))
}

export const isPass = (score: number) => score >= EXAM.passScore

/** Per-domain results, in domain order, with AWS's "meets competencies / needs improvement" verdict at the cut. */
export function domainResults(items: readonly { domain: number; correct: boolean }[]): DomainResult[] {
  return DOMAIN_IDS.map((domain: Domain) => {
    const mine = items.filter((i) => i.domain === domain)
    const correct = mine.filter((i) => i.correct).length
    return {
      domain,
      title: DOMAINS[domain].title,
      total: mine.length,
      correct,
      verdict: mine.length > 0 && correct / mine.length >= RAW_CUT ? 'meets' : 'needs_improvement',
    }
  })
}
