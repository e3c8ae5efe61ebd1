import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { ErrorCode } from '@cirrus/protocol'
import { setLanguage } from '../i18n/i18n.ts'
import { counted, domainName, problemText } from './exam-words.ts'
import { PracticeError } from './learner.ts'

/** The study pages' refusals and counts in words: by code, not by the server's English. */

describe('the exam pages’ words', () => {
  // setLanguage sets the page's lang and dir: a bare element stands for the page here.
  beforeAll(() => vi.stubGlobal('document', { documentElement: {} }))
  afterAll(async () => {
    await setLanguage('en', false)
    vi.unstubAllGlobals()
  })

  it('words a refusal by its code, from a practice request or another API call, and no answer as offline', async () => {
    const over = new PracticeError(409, { code: ErrorCode.ExamOver, message: 'this exam has ended; answers can no longer change' })
    expect(problemText(over)).toBe('This exam has ended: answers can no longer change.')
    expect(problemText({ status: 403, error: { code: ErrorCode.ForbiddenOrigin, message: 'no' } })).toBe('Something went wrong. Try again.')
    expect(problemText(new PracticeError(0, { code: ErrorCode.Internal, message: 'Could not reach the server.' }))).toMatch(/^Could not reach the server/)
    await setLanguage('es', false)
    expect(problemText(over)).toBe('Este examen ha terminado: ya no se pueden cambiar las respuestas.')
    await setLanguage('ar', false)
    expect(problemText({ status: 0, error: { code: ErrorCode.Internal, message: '' } })).toBe('تعذّر الوصول إلى الخادم. تحقّق من اتصالك وأعد المحاولة.')
  })

  it('counts in each of Arabic’s forms and names the exam domains in the language', async () => {
    await setLanguage('ar', false)
    expect([0, 1, 2, 3, 11, 100].map((n) => counted('reports.reportCount', n))).toEqual(
      [0, 1, 2, 3, 11, 100].map((n, i) => [`${fmt(n)} بلاغ`, 'بلاغ واحد', 'بلاغان', `${fmt(n)} بلاغات`, `${fmt(n)} بلاغًا`, `${fmt(n)} بلاغ`][i]),
    )
    expect(domainName(4, 'Billing, Pricing, and Support')).toBe('الفوترة والتسعير والدعم')
    expect(domainName(9, 'A domain the catalogue does not know')).toBe('A domain the catalogue does not know')
    await setLanguage('en', false)
    expect(counted('reports.reportCount', 1)).toBe('1 report')
    expect(domainName('4', 'Billing, Pricing, and Support')).toBe('Billing, Pricing, and Support')
  })
})

const fmt = (n: number) => new Intl.NumberFormat('ar').format(n)
