import type { GameEnding } from '@cirrus/protocol'

/** How the report pages say numbers, times and endings. */

export const percent = (share: number) => `${Math.round(share * 100)}%`

export const seconds = (ms: number | null) => (ms === null ? '–' : `${(ms / 1000).toFixed(1)} s`)

export function duration(ms: number | null): string {
  if (ms === null) return '–'
  const minutes = Math.round(ms / 60_000)
  return minutes < 1 ? 'under a minute' : minutes === 1 ? '1 minute' : `${minutes} minutes`
}

export const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }) : '–'

export const ENDING_TEXT: Record<GameEnding, string> = {
  completed: 'Every question played',
  ended_early: 'Ended early',
  abandoned: 'Abandoned',
  running: 'Still running',
}

/** Good, middling or low, for colouring a share of right answers. */
export const tone = (share: number) => (share >= 0.7 ? 'good' : share >= 0.4 ? 'mid' : 'low')
