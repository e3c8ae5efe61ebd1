import { describe, expect, it } from 'vitest'
import { createGame } from './create.ts'
import { newGame, QUIZ, settings } from './test-fixtures.ts'
import type { Question } from '@cirrus/questions'

const many: Question[] = Array.from({ length: 12 }, (_, i) => ({ ...QUIZ[i % QUIZ.length]!, id: `q${i}` }))
const ids = (qs: Question[]) => qs.map((q) => q.id)
const texts = (q: Question) => q.options.map((o) => o.text)

describe('createGame', () => {
  it('starts in the lobby with no players', () => {
    expect(newGame()).toMatchObject({ pin: '123456', quizTitle: 'Tiny quiz', phase: 'lobby', index: -1, locked: false, pausedAt: null, advanceAt: null, round: null, players: {}, order: [], kicked: [] })
  })

  it('keeps the quiz as it is by default', () => {
    expect(newGame().questions).toEqual(QUIZ)
  })

  it('applies the time limit and points overrides to every question', () => {
    const qs = newGame({ timeLimitSec: 30, points: 2000 }).questions
    expect(qs.every((q) => q.timeLimitSec === 30 && q.points === 2000)).toBe(true)
    expect(newGame({ points: 0 }).questions.every((q) => q.points === 0)).toBe(true)
  })

  it('cuts to the question count', () => {
    expect(ids(newGame({ questionCount: 2 }).questions)).toEqual(['q-single', 'q-multi'])
    expect(newGame({ questionCount: 50 }).questions).toHaveLength(QUIZ.length)
  })

  it('shuffles questions the same way for the same seed, differently for another', () => {
    const a = ids(newGame({ shuffleQuestions: true }, many, 1).questions)
    expect(ids(newGame({ shuffleQuestions: true }, many, 1).questions)).toEqual(a)
    expect(a).not.toEqual(ids(many))
    expect([...a].sort()).toEqual([...ids(many)].sort())
    const seeds = [2, 3, 4, 5].map((seed) => ids(newGame({ shuffleQuestions: true }, many, seed).questions).join())
    expect(seeds.some((order) => order !== a.join())).toBe(true)
  })

  it('shuffles options of single and multiple only, keeping which are right', () => {
    for (let seed = 0; seed < 20; seed++) {
      const qs = newGame({ shuffleOptions: true }, QUIZ, seed).questions
      expect(ids(qs)).toEqual(ids(QUIZ))
      qs.forEach((q, i) => {
        const original = QUIZ[i]!
        if (q.type === 'truefalse' || q.type === 'text') expect(q.options).toEqual(original.options)
        else expect([...q.options].sort((x, y) => x.text.localeCompare(y.text))).toEqual([...original.options].sort((x, y) => x.text.localeCompare(y.text)))
      })
    }
    const shuffledSomewhere = Array.from({ length: 20 }, (_, seed) => texts(newGame({ shuffleOptions: true }, QUIZ, seed).questions[0]!).join())
    expect(new Set(shuffledSomewhere).size).toBeGreaterThan(1)
    expect(newGame({ shuffleOptions: true }, QUIZ, 9).questions).toEqual(newGame({ shuffleOptions: true }, QUIZ, 9).questions)
  })

  it('shuffles before cutting, so the count picks from the whole quiz', () => {
    const picked = new Set(Array.from({ length: 20 }, (_, seed) => ids(newGame({ shuffleQuestions: true, questionCount: 1 }, many, seed).questions)[0]))
    expect(picked.size).toBeGreaterThan(1)
  })

  it('does not change the questions it is given', () => {
    const copy = structuredClone(many)
    newGame({ shuffleQuestions: true, shuffleOptions: true, points: 2000, timeLimitSec: 10 }, many, 5)
    expect(many).toEqual(copy)
  })

  it('refuses an empty quiz', () => {
    expect(() => createGame({ pin: '1', quizTitle: 't', questions: [], settings: settings(), seed: 1 })).toThrow()
  })
})
