import { describe, expect, it } from 'vitest'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import readXlsxFile from 'read-excel-file/universal'
import writeXlsxFile from 'write-excel-file/universal'
import { bank, type Question } from '@cirrus/questions'
import { exportQuiz, goodQuestions, importQuiz } from './index.ts'
import { KAHOOT_MAX_UNZIPPED_BYTES } from './kahoot.ts'
import { fixtureBytes, problemLines, questionsOf, withoutBankTags } from './test-support.ts'

type Cell = string | number | null

/** An .xlsx file as a teacher's spreadsheet program writes it, built with the same library the export uses. */
async function xlsx(rows: Cell[][], sheet = 'Sheet1'): Promise<Uint8Array> {
  return xlsxSheets([{ sheet, data: rows }])
}

async function xlsxSheets(sheets: { sheet: string; data: Cell[][] }[]): Promise<Uint8Array> {
  const blob = await writeXlsxFile(sheets.map(({ sheet, data }) => ({ sheet, data: data.map((r) => r.map((value) => (value === null ? null : { value }))) }))).toBlob()
  return new Uint8Array(await blob.arrayBuffer())
}

const toArrayBuffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer

/** Kahoot's template: a banner and instructions above, the header in row 8, numbered rows below. */
const KAHOOT_TEMPLATE: Cell[][] = [
  [],
  [null, 'Quiz template'],
  [null, 'Add questions, at least two answer alternatives, time limit and choose correct answers (at least one). Have fun creating your awesome quiz!'],
  [null, 'Remember: questions have a limit of 120 characters and answers can have 75 characters max. If several answers are correct, separate them with a comma.'],
  [null, "See an example question below (don't forget to overwrite this with your first question!)"],
  [null, "And remember, if you're not using Excel you need to export to .xlsx format before you upload to Kahoot!"],
  [],
  [null, 'Question - max 120 characters', 'Answer 1 - max 75 characters', 'Answer 2 - max 75 characters', 'Answer 3 - max 75 characters', 'Answer 4 - max 75 characters', 'Time limit (sec) \u2013 5, 10, 20, 30, 60, 90, 120, or 240 secs', 'Correct answer(s) - choose at least one'],
  [1, 'Which planet is closest to the Sun?', 'Venus', 'Mercury', 'Earth', 'Mars', 20, 2],
  [2, 'Which of these are primary colours?', 'Red', 'Green', 'Blue', 'Purple', 30, '1,3'],
  [3, 'Water boils at 100 \u00b0C at sea level.', 'True', 'False', null, null, 10, '1'],
  [4, null, null, null, null, null, null, null],
  [5, null, null, null, null, null, null, null],
]

describe('Kahoot spreadsheet import', () => {
  it("finds the header of Kahoot's template below its banner rows, and skips the empty numbered slots", async () => {
    const result = await importQuiz('kahoot-xlsx', await xlsx(KAHOOT_TEMPLATE), { fileName: 'Planets quiz.xlsx' })
    expect(problemLines(result)).toEqual([])
    expect(result.title).toBe('Planets quiz')
    expect(result.questions.map((q) => q.location)).toEqual(['row 9', 'row 10', 'row 11'])
    const [planet, colours, water] = questionsOf(result)
    expect(planet).toMatchObject({ type: 'single', timeLimitSec: 20, options: [{ text: 'Venus', correct: false }, { text: 'Mercury', correct: true }, {}, {}] })
    expect(colours).toMatchObject({ type: 'multiple', timeLimitSec: 30, options: [{ correct: true }, { correct: false }, { correct: true }, { correct: false }] })
    expect(water).toMatchObject({ type: 'truefalse', timeLimitSec: 10, options: [{ text: 'True', correct: true }, { text: 'False', correct: false }] })
  })

  it('finds a header row by its text wherever it is, in any column order', async () => {
    const rows: Cell[][] = [
      ['My class quiz'],
      ['Correct', 'Time limit', 'Question', 'Answer 2', 'Answer 1'],
      ['1', 5, 'Two plus two?', 'Five', 'Four'],
    ]
    const [q] = questionsOf(await importQuiz('kahoot-xlsx', await xlsx(rows)))
    expect(q).toMatchObject({ prompt: 'Two plus two?', timeLimitSec: 5, options: [{ text: 'Four', correct: true }, { text: 'Five', correct: false }] })
  })
})

