import { language } from '../i18n/i18n.ts'

/** 5400 → "1:30:00", 95 → "1:35", in the language's digits (١:٣٥ in Arabic). */
export function clockText(seconds: number): string {
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  const one = new Intl.NumberFormat(language.value, { useGrouping: false })
  const two = new Intl.NumberFormat(language.value, { minimumIntegerDigits: 2, useGrouping: false })
  return h > 0 ? `${one.format(h)}:${two.format(m)}:${two.format(s)}` : `${one.format(m)}:${two.format(s)}`
}
