import { Router, type RequestHandler } from 'express'
import { bank, DOMAIN_IDS, DOMAINS, SECTIONS, type Question } from '@cirrus/questions'
import { BankQuerySchema, type BankPage, type BankQuery } from '@cirrus/protocol'
import { topicTitle } from '../practice/catalog.ts'
import { sendInvalid } from './reply.ts'

const FACETS: Pick<BankPage, 'sections' | 'domains'> = {
  sections: SECTIONS.map((s) => ({ id: s.id, title: s.title, topics: s.topics.map((id) => ({ id, title: topicTitle(id) })) })),
  domains: DOMAIN_IDS.map((id) => ({ id, title: DOMAINS[id].title })),
}

/** The bank's questions that match every filter given (a filter with several values matches any of them). */
export function filterBank(questions: readonly Question[], query: BankQuery): Question[] {
  const words = query.q?.toLowerCase().split(/\s+/).filter(Boolean) ?? []
  const any = <T>(wanted: readonly T[] | undefined, value: T | undefined) => !wanted?.length || (value !== undefined && wanted.includes(value))
  return questions.filter(
    (q) =>
      any(query.topic, q.topic) &&
      any(query.domain, q.domain) &&
      any(query.difficulty, q.difficulty) &&
      any(query.type, q.type) &&
      words.every((w) => q.prompt.toLowerCase().includes(w)),
  )
}

/** GET /api/bank: the built-in question bank, to assemble a quiz from (answers included, so behind the admin gate). */
export function bankRoutes(gate: RequestHandler): Router {
  const router = Router()
  router.get('/api/bank', gate, (req, res) => {
    const query = BankQuerySchema.safeParse(req.query)
    if (!query.success) return sendInvalid(res, query.error, 'the filter')
    const questions = filterBank(bank, query.data)
    res.json({ ...FACETS, total: bank.length, questions } satisfies BankPage)
  })
  return router
}
