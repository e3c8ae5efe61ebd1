import { DOMAIN_IDS, DOMAINS, TOPICS } from '@cirrus/questions'
import type { ExamHistoryEntry, MasteryRow, ProgressView } from '@cirrus/protocol'
import { bankById, bankKeysByDomain, bankKeysByTopic, topicTitle } from './catalog.ts'
import { answerScore, groupMastery } from './mastery.ts'
import type { ReviewEntry, StoredCard } from '../db/practice-store.ts'

export interface ProgressInput {
  cards: readonly StoredCard[]
  /** Newest first. */
  reviews: readonly ReviewEntry[]
  exams: ExamHistoryEntry[]
  now: number
}

/** Mastery per domain and per topic (bank questions and the learner's own cards from other quizzes), and totals. */
export function progressView({ cards, reviews, exams, now }: ProgressInput): ProgressView {
  const cardMap = new Map(cards.map((c) => [c.key, c]))
  const foreign = cards.filter((c) => !bankById.has(c.key))
  const row = (id: string, title: string, domain: number, bankKeys: readonly string[], belongs: (x: { topic: string | null; domain: number | null }) => boolean): MasteryRow => {
    const keys = [...bankKeys, ...foreign.filter(belongs).map((c) => c.key)]
    const g = groupMastery({ keys, cards: cardMap, recent: reviews.filter(belongs).map(answerScore), now })
    return { id, title, domain, total: g.total, seen: g.seen, due: g.due, mastery: g.mastery, recentAccuracy: g.recentAccuracy }
  }
  const domains = DOMAIN_IDS.map((d) => row(String(d), DOMAINS[d].title, d, bankKeysByDomain.get(d) ?? [], (x) => x.domain === d))
  const topics = Object.entries(TOPICS)
    .filter(([topic]) => bankKeysByTopic.has(topic))
    .map(([topic, domain]) => row(topic, topicTitle(topic), domain, bankKeysByTopic.get(topic)!, (x) => x.topic === topic))
  const seenCards = cards.filter((c) => c.lastReview !== null)
  return {
    serverNow: now,
    totals: {
      questions: bankById.size + foreign.length,
      seen: seenCards.length,
      due: seenCards.filter((c) => c.due <= now).length,
      answers: reviews.length,
    },
    domains,
    topics,
    exams,
  }
}
