import { skeleton } from '@cirrus/game'
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity'

/**
 * Real names that contain a word of the list, and are let through. Each was judged on its own: a name is let through
 * when many people bear it and it does not read as the word itself. So "Fu" (a Chinese surname), "Fukuda",
 * "Shitij", "Shital", "Dikshit", "Analía", "Semenov", "Cuma", "Bích" and Thai names in -porn pass, while "Dick",
 * "Fuk", "Semen", "Kike" and "Cumming", real as they are, read as the word and stay refused (the host can turn the
 * filter off). The word list is English: other languages' words are not refused.
 * "Scunthorpe", "Cassandra", "Hancock" and "Titus" already pass: the list's own words only match at a word's edge
 * where that matters. docs/protocol.md has the rules; nicknames.test.ts the names tried.
 */
const REAL_NAMES = [
  'fu', // 付, 傅: Fu Li, Li Fu
  'fuku', // Fukuda, Fukushima, Fukuyama, Fukui
  'dickson',
  'dickinson',
  'dickerson',
  'shitij', // Kshitij, Shitij
  'shital', // Shital (Sheetal)
  'dikshit', // Dikshit (Dixit)
  'analia', // Analía
  'analis', // Analisa, Analise
  'annal', // Annalise, Annalena, Annaliese
  'cuma', // Cuma, Cumali
  'cumhur',
  'rapee', // Rapeepat
  // Thai names ending in -porn (พร, "blessing"): Siriporn, Supaporn, Kanokporn, Wanporn, Duangporn, Somporn...
  'aporn',
  'iporn',
  'eeporn',
  'okporn',
  'anporn',
  'angporn',
  'imporn',
  'omporn',
  // ...and beginning with it.
  'pornthip',
  'pornthep',
  'pornchai',
  'pornpimol',
  'pornpan',
  'pornpen',
  'pornsak',
  'pornsiri',
  'bich', // Bích, a Vietnamese name (jade)
  'semenov',
  'semenya',
  'slutsk', // Slutsky
  'fagan',
  'penistone',
]

const { blacklistedTerms, whitelistedTerms } = englishDataset.build()
const matcher = new RegExpMatcher({ blacklistedTerms, whitelistedTerms: [...(whitelistedTerms ?? []), ...REAL_NAMES], ...englishRecommendedTransformers })

/**
 * Whether a (normalised) nickname has an offensive word, through its disguises: l33t, repeated letters ("fuuuck"),
 * lookalike letters of other scripts ("fuсk" with a Cyrillic "с"), and letters spelled out with separators between
 * them ("f.u.c.k", "f u c k", "f_u_c_k", "f-u-c-k"). A host can turn the filter off.
 */
export function isOffensive(nickname: string): boolean {
  return spellings(nickname).some((spelling) => matcher.hasMatch(spelling))
}

/**
 * The spellings the filter reads: the nickname with its letters made Latin where they look Latin, and that with the
 * separators inside each word taken out and runs of one- and two-letter words joined ("f u c k", "fu ck"). Words of
 * three letters or more stay apart, so that "Anna Lee" is not read as one word.
 */
export function spellings(nickname: string): string[] {
  const latin = lookalikesToLatin(nickname)
  const out = new Set([latin])
  for (const separators of [/[._'?-]/g, /[._'?!-]/g]) {
    const words = latin
      .split(' ')
      .map((word) => word.replace(separators, ''))
      .filter(Boolean)
    out.add(joinShortRuns(words).join(' '))
  }
  return [...out]
}

/** Each character outside ASCII that looks like Latin letters or digits (UTS #39), accents dropped, becomes them. */
function lookalikesToLatin(text: string): string {
  let out = ''
  for (const char of text) {
    if (char <= '\u007f') {
      out += char
      continue
    }
    const plain = skeleton(char).replace(/\p{M}/gu, '')
    out += /^[A-Za-z0-9]+$/.test(plain) ? plain : char
  }
  return out
}

/** Runs of two or more words of at most two characters each become one word: ["f", "u", "ck"] is ["fuck"]. */
function joinShortRuns(words: string[]): string[] {
  const out: string[] = []
  let run: string[] = []
  const flush = () => {
    if (run.length > 1) out.push(run.join(''))
    else out.push(...run)
    run = []
  }
  for (const word of words) {
    if ([...word].length <= 2) run.push(word)
    else {
      flush()
      out.push(word)
    }
  }
  flush()
  return out
}
