import type { PlayerView } from '@cirrus/protocol'

/** The race, said to each phone: "You're in the lead!" or "You're 120 points behind Ana". */
export function Chase({ you }: { you: PlayerView }) {
  if (you.ahead === undefined) return null
  if (you.ahead === null) {
    return <p class="chase lead">{you.score > 0 ? "You're in the lead!" : 'Everyone starts level: go for it!'}</p>
  }
  const { points, nickname } = you.ahead
  return (
    <p class="chase behind">
      You're <strong>{points.toLocaleString()}</strong> {points === 1 ? 'point' : 'points'} behind <strong>{nickname}</strong>
    </p>
  )
}
