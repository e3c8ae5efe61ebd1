import { createHash } from 'node:crypto'
import { Router, type RequestHandler } from 'express'
import { bank, DOMAIN_IDS, DOMAINS, SECTIONS, type Question } from '@cirrus/questions'
import { BankQuerySchema, type BankPage, type BankQuery } from '@cirrus/protocol'
import { topicTitle } from '../practice/catalog.ts'
import { sendInvalid } from './reply.ts'

const FACETS: Pick<BankPage, 'sections' | 'domains'> = {
  sections: SECTIONS.map((s) => ({ id: s.id, title: s.title, topics: s.topics.map((id) => ({ id, title: topicTitle(id) })) })),
  domains: DOMAIN_IDS.map((id) => ({ id, title: DOMAINS[id].title })),
}

/**
 * The bank never changes while the server runs, so each question is turned into JSON once: the whole bank is about
 * 850 KB, and JSON.stringify of it took about 25 ms of the event loop on every request.
 */
const FACETS_JSON = JSON.stringify(FACETS).slice(1, -1)
const QUESTION_JSON = new Map<Question, string>(bank.map((q) => [q, JSON.stringify(q)]))

/** The same text as JSON.stringify of the BankPage, from the questions' JSON made at start. */
function bankPageJson(questions: readonly Question[]): string {
  return `{${FACETS_JSON},"total":${bank.length},"questions":[${questions.map((q) => QUESTION_JSON.get(q) ?? JSON.stringify(q)).join(',')}]}`
}

/** The whole bank (no filter: the picker's first page), as bytes with their ETag, made on first use. */
let wholeBank: { body: Buffer; etag: string } | null = null
function wholeBankPage() {
  if (!wholeBank) {
    const body = Buffer.from(bankPageJson(bank))
    wholeBank = { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` }
  }
  return wholeBank
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
    const filtered = Object.values(query.data).some((v) => v !== undefined && (!Array.isArray(v) || v.length > 0))
    if (filtered) return res.type('json').send(bankPageJson(filterBank(bank, query.data)))
    const page = wholeBankPage()
    res.type('json').setHeader('ETag', page.etag) // express would hash the 850 KB again on every request
    res.send(page.body)
  })
  return router
}
