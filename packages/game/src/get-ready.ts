import type { GameSettings } from '@cirrus/protocol'
import type { Round } from './types.ts'

/**
 * Get ready: each question first shows its text alone for a few seconds (the game's `getReadySec`, 0-10), on the
 * projector and the phones, then its options and its clock. The deadline counts from the options.
 *
 * It is one "preparing" step with the wait for pictures (media.ts): answers open at
 * max(the end of the get-ready, min(every phone has the pictures, sent + MEDIA_WAIT_MS)). Without pictures that time
 * is known when the question goes out, so the view carries it (`opensAt`) and every phone opens the options at the same
 * moment of the server's clock, with no second message. With pictures, the clock starts as media.ts says, never before
 * `getReadyUntil`.
 */

export function getReadyMs(settings: GameSettings): number {
  // Games snapshotted before the setting existed have none: no get-ready.
  return ((settings.getReadySec ?? 0) * 1000) / settings.timeScale
}

/** The round of a question sent at `at`, with its options (and clock) held until the get-ready is over. */
export function withGetReady(round: Round, settings: GameSettings, at: number): Round {
  const wait = getReadyMs(settings)
  if (wait <= 0) return round
  const until = at + wait
  const shift = Math.max(0, until - round.openedAt)
  return { ...round, openedAt: round.openedAt + shift, deadline: round.deadline + shift, getReadyUntil: until }
}

/** Whether the options are not open yet at `now`: the question's text alone is showing. */
export function gettingReady(round: Round, now: number): boolean {
  return round.media === undefined && now < round.openedAt
}

/**
 * The round trip to credit an answer with. A question whose options opened at a time announced in advance appeared
 * on every phone at that moment of the server's clock: only the answer's way back (half the round trip) is owed.
 * Otherwise the options appeared when the view reached the phone, and the whole round trip is.
 */
export function rttCredit(round: Round, rttMs: number): number {
  return round.getReadyUntil !== undefined && round.openedAt === round.getReadyUntil ? rttMs / 2 : rttMs
}
