import Papa from 'papaparse'
import { QUESTION_TYPES, type Question, type QuestionInput, type QuestionType } from '@cirrus/questions'
import type { Codec } from './codecs.ts'
import type { Draft, ReadResult } from './common.ts'
import { distinct, FILE, note, problem, warning } from './said.ts'
import { parseDelimited, tooManyRows } from './delimited.ts'
import { IMPORT_LIMITS, tooManyQuestions } from './limits.ts'
import { htmlToText, imagesIn, pictureName, textToHtml } from './html.ts'
import { metaFromRecord } from './meta.ts'
import type { ImportProblem, Place, QuizToExport } from './types.ts'
import type { ProblemCode } from './words.ts'

/*
 * Anki's "Notes in Plain Text" (File > Import in Anki 2.1.55+): "#key:value" header lines, then one note per
 * line, fields separated by tabs, quoted like CSV when a field holds a tab, quote or line break.
 *
 * Cirrus writes a Basic note per question: Front is the prompt with the options as a lettered list, Back the
 * right answer(s), a rule and the explanation; tags carry the type, topic and settings (cirrus::type::single,
 * cirrus::difficulty::easy...), and the guid column carries the question id, so Cirrus reads its export back.
 * A note from elsewhere (front and back only) becomes a typed-answer question whose accepted answer is its back.
 */

const SEPARATORS: Record<string, string> = { tab: '\t', comma: ',', semicolon: ';', pipe: '|', space: ' ', colon: ':' }
const LETTERS = 'ABCDEFGHIJ'
const OPTIONS_LIST = '<ol type=A>' // unquoted: a quote would make Anki's writer quote the whole field
const RULE = '<hr>'

interface Header {
  separator?: string
  html: boolean
  deck?: string
  columns: { guid?: number; tags?: number; notetype?: number; deck?: number }
  /** Lines taken by the header. */
  length: number
}

function readHeader(lines: string[], problems: ImportProblem[]): Header {
  const header: Header = { html: false, columns: {}, length: 0 }
  for (const [i, raw] of lines.entries()) {
    const m = /^#([a-z ]+):(.*)$/i.exec(raw.replace(/\r$/, ''))
    if (!m) break
    header.length = i + 1
    const key = m[1]!.trim().toLowerCase()
    const value = m[2]!.trim()
    const column = () => {
      const n = Number(value)
      if (!Number.isInteger(n) || n < 1) problems.push(problem({ at: 'line', line: i + 1 }, 'anki_column', { key, value }))
      return n - 1
    }
    if (key === 'separator') {
      const sep = SEPARATORS[value.toLowerCase()] ?? (value.length === 1 ? value : undefined)
      if (sep === undefined) problems.push(problem({ at: 'line', line: i + 1 }, 'anki_separator', { value }))
      header.separator = sep
    } else if (key === 'html') header.html = value.toLowerCase() === 'true'
    else if (key === 'deck') header.deck = value
    else if (key === 'guid column') header.columns.guid = column()
    else if (key === 'tags column') header.columns.tags = column()
    else if (key === 'notetype column') header.columns.notetype = column()
    else if (key === 'deck column') header.columns.deck = column()
  }
  return header
}

function read(text: string): ReadResult {
  const fileProblems: ImportProblem[] = []
  const allLines = text.split('\n')
  const header = readHeader(allLines, fileProblems)
  if (fileProblems.length) return { drafts: [], fileProblems }
  const body = allLines.slice(header.length).join('\n')
  if (!body.trim()) return { title: header.deck, drafts: [], fileProblems: [problem(FILE, 'anki_no_notes')] }
  const label = (_row: number, line: number): Place => ({ at: 'line', line })
  const parsed = parseDelimited(body, header.separator ?? '\t', header.length + 1, label, IMPORT_LIMITS.questions)
  if (parsed.truncated) return { title: header.deck, drafts: [], fileProblems: [parsed.truncated === 'rows' ? tooManyRows() : tooManyQuestions()] }
  if (parsed.problems.length) return { title: header.deck, drafts: [], fileProblems: parsed.problems }

  const skip = new Set([header.columns.guid, header.columns.tags, header.columns.notetype, header.columns.deck])
  const drafts: Draft[] = []
  parsed.rows.forEach((row, i) => {
    if (row.every((c) => !c.trim())) return
    const line = parsed.lines[i]!
    const fields = row.filter((_, c) => !skip.has(c))
    const guid = header.columns.guid === undefined ? '' : (row[header.columns.guid] ?? '')
    const tags = header.columns.tags === undefined ? [] : (row[header.columns.tags] ?? '').split(/\s+/).filter(Boolean)
    drafts.push(readNote(fields[0] ?? '', fields[1] ?? '', guid, tags, header.html, { at: 'line', line }))
  })
  return { title: header.deck, drafts, fileProblems: drafts.length ? [] : [problem(FILE, 'anki_no_notes')] }
}

/**
 * A card's answer side as Anki exports it ("Cards in Plain Text"): the back template repeats the front
 * ({{FrontSide}}), then <hr id=answer>, then the answer. Only what follows the rule is the answer.
 */
