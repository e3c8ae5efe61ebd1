import { z } from 'zod'

/**
 * What a nickname may be. The server checks every nickname here before any game sees it, and the web app checks the
 * same rules before it sends one. Whether a nickname is taken (it looks like a seated one) is the engine's question,
 * and whether it is offensive the server's: see docs/protocol.md.
 */

export const NICKNAME = {
  min: 1,
  /** Characters (code points) after normalising. */
  max: 20,
  /** Nonspacing marks in a row on one letter: UTS #39 (5.4) suggests no more than four. */
  marksInARow: 4,
  /** Longer input is refused before any work on it. */
  inputMax: 200,
} as const

/** Spaces of any width, tabs and line breaks: each run becomes one space. */
const SPACES = /[\p{Zs}\t\n\v\f\r\u2028\u2029]+/gu
const EDGE_SPACES = /^ | $/g
/** Characters that reorder the text around them (bidi controls and marks). */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u
/** Default-ignorable code points (zero-width spaces and joiners, U+2060-U+2064, U+FEFF, the Hangul fillers U+3164, U+115F, U+1160 and U+FFA0, variation selectors, tag characters...) and the blank Braille pattern. */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\u2800]/u
const CONTROL = /\p{Cc}/u
const FORMAT = /\p{Cf}/u
/** Phones' typographic apostrophes and hyphens (iOS types "O’Brien"), written as the plain ones. */
const APOSTROPHES = /[\u2018\u2019]/g
const HYPHENS = /[\u2010\u2011]/g
/**
 * Letters and digits of any script with their accents and vowel signs, spaces, a few marks, and the dots names use
 * inside words: the middle dot (Catalan "l·l"), the katakana middle dot ("ジョン・スミス"), the Tibetan tsheg ("བསྟན་འཛིན")
 * and the Hebrew geresh and gershayim ("ז׳קלין"). No markup, no symbols.
 */
const ALLOWED = /^[\p{L}\p{N}\p{Mn}\p{Mc} ._'!?\u00B7\u30FB\u0F0B\u05F3\u05F4-]+$/u
const MARK_WITHOUT_LETTER = /(?:^|[^\p{L}\p{N}\p{M}])\p{M}/u
const SAME_MARK_TWICE = /(\p{Mn})\1/u
const MARKS_IN_A_ROW = new RegExp(`\\p{Mn}{${NICKNAME.marksInARow + 1},}`, 'u')
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/**
 * NFKC (full-width, stylised and compatibility forms become ordinary letters), typographic apostrophes and hyphens
 * made plain, spaces folded, trimmed.
 */
export function normalizeNickname(raw: string): string {
  // Not trim(): it would also drop a U+FEFF at either end, which is refused as invisible instead.
  return raw.normalize('NFKC').replace(APOSTROPHES, "'").replace(HYPHENS, '-').replace(SPACES, ' ').replace(EDGE_SPACES, '')
}

/**
 * Why a nickname may not be used, as a code: the web app says it in the player's language (the join page checks
 * before it sends), the server's refusal carries the English of `NICKNAME_RULE_ENGLISH`.
 */
export type NicknameRule = 'empty' | 'direction' | 'invisible' | 'control' | 'format' | 'characters' | 'mark_alone' | 'mark_twice' | 'marks_stacked' | 'no_letter' | 'too_long'

export const NICKNAME_RULE_ENGLISH: Record<NicknameRule, string> = {
  empty: 'a nickname needs at least one letter',
  direction: 'a nickname cannot contain characters that change the direction of text',
  invisible: 'a nickname cannot contain invisible characters',
  control: 'a nickname cannot contain control characters',
  format: 'a nickname cannot contain formatting characters',
  characters: "a nickname uses letters, digits, spaces and . _ ' ! ? - only",
  mark_alone: 'an accent or vowel sign must follow a letter',
  mark_twice: 'a nickname cannot repeat the same accent on one letter',
  marks_stacked: `a nickname cannot stack more than ${NICKNAME.marksInARow} accents on one letter`,
  no_letter: 'a nickname needs at least one letter or digit',
  too_long: `a nickname has at most ${NICKNAME.max} characters`,
}

/** The rule a normalised nickname breaks, or null when it may be used. */
export function nicknameRule(nickname: string): NicknameRule | null {
  if (nickname.length === 0) return 'empty'
  if (BIDI.test(nickname)) return 'direction'
  if (INVISIBLE.test(nickname)) return 'invisible'
  if (CONTROL.test(nickname)) return 'control'
  if (FORMAT.test(nickname)) return 'format'
  if (!ALLOWED.test(nickname)) return 'characters'
  if (MARK_WITHOUT_LETTER.test(nickname)) return 'mark_alone'
  // Counted decomposed: "é" followed by another acute accent is two of them on one letter.
  const decomposed = nickname.normalize('NFD')
  if (SAME_MARK_TWICE.test(decomposed)) return 'mark_twice'
  if (MARKS_IN_A_ROW.test(decomposed)) return 'marks_stacked'
  if (!LETTER_OR_DIGIT.test(nickname)) return 'no_letter'
  if ([...nickname].length > NICKNAME.max) return 'too_long'
  return null
}

/** The rule a nickname as typed breaks (before it is normalised), or null when it may be used. */
export const typedNicknameRule = (raw: string): NicknameRule | null => (raw.length > NICKNAME.inputMax ? 'too_long' : nicknameRule(normalizeNickname(raw)))

/** What is wrong with a normalised nickname, in English, or null when it may be used. */
export function nicknameProblem(nickname: string): string | null {
  const rule = nicknameRule(nickname)
  return rule && NICKNAME_RULE_ENGLISH[rule]
}

export const NicknameSchema = z
  .string()
  .max(NICKNAME.inputMax, NICKNAME_RULE_ENGLISH.too_long)
  .transform(normalizeNickname)
  .superRefine((nickname, ctx) => {
    const problem = nicknameProblem(nickname)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })
