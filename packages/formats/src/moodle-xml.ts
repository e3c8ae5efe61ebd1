import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser'
import type { ImageRef, Question, QuestionInput } from '@cirrus/questions'
import { encode } from 'html-entities'
import type { Codec } from './codecs.ts'
import { lineAt, type Draft, type ReadResult } from './common.ts'
import { distinct, FILE, note, problem, warning } from './said.ts'
import { htmlToText, imagesIn, pictureName, textToHtml } from './html.ts'
import { IMPORT_LIMITS, tooManyQuestions } from './limits.ts'
import { applyMeta, metaFromRecord, metaRecord, topicOfCategory } from './meta.ts'
import type { ExportWarning, ImportedPicture, ImportNote, ImportProblem, Place, QuizToExport } from './types.ts'
import type { ProblemCode, Values } from './words.ts'

/*
 * Moodle XML (Question bank > Export > Moodle XML): a <quiz> of <question type="..."> elements. Cirrus reads
 * multichoice (single or multiple answers), truefalse and shortanswer, and type="category" elements for topics.
 * Text in format="html" (or moodle_auto_format), in CDATA or escaped, becomes plain text.
 */

interface XmlFile {
  '#text'?: string
  '@_name'?: string
  '@_encoding'?: string
}
interface XmlText {
  text?: string
  '@_format'?: string
  file?: XmlFile[]
}
interface XmlAnswer extends XmlText {
  '@_fraction'?: string
  feedback?: XmlText
  tolerance?: string
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
  /** Moodle 1.x-2.x: a picture's path and its bytes. */
  image?: string
  image_base64?: string
  units?: { unit?: { unit_name?: string; multiplier?: string }[] }
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => name === 'question' || name === 'answer' || name === 'tag' || name === 'file' || name === 'unit',
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

/** The validator's messages, as codes with the tags they name; one it may add later is `xml_malformed`, at its line. */
const VALIDATOR: [RegExp, ProblemCode, (m: RegExpExecArray) => Values][] = [
  [/^Expected closing tag '(.+?)' \(opened in line (\d+), col \d+\) instead of closing tag '(.+?)'\.$/s, 'xml_wrong_close', (m) => ({ expected: m[1]!, opened: Number(m[2]), found: m[3]! })],
  [/^Closing tag '(.+?)' has not been opened\.$/s, 'xml_close_not_opened', (m) => ({ tag: m[1]! })],
  [/^Unclosed tag '(.+?)'\.$/s, 'xml_unclosed', (m) => ({ tag: m[1]! })],
  [/^char '&' is not expected\.$/, 'xml_ampersand', () => ({})],
  [/^char '(.+)' is not expected\.$/s, 'xml_char', (m) => ({ char: m[1]! })],
  [/^Multiple possible root nodes found\.$/, 'xml_many_roots', () => ({})],
  [/^Extra text at the end$/, 'xml_extra_text', () => ({})],
  // The rarer ones, each from its message (fast-xml-parser 5's validator.js: its codes, InvalidTag and the like, are too coarse).
  [/^Invalid space after '<'\.$/, 'xml_less_than', () => ({})],
  [/^Tag '(.+?)' is an invalid name\.$/s, 'xml_tag_name', (m) => ({ tag: m[1]! })],
  [/^Attributes for '(.+?)' have open quote\.$/s, 'xml_attr_quote', (m) => ({ tag: m[1]! })],
  [/^Closing tag '(.+?)' doesn't have proper closing\.$/s, 'xml_close_unended', (m) => ({ tag: m[1]! })],
  [/^Closing tag '(.+?)' can't have attributes or invalid starting\.$/s, 'xml_close_attrs', (m) => ({ tag: m[1]! })],
  [/^Start tag expected\.$/, 'xml_no_element', () => ({})],
  [/^XML declaration allowed only at the start of the document\.$/, 'xml_declaration_late', () => ({})],
  [/^Attribute '(.+?)' has no space in starting\.$/s, 'xml_attr_space', (m) => ({ attr: m[1]! })],
  [/^Attribute '(.+?)' is without value\.$/s, 'xml_attr_no_value', (m) => ({ attr: m[1]! })],
  [/^boolean attribute '(.+?)' is not allowed\.$/s, 'xml_attr_bare', (m) => ({ attr: m[1]! })],
  [/^Attribute '(.+?)' is an invalid name\.$/s, 'xml_attr_name', (m) => ({ attr: m[1]! })],
  [/^Attribute '(.+?)' is repeated\.$/s, 'xml_attr_repeated', (m) => ({ attr: m[1]! })],
]

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
      const tags = (some: string[]) => some.map((n) => `<${n}>`).join(', ')
      // A long list names the two outermost and the innermost; the count of the others is a number the catalogue words.
      if (names.length > 4) return problem({ at: 'line', line }, 'xml_never_closed_list', { first: tags(names.slice(0, 2)), count: names.length - 3, last: tags([innermost]) })
      return problem({ at: 'line', line }, 'xml_never_closed', { elements: tags(names) })
    }
  }
  for (const [re, code, values] of VALIDATOR) {
    const m = re.exec(err.msg)
    if (m) return problem({ at: 'line', line: err.line }, code, values(m))
  }
  return problem({ at: 'line', line: err.line }, 'xml_malformed')
}