const ANSWER_RULE = /<hr\s+id\s*=\s*["']?answer["']?\s*\/?>/i
function answerOnly(back: string): string {
  const at = back.search(ANSWER_RULE)
  return at < 0 ? back : back.slice(at).replace(ANSWER_RULE, '')
}

function readNote(front: string, back: string, guid: string, tags: string[], html: boolean, place: Place): Draft {
  const problems: ImportProblem[] = []
  const fail = (code: ProblemCode, values = {}): Draft => {
    problems.push(problem(place, code, values))
    return { input: null, place, problems }
  }
  const text = (s: string) => (html ? htmlToText(s) : s.trim())
  const meta: Record<string, string> = {}
  let type: QuestionType | undefined
  const otherTags: string[] = []
  for (const tag of tags) {
    const m = /^cirrus::(\w+)::(.+)$/.exec(tag)
    if (!m) otherTags.push(tag)
    else if (m[1] === 'type') {
      if (!(QUESTION_TYPES as readonly string[]).includes(m[2]!)) return fail('anki_type_tag', { tag, value: m[2]! })
      type = m[2] as QuestionType
    } else meta[m[1]!] = m[1] === 'topic' ? m[2]!.replace(/_/g, ' ') : m[2]!
  }
  const input: Partial<QuestionInput> = {}
  if (guid.trim()) input.id = guid.trim()
  // Anki's text exports leave the media out: name each picture, so the teacher knows what to add.
  const notes = [...imagesIn(front).map((i) => ['front', i] as const), ...imagesIn(back).map((i) => ['back', i] as const)].map(([side, i]) =>
    note('picture_in_anki_media', { of: side, name: pictureName(i.src) }),
  )
  const withNotes = (draft: Draft): Draft => (notes.length ? { ...draft, notes: distinct(notes) } : draft)
  const fields = metaFromRecord(meta)
  if ('error' in fields) return fail(fields.error, fields.values)
  Object.assign(input, fields.fields)

  const [answerPart, ...explanationParts] = back.split(RULE)
  const explanation = text(explanationParts.join(RULE))
  if (explanation) input.explanation = explanation

  if (!type) {
    // A flashcard from elsewhere: its back is the answer to type.
    if (!front.trim()) return fail('anki_front_empty')
    if (!back.trim()) return fail('anki_back_empty')
    return withNotes({ input: { ...input, type: 'text', prompt: text(front), options: [{ text: text(answerOnly(back)), correct: true }] }, place, problems })
  }
  input.type = type
  // Anki's editor may rewrite the list tag (<ol type="A">) when a note is edited there: any <ol> will do.
  const listAt = front.search(/<ol\b[^<>]*>/i)
  // The back lists the answers as <li> items; a file written by hand may put one per line instead.
  const items = (html: string) => html.split(/<li\b[^<>]*>/i).slice(1).map((item) => text(item.split(/<\/li\s*>/i)[0]!))
  const listed = items(answerPart ?? '')
  const answers = (listed.length ? listed : text(answerPart ?? '').split('\n')).map((a) => a.trim()).filter(Boolean)
  if (type === 'text') {
    input.prompt = text(front)
    input.options = answers.map((a) => ({ text: a, correct: true }))
  } else if (type === 'truefalse') {
    input.prompt = text(front.replace(/<br><br>True or false\?$/, ''))
    const right = answers[0]?.toLowerCase()
    if (right !== 'true' && right !== 'false') return fail('anki_truefalse_back')
    input.options = [
      { text: 'True', correct: right === 'true' },
      { text: 'False', correct: right === 'false' },
    ]
  } else {
    if (listAt < 0) return fail('anki_no_list')
    input.prompt = text(front.slice(0, listAt))
    const options = items(front.slice(listAt))
    const rightLetters = new Set(answers.map((a) => /^([A-J])\./.exec(a)?.[1]).filter(Boolean))
    if (!rightLetters.size) return fail('anki_no_right')
    input.options = options.map((t, i) => ({ text: t, correct: rightLetters.has(LETTERS[i]!) }))
  }
  return withNotes({ input, place, problems })
}

const list = (items: string[]) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`

const tag = (key: string, value: string | number) => `cirrus::${key}::${String(value).replace(/\s+/g, '_')}`

function writeNote(q: Question): string[] {
  const h = textToHtml
  let front = h(q.prompt)
  let answer: string
  if (q.type === 'single' || q.type === 'multiple') {
    front += OPTIONS_LIST + q.options.map((o) => `<li>${h(o.text)}</li>`).join('') + '</ol>'
    answer = list(q.options.flatMap((o, i) => (o.correct ? [`${LETTERS[i]}. ${h(o.text)}`] : [])))
  } else if (q.type === 'truefalse') {
    front += '<br><br>True or false?'
    answer = q.options.find((o) => o.correct)!.text
  } else answer = list(q.options.map((o) => h(o.text)))
  const back = q.explanation ? `${answer}${RULE}${h(q.explanation)}` : answer
  const tags = [
    tag('type', q.type),
    tag('difficulty', q.difficulty),
    tag('timeLimitSec', q.timeLimitSec),
    tag('points', q.points),
    ...(q.topic ? [tag('topic', q.topic)] : []),
    ...(q.domain === undefined ? [] : [tag('domain', q.domain)]),
  ]
  return [q.id, front, back, tags.join(' ')]
}

function write(quiz: QuizToExport) {
  const warnings = quiz.questions.some((q) => q.topic?.includes('_'))
    ? [warning('anki_topic_underscore')]
    : []
  const header = ['#separator:tab', '#html:true', '#notetype:Basic', `#deck:${quiz.title.replace(/[\r\n]+/g, ' ')}`, '#guid column:1', '#tags column:4']
  const notes = Papa.unparse(quiz.questions.map(writeNote), { delimiter: '\t', newline: '\n' })
  return { content: header.join('\n') + '\n' + notes + '\n', mimeType: 'text/plain', fileExtension: 'txt', warnings }
}

export const ankiCodec: Codec = { binary: false, read, write }
