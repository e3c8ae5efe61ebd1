import type { CardState } from './scheduler.ts'

export interface QueueInput {
  /** The questions this session may draw from (for "what's due": every question the learner has a card for). */
  pool: readonly string[]
  cards: ReadonlyMap<string, CardState>
  /** Draw questions never seen before once nothing is due (not in "what's due" mode). */
  includeNew: boolean
  /** The question just answered: not asked twice in a row while anything else is left. */
  avoid: string | null
  now: number
  random: () => number
}

/**
 * The next question of a practice session: the most overdue card first; then, if allowed, a question never seen
 * (at random); else none, and the session is over. Cards not yet due are left for later: that is the schedule.
 */
export function nextQuestion({ pool, cards, includeNew, avoid, now, random }: QueueInput): string | null {
  const due = pool
    .map((key) => ({ key, card: cards.get(key) }))
    .filter((c): c is { key: string; card: CardState } => c.card !== undefined && c.card.lastReview !== null && c.card.due <= now)
    .sort((a, b) => a.card.due - b.card.due || (a.key < b.key ? -1 : 1))
  const dueKey = due.find((c) => c.key !== avoid)?.key
  if (dueKey) return dueKey
  if (includeNew) {
    const unseen = pool.filter((key) => (cards.get(key)?.lastReview ?? null) === null && key !== avoid)
    if (unseen.length) return unseen[Math.floor(random() * unseen.length)]!
  }
  return due[0]?.key ?? null
}