const SUPPORTED = ['multichoice', 'truefalse', 'shortanswer', 'numerical', 'ordering']
const PICTURE = /\.(png|jpe?g|gif|webp)$/i

/** Moodle nests its elements 5 deep (quiz, question, answer, feedback, text); far deeper is not a quiz. */
const MAX_DEPTH = 100

/**
 * The offset of the first element opened deeper than MAX_DEPTH, or -1, in one pass that skips comments, CDATA,
 * declarations and quoted attribute values. Run before the validator, which for 4 MB of "<a>" never closed kept
 * a list of 1.4 million open elements (about 170 MB) to report them all.
 */
function tooDeep(xml: string): number {
  let depth = 0
  for (let i = xml.indexOf('<'); i >= 0 && i < xml.length; i = xml.indexOf('<', i + 1)) {
    const skipTo = (end: string, from: number) => {
      const at = xml.indexOf(end, from)
      return at < 0 ? xml.length : at + end.length - 1
    }
    if (xml.startsWith('<!--', i)) i = skipTo('-->', i + 4)
    else if (xml.startsWith('<![CDATA[', i)) i = skipTo(']]>', i + 9)
    else if (xml[i + 1] === '!' || xml[i + 1] === '?') i = skipTo('>', i + 2)
    else if (xml[i + 1] === '/') {
      depth = Math.max(0, depth - 1)
      i = skipTo('>', i + 2)
    } else {
      let j = i + 1
      for (let quote = ''; j < xml.length; j++) {
        const c = xml[j]!
        if (quote) {
          if (c === quote) quote = ''
        } else if (c === '"' || c === "'") quote = c
        else if (c === '>' || c === '<') break
      }
      if (xml[j] === '>' && xml[j - 1] !== '/' && ++depth > MAX_DEPTH) return i
      i = j - 1
    }
  }
  return -1
}

