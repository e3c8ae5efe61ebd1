import { describe, expect, it } from 'vitest'
import { Outbox } from './outbox.ts'

describe('Outbox', () => {
  it('delivers at once, or in order once every hold is released', () => {
    const delivered: number[] = []
    const outbox = new Outbox<number>((m) => delivered.push(m))
    outbox.send(1)
    outbox.hold()
    outbox.hold()
    outbox.send(2)
    outbox.send(3)
    outbox.release()
    expect(delivered).toEqual([1])
    outbox.release()
    expect(delivered).toEqual([1, 2, 3])
    outbox.release() // one too many changes nothing
    outbox.send(4)
    expect(delivered).toEqual([1, 2, 3, 4])
  })

  it('flushes whatever is held when told to', () => {
    const delivered: string[] = []
    const outbox = new Outbox<string>((m) => delivered.push(m))
    outbox.hold()
    outbox.send('podium')
    outbox.flush()
    expect(delivered).toEqual(['podium'])
    outbox.release()
    outbox.send('after')
    expect(delivered).toEqual(['podium', 'after'])
  })
})
