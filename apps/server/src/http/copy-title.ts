import { LIMITS } from '@cirrus/questions'
import { fill, languageFrom, tableFor } from '../languages.ts'

/**
 * The title of a duplicated quiz, in the teacher's language: the server names the copy, and the teacher reads that
 * name in the library list and its notice ("Made "Copia de Volcanes"").
 */
const COPY_OF: Record<string, string> = {
  en: 'Copy of {title}',
  es: 'Copia de {title}',
  fr: 'Copie de {title}',
  de: 'Kopie von {title}',
  'pt-br': 'Cópia de {title}',
  pt: 'Cópia de {title}',
  ar: 'نسخة من {title}',
}

/** `lang` (the page's language) first, else the browser's Accept-Language, else English. */
export function copyTitle(title: string, lang: string | undefined, acceptLanguage: string | undefined): string {
  const pattern = tableFor(COPY_OF, lang ?? languageFrom(COPY_OF, acceptLanguage)) ?? COPY_OF.en!
  return fill(pattern, { title }).slice(0, LIMITS.titleChars)
}
