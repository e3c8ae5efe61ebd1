import { languageFrom as languageOf, tableFor } from '../languages.ts'

export { fill } from '../languages.ts'
import { AR } from './strings/ar.ts'
import { DE } from './strings/de.ts'
import { EN, type ReportStrings } from './strings/en.ts'
import { ES } from './strings/es.ts'
import { FR } from './strings/fr.ts'
import { PT_BR } from './strings/pt-BR.ts'

export { EN, type ReportStrings }

/**
 * Every word the report's downloads put in a sheet, one table per language (strings/<code>.ts), the web app's six.
 * `stringsFor` picks the table for the `lang` query of the downloads or the browser's Accept-Language, English when
 * there is none. Portuguese other than Brazil's reads the Brazilian table rather than English.
 */
const TABLES: Record<string, ReportStrings> = { en: EN, es: ES, fr: FR, de: DE, 'pt-br': PT_BR, pt: PT_BR, ar: AR }

/** The languages whose sheets read right to left. */
const RIGHT_TO_LEFT = new Set([AR])

/** The table for a language tag ("fr-CA" reads the French one), or undefined when there is none. */
export const tableOf = (lang: string | undefined): ReportStrings | undefined => tableFor(TABLES, lang)

/** The table for a language tag, English when there is none. */
export function stringsFor(lang: string | undefined): ReportStrings {
  return tableOf(lang) ?? EN
}

export const readsRightToLeft = (strings: ReportStrings) => RIGHT_TO_LEFT.has(strings)

/** The first language of an Accept-Language header that has a table, or undefined. */
export const languageFrom = (acceptLanguage: string | undefined) => languageOf(TABLES, acceptLanguage)
