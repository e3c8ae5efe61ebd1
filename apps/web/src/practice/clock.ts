import { useMemo } from 'preact/hooks'
import { clockOffset, secondsUntil, useServerNow } from '../components/server-clock.ts'
import { language } from '../i18n/i18n.ts'

/**
 * Whole seconds left until a server deadline, or null without one, for a page whose view carries `serverNow` (the
 * practice session): the offset is measured when the view arrives, the counting is the app's one clock.
 */
export function useServerCountdown(deadline: number | null, serverNow: number | null): number | null {
  const offset = useMemo(() => (serverNow === null ? 0 : clockOffset(serverNow)), [serverNow])
  const now = useServerNow(offset, deadline !== null, 250)
  return deadline === null ? null : secondsUntil(deadline, now)
}

/** 5400 → "1:30:00", 95 → "1:35", in the language's digits (١:٣٥ in Arabic). */
export function clockText(seconds: number): string {
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  const one = new Intl.NumberFormat(language.value, { useGrouping: false })
  const two = new Intl.NumberFormat(language.value, { minimumIntegerDigits: 2, useGrouping: false })
  return h > 0 ? `${one.format(h)}:${two.format(m)}:${two.format(s)}` : `${one.format(m)}:${two.format(s)}`
}
