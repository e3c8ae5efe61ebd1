import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { bank, DOMAINS, DOMAIN_IDS, type Question } from '@cirrus/questions'
import { mulberry32 } from '@cirrus/game'
import { EXAM } from '@cirrus/protocol'
import { drawExam } from './exam-draw.ts'

const bankIds = new Set(bank.map((q) => q.id))

describe('the exam draw', () => {
  it('draws 65 distinct bank questions, each domain within one of its CLF-C02 weight, for any seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
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

  it('takes a question id once even when the input repeats it, and refuses a bank too small for a domain', () => {
    const doubled = [...bank, ...bank]
    const paper = drawExam(doubled, mulberry32(3))
    expect(new Set(paper.map((i) => i.questionId)).size).toBe(65)
    const noBilling: Question[] = bank.filter((q) => q.domain !== 4)
    expect(() => drawExam(noBilling, mulberry32(3))).toThrow(/domain 4 has 0 questions/)
  })
})
