import { useEffect, useState } from 'preact/hooks'
import './time-bar.css'

/**
 * A bar that fills from now until `until` (server time), for the get-ready and for auto-advance: the room sees how
 * long is left without reading a number. The animation runs in CSS (one style, no re-render per frame); a paused game
 * holds it; with prefers-reduced-motion the bar stays still (the label says what comes).
 */
export function TimeBar({ until, total, offset, pausedAt, label, class: className = '' }: { until: number; total: number; offset: number; pausedAt: number | null; label: string; class?: string }) {
  const now = pausedAt ?? Date.now() + offset
  const remaining = Math.max(0, until - now)
  const elapsed = Math.max(0, total - remaining)
  return (
    <div class={`time-bar ${pausedAt !== null ? 'held' : ''} ${className}`} role="status">
      <p class="time-bar-label">{label}</p>
      <div class="time-bar-track" aria-hidden="true">
        <span
          // A new key restarts the animation when the end moves (a pause, a new step).
          key={`${until}-${pausedAt}`}
          class="time-bar-fill"
          style={{ animationDuration: `${Math.max(1, total)}ms`, animationDelay: `-${elapsed}ms` }}
        />
      </div>
    </div>
  )
}

/** Whether a server time has come, re-rendering once when it does (not on every frame). */
export function useArrived(at: number | undefined, offset: number, pausedAt: number | null): boolean {
  const [, setTick] = useState(0)
  const now = pausedAt ?? Date.now() + offset
  const arrived = at === undefined || now >= at
  useEffect(() => {
    if (arrived || pausedAt !== null || at === undefined) return
    const timer = setTimeout(() => setTick((n) => n + 1), at - now + 5)
    return () => clearTimeout(timer)
  }, [at, offset, pausedAt, arrived])
  return arrived
}
