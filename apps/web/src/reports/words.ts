import { area, counted as countedIn, type MessageValues } from '../i18n/i18n.ts'
import en from '../i18n/locales/reports/en.json'

/**
 * The report pages' words (locales/reports/<code>.json): the teacher's list and report, and a player's review.
 * English comes with these pages; another language is fetched when it is shown, so joining a game never loads them.
 */
export const m = area('reports', en)

/** A counted message of these pages: `count` picks the plural form, `n` is the number in the language's digits. */
export const counted = (key: string, count: number, values?: MessageValues) => countedIn(`reports:${key}`, count, values)
