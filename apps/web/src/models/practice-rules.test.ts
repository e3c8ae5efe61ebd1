import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { ErrorCode, StartSessionSchema, type PracticeFeedback } from '@cirrus/protocol'
import { setLanguage } from '../i18n/i18n.ts'
import { PracticeError } from '../practice/learner.ts'
import { problemText } from '../practice/words.ts'
import { countsOf, missingFor, parseLimit, secondsLeft, startInput, toggled, verdictKey, type Choices } from './practice-rules.ts'

const feedback = (f: Partial<PracticeFeedback>) => ({ correct: false, timedOut: false, credit: 0, ...f }) as PracticeFeedback
const choices = (c: Partial<Choices>): Choices => ({ mode: 'domains', domains: [], topics: [], limit: 10, timer: null, ...c })

describe('the practice session model', () => {
  it('heads the feedback: right, then time up, then partly right, then wrong or skipped', () => {
    expect(verdictKey(feedback({ correct: true, timedOut: true }), true)).toBe('verdict.right')
    expect(verdictKey(feedback({ timedOut: true, credit: 0.5 }), true)).toBe('verdict.timeUp')
    expect(verdictKey(feedback({ credit: 0.5 }), true)).toBe('verdict.partly')
    expect(verdictKey(feedback({}), true)).toBe('verdict.wrong')
    expect(verdictKey(feedback({}), false)).toBe('verdict.skipped')
  })

  it('counts from the feedback once there is one, else from the view', () => {
    expect(countsOf({ answered: 3, correctCount: 2 }, null)).toEqual({ answered: 3, right: 2 })
    expect(countsOf({ answered: 3, correctCount: 2 }, { answered: 4, correctCount: 3 })).toEqual({ answered: 4, right: 3 })
  })

  it('has no timer without a deadline, and counts whole seconds to the server’s deadline', () => {
    expect(secondsLeft(null, 5_000)).toBeNull()
    expect(secondsLeft(undefined, 5_000)).toBeNull()
    expect(secondsLeft(30_000, 0)).toBe(30)
    expect(secondsLeft(30_000, 29_500)).toBe(1)
    expect(secondsLeft(30_000, 31_000)).toBe(0)
  })
})

describe('the practice home model', () => {
  it('waits for something due or a topic; domains start with none picked', () => {
    expect(missingFor({ mode: 'due', topics: [] }, 0)).toBe('due')
    expect(missingFor({ mode: 'due', topics: [] }, 3)).toBeNull()
    expect(missingFor({ mode: 'topics', topics: [] }, 3)).toBe('topics')
    expect(missingFor({ mode: 'topics', topics: ['iam'] }, 0)).toBeNull()
    expect(missingFor({ mode: 'domains', topics: [] }, 0)).toBeNull()
  })

  it('asks the server for what was chosen, every domain when none is picked, in a request the server accepts', () => {
    const all = startInput(choices({}))
    expect(all).toEqual({ mode: 'domains', domains: [1, 2, 3, 4], limit: 10, timerSec: null })
    expect(startInput(choices({ domains: [2] }))).toMatchObject({ domains: [2] })
    expect(startInput(choices({ mode: 'topics', topics: ['s3'], limit: null, timer: 30 }))).toEqual({ mode: 'topics', topics: ['s3'], limit: null, timerSec: 30 })
    expect(startInput(choices({ mode: 'due', topics: ['s3'] }))).toEqual({ mode: 'due', limit: 10, timerSec: null })
    for (const input of [all, startInput(choices({ mode: 'due', timer: 90, limit: 50 }))]) expect(StartSessionSchema.safeParse(input).success).toBe(true)
  })

  it('toggles picks and reads the selects back', () => {
    expect(toggled([1, 3], 2)).toEqual([1, 3, 2])
    expect(toggled([1, 3], 3)).toEqual([1])
    expect(parseLimit('null')).toBeNull()
    expect(parseLimit('20')).toBe(20)
  })
})

describe('practice refusals', () => {
  // setLanguage sets the page's lang and dir: a bare element stands for the page here.
  beforeAll(() => vi.stubGlobal('document', { documentElement: {} }))
  afterAll(async () => {
    await setLanguage('en', false)
    vi.unstubAllGlobals()
  })

  it('are worded by their code in the language on screen, offline when nothing answered', async () => {
    const gone = new PracticeError(404, { code: ErrorCode.SessionNotFound, message: 'no such practice session for this learner' })
    const offline = new PracticeError(0, { code: ErrorCode.Internal, message: 'Could not reach the server.' })
    const odd = new PracticeError(409, { code: ErrorCode.GameFull, message: 'the game is full' })
    expect(problemText(gone)).toBe('This practice session no longer exists. Start a new one.')
    expect(problemText(offline)).toBe('Could not reach the server. Check your connection and try again.')
    expect(problemText(odd)).toBe('Something went wrong. Try again.')
    await setLanguage('es', false)
    expect(problemText(gone)).toBe('Esta sesión de práctica ya no existe. Empieza una nueva.')
    expect(problemText(offline)).toMatch(/^No se pudo contactar con el servidor/)
    await setLanguage('ar', false)
    expect(problemText(gone)).toBe('جلسة التدريب هذه لم تعد موجودة. ابدأ جلسة جديدة.')
  })
})
