/** Tokens kept in the browser, keyed by PIN, so that a reload brings a host or a player back to the same seat. */

const hostKey = (pin: string) => `cirrus:host:${pin}`
const playerKey = (pin: string) => `cirrus:player:${pin}`

export interface PlayerSeat {
  playerToken: string
  nickname: string
}

function read(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null // storage disabled (private mode on some browsers): the game still works, a reload does not
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key)
    else localStorage.setItem(key, value)
  } catch {
    /* see read() */
  }
}

export const hostToken = {
  get: (pin: string) => read(hostKey(pin)),
  set: (pin: string, token: string) => write(hostKey(pin), token),
  forget: (pin: string) => write(hostKey(pin), null),
}

/**
 * The seat a player's review of a finished game is asked with, by player id: kept apart from the live seat, which
 * is forgotten when the game's room closes, so that the review still opens after the game is gone from memory.
 */
const reviewKey = (playerId: string) => `cirrus:review:${playerId}`
export const reviewSeat = {
  get: (playerId: string) => read(reviewKey(playerId)),
  set: (playerId: string, playerToken: string) => write(reviewKey(playerId), playerToken),
}

export const playerSeat = {
  get(pin: string): PlayerSeat | null {
    const raw = read(playerKey(pin))
    if (!raw) return null
    try {
      const seat = JSON.parse(raw) as Partial<PlayerSeat>
      return typeof seat.playerToken === 'string' ? { playerToken: seat.playerToken, nickname: String(seat.nickname ?? '') } : null
    } catch {
      return null
    }
  },
  set: (pin: string, seat: PlayerSeat) => write(playerKey(pin), JSON.stringify(seat)),
  forget: (pin: string) => write(playerKey(pin), null),
}
