import type { GameEnding } from '@cirrus/protocol'
import { language } from '../i18n/i18n.ts'
export { formatPercent as percent } from '../i18n/i18n.ts'
import { m } from './words.ts'

/**
 * How the report pages say numbers, times, dates and endings, in the language on screen: Intl writes the digits,
 * the percent sign, the unit and its plural (70 %, ٧٠٪; 2,5 s; 5 minutes, ٥ دقائق).
 */

/** What a missing time or date shows: the same in every language. */
const NONE = '–'

export const seconds = (ms: number | null) =>
  ms === null ? NONE : new Intl.NumberFormat(language.value, { style: 'unit', unit: 'second', unitDisplay: 'narrow', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ms / 1000)

export function duration(ms: number | null): string {
  if (ms === null) return NONE
  const minutes = Math.round(ms / 60_000)
  return minutes < 1 ? m('time.underMinute') : new Intl.NumberFormat(language.value, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes)
}

export const when = (iso: string | null) =>
  iso ? new Intl.DateTimeFormat(language.value, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso)) : NONE

/** Names in the language's list style (Ada, Bruno, Linus / Ada، Bruno، Linus), as parts so each name keeps its own direction. */
export const listParts = (names: readonly string[]) => new Intl.ListFormat(language.value, { type: 'unit', style: 'short' }).formatToParts(names)

export const endingText = (ending: GameEnding) => m(`ending.${ending}`)

/** Good, middling or low, for colouring a share of right answers. */
export const tone = (share: number) => (share >= 0.7 ? 'good' : share >= 0.4 ? 'mid' : 'low')

/** Points won, signed as the language signs them (+1,200). */
export const gain = (points: number) => new Intl.NumberFormat(language.value, { signDisplay: 'always' }).format(points)
