import { trueFalseOf } from '@cirrus/protocol'
import { intlLocale } from '../languages.ts'
import { EN, readsRightToLeft, tableOf, type ReportStrings } from './strings.ts'

/**
 * The language a download is written in: its table of words, and how it writes the numbers, percentages and dates
 * that sit inside text (a cell that is only a number stays a number, for the spreadsheet to format). Intl writes
 * them in the asked tag when the server has its table ("fr-CA" dates with the French words), else in English, so
 * that the words and the digits never come from two languages.
 */
export interface SheetLanguage {
  readonly t: ReportStrings
  readonly rightToLeft: boolean
  /** A number inside a sentence ("Q3", "Paris: 12"), in the language's digits. */
  count(n: number): string
  /** A share (0.5) as the language writes a percentage ("50 %"). */
  percent(share: number): string
  /** An ISO date and time, in the teacher's time zone when it was given (else the server's), with the zone named. */
  date(iso: string): string
  /** Names or question numbers in one cell, apart by the language's comma ("Ada, Bruno, Linus"; "Ada، Bruno"). */
  list(items: readonly string[]): string
  /** An option's words: a true/false question's stored "True"/"False" in the language, anything else as written. */
  option(type: string, text: string): string
}

export function sheetLanguage(lang?: string, timeZone?: string): SheetLanguage {
  const table = tableOf(lang)
  const t = table ?? EN
  const locale = table && lang ? intlLocale(lang) : 'en'
  const numbers = new Intl.NumberFormat(locale)
  const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })
  const dates = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short', timeZone: zoneOrDefault(timeZone) })
  return {
    t,
    rightToLeft: readsRightToLeft(t),
    count: (n) => numbers.format(n),
    percent: (share) => percents.format(share),
    date: (iso) => dates.format(new Date(iso)),
    list: (items) => items.join(t.listSeparator),
    option: (type, text) => {
      const which = trueFalseOf(type, text)
      return which ? t.trueFalse[which] : text
    },
  }
}

/** A time zone Intl knows ("Europe/Madrid"), or undefined (the server's own) for anything else. */
function zoneOrDefault(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined
  try {
    new Intl.DateTimeFormat('en', { timeZone })
    return timeZone
  } catch {
    return undefined
  }
}
