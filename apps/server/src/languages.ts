/**
 * Picking a table of words by a language tag, for what the server writes for people (the report downloads, the
 * problem reports' CSV): tables are keyed by lower-case tags ("en", "pt-br"); a tag with a region the server has no
 * table for reads its language's ("fr-CA" reads "fr"), and a language it has none of reads nothing (the caller's
 * English).
 */
export function tableFor<T>(tables: Readonly<Record<string, T>>, lang: string | undefined): T | undefined {
  const tag = (lang ?? '').trim().toLowerCase()
  return (Object.hasOwn(tables, tag) ? tables[tag] : undefined) ?? (Object.hasOwn(tables, tag.split('-')[0]!) ? tables[tag.split('-')[0]!] : undefined)
}

/** The first language of an Accept-Language header that has a table, or undefined. */
export function languageFrom<T>(tables: Readonly<Record<string, T>>, acceptLanguage: string | undefined): string | undefined {
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]!.trim()
    if (tableFor(tables, tag)) return tag
  }
  return undefined
}

/**
 * The type of every language's table, made from the English one: the same keys, strings or maps of strings, so a
 * table missing a word does not compile.
 */
export type WordsLike<English> = { [K in keyof English]: English[K] extends string ? string : { [E in keyof English[K]]: string } }

/** A tag as Intl takes it; a tag Intl refuses ("es-!!") is read as its language alone. */
export function intlLocale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang.trim())[0]!
  } catch {
    return lang.trim().split(/[-_]/)[0]!.toLowerCase()
  }
}

/** Fills "{name}" places in a string. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''))
}
