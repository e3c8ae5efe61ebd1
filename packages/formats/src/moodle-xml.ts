import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser'
import type { Question, QuestionInput } from '@cirrus/questions'
import type { Codec } from './codecs.ts'
import { lineAt, problem, type Draft, type ReadResult } from './common.ts'
import { htmlToText } from './html.ts'
import { IMPORT_LIMITS, tooManyQuestions } from './limits.ts'
import { metaFromRecord, metaRecord, topicOfCategory } from './meta.ts'
import type { ImportProblem, QuizToExport } from './types.ts'

/*
 * Moodle XML (Question bank > Export > Moodle XML): a <quiz> of <question type="..."> elements. Cirrus reads
 * multichoice (single or multiple answers), truefalse and shortanswer, and type="category" elements for topics.
 * Text in format="html" (or moodle_auto_format), in CDATA or escaped, becomes plain text.
 */

interface XmlText {
  text?: string
  '@_format'?: string
}
interface XmlAnswer extends XmlText {
  '@_fraction'?: string
  feedback?: XmlText
}
interface XmlQuestion {
  '@_type'?: string
  name?: XmlText
  questiontext?: XmlText
  generalfeedback?: XmlText
  idnumber?: string
  single?: string
  answer?: XmlAnswer[]
  category?: XmlText
  tags?: { tag?: XmlText[] }
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => name === 'question' || name === 'answer' || name === 'tag',
})

/** Where each <question> element starts, skipping comments and CDATA (which may mention "<question"), and whether it is a category. */
function questionElements(xml: string): { line: number; category: boolean }[] {
  const hidden = xml.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, (m) => m.replace(/[^\n]/g, ' '))
  const found: { line: number; category: boolean }[] = []
  let line = 1
  let counted = 0
  for (const m of hidden.matchAll(/<question(?=[\s>/])([^<>]*)/g)) {
    for (let i = counted; i < m.index; i++) if (hidden.charCodeAt(i) === 10) line++
    counted = m.index
    found.push({ line, category: /\btype\s*=\s*["']category["']/.test(m[1]!) })
  }
  return found
}

const str = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '')

/** A text element as plain text: HTML (Moodle's default) converted, plain_text and markdown kept as written. */
function plain(element: XmlText | undefined): string {
  const raw = str(element?.text)
  const format = element?.['@_format'] ?? 'html'
  return (format === 'plain_text' || format === 'markdown' ? raw : htmlToText(raw)).trim()
}

/** The validator's message, except for elements left open, which it reports as a list at line 1. */
function malformed(xml: string, err: { line: number; msg: string }) {
  const open = /^Invalid '(\[.*\])' found\.$/s.exec(err.msg)
  if (open) {
    let names: string[] = []
    try {
      names = JSON.parse(open[1]!) as string[]
    } catch {
      /* fall through to the validator's own message */
    }
    const innermost = names[names.length - 1]
    if (innermost) {
      const line = lineAt(xml, xml.lastIndexOf(`<${innermost}`))
      const shown = names.length > 4 ? [...names.slice(0, 2), `... ${names.length - 3} more`, innermost] : names
      const list = shown.map((n) => (n.startsWith('...') ? n : `<${n}>`)).join(', ')
      return problem(`line ${line}`, `not well-formed XML: ${list} never closed`, line)
    }
  }
  return problem(`line ${err.line}`, `not well-formed XML: ${err.msg}`, err.line)
}

const SUPPORTED = ['multichoice', 'truefalse', 'shortanswer']

function read(xml: string): ReadResult {
  if (!xml.trim()) return { drafts: [], fileProblems: [problem('file', 'the file is empty')] }
  const valid = XMLValidator.validate(xml)
  if (valid !== true) return { drafts: [], fileProblems: [malformed(xml, valid.err)] }
  // Moodle never writes a DOCTYPE; refusing it rules out entity tricks (external files, exponential expansion).
  const doctype = /<!DOCTYPE/i.exec(xml)
  if (doctype) {
    const line = lineAt(xml, doctype.index)
    return { drafts: [], fileProblems: [problem(`line ${line}`, 'a <!DOCTYPE> declaration: Moodle XML files have none, and Cirrus does not read them', line)] }
  }
  // Counted before the parser builds every element: a file of a million questions stops here.
  const found = questionElements(xml)
  if (found.filter((e) => !e.category).length > IMPORT_LIMITS.questions) return { drafts: [], fileProblems: [tooManyQuestions()] }
  let doc: { quiz?: { question?: XmlQuestion[] } | string }
  try {
    doc = parser.parse(xml) as typeof doc
  } catch (error) {
    return { drafts: [], fileProblems: [problem('file', `not readable as XML: ${error instanceof Error ? error.message : String(error)}`)] }
  }
  if (doc.quiz === undefined) return { drafts: [], fileProblems: [problem('file', 'no <quiz> element: a Moodle XML file holds <question> elements inside <quiz>')] }
  const elements = typeof doc.quiz === 'object' ? (doc.quiz.question ?? []) : []
  const lines = found.map((e) => e.line)
  const drafts: Draft[] = []
  let category: string | undefined
  elements.forEach((element, i) => {
    const line = lines.length === elements.length ? lines[i] : undefined
    const location = `<question> #${i + 1}${line ? ` (line ${line})` : ''}`
    const type = element['@_type'] ?? ''
    if (type === 'category') {
      category = str(element.category?.text).trim()
      return
    }
    drafts.push(readQuestion(element, type, location, line, category))
  })
  const fileProblems = drafts.length ? [] : [problem('file', 'no questions in <quiz>')]
  const title = topicOfCategory(elements.find((e) => e['@_type'] === 'category')?.category?.text)
  return { title, drafts, fileProblems }
}

function readQuestion(q: XmlQuestion, type: string, location: string, line: number | undefined, category: string | undefined): Draft {
  const problems: ImportProblem[] = []
  const fail = (message: string): Draft => {
    problems.push(problem(location, message, line))
    return { input: null, location, line, problems }
  }
  if (!SUPPORTED.includes(type)) return fail(`type "${type}" is not one of the types Cirrus plays (${SUPPORTED.join(', ')})`)
  const answers = (q.answer ?? []).map((a) => ({ text: plain(a), fraction: Number(a['@_fraction'] ?? 0), feedback: plain(a.feedback) }))
  const bad = answers.findIndex((a) => Number.isNaN(a.fraction))
  if (bad >= 0) return fail(`<answer> #${bad + 1} has fraction="${q.answer![bad]!['@_fraction']}", not a number`)

  const input: Partial<QuestionInput> = { prompt: plain(q.questiontext) }
  const explanation = plain(q.generalfeedback)
  if (explanation) input.explanation = explanation
  const id = str(q.idnumber).trim()
  if (id) input.id = id
  const topic = topicOfCategory(category)
  if (topic) input.topic = topic

  let right: (a: (typeof answers)[number]) => boolean
  if (type === 'truefalse') {
    const trueAnswer = answers.find((a) => a.text.toLowerCase() === 'true')
    const falseAnswer = answers.find((a) => a.text.toLowerCase() === 'false')
    if (!trueAnswer || !falseAnswer) return fail('a truefalse question needs the answers "true" and "false"')
    input.type = 'truefalse'
    input.options = [
      { text: 'True', correct: trueAnswer.fraction > 0 },
      { text: 'False', correct: falseAnswer.fraction > 0 },
    ]
    right = (a) => a.fraction > 0
  } else if (type === 'shortanswer') {
    // Every answer worth something is accepted; Moodle's partial credit has no equivalent in Cirrus.
    input.type = 'text'
    right = (a) => a.fraction > 0
    input.options = answers.filter(right).map((a) => ({ text: a.text, correct: true }))
  } else {
    const single = str(q.single).trim().toLowerCase() !== 'false'
    // One-answer questions: only the full-mark answer is right (partial credit counts as wrong).
    right = single ? (a) => a.fraction >= 100 : (a) => a.fraction > 0
    const count = answers.filter(right).length
    input.type = single || count < 2 ? 'single' : 'multiple'
    input.options = answers.map((a) => ({ text: a.text, correct: right(a) }))
  }
  if (!input.explanation) {
    const feedback = answers.filter((a) => right(a) && a.feedback)
    if (feedback.length === 1) input.explanation = feedback[0]!.feedback
  }

  const meta: Record<string, string> = {}
  for (const tag of q.tags?.tag ?? []) {
    const m = /^cirrus:(\w+)=(.*)$/s.exec(str(tag.text).trim())
    if (m) meta[m[1]!] = m[2]!
  }
  if (Object.keys(meta).length) {
    const parsed = metaFromRecord(meta)
    if ('error' in parsed) problems.push(problem(location, parsed.error, line))
    else {
      delete input.topic
      Object.assign(input, parsed.fields)
    }
  }
  return { input, location, line, problems }
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: false })

