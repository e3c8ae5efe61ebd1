import { NicknameSchema } from '@cirrus/protocol'
import { describe, expect, it } from 'vitest'
import { isOffensive, spellings } from './nicknames.ts'

/** As the server sees a nickname: normalised by the schema first. */
const offensive = (raw: string) => isOffensive(NicknameSchema.parse(raw))

describe('the profanity filter', () => {
  it.each([
    ['separators', ['f.u.c.k', 'f u c k', 'f_u_c_k', 'f-u-c-k', 'f. u. c. k.', 'F U C K', 's h i t', 'B.I.T.C.H', 'p_u_s_s_y', 'c-u-n-t', "s'h'i't"]],
    ['short pieces', ['fu ck', 'sh it', 'f u ck', 'a s s']],
    ['repeated letters', ['fuuuck', 'fffuuuccckkk', 'shiiiit', 'f.u.u.u.c.k']],
    ['lookalike letters', ['fuсk', 'ѕһіt', 'Ꮪhit', 'fück', 'ƒuck', 'ｆｕｃｋ', 'ⓕⓤⓒⓚ', '𝐟𝐮𝐜𝐤', 'f.u.с.k']],
    ['l33t and case', ['FuCk', 'sh1t', 'sh!t', 's.h.!.t', 'd1ck', 'BigDick', 'Fuck You']],
  ])('sees through %s', (_, disguises) => {
    for (const nickname of disguises) expect(offensive(nickname), nickname).toBe(true)
  })

  it.each([
    ['English', ['Alice', 'Oliver', 'Charlotte', 'Cassandra', 'Cassius', 'Titus', 'Dexter', 'Chuck', 'Buck', 'Sebastian', 'Ashley', 'Hancock', 'Sexton', 'Dickens', 'Dickson', 'Dickinson', 'Mary Ann', 'Anna Lee', 'Jo Ann', 'Ian', 'Nigel']],
    ['places', ['Scunthorpe', 'Penistone', 'Essex', 'Middlesex', 'Cockburn']],
    ['Spanish and Portuguese', ['José', 'María', 'Asunción', 'Concepción', 'Analía', 'Analisa', 'Jesús', 'Begoña', 'João', 'Conceição']],
    ['French, German, Dutch, Nordic', ['Anaïs', 'Bénédicte', 'Annalena', 'Annalise', 'Jürgen', 'Fick', 'Dirk', 'Sjoerd', 'Åsa', 'Søren']],
    ['Italian, Polish, Russian', ['Assunta', 'Niccolò', 'Łukasz', 'Wojciech', 'Semenov', 'Semenya', 'Slutsky', 'Dmitri', 'Александр', 'Семён']],
    ['Turkish and Arabic', ['Cuma', 'Cumali', 'Cumhur', 'Şükrü', 'Assad', 'Hassan', 'Fatima', 'Abdullah', 'محمد']],
    ['Indian', ['Shitij', 'Kshitij', 'Shital', 'Dikshit', 'Sushil', 'Priyanka', 'अनुष्का', 'क्षितिज']],
    ['East and South-East Asian', ['Fu', 'Fu Li', 'Li Fu', 'Fukuda', 'Fukushima', 'Fukuyama', 'Matsushita', 'Shinji', 'Phuc', 'Phuoc', 'Nguyễn Phúc', 'Vu Thi Ha', 'Bích', 'Ngọc Bích', 'Rapeepat', 'Rapeeporn', 'Siriporn', 'Supaporn', 'Kanokporn', 'Somporn', 'Pornthip', 'Pornchai', 'Xi Na', 'Ng Yu', '王芳', 'さくら', '김민준']],
    ['African', ['Ngozi', 'Chukwuemeka', 'Oluwaseun', 'Thandiwe', 'Wanjiru', 'Kwame']],
    ['Irish', ['Fagan', 'Siobhán', 'Niamh']],
  ])('lets real names through: %s', (_, names) => {
    for (const name of names) expect(offensive(name), name).toBe(false)
  })

  // Real names too, but each reads as the word itself: refused, and the host can turn the filter off.
  it.each(['Dick', 'Fuk', 'Semen', 'Kike', 'Cumming', 'Dyke', 'Hooker'])('refuses %s, which reads as the word', (name) => {
    expect(offensive(name)).toBe(true)
  })

  it('reads the nickname with its lookalikes made Latin, then without the separators inside words', () => {
    expect(spellings('f.u.с.k')).toEqual(['f.u.c.k', 'fuck'])
    expect(spellings('Zoë Ng')).toEqual(['Zoe Ng'])
    expect(spellings('Mary-Jane O\'Brien')).toEqual(["Mary-Jane O'Brien", 'MaryJane OBrien'])
    expect(spellings('J. R. R. Tolkien')).toEqual(['J. R. R. Tolkien', 'JRR Tolkien'])
    expect(spellings('Anna Lee')).toEqual(['Anna Lee']) // words of three letters stay apart
  })
})
