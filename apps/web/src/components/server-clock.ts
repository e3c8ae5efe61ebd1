import { useEffect, useState } from 'preact/hooks'

/**
 * The one clock of the app's countdowns (the game's, the practice timer's, the mock exam's): the server's time as
 * this browser estimates it (its own clock plus `offset`, server minus browser, measured when a view arrived),
 * re-read every `intervalMs` while `running`. Deadlines are the server's, so every screen counts to the same end.
 */
export function useServerNow(offset: number, running = true, intervalMs = 200): number {
  const [now, setNow] = useState(() => Date.now() + offset)
  useEffect(() => {
    setNow(Date.now() + offset)
    if (!running) return
    const id = setInterval(() => setNow(Date.now() + offset), intervalMs)
    return () => clearInterval(id)
  }, [offset, running, intervalMs])
  return now
}

/** Whole seconds from a server time to a deadline, never below zero (a countdown shows 1 until the very end). */
export const secondsUntil = (deadline: number, now: number): number => Math.max(0, Math.ceil((deadline - now) / 1000))

/** Server time minus this browser's, from the `serverNow` a view carried, taken when it arrives. */
export const clockOffset = (serverNow: number): number => serverNow - Date.now()
