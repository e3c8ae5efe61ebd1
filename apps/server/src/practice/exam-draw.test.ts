import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { bank, DOMAINS, DOMAIN_IDS, domainQuota, type Domain, type Question } from '@cirrus/questions'
import { mulberry32 } from '@cirrus/game'
import { EXAM } from '@cirrus/protocol'
import { drawExam, EXAM_TYPES, freshnessTiers, RECENT_EXAMS, spreadGroup, type DrawnItem } from './exam-draw.ts'

const bankIds = new Set(bank.map((q) => q.id))
/** The bank's questions of the exam's own two item types: what a paper is drawn from. */
const examBank = bank.filter((q) => EXAM_TYPES.has(q.type))
const seedArb = fc.integer({ min: 0, max: 2 ** 31 - 1 })

function question(id: string, domain: Domain, task?: string): Question {
  return {
    id,
    type: 'single',
    prompt: `Question ${id}?`,
    options: [
      { text: 'Right', correct: true },
      { text: 'Wrong', correct: false },
    ],
    explanation: '',
    domain,
    ...(task !== undefined ? { task } : {}),
    difficulty: 'medium',
    timeLimitSec: 20,
    points: 1000,
  }
}

/**
 * A made-up bank: per domain, up to eight task statements with 0-12 questions each, and some questions without a
 * task; padded with untasked questions so that every domain can fill its share of `size`.
 */
const bankArb = (size: number) =>
  fc
    .tuple(
      ...DOMAIN_IDS.map(() =>
        fc.record({ tasks: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 8 }), untasked: fc.integer({ min: 0, max: 6 }) }),
      ),
    )
    .map((domains) => {
      const quota = domainQuota(size)
      const questions: Question[] = []
      domains.forEach(({ tasks, untasked }, i) => {
        const domain = DOMAIN_IDS[i]!
        tasks.forEach((n, t) => {
          for (let k = 0; k < n; k++) questions.push(question(`d${domain}-t${t + 1}-${k}`, domain, `${domain}.${t + 1}`))
        })
        const short = Math.max(0, quota[domain] - questions.filter((q) => q.domain === domain).length)
        for (let k = 0; k < untasked + short; k++) questions.push(question(`d${domain}-x${k}`, domain))
      })
      return questions
    })

/** A bank, a paper size, and the learner's latest attempts (random subsets of the bank, newest first). */
const scenarioArb = fc.integer({ min: 8, max: EXAM.questionCount }).chain((size) =>
  bankArb(size).chain((questions) =>
    fc.record({
      size: fc.constant(size),
      questions: fc.constant(questions),
      recent: fc.array(fc.subarray(questions.map((q) => q.id)), { maxLength: 4 }),
      seed: seedArb,
    }),
  ),
)

const counts = <T,>(items: readonly T[], key: (x: T) => string) => {
  const out = new Map<string, number>()
  for (const x of items) out.set(key(x), (out.get(key(x)) ?? 0) + 1)
  return out
}

/**
 * Even spread over the groups: a group has two more than another only when that other has nothing left to give
 * (`available` says how many each group could give).
 */
function expectEvenSpread(pickedByGroup: Map<string, number>, available: Map<string, number>) {
  for (const [g, cg] of pickedByGroup) {
    for (const [h, ah] of available) {
      const ch = pickedByGroup.get(h) ?? 0
      if (cg > ch + 1) expect({ group: h, picked: ch, available: ah, vs: g, theirs: cg }).toMatchObject({ picked: ah })
    }
  }
}

