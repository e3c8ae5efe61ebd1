import { describe, expect, it } from 'vitest'
import { nextQuestion } from './queue.ts'
import { newCard, review, type CardState } from './scheduler.ts'

const NOW = Date.UTC(2026, 0, 10)
const MIN = 60_000
const seenAt = (at: number, rating: 'again' | 'good' | 'easy') => review(newCard(at), rating, at)
const base = { includeNew: true, avoid: null, now: NOW, random: () => 0 }

describe('the next practice question', () => {
  it('is the most overdue card first, then an unseen one, and none when nothing is left', () => {
    const cards = new Map<string, CardState>([
      ['late', seenAt(NOW - 60 * MIN, 'again')],
      ['later', seenAt(NOW - 30 * MIN, 'again')],
      ['known', seenAt(NOW - MIN, 'easy')],
    ])
    const pool = ['new', 'known', 'later', 'late']
    expect(nextQuestion({ ...base, pool, cards })).toBe('late')
    expect(nextQuestion({ ...base, pool: ['new', 'known'], cards })).toBe('new')
    expect(nextQuestion({ ...base, pool: ['new', 'known'], cards, includeNew: false })).toBeNull()
    expect(nextQuestion({ ...base, pool: ['known'], cards })).toBeNull()
  })

  it('does not ask the question just answered twice in a row while something else is left', () => {
    const cards = new Map<string, CardState>([['a', seenAt(NOW - 60 * MIN, 'again')]])
    expect(nextQuestion({ ...base, pool: ['a', 'b'], cards, avoid: 'a' })).toBe('b')
    expect(nextQuestion({ ...base, pool: ['a'], cards, avoid: 'a' })).toBe('a')
  })

  it('brings back a question answered wrong a minute later, but not one answered right', () => {
    const wrong = seenAt(NOW, 'again')
    const right = seenAt(NOW, 'good')
    const cards = new Map([['wrong', wrong], ['right', right]])
    const oneMinuteOn = { ...base, pool: ['wrong', 'right'], cards, includeNew: false, now: NOW + MIN }
    expect(nextQuestion(oneMinuteOn)).toBe('wrong')
    expect(nextQuestion({ ...oneMinuteOn, pool: ['right'] })).toBeNull()
  })
})
