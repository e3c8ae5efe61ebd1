import { describe, expect, it } from 'vitest'
import { NICKNAME, NICKNAME_RULE_ENGLISH, NicknameSchema, nicknameProblem, normalizeNickname, typedNicknameRule } from './nicknames.ts'

const parse = (raw: string) => NicknameSchema.safeParse(raw)
const refusal = (raw: string) => {
  const parsed = parse(raw)
  return parsed.success ? null : parsed.error.issues[0]!.message
}

describe('nicknames in every script', () => {
  it.each([
    ['English', ['Alice', 'Oliver', "O'Brien", 'Mary-Jane', 'J. R. R.', 'Cassandra', 'Scunthorpe']],
    ['Spanish', ['José', 'María', 'Ángel', 'Begoña', 'Iñaki', 'Analía', 'Concepción']],
    ['French, German, Nordic', ['Anaïs', 'Gaëlle', 'Loïc', 'Jürgen', 'Björn', 'Åsa', 'Søren', 'Þór']],
    ['Polish, Czech, Turkish, Vietnamese', ['Łukasz', 'Małgorzata', 'Jiří', 'Şükrü', 'İlknur', 'Gökhan', 'Nguyễn Phúc', 'Trần Thị Hà']],
    ['Catalan', ['Gal·la', 'Marcel·lí']],
    ['Cyrillic and Greek', ['Александр', 'Наталья', 'Семён', 'Αλέξανδρος', 'Ελένη']],
    ['Arabic and Persian', ['محمد', 'فاطمة', 'عبد الله', 'يوسف', 'مهرناز']],
    ['Hebrew', ['דוד', 'שָׂרָה', 'ז׳קלין']],
    ['Devanagari and other Indic scripts', ['अनुष्का', 'क्षितिज', 'शीतल', 'प्रियंका', 'श्रीनिवास', 'অনুপম', 'முருகன்', 'శ్రీనివాస్']],
    ['Thai and Tibetan', ['สมชาย', 'กิตติ์', 'བསྟན་འཛིན']],
    ['CJK, kana and Hangul', ['王芳', '李娜', 'さくら', '翔太', 'ユウキ', 'ジョン・スミス', '김민준', '서연']],
    ['African languages', ['Wanjiru', 'Chukwuemeka', 'Oluwaseun', 'Ngozi', 'Thandiwe', 'Adébáyọ̀']],
    ['Digits and marks', ['Player 1', 'R2-D2', 'Yes!', 'Who?', 'a_b']],
  ])('%s', (_, names) => {
    for (const name of names) expect(refusal(name), name).toBeNull()
  })

  it('keeps a name as the player wrote it, apart from compatibility forms and spaces', () => {
    expect(parse('  Zoë   Ng ').data).toBe('Zoë Ng')
    expect(parse('Zoe\u0308').data).toBe('Zoë') // composed
    expect(parse('Ａｌｉｃｅ').data).toBe('Alice') // full-width
    expect(parse('𝐀𝐥𝐢𝐜𝐞').data).toBe('Alice') // mathematical bold
    expect(parse('ⓐⓛⓘⓒⓔ').data).toBe('alice') // circled
    expect(parse('Ali\u00a0ce\u3000B').data).toBe('Ali ce B') // no-break and ideographic spaces
    expect(parse('Ali\tce\n').data).toBe('Ali ce')
    expect(parse('O’Brien').data).toBe("O'Brien") // a phone's apostrophe
    expect(parse('Mary‐Jane').data).toBe('Mary-Jane')
    expect(normalizeNickname('ｶﾀｶﾅ')).toBe('カタカナ') // half-width katakana
  })
})

