import { LIMITS, type Question, type QuestionInput, type QuestionType } from '@cirrus/questions'
import type { Codec } from './codecs.ts'
import type { ExportNotes } from './export-notes.ts'
import type { Draft, ReadResult } from './common.ts'
import { distinct, FILE, note, problem } from './said.ts'
import { htmlToText, imagesIn, markdownImages, markdownToText, pictureName } from './html.ts'
import { IMPORT_LIMITS, tooManyQuestions } from './limits.ts'
import { applyMeta, parseCirrusMeta, topicOfCategory, writeCirrusMeta } from './meta.ts'
import type { ImportNote, ImportProblem, QuizToExport } from './types.ts'
import type { ProblemCode, Values } from './words.ts'

/** A problem found while reading, before it is placed. */
type Failure = { error: ProblemCode; values?: Values }

/*
 * Moodle's GIFT format, read and written by hand: the one GIFT parser on npm (gift-pegjs) refuses an unescaped
 * ":" anywhere in text ("ratio 1:2"), which Moodle accepts, and stops at the first error in a file.
 *
 * As Moodle reads it: questions are separated by blank lines; lines starting with // are comments; "$CATEGORY:"
 * sets the category of what follows; "::title::" names a question; "[html]" (or [moodle], [plain],
 * [markdown]) gives the text's format; "{...}" holds the answers, and text after it makes a missing-word
 * question; \~ \= \# \{ \} \: \\ are escapes and \n is a line break.
 */

