import en from '../i18n/locales/library/en.json'
import { area, formatNumber, language } from '../i18n/i18n.ts'
import type { QuestionType } from '@cirrus/questions/model'
import type { Crumb } from '../components/Page.tsx'

/** The quiz library's words (the list, the editor, the import, the bank, the teachers' sign-in): `m('key')`. */
export const m = area('library', en)

/** A moment as the language writes it: "1 Dec 2026, 19:30", "1 dic 2026, 19:30", "١ ديسمبر ٢٠٢٦، ٧:٣٠ م". */
export function formatWhen(iso: string): string {
  return new Intl.DateTimeFormat(language.value, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
}

/** The trail back up from the library's pages. */
export const libraryCrumbs = (): Crumb[] => [
  { href: '/', label: 'Cirrus' },
  { href: '/library', label: m('list.title') },
]

/** Something that happened, kept as a catalogue key and its values so that it reads in the language on screen. */
export interface Said {
  key: string
  values?: Record<string, string | number>
}

/** A Said in words; a `count` also gives `n`, the count in the language's digits. */
export function speak({ key, values = {} }: Said): string {
  return m(key, typeof values.count === 'number' ? { ...values, n: formatNumber(values.count) } : values)
}

/** A question type as the type menus say it: "Multiple choice (one right answer)". */
export const typeLabel = (type: QuestionType) => m(`types.${type}`)
/** A question type in a word or two: "Multiple choice". */
export const typeName = (type: QuestionType) => m(`typeNames.${type}`)
