import { afterEach, describe, expect, it } from 'vitest'
import { secondsUntil } from '../components/server-clock.ts'
import { language } from '../i18n/i18n.ts'
import { clockText } from './clock.ts'

describe('the exam clock', () => {
  afterEach(() => {
    language.value = 'en'
  })

  it('counts whole seconds up to a deadline, showing 1 until the very end and never less than 0', () => {
    expect(secondsUntil(10_000, 0)).toBe(10)
    expect(secondsUntil(10_000, 9_001)).toBe(1)
    expect(secondsUntil(10_000, 9_999)).toBe(1)
    expect(secondsUntil(10_000, 10_000)).toBe(0)
    expect(secondsUntil(10_000, 12_000)).toBe(0)
  })

  it('writes hours, minutes and seconds in the language’s digits', () => {
    expect(clockText(5400)).toBe('1:30:00')
    expect(clockText(95)).toBe('1:35')
    expect(clockText(5)).toBe('0:05')
    language.value = 'ar'
    const d = (n: number, digits = 1) => new Intl.NumberFormat('ar', { minimumIntegerDigits: digits, useGrouping: false }).format(n)
    expect(clockText(5399)).toBe(`${d(1)}:${d(29, 2)}:${d(59, 2)}`)
  })
})
