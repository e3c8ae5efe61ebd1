import { useState } from 'preact/hooks'
import { announcement } from './announce.ts'
import { secondsUntil, useServerNow } from './server-clock.ts'
import { TimeBar } from './TimeBar.tsx'
import { t } from '../i18n/i18n.ts'

interface CountdownProps {
  /** Absolute server time at which answering closes. */
  deadline: number
  /** Server time at which the game was paused, or null: a paused countdown stands still. */
  pausedAt: number | null
  offset: number
  totalMs: number
  class?: string
}

export function Countdown({ deadline, pausedAt, offset, totalMs, class: className = '' }: CountdownProps) {
  const paused = pausedAt !== null
  const serverNow = useServerNow(offset, !paused)
  const remainingMs = Math.max(0, deadline - (pausedAt ?? serverNow))
  const seconds = secondsUntil(deadline, pausedAt ?? serverNow)
  const total = Math.max(1, Math.round(totalMs / 1000))
  const share = Math.min(1, remainingMs / Math.max(1, totalMs))
  const urgent = seconds <= 5 && !paused
  return (
    <div class={`countdown ${urgent ? 'urgent' : ''} ${className}`}>
      <div class="countdown-ring" style={{ '--share': share } as Record<string, number>} aria-hidden="true">
        <span class="countdown-number">{seconds}</span>
      </div>
      <span class="visually-hidden" role="timer" aria-live="polite" aria-atomic="true">
        {announcement(seconds, total, paused)}
      </span>
    </div>
  )
}

/**
 * "Next question in 4 s" over a bar that fills until then, for auto-advance, so the room sees the game will move on
 * by itself; not announced (the change of screen is).
 */
export function AdvanceIn({ at, pausedAt, offset, label }: { at: number | null; pausedAt: number | null; offset: number; label: string }) {
  const serverNow = useServerNow(offset, at !== null && pausedAt === null, 500)
  // The bar's whole length: from when this step was first seen to its end (a new step brings a new `at`).
  const [since, setSince] = useState({ at, from: Date.now() + offset })
  if (since.at !== at) setSince({ at, from: Date.now() + offset })
  if (at === null) return null
  const seconds = secondsUntil(at, pausedAt ?? serverNow)
  return <TimeBar until={at} total={Math.max(1, at - since.from)} offset={offset} pausedAt={pausedAt} label={t('show.advanceIn', { label, seconds })} class="advance-in" />
}
