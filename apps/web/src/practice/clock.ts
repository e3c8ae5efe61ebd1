import { useEffect, useState } from 'preact/hooks'

/**
 * Whole seconds left until a server deadline, counted on this browser's clock corrected by the server's
 * (`serverNow` when the view arrived); null without a deadline. Re-renders every quarter second.
 */
export function useServerCountdown(deadline: number | null, serverNow: number | null): number | null {
  const [offset, setOffset] = useState(0)
  const [now, setNow] = useState(Date.now())
  useEffect(() => {
    if (serverNow !== null) setOffset(serverNow - Date.now())
  }, [serverNow])
  useEffect(() => {
    if (deadline === null) return
    const timer = setInterval(() => setNow(Date.now()), 250)
    return () => clearInterval(timer)
  }, [deadline])
  if (deadline === null) return null
  return Math.max(0, Math.ceil((deadline - (now + offset)) / 1000))
}

/** 5400 → "1:30:00", 95 → "1:35". */
export function clockText(seconds: number): string {
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  const two = (n: number) => String(n).padStart(2, '0')
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`
}
