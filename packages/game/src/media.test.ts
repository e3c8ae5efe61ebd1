import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { QuestionSchema } from '@cirrus/questions'
import { MEDIA_WAIT_MS } from './media.ts'
import { nextWakeAt, reduce } from './reduce.ts'
import { apply, pick, started, T0 } from './test-fixtures.ts'
import type { GameState } from './types.ts'
import { publicView } from './views.ts'

const IMAGE = { id: 'a'.repeat(64), alt: 'A map of the Danube' }
const pictured = QuestionSchema.parse({
  id: 'q-map',
  type: 'single',
  prompt: 'Which river is drawn in blue?',
  image: IMAGE,
  options: [{ text: 'Danube', correct: true, image: { id: 'b'.repeat(64), alt: 'The Danube at Vienna' } }, { text: 'Rhine', correct: false }],
})
const plain = QuestionSchema.parse({ id: 'q-plain', type: 'single', prompt: 'Plain?', options: [{ text: 'Yes', correct: true }, { text: 'No', correct: false }] })
const LIMIT = 20_000

const questionView = (s: GameState, now: number) => {
  const v = publicView(s, now)
  if (v.phase !== 'question') throw new Error(v.phase)
  return v
}

describe('pictures load before the clock starts', () => {
  it('a question with pictures goes out with its clock stopped, and its pictures', () => {
    const s = started(['a', 'b'], {}, [pictured])
    const view = questionView(s, T0)
    expect(view.startsBy).toBe(T0 + MEDIA_WAIT_MS)
    expect(view.deadline).toBe(T0 + MEDIA_WAIT_MS + LIMIT)
    expect(view.question.image).toEqual({ url: `/api/images/${'a'.repeat(64)}`, alt: 'A map of the Danube' })
    expect(view.question.optionImages).toEqual([{ url: `/api/images/${'b'.repeat(64)}`, alt: 'The Danube at Vienna' }, null])
    expect(nextWakeAt(s)).toBe(T0 + MEDIA_WAIT_MS)
    const early = reduce(s, pick('a', 0, [0]), T0 + 100)
    expect(early).toEqual({ ok: false, error: 'wrong_phase', message: "the question's pictures are still loading: its time has not started" })
  })

  it('starts when the last connected phone is ready, with the whole time limit from then', () => {
    let s = started(['a', 'b', 'c'], {}, [pictured])
    s = apply(s, { type: 'connection', playerId: 'c', connected: false }, T0 + 10).state // away: not waited for
    const first = apply(s, { type: 'ready', playerId: 'a', questionIndex: 0 }, T0 + 300)
    expect(first.effects).toEqual([])
    expect(questionView(first.state, T0 + 300).startsBy).toBe(T0 + MEDIA_WAIT_MS)
    const again = apply(first.state, { type: 'ready', playerId: 'a', questionIndex: 0 }, T0 + 400)
    expect(again.state).toBe(first.state)
    const last = apply(first.state, { type: 'ready', playerId: 'b', questionIndex: 0 }, T0 + 1200)
    const view = questionView(last.state, T0 + 1200)
    expect(view.startsBy).toBeUndefined()
    expect(view.deadline).toBe(T0 + 1200 + LIMIT)
    expect(last.effects.map((e) => e.type)).toEqual(['broadcast', 'hostDirty', 'snapshot'])
    expect(nextWakeAt(last.state)).toBeGreaterThanOrEqual(T0 + 1200 + LIMIT)
    // Now answers count, timed from the start of the clock.
    const answered = apply(last.state, pick('a', 0, [0]), T0 + 1200 + 10_000)
    const record = answered.effects.find((e) => e.type === 'persistAnswer')
    expect(record?.type === 'persistAnswer' && record.answer.elapsedMs).toBe(10_000)
  })

  it('starts at the bound when a phone never says it is ready', () => {
    let s = started(['a', 'b'], {}, [pictured])
    s = apply(s, { type: 'ready', playerId: 'a', questionIndex: 0 }, T0 + 200).state
    expect(apply(s, { type: 'tick' }, T0 + MEDIA_WAIT_MS - 1).effects).toEqual([])
    const bound = apply(s, { type: 'tick' }, T0 + MEDIA_WAIT_MS + 40)
    expect(questionView(bound.state, T0 + MEDIA_WAIT_MS + 40)).toMatchObject({ deadline: T0 + MEDIA_WAIT_MS + LIMIT })
    expect(questionView(bound.state, T0 + MEDIA_WAIT_MS + 40).startsBy).toBeUndefined()
  })

  it('the bound is scaled like every timer, and a question without pictures never waits', () => {
    const fast = started(['a'], { timeScale: 10 }, [pictured])
    expect(questionView(fast, T0).startsBy).toBe(T0 + MEDIA_WAIT_MS / 10)
    const s = started(['a'], {}, [plain])
    expect(questionView(s, T0).startsBy).toBeUndefined()
    expect(apply(s, { type: 'ready', playerId: 'a', questionIndex: 0 }, T0 + 5).effects).toEqual([])
  })

  it('a pause holds the wait; everyone ready while paused starts the clock at the first tick after resuming', () => {
    let s = started(['a'], {}, [pictured])
    s = apply(s, { type: 'pause' }, T0 + 100).state
    s = apply(s, { type: 'ready', playerId: 'a', questionIndex: 0 }, T0 + 200).state
    expect(questionView(s, T0 + 200).startsBy).toBeDefined()
    s = apply(s, { type: 'resume' }, T0 + 3100).state
    expect(nextWakeAt(s)).toBeLessThanOrEqual(T0 + 3100)
    const started_ = apply(s, { type: 'tick' }, T0 + 3100).state
    expect(questionView(started_, T0 + 3100)).toMatchObject({ deadline: T0 + 3100 + LIMIT })
  })

  it('refuses readiness from someone who is not a player; readiness for another question is ignored', () => {
    const s = started(['a', 'b'], {}, [pictured])
    expect(reduce(s, { type: 'ready', playerId: 'ghost', questionIndex: 0 }, T0)).toMatchObject({ ok: false, error: 'not_player' })
    expect(apply(s, { type: 'ready', playerId: 'a', questionIndex: 3 }, T0).state).toBe(s)
  })

  it('property: the clock starts at min(the last ready phone, sent + N s), and always gives the whole time limit', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 8000 }), { minLength: 1, maxLength: 5 }), fc.array(fc.integer({ min: 0, max: 8000 }), { minLength: 1, maxLength: 10 }), (readyAt, ticks) => {
        const ids = readyAt.map((_, i) => `p${i}`)
        let s = started(ids, {}, [pictured])
        const events = [...readyAt.map((t, i) => ({ t, e: { type: 'ready' as const, playerId: ids[i]!, questionIndex: 0 } })), ...ticks.map((t) => ({ t, e: { type: 'tick' as const } }))].sort((a, b) => a.t - b.t)
        let startedAt: number | null = null
        for (const { t, e } of events) {
          const r = reduce(s, e, T0 + t)
          if (!r.ok) throw new Error(r.message)
          if (s.round!.media && !r.state.round!.media) startedAt = t
          s = r.state
        }
        const expected = Math.min(Math.max(...readyAt), MEDIA_WAIT_MS)
        if (startedAt === null) {
          // Not yet started: nobody's last readiness nor the bound has been reached by a tick.
          expect(Math.max(...readyAt) > Math.max(...ticks, ...readyAt) || Math.max(...ticks) < MEDIA_WAIT_MS).toBe(true)
        } else {
          expect(startedAt).toBeGreaterThanOrEqual(expected)
          const view = questionView(s, T0 + startedAt)
          expect(view.deadline - s.round!.openedAt).toBe(LIMIT)
          expect(s.round!.openedAt).toBeLessThanOrEqual(T0 + MEDIA_WAIT_MS)
          expect(s.round!.openedAt).toBe(T0 + Math.min(startedAt, MEDIA_WAIT_MS))
        }
      }),
      { numRuns: 300 },
    )
  })
})