describe('the exam draw', () => {
  it('draws 65 distinct bank questions, each domain within one of its CLF-C02 weight, for any seed', () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        const paper = drawExam(bank, mulberry32(seed))
        expect(paper).toHaveLength(EXAM.questionCount)
        expect(new Set(paper.map((i) => i.questionId)).size).toBe(EXAM.questionCount)
        for (const item of paper) {
          expect(bankIds.has(item.questionId)).toBe(true)
          expect(bank.find((q) => q.id === item.questionId)!.domain).toBe(item.domain)
        }
        for (const d of DOMAIN_IDS) {
          const count = paper.filter((i) => i.domain === d).length
          expect(Math.abs(count - (EXAM.questionCount * DOMAINS[d].weight) / 100)).toBeLessThan(1)
        }
      }),
      { numRuns: 100 },
    )
  })

  it('gives 16, 19, 22 and 8 questions to the four domains', () => {
    const paper = drawExam(bank, mulberry32(7))
    expect(DOMAIN_IDS.map((d) => paper.filter((i) => i.domain === d).length)).toEqual([16, 19, 22, 8])
  })

  it('mixes the domains instead of running them in blocks, and differs between seeds', () => {
    const a = drawExam(bank, mulberry32(1))
    const b = drawExam(bank, mulberry32(2))
    expect(a.slice(0, 16).every((i) => i.domain === 1)).toBe(false)
    expect(a.map((i) => i.questionId)).not.toEqual(b.map((i) => i.questionId))
    expect(drawExam(bank, mulberry32(1))).toEqual(a)
  })

  it('takes only multiple choice and multiple response, as CLF-C02 does: never the ordering, number, true/false or typed questions', () => {
    const practiceOnly = bank.filter((q) => !EXAM_TYPES.has(q.type))
    expect(new Set(practiceOnly.map((q) => q.type))).toEqual(new Set(['truefalse', 'text', 'ordering', 'number']))
    const byId = new Map(bank.map((q) => [q.id, q]))
    fc.assert(
      fc.property(seedArb, (seed) => {
        for (const item of drawExam(bank, mulberry32(seed))) expect(['single', 'multiple']).toContain(byId.get(item.questionId)!.type)
      }),
      { numRuns: 100 },
    )
    // A domain whose only questions left are of other types cannot fill a paper: it is refused, not filled with them.
    const orderingOnly: Question[] = [...bank.filter((q) => q.domain !== 4), ...Array.from({ length: 20 }, (_, i) => ({ ...question(`order-${i}`, 4), type: 'ordering' as const, options: ['A', 'B', 'C'].map((text) => ({ text, correct: true })) }))]
    expect(() => drawExam(orderingOnly, mulberry32(3))).toThrow(/domain 4 has 0 questions/)
  })

  it('takes a question id once even when the input repeats it, and refuses a bank too small for a domain', () => {
    const doubled = [...bank, ...bank]
    const paper = drawExam(doubled, mulberry32(3))
    expect(new Set(paper.map((i) => i.questionId)).size).toBe(65)
    const noBilling: Question[] = bank.filter((q) => q.domain !== 4)
    expect(() => drawExam(noBilling, mulberry32(3))).toThrow(/domain 4 has 0 questions/)
  })
})

