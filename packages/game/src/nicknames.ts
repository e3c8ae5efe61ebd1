import prototypes from 'unhomoglyph/data.json' with { type: 'json' }

/**
 * When two nicknames count as the same one. Unicode's confusables data (UTS #39, confusables.txt, shipped by the
 * `unhomoglyph` package) maps each character that looks like another to one prototype: Cyrillic "А" and Greek "Α"
 * to Latin "A", "I" and "1" to "l", "m" to "rn". Names with the same skeleton look the same on a projector.
 */
const PROTOTYPE: ReadonlyMap<string, string> = new Map(Object.entries(prototypes as Record<string, string>))
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu

/**
 * The UTS #39 skeleton: NFD, without default-ignorable code points, each character replaced by its prototype, NFD
 * again. Only for comparing: it is not meant to be shown ("m" becomes "rn").
 */
export function skeleton(text: string): string {
  let out = ''
  for (const char of text.normalize('NFD').replace(IGNORABLE, '')) out += PROTOTYPE.get(char) ?? char
  return out.normalize('NFD')
}

/**
 * The keys under which a seated nickname is taken; a new nickname is taken when any of its keys is. Two keys, so
 * that both relations count: names that look the same as typed (`skeleton`: "АLІCE" in Cyrillic and Latin
 * "ALICE", where "I" looks like "l"), and names that are the same ignoring case, or look the same in lower case
 * ("ALICE", "Alice" and "аlice" with a Cyrillic "а"). Spaces and punctuation still count: "A l i c e" is another
 * name. Expects a nickname already normalised by NicknameSchema (NFKC, spaces folded).
 */
export function nicknameKeys(nickname: string): readonly string[] {
  let keys = cache.get(nickname)
  if (!keys) {
    const asTyped = skeleton(nickname)
    const lower = skeleton(nickname.toLowerCase())
    keys = asTyped === lower ? [lower] : [asTyped, lower]
    if (cache.size >= CACHE_SIZE) cache.clear()
    cache.set(nickname, keys)
  }
  return keys
}

/**
 * Remembers the keys of recent nicknames: a join run that cannot take over the last run's index reads every seated
 * nickname again, and a skeleton costs about twenty times a lower-casing (2,000 nicknames: ~3 ms instead of ~0.1).
 * Only remembers work: the keys of a nickname never change.
 */
const CACHE_SIZE = 20_000
const cache = new Map<string, readonly string[]>()
