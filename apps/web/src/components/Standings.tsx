import type { LeaderEntry } from '@cirrus/protocol'

const ORDINAL = ['1st', '2nd', '3rd']
export const ordinal = (rank: number) => ORDINAL[rank - 1] ?? `${rank}th`

/** The top of the leaderboard as a ranked list. */
export function Leaderboard({ top, highlight, limit = 5 }: { top: LeaderEntry[]; highlight?: string | null; limit?: number }) {
  const shown = top.slice(0, limit)
  if (shown.length === 0) return <p class="muted">No scores yet.</p>
  return (
    <ol class="leaderboard" aria-label="Leaderboard">
      {shown.map((entry) => (
        <li key={entry.playerId} class={entry.playerId === highlight ? 'me' : ''}>
          <span class="lb-rank">{entry.rank}</span>
          <span class="lb-name">{entry.nickname}</span>
          <span class="lb-score">{entry.score.toLocaleString()}</span>
        </li>
      ))}
    </ol>
  )
}

/** The three highest places, second-first-third like a real podium; ties share a step's rank. */
export function Podium({ top, highlight }: { top: LeaderEntry[]; highlight?: string | null }) {
  const [first, second, third] = top
  const steps = [
    { entry: second, place: 'second' },
    { entry: first, place: 'first' },
    { entry: third, place: 'third' },
  ]
  return (
    <ol class="podium" aria-label="Podium">
      {steps.map(({ entry, place }) =>
        entry ? (
          <li key={place} class={`podium-step ${place} ${entry.playerId === highlight ? 'me' : ''}`} data-rank={entry.rank}>
            <span class="podium-name">{entry.nickname}</span>
            <span class="podium-score">{entry.score.toLocaleString()} points</span>
            <span class="podium-block">
              <span class="podium-place">{ordinal(entry.rank)}</span>
            </span>
          </li>
        ) : (
          <li key={place} class={`podium-step ${place} empty`} aria-hidden="true">
            <span class="podium-block" />
          </li>
        ),
      )}
    </ol>
  )
}