// Each escape becomes one private-use character while the structure is parsed, so offsets keep their lines.
const ESCAPES: Record<string, string> = { '~': '\uE001', '=': '\uE002', '#': '\uE003', '{': '\uE004', '}': '\uE005', ':': '\uE006', '\\': '\uE007', n: '\uE008' }
const UNESCAPED: Record<string, string> = { '\uE001': '~', '\uE002': '=', '\uE003': '#', '\uE004': '{', '\uE005': '}', '\uE006': ':', '\uE007': '\\', '\uE008': '\n' }
const hideEscapes = (text: string) => text.replace(/\\([~=#{}:\\n])/g, (_, c: string) => ESCAPES[c]!)
const restore = (text: string) => text.replace(/[\uE001-\uE008]/g, (c) => UNESCAPED[c]!)

interface Block {
  /** 1-based line of each of the block's lines. */
  lines: { text: string; line: number }[]
}

/** Splits the file at blank lines, as Moodle does. */
function blocks(text: string): Block[] {
  const result: Block[] = []
  let current: Block | null = null
  text.split(/\r\n?|\n/).forEach((raw, i) => {
    if (!raw.trim()) {
      current = null
      return
    }
    if (!current) result.push((current = { lines: [] }))
    current.lines.push({ text: raw, line: i + 1 })
  })
  return result
}

const FORMAT_MARK = /^\s*\[(html|moodle|plain|markdown)\]/

interface ParsedAnswer {
  mark: '=' | '~'
  weight: number | null
  text: string
  feedback: string
  offset: number
}

function read(source: string): ReadResult {
  const drafts: Draft[] = []
  let category: string | undefined
  let title: string | undefined

  for (const block of blocks(hideEscapes(source))) {
    const comments = block.lines.filter((l) => l.text.trim().startsWith('//'))
    let lines = block.lines.filter((l) => !l.text.trim().startsWith('//'))
    if (!drafts.length && !title) {
      const quizLine = comments.find((c) => /^\s*\/\/\s*quiz:/i.test(c.text))
      if (quizLine) title = restore(quizLine.text.replace(/^\s*\/\/\s*quiz:/i, '')).trim()
    }
    const first = lines[0]
    if (first && /^\s*\$CATEGORY:/i.test(first.text)) {
      category = restore(first.text.replace(/^\s*\$CATEGORY:/i, '')).trim()
      lines = lines.slice(1)
    }
    if (!lines.length) continue
    if (drafts.length === IMPORT_LIMITS.questions) return { title, drafts: [], fileProblems: [tooManyQuestions()] }
    drafts.push(readQuestion(lines, comments, category))
  }
  if (drafts.length) return { title, drafts, fileProblems: [] }
  return { title, drafts, fileProblems: [problem(FILE, source.trim() ? 'gift_no_questions' : 'empty_file')] }
}

function readQuestion(lines: Block['lines'], comments: Block['lines'], category: string | undefined): Draft {
  const text = lines.map((l) => l.text).join('\n')
  const startLine = lines[0]!.line
  const lineOf = (offset: number) => {
    const before = text.slice(0, offset).split('\n').length - 1
    return lines[Math.min(before, lines.length - 1)]!.line
  }
  const place = { at: 'line', line: startLine } as const
  const problems: ImportProblem[] = []
  const fail = (code: ProblemCode, offset = 0, values: Values = {}): Draft => {
    problems.push(problem({ at: 'line', line: lineOf(offset) }, code, values))
    return { input: null, place, problems }
  }

  let rest = text
  let offset = 0
  const titleMatch = /^\s*::/.exec(rest)
  if (titleMatch) {
    const close = rest.indexOf('::', titleMatch[0].length)
    if (close < 0) return fail('gift_title_open')
    offset = close + 2
    rest = text.slice(offset)
  }
  const open = rest.indexOf('{')
  if (open < 0) return fail('gift_no_answers', offset)
  const close = rest.indexOf('}', open + 1)
  const reopened = rest.indexOf('{', open + 1)
  if (close < 0) return fail('gift_answers_open', offset + open)
  if (reopened >= 0 && reopened < close) return fail('gift_brace_inside', offset + reopened)
  const after = rest.slice(close + 1)
  if (after.includes('{')) return fail('gift_second_block', offset + close + 1 + after.indexOf('{'))
  if (after.includes('}')) return fail('gift_stray_close', offset + close + 1 + after.indexOf('}'))

  let stem = rest.slice(0, open)
  const format = FORMAT_MARK.exec(stem)?.[1]
  stem = stem.replace(FORMAT_MARK, '')
  const tail = after.trim()
  if (tail) stem = `${stem.trimEnd()} _____ ${tail}`
  const notes: ImportNote[] = []
  // The question's format mark holds for its answers and feedback too; each may carry a mark of its own.
  const plain = (s: string, of: Values = { of: 'question' }) => {
    let restored = restore(s)
    const own = FORMAT_MARK.exec(restored)?.[1]
    restored = restored.replace(FORMAT_MARK, '')
    const mark = own ?? format
    const pictures = mark === 'markdown' ? markdownImages(restored) : mark === 'plain' ? [] : imagesIn(restored)
    for (const p of pictures) notes.push(note('picture_not_in_gift', { ...of, name: pictureName(p.src) }))
    return (mark === 'html' || mark === 'moodle' ? htmlToText(restored) : mark === 'markdown' ? markdownToText(restored) : restored).trim()
  }

  const body = rest.slice(open + 1, close)
  const bodyOffset = offset + open + 1
  const input: Partial<QuestionInput> = { prompt: plain(stem) }
  const generalAt = body.indexOf('####')
  const answersText = generalAt >= 0 ? body.slice(0, generalAt) : body
  if (generalAt >= 0) input.explanation = plain(body.slice(generalAt + 4))

  const trimmed = answersText.trim()
  const tf = /^(T|TRUE|F|FALSE)\s*(#[^#]*)?(#[^#]*)?$/i.exec(trimmed)
  if (!trimmed) return fail('gift_essay', bodyOffset)
  if (trimmed.startsWith('#')) {
    const numeric = parseNumeric(restore(trimmed.slice(1)))
    if ('error' in numeric) return fail(numeric.error, bodyOffset, numeric.values)
    input.type = 'number'
    input.options = []
    input.number = { answers: numeric.answers }
    if (!input.explanation && numeric.feedback) input.explanation = plain(numeric.feedback)
  } else if (tf) {
    const right = /^t/i.test(tf[1]!)
    input.type = 'truefalse'
    input.options = [
      { text: 'True', correct: right },
      { text: 'False', correct: !right },
    ]
    // Moodle's true/false feedback: the first # is shown for a wrong answer, the second for a right one.
    if (!input.explanation && tf[3]) input.explanation = plain(tf[3].slice(1))
  } else {
    const answers = parseAnswers(answersText)
    if ('error' in answers) return fail(answers.error, bodyOffset + answers.offset, answers.values)
    // Matching, as Moodle writes it: every answer is "=left -> right" (a weight, which Cirrus writes, rules it out).
    if (answers.list.every((a) => a.mark === '=' && a.weight === null && a.text.includes('->'))) return fail('gift_matching', bodyOffset)
    for (const a of answers.list)
      if (a.weight !== null && (a.weight < -100 || a.weight > 100)) return fail('gift_weight', bodyOffset + a.offset, { answer: plain(a.text), weight: a.weight })

    const hasWrong = answers.list.some((a) => a.mark === '~')
    const hasEquals = answers.list.some((a) => a.mark === '=')
    notes.push(...partialCreditNotes(answers.list, hasWrong, hasEquals, (t) => restore(t).trim()))
    let type: QuestionType
    let isRight: (a: ParsedAnswer) => boolean
    if (!hasWrong) {
      // Short answer: every = answer is accepted; Moodle's partial-credit ones (=%50%) count when above 0.
      type = 'text'
      isRight = (a) => a.weight === null || a.weight > 0
    } else if (hasEquals) {
      // Multiple choice: the = answers are right; a ~%50% answer is partial credit in Moodle, wrong here.
      isRight = (a) => a.mark === '='
      type = answers.list.filter(isRight).length > 1 ? 'multiple' : 'single'
    } else {
      // Multiple response: every answer with a positive weight is right.
      isRight = (a) => (a.weight ?? 0) > 0
      type = answers.list.filter(isRight).length > 1 ? 'multiple' : 'single'
    }
    input.type = type
    const kept = type === 'text' ? answers.list.filter(isRight) : answers.list
    input.options = kept.map((a, i) => ({ text: plain(a.text, { of: 'answer', n: i + 1 }), correct: isRight(a) }))
    if (!input.explanation) {
      const rightFeedback = kept.filter((a) => isRight(a) && a.feedback.trim())
      if (rightFeedback.length === 1) input.explanation = plain(rightFeedback[0]!.feedback)
    }
  }

  applyComments(input, comments, problems, topicOfCategory(category))
  return { input, place, problems, ...(notes.length && { notes: distinct(notes) }) }
}

/**
 * Moodle's partial credit (=%50%, ~%33.3%) where Cirrus has none, said per question: a one-answer question's
 * partly right answers count as wrong, a short answer's as right, and a multiple-response question's unequal
 * weights become equal shares (Cirrus credits the share of the right options picked, less the wrong ones).
 */
function partialCreditNotes(list: ParsedAnswer[], hasWrong: boolean, hasEquals: boolean, text: (t: string) => string): ImportNote[] {
  const partial = list.filter((a) => a.weight !== null && a.weight > 0 && a.weight < 100)
  if (!partial.length) return []
  const named = (a: ParsedAnswer) => ({ answer: text(a.text), weight: a.weight! })
  if (!hasWrong) return partial.map((a) => note('partial_counts_right', named(a)))
  if (hasEquals) return partial.map((a) => note('partial_counts_wrong', named(a)))
  const weights = new Set(list.filter((a) => (a.weight ?? 0) > 0).map((a) => a.weight))
  return weights.size > 1 ? [note('weights_equal', { weights: [...weights].map((w) => `${w}%`).join(', ') })] : []
}

/**
 * GIFT's numerical answers, after the "#": "3.14:0.01" (a value and its tolerance), "3.1..3.2" (a range), "42",
 * or several as "=%100%1822:0 =%50%1822:2" for part of the points; "#..." after one is its feedback.
 */
function parseNumeric(body: string): { answers: { value: number; tolerance: number; credit: number }[]; feedback: string } | Failure {
  const parts = body.includes('=') ? body.split(/(?=[=~])/).map((p) => p.trim()).filter(Boolean) : [`=${body.trim()}`]
  const answers: { value: number; tolerance: number; credit: number }[] = []
  let feedback = ''
  for (const part of parts) {
    if (part.startsWith('~')) continue // a wrong numeric answer, given only for its feedback
    const m = /^=\s*(?:%(-?\d+(?:\.\d+)?)%)?\s*([^#]*?)\s*(?:#(.*))?$/s.exec(part)
    if (!m) return { error: 'gift_numeric_answer', values: { value: part } }
    const credit = m[1] === undefined ? 1 : Number(m[1]) / 100
    const spec = m[2]!.replace(/\s+/g, '')
    const range = /^(-?[\d.]+(?:e-?\d+)?)\.\.(-?[\d.]+(?:e-?\d+)?)$/i.exec(spec)
    const tolerance = /^(-?[\d.]+(?:e-?\d+)?)(?::([\d.]+(?:e-?\d+)?))?$/i.exec(spec)
    let answer: { value: number; tolerance: number } | null = null
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])].sort((a, b) => a - b) as [number, number]
      answer = { value: (from + to) / 2, tolerance: (to - from) / 2 }
    } else if (tolerance) answer = { value: Number(tolerance[1]), tolerance: tolerance[2] === undefined ? 0 : Number(tolerance[2]) }
    if (!answer || !Number.isFinite(answer.value) || !Number.isFinite(answer.tolerance)) return { error: 'gift_numeric_number', values: { value: m[2]!.trim() } }
    if (credit <= 0) continue
    answers.push({ ...answer, credit: Math.min(1, credit) })
    if (m[3] && credit === 1 && !feedback) feedback = m[3]
  }
  if (!answers.length) return { error: 'gift_numeric_none' }
  return { answers, feedback }
}

/** Splits "=a#fb ~%50%b ~c" at each unescaped = or ~ (escapes are already hidden). */
function parseAnswers(body: string): { list: ParsedAnswer[] } | (Failure & { offset: number }) {
  const starts: number[] = []
  for (let i = 0; i < body.length && starts.length <= IMPORT_LIMITS.answersPerQuestion; i++) if (body[i] === '=' || body[i] === '~') starts.push(i)
  if (!starts.length) return { error: 'gift_no_marks', offset: 0 }
  if (starts.length > IMPORT_LIMITS.answersPerQuestion)
    return { error: 'gift_too_many_answers', values: { count: IMPORT_LIMITS.answersPerQuestion, max: LIMITS.options.max + 4 }, offset: starts[IMPORT_LIMITS.answersPerQuestion]! }
  const before = body.slice(0, starts[0]).trim()
  if (before) return { error: 'gift_text_before', values: { value: restore(before) }, offset: 0 }
  const list: ParsedAnswer[] = []
  starts.forEach((start, i) => {
    const raw = body.slice(start + 1, starts[i + 1] ?? body.length)
    const weight = /^\s*%(-?\d+(?:\.\d+)?)%/.exec(raw)
    const afterWeight = weight ? raw.slice(weight[0].length) : raw
    const hash = afterWeight.indexOf('#')
    list.push({
      mark: body[start] as '=' | '~',
      weight: weight ? Number(weight[1]) : null,
      text: hash >= 0 ? afterWeight.slice(0, hash) : afterWeight,
      feedback: hash >= 0 ? afterWeight.slice(hash + 1) : '',
      offset: start,
    })
  })
  const empty = list.find((a) => !a.text.trim())
  if (empty) return { error: 'gift_empty_answer', values: { mark: body[empty.offset]! }, offset: empty.offset }
  return { list }
}

/** Moodle 4's "// [id:...]" comment gives the id; Cirrus's own "// cirrus: {...}" comment the rest. */
function applyComments(input: Partial<QuestionInput>, comments: Block['lines'], problems: ImportProblem[], categoryTopic: string | undefined) {
  if (categoryTopic) input.topic = categoryTopic
  for (const c of comments) {
    const body = restore(c.text.trim().slice(2)).trim()
    const id = /\[id:([^\]]+)\]/.exec(body)
    if (id) input.id = id[1]!.trim()
    if (/^cirrus:/i.test(body)) {
      const meta = parseCirrusMeta(body.slice('cirrus:'.length))
      if ('error' in meta) problems.push(problem({ at: 'line', line: c.line }, meta.error, meta.values))
      else applyMeta(input, meta.fields)
      if (!('error' in meta) && meta.fields.topic === undefined) delete input.topic
    }
  }
}

/** GIFT's special characters escaped, line breaks as \n (a real blank line would end the question). */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n')
}