describe('Kahoot spreadsheets that cannot be read', () => {
  it('names the rows of bad questions', async () => {
    const rows = [...KAHOOT_TEMPLATE.slice(0, 8), [1, 'No right answer', 'a', 'b', null, null, 20, null], [2, 'Right answer in an empty cell', 'a', 'b', null, null, 20, '4'], [3, 'Too slow', 'a', 'b', null, null, 'soon', 1]]
    expect(problemLines(await importQuiz('kahoot-xlsx', await xlsx(rows)))).toEqual([
      'row 9: no correct answer given: list the right answer numbers, like 2 or 1,3',
      'row 9: answers: a multiple-choice question has exactly one right option, not 0',
      'row 10: correct answer 4 names an empty answer cell',
      'row 10: answers: a multiple-choice question has exactly one right option, not 0',
      'row 11: time limit "soon" is not a whole number of seconds',
    ])
  })

  it('says when no row looks like the header', async () => {
    const rows = [['Quiz'], ['Q', 'A1', 'A2'], ['What?', 'x', 'y']]
    expect(problemLines(await importQuiz('kahoot-xlsx', await xlsx(rows, 'Questions')))).toEqual(['file: no header row with "Question" and "Answer 1" columns in sheet "Questions"'])
  })

  it('refuses a small file that would unpack to more than Cirrus reads (a zip bomb)', async () => {
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(KAHOOT_MAX_UNZIPPED_BYTES + 1_000_000) }, { level: 9 })
    expect(bomb.length).toBeLessThan(200_000)
    expect(problemLines(await importQuiz('kahoot-xlsx', bomb))).toEqual(['file: the spreadsheet unpacks to 11 MB, more than Cirrus reads (10 MB)'])
  })

  it('says when the file is not a spreadsheet at all', async () => {
    const notXlsx = new TextEncoder().encode('Question,Answer 1\nx,y\n')
    expect(problemLines(await importQuiz('kahoot-xlsx', notXlsx))).toEqual(['file: not an .xlsx spreadsheet: save the file from your spreadsheet program as an Excel workbook (.xlsx)'])
    expect(problemLines(await importQuiz('kahoot-xlsx', 'text'))).toEqual(['file: a Kahoot spreadsheet is an .xlsx file: send its bytes, not text'])
    expect((await importQuiz('kahoot-xlsx', new Uint8Array())).fileProblems.map((p) => p.code)).toEqual(['empty_file'])
  })

  /** A spreadsheet Cirrus wrote, its parts as the zip holds them, to break one at a time. */
  async function parts(): Promise<Record<string, Uint8Array>> {
    const { content } = await exportQuiz('kahoot-xlsx', { title: 'Capitals', questions: bank.slice(0, 2) })
    return unzipSync(content as Uint8Array)
  }
  const codeOf = async (bytes: Uint8Array) => (await importQuiz('kahoot-xlsx', bytes)).fileProblems.map((p) => [p.code, p.values])

  it('tells the kinds of broken spreadsheet a teacher meets apart, each a code with no words of the reader in it', async () => {
    // Excel 97-2003's .xls, and a workbook saved with a password (Office's agile encryption, password "cirrus"):
    // both are OLE2 files, not zips.
    expect(await codeOf(fixtureBytes('old-excel.xls'))).toEqual([['xlsx_old_xls', {}]])
    expect(await codeOf(fixtureBytes('password-protected.xlsx'))).toEqual([['xlsx_encrypted', {}]])
    // A download cut short, or bytes garbled in the middle.
    const whole = zipSync(await parts())
    expect(await codeOf(whole.slice(0, whole.length / 2))).toEqual([['xlsx_damaged_zip', {}]])
    const garbled = whole.slice()
    for (let i = 200; i < 800; i++) garbled[i]! ^= 0x55
    expect(await codeOf(garbled)).toEqual([['xlsx_damaged_zip', {}]])
    // A zip, but a Word document, say.
    expect(await codeOf(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') }))).toEqual([['xlsx_not_workbook', {}]])
    // A workbook whose sheet is missing, or whose sheet's XML is cut off.
    const { 'xl/worksheets/sheet1.xml': sheet, ...noSheet } = await parts()
    expect(await codeOf(zipSync(noSheet))).toEqual([['xlsx_damaged', {}]])
    expect(await codeOf(zipSync({ ...(await parts()), 'xl/worksheets/sheet1.xml': sheet!.slice(0, 300) }))).toEqual([['xlsx_damaged', {}]])
    // A workbook that lists no sheet at all.
    const all = await parts()
    const workbook = strFromU8(all['xl/workbook.xml']!).replace(/<sheets>.*<\/sheets>/s, '<sheets/>')
    expect(await codeOf(zipSync({ ...all, 'xl/workbook.xml': strToU8(workbook) }))).toEqual([['xlsx_no_sheets', {}]])
    // Every one of them in English written by Cirrus, never the library's ("Couldn't unzip `.xlsx` file contents").
    for (const file of [fixtureBytes('old-excel.xls'), whole.slice(0, 100), zipSync(noSheet)]) {
      expect(problemLines(await importQuiz('kahoot-xlsx', file))[0]).not.toMatch(/`|unzip|not found inside|unclosed tag/i)
    }
  })
})

describe('Kahoot spreadsheet export', () => {
  it("writes Kahoot's layout and says what it had to leave out or change", async () => {
    const text = bank.find((q) => q.type === 'text')!
    const six = bank.find((q) => q.type === 'multiple' && q.options.length > 4)!
    const slow: Question = {
      id: 'slow', type: 'single', prompt: 'Which is the longest answer?', explanation: 'Length.', difficulty: 'easy', timeLimitSec: 45, points: 1000,
      options: [{ text: 'short', correct: false }, { text: 'x'.repeat(80), correct: true }],
    }
    const { content, fileExtension, warnings } = await exportQuiz('kahoot-xlsx', { title: 'Mixed', questions: [text, six, slow] })
    expect(fileExtension).toBe('xlsx')
    expect(warnings.map((w) => w.message)).toEqual([
      "question 1 is left out of Kahoot's sheet: Kahoot's spreadsheet has no typed-answer questions",
      `question 2 is left out of Kahoot's sheet: it has ${six.options.length} answers and Kahoot's spreadsheet has room for 4`,
      "question 3 has an answer longer than Kahoot's 75 characters",
      'question 3: time limit 45 s written as 30 s, the nearest that Kahoot offers',
    ])
    // The same, as codes and values for a page in another language.
    expect(warnings.map((w) => [w.code, w.values])).toEqual([
      ['kahoot_typed', { n: 1 }],
      ['kahoot_answers', { n: 2, count: six.options.length, max: 4 }],
      ['kahoot_answer_long', { n: 3, max: 75 }],
      ['kahoot_time', { n: 3, value: 45, fitted: 30 }],
    ])
    // Kahoot's sheet has the one question that fits; the second sheet gives all three back, every field intact.
    const sheets = await readXlsxFile(toArrayBuffer(content as Uint8Array))
    expect(sheets.map((sh) => sh.sheet)).toEqual(['Kahoot', 'Cirrus'])
    expect(sheets[0]!.data.slice(7)).toEqual([
      [null, 'Question - max 120 characters', 'Answer 1 - max 75 characters', 'Answer 2 - max 75 characters', 'Answer 3 - max 75 characters', 'Answer 4 - max 75 characters', 'Time limit (sec) \u2013 5, 10, 20, 30, 60, 90, 120, or 240 secs', 'Correct answer(s) - choose at least one'],
      [1, 'Which is the longest answer?', 'short', 'x'.repeat(80), null, null, 30, 2],
    ])
    const back = await importQuiz('kahoot-xlsx', content)
    expect(back.questions.map((q) => q.location)).toEqual(['sheet "Cirrus" row 2', 'sheet "Cirrus" row 3', 'sheet "Cirrus" row 4'])
    expect(goodQuestions(back)).toEqual([text, six, slow].map(withoutBankTags))
  })

  it('writes cells named like Object.prototype members (a JavaScript quiz), which write-excel-file alone garbles', async () => {
    const question: Question = {
      id: 'js-1', type: 'single', prompt: 'toString', explanation: 'constructor', difficulty: 'easy', timeLimitSec: 20, points: 1000,
      options: [{ text: 'valueOf', correct: true }, { text: '__proto__', correct: false }, { text: 'a < b & c', correct: false }],
    }
    const { content } = await exportQuiz('kahoot-xlsx', { title: 'hasOwnProperty', questions: [question] })
    const [kahoot] = await readXlsxFile(toArrayBuffer(content as Uint8Array))
    expect(kahoot!.data[0]!.slice(0, 3)).toEqual([null, 'hasOwnProperty', null])
    expect(kahoot!.data[8]).toEqual([1, 'toString', 'valueOf', '__proto__', 'a < b & c', null, 20, 1])
    expect(goodQuestions(await importQuiz('kahoot-xlsx', content))).toEqual([question])
  })

  it("reads Kahoot's sheet alone once someone has edited it, ignoring Cirrus's sheet", async () => {
    const slow = bank.filter((q) => q.type === 'single' && q.options.length === 4).slice(0, 2)
    const { content } = await exportQuiz('kahoot-xlsx', { title: 'Edited', questions: slow })
    const [kahoot, cirrus] = await readXlsxFile(toArrayBuffer(content as Uint8Array))
    kahoot!.data[8]![1] = 'Edited in Excel?'
    const edited = await xlsxSheets([{ sheet: kahoot!.sheet, data: kahoot!.data as Cell[][] }, { sheet: cirrus!.sheet, data: cirrus!.data as Cell[][] }])
    const back = await importQuiz('kahoot-xlsx', edited)
    expect(back.questions.map((q) => q.location)).toEqual(['row 9', 'row 10'])
    expect(goodQuestions(back).map((q) => [q.prompt, q.explanation])).toEqual([
      ['Edited in Excel?', ''],
      [slow[1]!.prompt, ''],
    ])
  })
})
