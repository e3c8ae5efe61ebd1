import { describe, expect, it } from 'vitest'
import { QuestionSchema } from '@cirrus/questions'
import { GameSettingsSchema } from '@cirrus/protocol'
import { MEDIA_WAIT_MS } from './media.ts'
import { nextWakeAt, reduce } from './reduce.ts'
import { apply, pick, QUIZ, started, T0 } from './test-fixtures.ts'
import type { GameState } from './types.ts'
import { publicView } from './views.ts'
import { answerOf } from './round-answers.ts'

const LIMIT = 20_000
const READY = 4000
const withReady = { getReadySec: READY / 1000 }

const questionView = (s: GameState, now: number) => {
  const v = publicView(s, now)
  if (v.phase !== 'question') throw new Error(v.phase)
  return v
}

const pictured = QuestionSchema.parse({
  id: 'q-map',
  type: 'single',
  prompt: 'Which river is drawn in blue?',
  image: { id: 'a'.repeat(64), alt: 'A map of the Danube' },
  options: [{ text: 'Danube', correct: true }, { text: 'Rhine', correct: false }],
})

describe('get ready: the question alone, then the options and the clock', () => {
  it('is on by default, 0 to 10 seconds', () => {
    expect(GameSettingsSchema.parse({}).getReadySec).toBe(4)
    expect(GameSettingsSchema.safeParse({ getReadySec: 11 }).success).toBe(false)
    expect(GameSettingsSchema.safeParse({ getReadySec: -1 }).success).toBe(false)
    expect(GameSettingsSchema.parse({ getReadySec: 0 }).getReadySec).toBe(0)
  })

  it('sends the question with the time its options open; the deadline counts from then; answers before are refused', () => {
    const s = started(['a', 'b'], withReady)
    const view = questionView(s, T0)
    expect(view.opensAt).toBe(T0 + READY)
    expect(view.deadline).toBe(T0 + READY + LIMIT)
    expect(view.question.options).toHaveLength(4) // the phones have the options, to show at opensAt
    expect(reduce(s, pick('a', 0, [1]), T0 + READY - 1)).toEqual({ ok: false, error: 'wrong_phase', message: 'the answers are not open yet: the question is being read' })
    // Once open, the view says so (no opensAt), and the time taken counts from the options.
    expect(questionView(s, T0 + READY).opensAt).toBeUndefined()
    const answered = apply(s, pick('a', 0, [1]), T0 + READY + 500)
    expect(answerOf(answered.state.round!.answers, 'a')!.elapsedMs).toBe(500)
    // The round closes at the deadline from the options, not from the question's arrival.
    expect(nextWakeAt(s)).toBeGreaterThan(T0 + READY + LIMIT)
  })

  it('without a get-ready (0 s), the options open with the question', () => {
    const s = started(['a'], { getReadySec: 0 })
    expect(questionView(s, T0).opensAt).toBeUndefined()
    expect(questionView(s, T0).deadline).toBe(T0 + LIMIT)
    expect(reduce(s, pick('a', 0, [1]), T0 + 1).ok).toBe(true)
  })

  it('is scaled like every timer', () => {
    const s = started(['a'], { ...withReady, timeScale: 10 })
    expect(questionView(s, T0).opensAt).toBe(T0 + READY / 10)
  })

  it('a pause during the get-ready holds it: the options open that much later', () => {
    let s = started(['a'], withReady)
    s = apply(s, { type: 'pause' }, T0 + 1000).state
    s = apply(s, { type: 'resume' }, T0 + 61_000).state
    const view = questionView(s, T0 + 61_000)
    expect(view.opensAt).toBe(T0 + READY + 60_000)
    expect(view.deadline).toBe(T0 + READY + 60_000 + LIMIT)
    expect(reduce(s, pick('a', 0, [1]), T0 + READY + 59_000).ok).toBe(false)
  })

  it('credits half the round trip when the options opened at a time announced in advance, the whole without a get-ready', () => {
    const ready = apply(started(['a'], withReady), pick('a', 0, [1], 200), T0 + READY + 1000)
    expect(answerOf(ready.state.round!.answers, 'a')!.elapsedMs).toBe(900)
    const none = apply(started(['a'], { getReadySec: 0 }), pick('a', 0, [1], 200), T0 + 1000)
    expect(answerOf(none.state.round!.answers, 'a')!.elapsedMs).toBe(800)
  })

  it('is one preparing step with the pictures: every phone ready early still waits for the get-ready', () => {
    let s = started(['a'], { getReadySec: 8 }, [pictured, ...QUIZ])
    // The bound is the later of the two waits.
    expect(questionView(s, T0).startsBy).toBe(T0 + Math.max(8000, MEDIA_WAIT_MS))
    s = apply(s, { type: 'ready', playerId: 'a', questionIndex: 0 }, T0 + 300).state
    const view = questionView(s, T0 + 300)
    expect(view.startsBy).toBeUndefined()
    expect(view.opensAt).toBe(T0 + 8000)
    expect(view.deadline).toBe(T0 + 8000 + LIMIT)
    expect(reduce(s, pick('a', 0, [0]), T0 + 7000).ok).toBe(false)
    expect(reduce(s, pick('a', 0, [0]), T0 + 8100).ok).toBe(true)
  })

  it('pictures slower than the get-ready start the clock when they are in', () => {
    let s = started(['a', 'b'], { getReadySec: 1 }, [pictured, ...QUIZ])
    s = apply(s, { type: 'ready', playerId: 'a', questionIndex: 0 }, T0 + 500).state
    s = apply(s, { type: 'ready', playerId: 'b', questionIndex: 0 }, T0 + 3000).state
    const view = questionView(s, T0 + 3000)
    expect(view.opensAt).toBeUndefined()
    expect(view.deadline).toBe(T0 + 3000 + LIMIT)
  })
})