/** A prompt that would read as a comment ("//") or a format mark ("[html]") gets an explicit [plain] mark first: read as written. */
const promptText = (prompt: string) => (/^(\/\/|\[(html|moodle|plain|markdown)\])/i.test(prompt) ? `[plain]${escapeGift(prompt)}` : escapeGift(prompt))

/**
 * An answer that starts with "%" would read as a weight ("%50%"), and one with "->" as half of a matching pair;
 * GIFT has no escape for either, so such an answer gets its weight written out.
 */
const answerText = (text: string, weight: number) =>
  text.startsWith('%') || text.includes('->') ? `%${weight}%${escapeGift(text)}` : escapeGift(text)

function writeQuestion(q: Question): string {
  const lines = [`// [id:${q.id}]`, `// cirrus: ${writeCirrusMeta(q)}`]
  const e = escapeGift
  const general = q.explanation ? `####${e(q.explanation)}` : ''
  if (q.type === 'truefalse') {
    const right = q.options[0]!.correct
    lines.push(`${promptText(q.prompt)} {${right ? 'TRUE' : 'FALSE'}${general}}`)
    return lines.join('\n')
  }
  if (q.type === 'number') {
    const spec = (a: { value: number; tolerance: number }) => `${a.value}${a.tolerance ? `:${a.tolerance}` : ''}`
    const answers = q.number?.answers ?? []
    const numbers = answers.length === 1 && answers[0]!.credit === 1 ? spec(answers[0]!) : answers.map((a) => `=%${formatWeight(a.credit * 100)}%${spec(a)}`).join(' ')
    lines.push(`${promptText(q.prompt)} {#${numbers}${general}}`)
    return lines.join('\n')
  }
  const rightCount = q.options.filter((o) => o.correct).length
  const answer = (o: Question['options'][number]) => {
    if (q.type === 'text') return `=${answerText(o.text, 100)}`
    if (q.type === 'single') return `${o.correct ? '=' : '~'}${answerText(o.text, o.correct ? 100 : 0)}`
    const weight = formatWeight((o.correct ? 100 : -100) / rightCount)
    return `~%${weight}%${e(o.text)}`
  }
  lines.push(`${promptText(q.prompt)} {`, ...q.options.map((o) => `\t${answer(o)}`))
  if (general) lines.push(`\t${general}`)
  lines.push('}')
  return lines.join('\n')
}

/** Moodle's weights have at most five decimals (33.33333). */
const formatWeight = (w: number) => String(Math.round(w * 100000) / 100000)

function write(quiz: QuizToExport, notes: ExportNotes) {
  const header = [`// quiz: ${escapeGift(quiz.title)}`, `// ${notes.gift}`, '']
  // Moodle reads the category line as it is: no escapes, and "/" would start a subcategory.
  const category = quiz.title.replace(/[\\/\r\n]+/g, ' ').trim()
  const body = [`$CATEGORY: $course$/top/${category}`, '', ...quiz.questions.map((q) => writeQuestion(q) + '\n')]
  return { content: [...header, ...body].join('\n'), mimeType: 'text/plain', fileExtension: 'gift', warnings: [] }
}

export const giftCodec: Codec = { binary: false, read, write }