function read(xml: string): ReadResult {
  if (!xml.trim()) return { drafts: [], fileProblems: [problem(FILE, 'empty_file')] }
  const deep = tooDeep(xml)
  if (deep >= 0) {
    const line = lineAt(xml, deep)
    return { drafts: [], fileProblems: [problem({ at: 'line', line }, 'xml_too_deep', { max: MAX_DEPTH })] }
  }
  const valid = XMLValidator.validate(xml)
  if (valid !== true) return { drafts: [], fileProblems: [malformed(xml, valid.err)] }
  // Moodle never writes a DOCTYPE; refusing it rules out entity tricks (external files, exponential expansion).
  const doctype = /<!DOCTYPE/i.exec(xml)
  if (doctype) {
    const line = lineAt(xml, doctype.index)
    return { drafts: [], fileProblems: [problem({ at: 'line', line }, 'xml_doctype')] }
  }
  // Counted before the parser builds every element: a file of a million questions stops here.
  const found = questionElements(xml)
  if (found.filter((e) => !e.category).length > IMPORT_LIMITS.questions) return { drafts: [], fileProblems: [tooManyQuestions()] }
  let doc: { quiz?: { question?: XmlQuestion[] } | string }
  try {
    doc = parser.parse(xml) as typeof doc
  } catch {
    // Nothing known reaches here once the validator has passed the file and DOCTYPEs are refused.
    return { drafts: [], fileProblems: [problem(FILE, 'xml_unreadable')] }
  }
  if (doc.quiz === undefined) return { drafts: [], fileProblems: [problem(FILE, 'xml_no_quiz')] }
  const elements = typeof doc.quiz === 'object' ? (doc.quiz.question ?? []) : []
  const lines = found.map((e) => e.line)
  const drafts: Draft[] = []
  let category: string | undefined
  elements.forEach((element, i) => {
    const line = lines.length === elements.length ? lines[i] : undefined
    const place: Place = line ? { at: 'element', n: i + 1, line } : { at: 'element', n: i + 1 }
    const type = element['@_type'] ?? ''
    if (type === 'category') {
      category = str(element.category?.text).trim()
      return
    }
    drafts.push(readQuestion(element, type, place, category))
  })
  const fileProblems = drafts.length ? [] : [problem(FILE, 'xml_no_questions')]
  const title = topicOfCategory(elements.find((e) => e['@_type'] === 'category')?.category?.text)
  return { title, drafts, fileProblems }
}

