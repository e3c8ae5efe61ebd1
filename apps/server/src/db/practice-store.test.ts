import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newCard } from '../practice/scheduler.ts'
import { openStores, type Stores } from './open.ts'
import type { CardUpdate } from './practice-store.ts'

/** Review cards are written as a replacement (delete, create) rather than upserted one by one: the same result. */

let folder: string
let stores: Stores
const at = Date.parse('2026-12-01T10:00:00Z')

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cirrus-practice-store-'))
  stores = await openStores(`file:${path.join(folder, 'cirrus.db')}`, () => '123456')
  await stores.practice.createLearner('ana', 'hash-ana', at)
  await stores.practice.createLearner('ben', 'hash-ben', at)
})

afterAll(async () => {
  await stores.store.close()
  fs.rmSync(folder, { recursive: true, force: true })
})

function update(key: string, reps: number, correct = true): CardUpdate {
  return {
    card: { ...newCard(at), key, reps, questionJson: null, topic: 'cloud-concepts', domain: 1, due: at + reps * 86_400_000 },
    entry: { key, topic: 'cloud-concepts', domain: 1, source: 'exam', correct, rating: correct ? 3 : 1, elapsedMs: 1000, sessionId: null, at },
  }
}

describe('saving review cards', () => {
  it('creates new cards, replaces existing ones and leaves the others, and logs every answer', async () => {
    await stores.practice.saveReviews('ana', [update('q1', 1), update('q2', 1)])
    await stores.practice.saveReviews('ana', [update('q2', 2), update('q3', 1)])
    const cards = await stores.practice.cards('ana')
    expect(cards.map((c) => [c.key, c.reps]).sort()).toEqual([
      ['q1', 1],
      ['q2', 2],
      ['q3', 1],
    ])
    expect((await stores.practice.card('ana', 'q2'))!.due).toBe(at + 2 * 86_400_000)
    expect(await stores.practice.recentReviews('ana')).toHaveLength(4)
  })

  it('keeps the last card of a key given twice in one save, as upserts in turn would', async () => {
    await stores.practice.saveReviews('ana', [update('q4', 1), update('q4', 5, false)])
    expect((await stores.practice.card('ana', 'q4'))!.reps).toBe(5)
  })

  it('touches only the learner’s own cards', async () => {
    await stores.practice.saveReviews('ben', [update('q1', 9)])
    expect((await stores.practice.card('ana', 'q1'))!.reps).toBe(1)
    expect((await stores.practice.card('ben', 'q1'))!.reps).toBe(9)
  })
})

describe('the exam history', () => {
  it('lists the latest attempts, oldest first, up to the number asked', async () => {
    for (const [i, id] of ['e1', 'e2', 'e3'].entries()) {
      await stores.practice.createExam({ id, learnerId: 'ana', startedAt: at + i * 1000, deadline: at + i * 1000 + 5_400_000, items: [{ questionId: 'q1', domain: 1, order: null }] })
    }
    expect((await stores.practice.exams('ana')).map((e) => e.exam.id)).toEqual(['e1', 'e2', 'e3'])
    expect((await stores.practice.exams('ana', 2)).map((e) => e.exam.id)).toEqual(['e2', 'e3'])
  })
})