const plainText = (text: string) => ({ '@_format': 'plain_text', text })

/** Moodle's fractions have at most seven decimals (33.3333333). */
const fraction = (f: number) => String(Math.round(f * 1e7) / 1e7)

function questionElement(q: Question) {
  const rightCount = q.options.filter((o) => o.correct).length
  const base = {
    name: { text: q.prompt.replace(/\s+/g, ' ').slice(0, 60) },
    questiontext: plainText(q.prompt),
    generalfeedback: plainText(q.explanation),
    defaultgrade: '1',
    penalty: '0',
    hidden: '0',
    idnumber: q.id,
  }
  const tags = { tag: Object.entries(metaRecord(q)).flatMap(([k, v]) => (v === undefined ? [] : [{ text: `cirrus:${k}=${v}` }])) }
  const answer = (text: string, f: number) => ({ '@_fraction': fraction(f), '@_format': 'plain_text', text, feedback: { text: '' } })
  switch (q.type) {
    case 'truefalse':
      return {
        '@_type': 'truefalse',
        ...base,
        answer: q.options.map((o) => answer(o.text.toLowerCase(), o.correct ? 100 : 0)),
        tags,
      }
    case 'text':
      return { '@_type': 'shortanswer', ...base, usecase: '0', answer: q.options.map((o) => answer(o.text, 100)), tags }
    default: {
      const single = q.type === 'single'
      return {
        '@_type': 'multichoice',
        ...base,
        single: String(single),
        shuffleanswers: 'true',
        answernumbering: 'abc',
        answer: q.options.map((o) => answer(o.text, o.correct ? 100 / (single ? 1 : rightCount) : single ? 0 : -100 / rightCount)),
        tags,
      }
    }
  }
}

function write(quiz: QuizToExport) {
  const category = quiz.title.replace(/[\\/\r\n]+/g, ' ').trim()
  const doc = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    quiz: {
      question: [{ '@_type': 'category', category: { text: `$course$/top/${category}` } }, ...quiz.questions.map(questionElement)],
    },
  }
  return { content: builder.build(doc) as string, mimeType: 'application/xml', fileExtension: 'xml', warnings: [] }
}

export const moodleXmlCodec: Codec = { binary: false, read, write }