function readQuestion(q: XmlQuestion, type: string, place: Place, category: string | undefined): Draft {
  const problems: ImportProblem[] = []
  const fail = (code: ProblemCode, values: Values = {}): Draft => {
    problems.push(problem(place, code, values))
    return { input: null, place, problems }
  }
  if (!SUPPORTED.includes(type)) return fail('xml_type', { value: type, supported: SUPPORTED.join(', ') })
  const answers = (q.answer ?? []).map((a) => ({ text: plain(a), fraction: Number(a['@_fraction'] ?? 0), feedback: plain(a.feedback) }))
  const bad = answers.findIndex((a) => Number.isNaN(a.fraction))
  if (bad >= 0) return fail('xml_fraction', { n: bad + 1, value: String(q.answer![bad]!['@_fraction']) })

  const notes: ImportNote[] = []
  const pictures: ImportedPicture[] = []
  // Pictures: the files the texts name (@@PLUGINFILE@@/name), carried as base64 <file> elements beside them.
  const picturesOf = (element: XmlText | undefined, target: ImportedPicture['target']) => {
    const of: Values = target === 'question' ? { of: 'question' } : { of: 'answer', n: target + 1 }
    if (!element) return
    const files = new Map((element.file ?? []).map((f) => [str(f['@_name']), f] as const))
    const shown = imagesIn(str(element.text))
    for (const name of files.keys()) {
      if (!PICTURE.test(name)) notes.push(note('file_not_picture', { ...of, name }))
      else if (!shown.some((i) => pictureName(i.src) === name)) shown.push({ src: name, alt: '' })
    }
    for (const img of shown) {
      const name = pictureName(img.src)
      const file = files.get(name)
      const bytes = str(file?.['#text']).replace(/\s+/g, '')
      if (!file || !bytes || !PICTURE.test(name)) {
        if (!file) notes.push(note('picture_not_in_file', { ...of, name }))
        continue
      }
      if (pictures.some((p) => p.target === target)) notes.push(note('second_picture', { ...of, name }))
      else pictures.push({ target, name, alt: img.alt || name.replace(/\.[^.]+$/, ''), base64: bytes })
    }
  }
  picturesOf(q.questiontext, 'question')
  if (q.image_base64 && !pictures.length) {
    const name = pictureName(str(q.image)) || 'picture.png'
    pictures.push({ target: 'question', name, alt: name.replace(/\.[^.]+$/, ''), base64: str(q.image_base64).replace(/\s+/g, '') })
  } else if (str(q.image).trim() && !pictures.length) notes.push(note('picture_not_in_file', { of: 'question', name: pictureName(str(q.image)) }))

  const input: Partial<QuestionInput> = { prompt: plain(q.questiontext) }
  const explanation = plain(q.generalfeedback)
  if (explanation) input.explanation = explanation
  const id = str(q.idnumber).trim()
  if (id) input.id = id
  const topic = topicOfCategory(category)
  if (topic) input.topic = topic

  let right: (a: (typeof answers)[number]) => boolean
  if (type === 'numerical') {
    // Moodle's numerical question: each answer a value with a tolerance, worth its fraction of the points.
    const accepted = (q.answer ?? []).flatMap((a, i) => {
      const value = Number(plain(a).replace(',', '.'))
      const fractionOf = answers[i]!.fraction
      if (fractionOf <= 0 || plain(a) === '*') return []
      return [{ value, tolerance: Math.abs(Number(str(a.tolerance) || 0)), credit: Math.min(1, fractionOf / 100) }]
    })
    const broken = accepted.find((a) => !Number.isFinite(a.value) || !Number.isFinite(a.tolerance))
    if (broken) return fail('xml_numerical')
    input.type = 'number'
    input.options = []
    const unit = str(q.units?.unit?.find((u) => Number(u.multiplier ?? 1) === 1)?.unit_name).trim()
    input.number = { answers: accepted, ...(unit && { unit: unit.slice(0, 20) }) }
    if ((q.units?.unit?.length ?? 0) > 1) notes.push(note('other_units'))
    right = () => false
  } else if (type === 'ordering') {
    // The ordering plugin lists the items in their right order.
    input.type = 'ordering'
    input.options = answers.map((a) => ({ text: a.text, correct: true }))
    right = () => false
  } else if (type === 'truefalse') {
    const trueAnswer = answers.find((a) => a.text.toLowerCase() === 'true')
    const falseAnswer = answers.find((a) => a.text.toLowerCase() === 'false')
    if (!trueAnswer || !falseAnswer) return fail('xml_truefalse')
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
    for (const a of answers) if (a.fraction > 0 && a.fraction < 100) notes.push(note('partial_counts_right', { answer: a.text, weight: a.fraction }))
  } else {
    const single = str(q.single).trim().toLowerCase() !== 'false'
    // One-answer questions: only the full-mark answer is right (partial credit counts as wrong).
    right = single ? (a) => a.fraction >= 100 : (a) => a.fraction > 0
    const count = answers.filter(right).length
    input.type = single || count < 2 ? 'single' : 'multiple'
    input.options = answers.map((a) => ({ text: a.text, correct: right(a) }))
    if (single) for (const a of answers) if (a.fraction > 0 && a.fraction < 100) notes.push(note('partial_counts_wrong', { answer: a.text, weight: a.fraction }))
    const weights = new Set(answers.filter((a) => a.fraction > 0).map((a) => Math.round(a.fraction * 1000) / 1000))
    if (!single && weights.size > 1) notes.push(note('weights_equal', { weights: [...weights].map((w) => `${w}%`).join(', ') }))
    ;(q.answer ?? []).forEach((a, i) => picturesOf(a, i))
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
    if ('error' in parsed) problems.push(problem(place, parsed.error, parsed.values))
    else {
      delete input.topic
      applyMeta(input, parsed.fields)
    }
  }
  return { input, place, problems, ...(notes.length && { notes: distinct(notes) }), ...(pictures.length && { pictures }) }
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: false })

const plainText = (text: string) => ({ '@_format': 'plain_text', text })

