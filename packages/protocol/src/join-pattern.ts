import { hash53 } from './ways-to-play.ts'

/**
 * Two-step join: after the PIN, a player taps the pattern of shapes the host's screen shows. The pattern changes
 * every JOIN_PATTERN_MS; it is computed from a secret only the host's screen and the server hold, so a PIN posted
 * online is not enough to join.
 */
export const JOIN_SHAPES = ['triangle', 'diamond', 'circle', 'square'] as const
export const JOIN_PATTERN_LENGTH = 4
export const JOIN_PATTERN_MS = 5000

/** The window of time a pattern belongs to. */
export function joinWindow(now: number): number {
  return Math.floor(now / JOIN_PATTERN_MS)
}

/** The pattern shown during `window`, as indexes of JOIN_SHAPES. */
export function joinPattern(secret: string, window: number): number[] {
  return Array.from({ length: JOIN_PATTERN_LENGTH }, (_, k) => hash53(`${secret}:${window}:${k}`) % JOIN_SHAPES.length)
}

/** When the pattern shown at `now` gives way to the next. */
export function joinPatternEndsAt(now: number): number {
  return (joinWindow(now) + 1) * JOIN_PATTERN_MS
}
