import { describe, expect, it } from 'vitest'
import { nicknameKeys, skeleton } from './nicknames.ts'
import { reduce, reduceBatch } from './reduce.ts'
import { restoreGame } from './restore.ts'
import { applyAll, join, newGame, started, T0 } from './test-fixtures.ts'
import type { GameEvent } from './types.ts'

/** Whether the second nickname is taken once the first is seated. */
const clash = (seated: string, next: string) => nicknameKeys(next).some((key) => nicknameKeys(seated).includes(key))

describe('skeleton (UTS #39)', () => {
  it('maps lookalikes of every script to one prototype', () => {
    expect(skeleton('Аlice')).toBe(skeleton('Alice')) // Cyrillic А
    expect(skeleton('Αlice')).toBe(skeleton('Alice')) // Greek Alpha
    expect(skeleton('ᎪIice')).toBe(skeleton('Alice')) // Cherokee A, Latin I for l
    expect(skeleton('pаypаl')).toBe('paypal')
    expect(skeleton('Kim')).toBe(skeleton('Kirn')) // m and rn
    expect(skeleton('Ian')).toBe(skeleton('lan'))
  })

  it('drops default-ignorable code points and compares decomposed', () => {
    expect(skeleton('Ali\u200bce')).toBe(skeleton('Alice'))
    expect(skeleton('Alice\ufe0f')).toBe(skeleton('Alice'))
    expect(skeleton('Zoë')).toBe(skeleton('Zoe\u0308'))
  })

  it('keeps what looks different apart', () => {
    expect(skeleton('Zoë')).not.toBe(skeleton('Zoe'))
    expect(skeleton('A l i c e')).not.toBe(skeleton('Alice'))
    expect(skeleton('Ali')).not.toBe(skeleton('All'))
    expect(skeleton('Анна')).not.toBe(skeleton('Анка'))
  })
})

describe('nicknames that count as the same', () => {
  it.each([
    ['Alice', 'Аlice', 'Cyrillic А'],
    ['Alice', 'ALICE', 'case'],
    ['Alice', 'аlice', 'Cyrillic а in lower case'],
    ['ALICE', 'АLІCE', 'Cyrillic А and Ukrainian І in capitals'],
    ['BOB', 'ВОВ', 'all Cyrillic capitals'],
    ['Alice', 'alıce', 'dotless ı'],
    ['Kim', 'Kirn', 'rn for m'],
    ['Zoë Ng', 'ZOË NG', 'case with an accent'],
    ['Ali', 'AIi', 'I for l'],
    ['محمد', 'محمد', 'the same Arabic'],
    ['अनुष्का', 'अनुष्का', 'the same Devanagari'],
  ])('%s and %s (%s)', (seated, next) => {
    expect(clash(seated, next)).toBe(true)
  })

  it.each([
    ['Alice', 'A l i c e', 'spaces still count'],
    ['Alice', 'Alice.', 'so does punctuation'],
    ['Zoë', 'Zoe', 'an accent is visible'],
    ['All', 'ALI', 'capital I is not a lower-case l'],
    ['Ana', 'Anna', 'another name'],
    ['王芳', '王方', 'another character'],
    ['Jose', 'José', 'another letter'],
  ])('%s and %s are two nicknames (%s)', (seated, next) => {
    expect(clash(seated, next)).toBe(false)
  })
})

describe('join compares nicknames by their keys', () => {
  const lobby = () => applyAll(newGame(), [{ type: 'join', playerId: 'a', nickname: 'Alice' }], T0)
  const joinAs = (playerId: string, nickname: string): Extract<GameEvent, { type: 'join' }> => ({ type: 'join', playerId, nickname })

  it.each(['Аlice', 'ALICE', 'аlice', 'AIice'])('%s beside Alice is nickname_taken', (nickname) => {
    const result = reduce(lobby(), joinAs('b', nickname), T0)
    expect(result).toMatchObject({ ok: false, error: 'nickname_taken' })
    expect(result.ok || result.message).toMatch(/looks the same/)
  })

  it('lets a different name in, and then refuses its lookalikes', () => {
    const { outcomes } = reduceBatch(lobby(), [joinAs('b', 'A l i c e'), joinAs('c', 'BOB'), joinAs('d', 'ВОВ'), joinAs('e', 'a l i c e')], T0)
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.error))).toEqual(['ok', 'ok', 'nickname_taken', 'nickname_taken'])
  })

  it('refuses a lookalike in the same batch, in a later batch and mid-game', () => {
    const first = reduceBatch(newGame(), [joinAs('a', 'Alice'), joinAs('b', 'Аlice')], T0)
    expect(first.outcomes[1]).toMatchObject({ ok: false, error: 'nickname_taken' })
    const later = reduceBatch(first.state, [{ type: 'connection', playerId: 'a', connected: false }, joinAs('c', 'ALICE')], T0)
    expect(later.outcomes[1]).toMatchObject({ ok: false, error: 'nickname_taken' })
    const game = started(['a', 'b'])
    expect(reduce(game, joinAs('c', 'NIСK a'), T0 + 1000)).toMatchObject({ ok: false, error: 'nickname_taken' }) // Cyrillic С
  })

  it('after a restart, refuses lookalikes of the players restored, those who joined after the snapshot too', () => {
    const snapshot = applyAll(newGame(), join('a'), T0)
    const restored = restoreGame(snapshot, {
      players: [
        { id: 'a', nickname: 'Nick a' },
        { id: 'b', nickname: 'Alice' },
      ],
      answers: [],
      stoppedAt: T0 + 1000,
      now: T0 + 5000,
    })
    expect(reduce(restored, joinAs('c', 'Аlice'), T0 + 6000)).toMatchObject({ ok: false, error: 'nickname_taken' })
    expect(reduce(restored, joinAs('c', 'NICK A'), T0 + 6000)).toMatchObject({ ok: false, error: 'nickname_taken' })
    expect(reduce(restored, joinAs('c', 'Carol'), T0 + 6000)).toMatchObject({ ok: true })
  })
})
