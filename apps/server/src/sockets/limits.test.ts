import { describe, expect, it } from 'vitest'
import { LIMITS, limitsFromEnv } from './limits.ts'

describe('RATE_LIMITS', () => {
  it('keeps the defaults when unset or blank', () => {
    expect(limitsFromEnv(undefined)).toEqual(LIMITS)
    expect(limitsFromEnv('  ')).toEqual(LIMITS)
  })

  it('overrides the named rates only', () => {
    const limits = limitsFromEnv('joinsPerAddress=5000/1000, createsPerAddress = 200/50.5')
    expect(limits.joinsPerAddress).toEqual({ capacity: 5000, perSecond: 1000 })
    expect(limits.createsPerAddress).toEqual({ capacity: 200, perSecond: 50.5 })
    expect(limits.perConnection).toEqual(LIMITS.perConnection)
    expect(LIMITS.joinsPerAddress).toEqual({ capacity: 300, perSecond: 10 }) // the defaults are not changed
  })

  it('refuses what it cannot read, naming the part', () => {
    expect(() => limitsFromEnv('joins=5000/1000')).toThrow(/"joins=5000\/1000".*joinsPerAddress/)
    expect(() => limitsFromEnv('joinsPerAddress=5000')).toThrow(/RATE_LIMITS/)
    expect(() => limitsFromEnv('floodDisconnectAfter=1/1')).toThrow(/RATE_LIMITS/)
    expect(() => limitsFromEnv('joinsPerAddress=0/10')).toThrow(/capacity of at least 1/)
  })
})
