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

/** A message by key, in the language on screen. */
/** Values for a message: `count` picks the plural form. */
export type MessageValues = Record<string, string | number>

export function t(key: string, options?: MessageValues): string {
  void language.value // subscribe the calling component to language changes
  return i18next.t(key, options as Record<string, unknown>) as string
}

/** A number as the language writes it (1,000 / 1.000 / ١٬٠٠٠). */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(language.value).format(value)
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
