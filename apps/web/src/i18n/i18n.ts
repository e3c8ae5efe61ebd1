/// <reference types="vite/client" />
import { signal } from '@preact/signals'
import i18next from 'i18next'
import en from './locales/en.json'

/**
 * The web app's words: one message catalogue per language (locales/*.json, English the source), through i18next
 * (plurals by the language's own rules, numbers and dates with Intl). English is in the first download; another
 * language is fetched when chosen (one small file), so a phone loads only its own. The language comes from this
 * browser's choice if it made one, else from its languages, else English; Arabic lays the page out right to left.
 */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
  { code: 'fr', name: 'Français' },
  { code: 'de', name: 'Deutsch' },
  { code: 'pt-BR', name: 'Português (Brasil)' },
  { code: 'ar', name: 'العربية' },
] as const
export type Language = (typeof LANGUAGES)[number]['code']

const RTL = new Set<Language>(['ar'])
const STORAGE_KEY = 'cirrus:language'
const loaders: Record<Exclude<Language, 'en'>, () => Promise<{ default: Record<string, unknown> }>> = {
  es: () => import('./locales/es.json'),
  fr: () => import('./locales/fr.json'),
  de: () => import('./locales/de.json'),
  'pt-BR': () => import('./locales/pt-BR.json'),
  ar: () => import('./locales/ar.json'),
}

/** The language on screen: reading it in a render re-renders that component when it changes. */
export const language = signal<Language>('en')

void i18next.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: en } },
  interpolation: { escapeValue: false }, // Preact escapes every text it renders
  returnNull: false,
  initAsync: false,
})

/** Values for a message: `count` picks the plural form. */
export type MessageValues = Record<string, string | number>

/** A message by key, in the language on screen; `area:key` reads an area's catalogue (see `area`). */
export function t(key: string, options?: MessageValues): string {
  void language.value // subscribe the calling component to language changes
  void areasLoaded.value // and to an area's catalogue arriving after it first rendered in English
  return i18next.t(key, options as Record<string, unknown>) as string
}

type Messages = Record<string, unknown>

/**
 * The pages a phone never needs (the library, the editor, study, the reports) keep their words in catalogues of
 * their own, locales/<area>/<code>.json, so that joining a game does not download them. An area's English comes in
 * its pages' chunk (the module calling `area` imports it); its other languages are fetched when shown.
 */
const areaLoaders = import.meta.glob<{ default: Messages }>(['./locales/*/*.json', '!./locales/*/en.json'])
const areas = new Set<string>()
const areasLoaded = signal(0)

async function loadArea(name: string, code: Language): Promise<void> {
  if (code === 'en' || i18next.hasResourceBundle(code, name)) return
  const load = areaLoaders[`./locales/${name}/${code}.json`]
  if (!load) throw new Error(`No ${code} catalogue for the ${name} pages`)
  i18next.addResourceBundle(code, name, (await load()).default, true, true)
}

/**
 * Registers an area's catalogue and gives its message function: `const m = area('study', en)`, then `m('check')`
 * reads `study:check`. For emphasis or links, pass the full key to `rich`/`linked`: `rich('study:intro')`.
 */
export function area(name: string, english: Messages): (key: string, options?: MessageValues) => string {
  if (!areas.has(name)) {
    areas.add(name)
    i18next.addResourceBundle('en', name, english, true, true)
    if (language.value !== 'en') void loadArea(name, language.value).then(() => areasLoaded.value++, () => undefined)
  }
  return (key, options) => t(`${name}:${key}`, options)
}

/** A number as the language writes it (1,000 / 1.000 / ١٬٠٠٠). */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(language.value).format(value)
}

/** A share 0..1 as a whole percentage, as the language writes it (70% / 70 % / ٧٠٪). */
export function formatPercent(share: number): string {
  return new Intl.NumberFormat(language.value, { style: 'percent', maximumFractionDigits: 0 }).format(share)
}

/** A moment as the language writes a date and time. */
export function formatDateTime(ms: number): string {
  return new Intl.DateTimeFormat(language.value, { dateStyle: 'medium', timeStyle: 'short' }).format(ms)
}

/** A counted message: `count` picks the plural form, `n` is the number in the language's digits. */
export function counted(key: string, count: number, values: MessageValues = {}): string {
  return t(key, { ...values, count, n: formatNumber(count) })
}

/** Which supported language a browser's list of languages asks for first. */
export function pickLanguage(wanted: readonly string[]): Language {
  for (const tag of wanted) {
    const exact = LANGUAGES.find((l) => l.code.toLowerCase() === tag.toLowerCase())
    if (exact) return exact.code
    const base = tag.split('-')[0]!.toLowerCase()
    const near = LANGUAGES.find((l) => l.code.split('-')[0]!.toLowerCase() === base)
    if (near) return near.code
  }
  return 'en'
}

function saved(): Language | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY)
    return LANGUAGES.some((l) => l.code === value) ? (value as Language) : null
  } catch {
    return null
  }
}

/** Switches the page to a language (fetching its catalogue the first time); `remember` keeps the choice here. */
export async function setLanguage(code: Language, remember = true): Promise<void> {
  if (code !== 'en' && !i18next.hasResourceBundle(code, 'translation')) {
    const messages = await loaders[code]()
    i18next.addResourceBundle(code, 'translation', messages.default, true, true)
  }
  await Promise.all([...areas].map((name) => loadArea(name, code)))
  await i18next.changeLanguage(code)
  document.documentElement.lang = code
  document.documentElement.dir = RTL.has(code) ? 'rtl' : 'ltr'
  language.value = code
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, code)
    } catch {
      /* storage disabled: the choice lasts for this page */
    }
  }
}

/** At start: the remembered choice, else the browser's languages. */
export function startLanguage(): Promise<void> {
  const remembered = saved()
  return setLanguage(remembered ?? pickLanguage(navigator.languages ?? [navigator.language]), false).catch(() => setLanguage('en', false))
}
