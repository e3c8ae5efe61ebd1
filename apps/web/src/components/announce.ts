/**
 * What a screen reader hears of a countdown: one announcement when the question opens, then at 10 and 5 seconds
 * and when time is up. The text changes only at those marks, so a live region reading it never floods.
 */
export function announcement(secondsLeft: number, totalSeconds: number, paused: boolean): string {
  if (paused) return 'Paused'
  if (secondsLeft <= 0) return "Time's up"
  for (const mark of [5, 10]) if (mark < totalSeconds && secondsLeft <= mark) return `${mark} seconds left`
  return `${totalSeconds} seconds to answer`
}