describe('refused nicknames say what is wrong', () => {
  const invisible = 'a nickname cannot contain invisible characters'
  const direction = 'a nickname cannot contain characters that change the direction of text'
  it.each([
    ['Alice\u200b', invisible, 'zero-width space'],
    ['Ali\u200cce', invisible, 'zero-width non-joiner'],
    ['Ali\u200dce', invisible, 'zero-width joiner'],
    ['Alice\u2060', invisible, 'word joiner'],
    ['Alice\u2062', invisible, 'invisible times'],
    ['\ufeffAlice', invisible, 'byte order mark'],
    ['\u3164', invisible, 'Hangul filler alone'],
    ['Alice\u3164', invisible, 'Hangul filler'],
    ['\uffa0Bob', invisible, 'half-width Hangul filler'],
    ['\u115f\u1160', invisible, 'Hangul choseong and jungseong fillers'],
    ['Alice\ufe0f', invisible, 'variation selector'],
    ['Alice\u{e0041}', invisible, 'tag character'],
    ['Ali\u00adce', invisible, 'soft hyphen'],
    ['Ali\u034fce', invisible, 'combining grapheme joiner'],
    ['\u2800', invisible, 'blank Braille pattern'],
    ['Alice\u200e', direction, 'left-to-right mark'],
    ['Alice\u200f', direction, 'right-to-left mark'],
    ['\u202eecilA', direction, 'right-to-left override'],
    ['Ali\u202ace', direction, 'left-to-right embedding'],
    ['\u2067Alice\u2069', direction, 'right-to-left isolate'],
    ['محمد\u061c', direction, 'Arabic letter mark'],
    ['Ali\u0000ce', 'a nickname cannot contain control characters', 'NUL'],
    ['Ali\u007fce', 'a nickname cannot contain control characters', 'DEL'],
    ['Ali\u0085ce', 'a nickname cannot contain control characters', 'next line'],
    ['\u0600Ali', 'a nickname cannot contain formatting characters', 'Arabic number sign'],
    ['Ali\ufff9ce', 'a nickname cannot contain formatting characters', 'interlinear annotation'],
    ['<b>Bold</b>', "a nickname uses letters, digits, spaces and . _ ' ! ? - only", 'markup'],
    ['Ali😀', "a nickname uses letters, digits, spaces and . _ ' ! ? - only", 'emoji'],
    ['Ali\u20dd', "a nickname uses letters, digits, spaces and . _ ' ! ? - only", 'enclosing mark'],
    ['\u0301Ali', 'an accent or vowel sign must follow a letter', 'a mark first'],
    ['Al i\u0301', null, 'a mark on a letter'],
    ['Zoe\u0301\u0301', 'a nickname cannot repeat the same accent on one letter', 'the same accent twice'],
    ['Za\u0300\u0301\u0302\u0303\u0304', 'a nickname cannot stack more than 4 accents on one letter', 'five accents'],
    ['...', 'a nickname needs at least one letter or digit', 'only dots'],
    ['   ', 'a nickname needs at least one letter', 'only spaces'],
    ['', 'a nickname needs at least one letter', 'empty'],
    ['A'.repeat(21), 'a nickname has at most 20 characters', '21 letters'],
    ['A'.repeat(NICKNAME.inputMax + 1), 'a nickname has at most 20 characters', 'a long input'],
  ])('%j: %s (%s)', (raw, message, _what) => {
    expect(refusal(raw)).toBe(message)
    // The same rule as a code, which the join page says in the player's language.
    const rule = typedNicknameRule(raw)
    expect(rule === null ? null : NICKNAME_RULE_ENGLISH[rule]).toBe(message)
  })

  it('counts characters, not UTF-16 units', () => {
    expect(refusal('𠮷'.repeat(20))).toBeNull()
    expect(refusal('𠮷'.repeat(21))).toBe('a nickname has at most 20 characters')
  })

  it('judges the normalised name: a compatibility form that hides an invisible character is still refused', () => {
    expect(nicknameProblem(normalizeNickname('\uffa0'))).toBe('a nickname cannot contain invisible characters') // NFKC: U+1160
  })
})
