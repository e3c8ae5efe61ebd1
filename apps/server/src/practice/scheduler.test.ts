import { describe, expect, it } from 'vitest'
import { fastLimitMs, newCard, ratingFor, recallProbability, review, type PracticeRating } from './scheduler.ts'

const T0 = Date.UTC(2026, 0, 1)
const MIN = 60_000
const DAY = 24 * 60 * MIN

/** Answers a new card in sequence, each answer when the card falls due; returns the card and when it is next due. */
function run(ratings: PracticeRating[]) {
  let card = newCard(T0)
  let at = T0
  for (const r of ratings) {
    card = review(card, r, at)
    at = card.due
  }
  return card
}

describe('the schedule', () => {
  it('brings a wrong answer back sooner than a right one, and a right one sooner than an easy one', () => {
    const again = review(newCard(T0), 'again', T0)
    const good = review(newCard(T0), 'good', T0)
    const easy = review(newCard(T0), 'easy', T0)
    expect(again.due - T0).toBe(1 * MIN)
    expect(good.due - T0).toBe(10 * MIN)
    expect(easy.due - T0).toBeGreaterThanOrEqual(DAY)
    expect(again.due).toBeLessThan(good.due)
    expect(good.due).toBeLessThan(easy.due)
  })

  it('after some practice, a lapse comes back within a day while a right answer goes out for days', () => {
    const known = run(['good', 'good', 'good'])
    const at = known.due
    const lapse = review(known, 'again', at)
    const kept = review(known, 'good', at)
    expect(lapse.due - at).toBeLessThanOrEqual(DAY)
    expect(kept.due - at).toBeGreaterThan(3 * DAY)
    expect(lapse.lapses).toBe(known.lapses + 1)
  })

  it('rates wrong as Again, right as Good, right within half the time limit (at most 15 s) as Easy', () => {
    const q = { timeLimitSec: 20, type: 'single' as const }
    expect(fastLimitMs(q)).toBe(10_000)
    expect(fastLimitMs({ timeLimitSec: 120 })).toBe(15_000)
    expect(ratingFor(0, 1000, q)).toBe('again')
    expect(ratingFor(1, 9_999, q)).toBe('easy')
    expect(ratingFor(1, 10_001, q)).toBe('good')
    expect(ratingFor(1, null, q)).toBe('good') // no timing (an exam answer): never Easy
  })

  it('rates a partly right order or number Hard from half the credit, Again below; multiple response stays right or wrong', () => {
    const ordering = { timeLimitSec: 30, type: 'ordering' as const }
    const number = { timeLimitSec: 20, type: 'number' as const }
    // Four items: 2 of 3 pairs in place, 1 of 3, none; fast or not, a partial answer is never Good or Easy.
    expect(ratingFor(2 / 3, 1000, ordering)).toBe('hard')
    expect(ratingFor(0.5, 1000, ordering)).toBe('hard')
    expect(ratingFor(1 / 3, 1000, ordering)).toBe('again')
    expect(ratingFor(0, 1000, ordering)).toBe('again')
    expect(ratingFor(1, 1000, ordering)).toBe('easy')
    expect(ratingFor(0.5, 30_000, number)).toBe('hard') // within a looser tolerance worth half the points
    expect(ratingFor(0.5, 30_000, { timeLimitSec: 20, type: 'multiple' })).toBe('again') // one of two right options picked
  })

  it('brings a Hard answer back after an Again one and before a Good one, without counting a lapse', () => {
    const fresh = { again: review(newCard(T0), 'again', T0), hard: review(newCard(T0), 'hard', T0), good: review(newCard(T0), 'good', T0) }
    expect(fresh.again.due).toBeLessThan(fresh.hard.due)
    expect(fresh.hard.due).toBeLessThan(fresh.good.due)
    const known = run(['good', 'good', 'good'])
    const at = known.due
    const hard = review(known, 'hard', at)
    const good = review(known, 'good', at)
    const again = review(known, 'again', at)
    expect(hard.due).toBeGreaterThan(again.due)
    expect(hard.due).toBeLessThan(good.due)
    expect(hard.lapses).toBe(known.lapses)
    expect(again.lapses).toBe(known.lapses + 1)
  })

  it('rates recall of an unseen card 0 and of a reviewed card between 0 and 1, falling with time', () => {
    expect(recallProbability(newCard(T0), T0 + DAY)).toBe(0)
    const card = review(newCard(T0), 'good', T0)
    const soon = recallProbability(card, T0 + DAY)
    const later = recallProbability(card, T0 + 30 * DAY)
    expect(soon).toBeGreaterThan(later)
    expect(later).toBeGreaterThan(0)
    expect(soon).toBeLessThanOrEqual(1)
  })
})
