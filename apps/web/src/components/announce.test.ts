import { describe, expect, it } from 'vitest'
import { announcement } from './announce.ts'

describe('countdown announcements', () => {
  it('changes only at the start, at 10 and 5 seconds and at zero', () => {
    const heard = new Set<string>()
    for (let s = 20; s >= 0; s--) heard.add(announcement(s, 20, false))
    expect([...heard]).toEqual(['20 seconds to answer', '10 seconds left', '5 seconds left', "Time's up"])
  })

  it('skips marks a short question never reaches from above', () => {
    const heard = new Set<string>()
    for (let s = 8; s >= 0; s--) heard.add(announcement(s, 8, false))
    expect([...heard]).toEqual(['8 seconds to answer', '5 seconds left', "Time's up"])
  })

  it('says paused while paused', () => {
    expect(announcement(7, 20, true)).toBe('Paused')
  })
})
