import type { BotFleet } from './fleet.ts'
import type { ConnectResult, Seat } from './messages.ts'
import type { BenchOptions } from './options.ts'

export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Seats dealt round-robin to the workers, so each worker holds players of every game. */
export function splitSeats(seats: Seat[], workers: number): Seat[][] {
  const shares: Seat[][] = Array.from({ length: workers }, () => [])
  seats.forEach((seat, i) => shares[i % workers]!.push(seat))
  return shares
}

/** Every worker opens its share at once; the result adds up the workers'. */
export async function connectEverywhere(
  fleet: BotFleet,
  url: string,
  mode: 'game' | 'plain',
  shares: Seat[][],
  options: Pick<BenchOptions, 'joinConcurrency'>,
  rejoin = false,
): Promise<ConnectResult> {
  const results = await fleet.each<'connect'>((w) => ({ cmd: 'connect', url, mode, seats: shares[w] ?? [], concurrency: options.joinConcurrency, timeoutMs: 30_000, rejoin }))
  return {
    joined: results.reduce((n, r) => n + r.joined, 0),
    failed: results.reduce((n, r) => n + r.failed, 0),
    errors: results.flatMap((r) => r.errors).slice(0, 5),
    lastJoinedAt: Math.max(...results.map((r) => r.lastJoinedAt)),
  }
}

/** Waits until every connection of every worker has `key`; the last arrival overall and per PIN. */
export async function awaitEverywhere(fleet: BotFleet, key: string, timeoutMs = 30_000) {
  const results = await fleet.all({ cmd: 'await', key, timeoutMs })
  const lastAtByPin: Record<string, number> = {}
  for (const r of results) {
    for (const [pin, at] of Object.entries(r.lastAtByPin)) if (at !== null) lastAtByPin[pin] = Math.max(lastAtByPin[pin] ?? 0, at)
  }
  const lastAt = Math.max(0, ...Object.values(lastAtByPin))
  return { lastAt: lastAt || Number.NaN, lastAtByPin, missing: results.reduce((n, r) => n + r.missing, 0) }
}

/** Even questions are answered by everyone at the same instant; odd ones within the answer window, as people do. */
export function answerWindow(options: Pick<BenchOptions, 'answerWindowMs'>, questionIndex: number): number {
  return questionIndex % 2 === 0 ? 0 : options.answerWindowMs
}
