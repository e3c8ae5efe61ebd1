import { describe, expect, it } from 'vitest'
import readXlsxFile from 'read-excel-file/universal'
import { bank } from '@cirrus/questions'
import { EXPORT_NOTES, exportQuiz, importQuiz } from './index.ts'
import { questionsOf, withoutBankTags } from './test-support.ts'

/** The lines a GIFT or Kahoot file explains itself with follow the language the caller picks; what is read back does not. */
const quiz = { title: 'Volcanes', questions: bank.filter((q) => q.type === 'single').slice(0, 3) }

describe('the lines an export explains itself with', () => {
  it('are English when no language is given', async () => {
    const gift = (await exportQuiz('gift', quiz)).content as string
    expect(gift.split('\n').slice(0, 2)).toEqual(['// quiz: Volcanes', '// Exported from Cirrus. Moodle reads this file with Question bank > Import > GIFT format.'])
  })

  it.each(Object.keys(EXPORT_NOTES))('%s: written in the GIFT comment and above Kahoot’s sheet; the files read back the same', async (lang) => {
    const notes = EXPORT_NOTES[lang]!
    const gift = (await exportQuiz('gift', quiz, { notes })).content as string
    expect(gift.split('\n').slice(0, 2)).toEqual(['// quiz: Volcanes', `// ${notes.gift}`])
    const back = await importQuiz('gift', gift)
    expect(back.title).toBe('Volcanes')
    expect(questionsOf(back)).toEqual(quiz.questions.map(withoutBankTags))

    const xlsx = (await exportQuiz('kahoot-xlsx', quiz, { notes })).content as Uint8Array
    const [kahoot] = await readXlsxFile(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer)
    expect(kahoot!.data.slice(0, 4).map((row) => row[1])).toEqual(['Volcanes', ...notes.kahoot])
    expect(questionsOf(await importQuiz('kahoot-xlsx', xlsx))).toEqual(quiz.questions.map(withoutBankTags))
  })

  it('are the same lines in every language, each written for its reader', () => {
    const english = EXPORT_NOTES.en!
    for (const [lang, notes] of Object.entries(EXPORT_NOTES)) {
      expect(notes.kahoot, lang).toHaveLength(3)
      if (lang === 'en') continue
      expect(notes.gift, lang).not.toBe(english.gift)
      notes.kahoot.forEach((line, i) => expect(line, lang).not.toBe(english.kahoot[i]))
      // Kahoot's limits are numbers the notes keep.
      expect(notes.kahoot[2], lang).toMatch(/240/)
    }
  })
})
