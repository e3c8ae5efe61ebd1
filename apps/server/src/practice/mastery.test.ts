import { describe, expect, it } from 'vitest'
import { answerScore, groupMastery } from './mastery.ts'
import { RATING_NUMBER } from './review.ts'
import { newCard, review, type CardState } from './scheduler.ts'

const NOW = Date.UTC(2026, 0, 10)
const DAY = 24 * 3600_000
const keys = ['a', 'b', 'c', 'd']

const cardsOf = (entries: [string, CardState][]) => new Map(entries)
const answered = (rating: 'again' | 'hard' | 'good' | 'easy', at = NOW - DAY) => review(newCard(at), rating, at)

describe('mastery of a group', () => {
  it('is 0 with nothing seen', () => {
    expect(groupMastery({ keys, cards: new Map(), recent: [], now: NOW })).toMatchObject({ total: 4, seen: 0, due: 0, mastery: 0, recentAccuracy: null })
  })

  it('grows with coverage: the same answers over more of the group count more', () => {
    const one = groupMastery({ keys, cards: cardsOf([['a', answered('easy')]]), recent: [1], now: NOW })
    const all = groupMastery({ keys, cards: cardsOf(keys.map((k) => [k, answered('easy')])), recent: [1, 1, 1, 1], now: NOW })
    expect(one.seen).toBe(1)
    expect(all.seen).toBe(4)
    expect(all.mastery).toBeGreaterThan(3 * one.mastery)
    expect(all.mastery).toBeLessThanOrEqual(1)
  })

  it('falls when recent answers are wrong, and counts what is due', () => {
    const cards = cardsOf(keys.map((k) => [k, answered('good', NOW - 2 * DAY)]))
    const right = groupMastery({ keys, cards, recent: [1, 1, 1, 1], now: NOW })
    const mixed = groupMastery({ keys, cards, recent: [0, 0, 1, 1], now: NOW })
    expect(mixed.recentAccuracy).toBe(0.5)
    expect(mixed.mastery).toBeCloseTo(right.mastery / 2)
    expect(right.due).toBe(4) // a "good" first answer is due again after ten minutes
  })

  it('rates easy recall above a lapse', () => {
    const easy = groupMastery({ keys: ['a'], cards: cardsOf([['a', answered('easy')]]), recent: [1], now: NOW })
    const again = groupMastery({ keys: ['a'], cards: cardsOf([['a', answered('again')]]), recent: [1], now: NOW })
    expect(easy.memory).toBeGreaterThan(again.memory)
  })

  it('reads only the latest 20 answers for recent accuracy', () => {
    const recent = [...Array(20).fill(1), ...Array(50).fill(0)]
    expect(groupMastery({ keys, cards: new Map(), recent, now: NOW }).recentAccuracy).toBe(1)
  })

  it('counts a partly right order or number (rated Hard) as half a right answer, in accuracy and between Again and Good in memory', () => {
    expect([true, false].map((correct) => answerScore({ correct, rating: correct ? RATING_NUMBER.good : RATING_NUMBER.again }))).toEqual([1, 0])
    expect(answerScore({ correct: false, rating: RATING_NUMBER.hard })).toBe(0.5)
    const partly = groupMastery({ keys: ['a'], cards: cardsOf([['a', answered('hard')]]), recent: [answerScore({ correct: false, rating: RATING_NUMBER.hard })], now: NOW })
    const right = groupMastery({ keys: ['a'], cards: cardsOf([['a', answered('good')]]), recent: [1], now: NOW })
    const wrong = groupMastery({ keys: ['a'], cards: cardsOf([['a', answered('again')]]), recent: [0], now: NOW })
    expect(partly.recentAccuracy).toBe(0.5)
    expect(partly.mastery).toBeGreaterThan(wrong.mastery)
    expect(partly.mastery).toBeLessThan(right.mastery)
  })
})