/** Moodle's fractions have at most seven decimals (33.3333333). */
const fraction = (f: number) => String(Math.round(f * 1e7) / 1e7)

/**
 * A text with its picture, as Moodle writes one: HTML naming @@PLUGINFILE@@/<name>, and the file beside it in
 * base64. Without the picture's bytes (`pictures`), the text alone, and a warning.
 */
function withPicture(text: string, image: ImageRef | undefined, pictures: QuizToExport['pictures'], warn: (alt: string) => void) {
  const bytes = image && pictures?.[image.id]
  if (image && !bytes) warn(image.alt)
  if (!image || !bytes) return plainText(text)
  const name = `${image.id.slice(0, 16)}.${bytes.format === 'jpeg' ? 'jpg' : bytes.format}`
  return {
    '@_format': 'html',
    text: `${textToHtml(text)}<p><img src="@@PLUGINFILE@@/${name}" alt="${encode(image.alt, { mode: 'specialChars' }).replace(/"/g, '&quot;')}"></p>`,
    file: [{ '@_name': name, '@_path': '/', '@_encoding': 'base64', '#text': bytes.base64 }],
  }
}

function questionElement(q: Question, pictures: QuizToExport['pictures'], warn: (alt: string) => void) {
  const rightCount = q.options.filter((o) => o.correct).length
  const base = {
    name: { text: q.prompt.replace(/\s+/g, ' ').slice(0, 60) },
    questiontext: withPicture(q.prompt, q.image, pictures, warn),
    generalfeedback: plainText(q.explanation),
    defaultgrade: '1',
    penalty: '0',
    hidden: '0',
    idnumber: q.id,
  }
  const tags = { tag: Object.entries(metaRecord(q)).flatMap(([k, v]) => (v === undefined ? [] : [{ text: `cirrus:${k}=${v}` }])) }
  const answer = (text: string, f: number, image?: ImageRef) => {
    const body = withPicture(text, image, pictures, warn)
    return { '@_fraction': fraction(f), ...body, feedback: { text: '' } }
  }
  switch (q.type) {
    case 'number': {
      const unit = q.number?.unit
      return {
        '@_type': 'numerical',
        ...base,
        answer: (q.number?.answers ?? []).map((a) => ({ '@_fraction': fraction(a.credit * 100), '@_format': 'moodle_auto_format', text: String(a.value), tolerance: String(a.tolerance), feedback: { text: '' } })),
        ...(unit && { units: { unit: [{ multiplier: '1', unit_name: unit }] } }),
        tags,
      }
    }
    case 'ordering':
      // Moodle's ordering plugin lists the items in their right order; "relative to the next item" is Cirrus's rule.
      return {
        '@_type': 'ordering',
        ...base,
        layouttype: 'VERTICAL',
        selecttype: 'ALL',
        selectcount: '0',
        gradingtype: 'RELATIVE_NEXT_EXCLUDE_LAST',
        answer: q.options.map((o, i) => ({ '@_fraction': String(i + 1), '@_format': 'plain_text', text: o.text })),
        tags,
      }
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
        answer: q.options.map((o) => answer(o.text, o.correct ? 100 / (single ? 1 : rightCount) : single ? 0 : -100 / rightCount, o.image)),
        tags,
      }
    }
  }
}

function write(quiz: QuizToExport) {
  const warnings: ExportWarning[] = []
  const category = quiz.title.replace(/[\\/\r\n]+/g, ' ').trim()
  const doc = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    quiz: {
      question: [{ '@_type': 'category', category: { text: `$course$/top/${category}` } }, ...quiz.questions.map((q, i) => questionElement(q, quiz.pictures, (alt) => warnings.push(warning('picture_bytes_missing', { n: i + 1, alt }))))],
    },
  }
  return { content: builder.build(doc) as string, mimeType: 'application/xml', fileExtension: 'xml', warnings }
}

export const moodleXmlCodec: Codec = { binary: false, read, write }