describe('the exam draw, on any bank (property tests)', () => {
  it('keeps the domain weights: every domain gets exactly its largest-remainder share, no question twice', () => {
    fc.assert(
      fc.property(scenarioArb, ({ size, questions, recent, seed }) => {
        const paper = drawExam(questions, mulberry32(seed), { size, recent })
        const domainOf = new Map(questions.map((q) => [q.id, q.domain]))
        expect(paper).toHaveLength(size)
        expect(new Set(paper.map((i) => i.questionId)).size).toBe(size)
        for (const item of paper) expect(domainOf.get(item.questionId)).toBe(item.domain)
        const quota = domainQuota(size)
        for (const d of DOMAIN_IDS) expect(paper.filter((i) => i.domain === d).length).toBe(quota[d])
      }),
      { numRuns: 300 },
    )
  })

  it('spreads each domain over its task statements as evenly as the bank allows (untasked questions: a group each)', () => {
    fc.assert(
      fc.property(scenarioArb, ({ size, questions, seed }) => {
        const paper = drawExam(questions, mulberry32(seed), { size })
        const byId = new Map(questions.map((q) => [q.id, q]))
        for (const d of DOMAIN_IDS) {
          const mine = paper.filter((i) => i.domain === d).map((i) => byId.get(i.questionId)!)
          expectEvenSpread(counts(mine, spreadGroup), counts(questions.filter((q) => q.domain === d), spreadGroup))
        }
      }),
      { numRuns: 300 },
    )
  })

  it('repeats a question of the latest attempts only when its domain has nothing fresher left', () => {
    fc.assert(
      fc.property(scenarioArb, ({ size, questions, recent, seed }) => {
        const paper = drawExam(questions, mulberry32(seed), { size, recent })
        const tier = freshnessTiers(recent)
        const onPaper = new Set(paper.map((i) => i.questionId))
        for (const d of DOMAIN_IDS) {
          const mine = questions.filter((q) => q.domain === d)
          const worstPicked = Math.max(...mine.filter((q) => onPaper.has(q.id)).map((q) => tier(q.id)))
          const bestLeft = Math.min(...mine.filter((q) => !onPaper.has(q.id)).map((q) => tier(q.id)))
          expect(worstPicked).toBeLessThanOrEqual(bestLeft)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('draws only questions not in the latest attempts when the domain has enough of them, still spread over its tasks', () => {
    fc.assert(
      fc.property(scenarioArb, ({ size, questions, recent, seed }) => {
        const paper = drawExam(questions, mulberry32(seed), { size, recent })
        const seen = new Set(recent.flat())
        const byId = new Map(questions.map((q) => [q.id, q]))
        const quota = domainQuota(size)
        for (const d of DOMAIN_IDS) {
          const fresh = questions.filter((q) => q.domain === d && !seen.has(q.id))
          if (fresh.length < quota[d]) continue
          const mine = paper.filter((i) => i.domain === d)
          expect(mine.filter((i) => seen.has(i.questionId))).toEqual([])
          expectEvenSpread(counts(mine.map((i) => byId.get(i.questionId)!), spreadGroup), counts(fresh, spreadGroup))
        }
      }),
      { numRuns: 300 },
    )
  })

  it('prefers questions seen longest ago: the oldest attempt comes back before the last one', () => {
    const questions = DOMAIN_IDS.flatMap((d) => Array.from({ length: 3 * domainQuota(20)[d] }, (_, k) => question(`d${d}-${k}`, d)))
    fc.assert(
      fc.property(seedArb, (seed) => {
        const random = mulberry32(seed)
        const first = drawExam(questions, random, { size: 20 })
        const second = drawExam(questions, random, { size: 20, recent: [ids(first)] })
        const third = drawExam(questions, random, { size: 20, recent: [ids(second), ids(first)] })
        // Three papers use the bank up: the fourth is the first one again, never the third.
        const fourth = drawExam(questions, random, { size: 20, recent: [ids(third), ids(second), ids(first)] })
        expect(new Set([...ids(first), ...ids(second), ...ids(third)]).size).toBe(60)
        expect(new Set(ids(fourth))).toEqual(new Set(ids(first)))
      }),
      { numRuns: 50 },
    )
  })

  it('looks back RECENT_EXAMS attempts, no further', () => {
    const tier = freshnessTiers([['a'], ['b', 'a'], ...Array.from({ length: RECENT_EXAMS }, () => []), ['z']])
    expect([tier('a'), tier('b'), tier('z'), tier('never')]).toEqual([RECENT_EXAMS, RECENT_EXAMS - 1, 0, 0])
  })
})

describe('the exam draw on the built-in bank', () => {
  it('gives a learner new questions for as many attempts as each domain allows', () => {
    const quota = domainQuota(EXAM.questionCount)
    const attempts = Math.min(...DOMAIN_IDS.map((d) => Math.floor(examBank.filter((q) => q.domain === d).length / quota[d])))
    expect(attempts).toBeGreaterThanOrEqual(1)
    const random = mulberry32(11)
    const recent: string[][] = []
    const seen = new Set<string>()
    for (let n = 0; n < Math.min(attempts, RECENT_EXAMS); n++) {
      const paper = ids(drawExam(bank, random, { recent }))
      expect(paper.filter((id) => seen.has(id))).toEqual([])
      for (const id of paper) seen.add(id)
      recent.unshift(paper)
    }
  })

  it('deals each domain over its task statements', () => {
    const paper = drawExam(bank, mulberry32(5))
    const byId = new Map(bank.map((q) => [q.id, q]))
    for (const d of DOMAIN_IDS) {
      const mine = paper.filter((i) => i.domain === d).map((i) => byId.get(i.questionId)!)
      expectEvenSpread(counts(mine, spreadGroup), counts(examBank.filter((q) => q.domain === d), spreadGroup))
    }
  })
})

function ids(paper: DrawnItem[]): string[] {
  return paper.map((i) => i.questionId)
}
