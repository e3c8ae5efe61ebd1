import type { IncomingMessage } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import type { GameLeases } from '../db/leases.ts'
import type { Store } from '../db/store.ts'
import { Ownership } from './ownership.ts'
import type { RoomRegistry } from './registry.ts'

/** The leases of a game another process holds: every query is counted. */
function heldElsewhere() {
  const asked = { lookups: 0, claims: 0, wants: 0, releases: 0 }
  let free = false
  const leases = {
    gameByPin: async () => (asked.lookups++, 'game-1'),
    claim: async () => (asked.claims++, free ? 1 : null),
    want: async () => void asked.wants++,
    release: async () => void asked.releases++,
    renew: async () => ({ lost: [], wanted: [] }),
    orphans: async () => [],
    heldGames: () => [],
  }
  const restored: string[][] = []
  let ended = false
  const rooms = { get: () => undefined, byGameId: () => undefined, restore: (games: { id: string }[]) => (restored.push(games.map((g) => g.id)), games.map(() => ({ pin: '123456' }))) }
  const store = { unfinishedGames: async (_now: number, ids: string[]) => (ended ? [] : ids.map((id) => ({ id }))) }
  return { asked, restored, leases, rooms, store, release: () => (free = true), end: () => (ended = true) }
}

const handshake = (pin: string) => ({ url: `/socket.io/?EIO=4&transport=websocket&pin=${pin}` }) as IncomingMessage

describe('ownership: handshakes for a game another process holds', () => {
  let ownership: Ownership | null = null
  afterEach(() => ownership?.close())

  it('asks the database once for a crowd of handshakes, and claims again only after a short wait', async () => {
    const fake = heldElsewhere()
    let now = 1_000_000
    ownership = new Ownership(fake.leases as unknown as GameLeases, fake.store as unknown as Store, fake.rooms as unknown as RoomRegistry, () => now)
    // 2,000 players reconnect at once after a failover: all refused, one look-up and one claim between them.
    const first = await Promise.all(Array.from({ length: 2000 }, () => ownership!.admit(handshake('123456'))))
    expect(first.every((admitted) => !admitted)).toBe(true)
    expect(fake.asked).toEqual({ lookups: 1, claims: 1, wants: 1, releases: 0 })
    // Their retries a moment later are refused without a query.
    now += 100
    expect(await ownership.admit(handshake('123456'))).toBe(false)
    expect(fake.asked).toEqual({ lookups: 1, claims: 1, wants: 1, releases: 0 })
    // Once the holder lets go, the next retry after the wait takes the game, and it is restored here.
    fake.release()
    now += 200
    expect(await ownership.admit(handshake('123456'))).toBe(true)
    expect(fake.asked.claims).toBe(2)
    expect(fake.restored).toEqual([['game-1']])
    // The PIN is looked up again once its answer is a second old.
    now += 1000
    await ownership.admit(handshake('123456'))
    expect(fake.asked.lookups).toBe(2)
  })

  it('lets the lease of a game that ended between the look-up and the claim go at once', async () => {
    const fake = heldElsewhere()
    fake.release()
    fake.end()
    ownership = new Ownership(fake.leases as unknown as GameLeases, fake.store as unknown as Store, fake.rooms as unknown as RoomRegistry, () => 0)
    expect(await ownership.admit(handshake('123456'))).toBe(true) // the commands say there is no such game
    expect(fake.restored).toEqual([[]])
    expect(fake.asked.releases).toBe(1)
  })

  it('lets a handshake without a PIN, or with one that is not a PIN, through without asking', async () => {
    const fake = heldElsewhere()
    ownership = new Ownership(fake.leases as unknown as GameLeases, fake.store as unknown as Store, fake.rooms as unknown as RoomRegistry, () => 0)
    expect(await ownership.admit({ url: '/socket.io/?EIO=4' } as IncomingMessage)).toBe(true)
    expect(await ownership.admit(handshake('12; DROP'))).toBe(true)
    expect(fake.asked.lookups).toBe(0)
  })
})
