/**
 * The English of every problem, note and warning the formats report: one table per kind, by code. A reader never
 * writes a sentence; it names a code and its values (the numbers, and the file's own text it quotes), and the
 * English `message` beside them is made here, for logs and for clients that read English. The web app says the same
 * code and values in the teacher's language from its library catalogue (apps/web/src/library/format-words.ts).
 *
 * Values that are words are codes too, so that a translated sentence holds no English: `field` (FIELDS), `of` (what
 * a picture belongs to: OF), `kind` (zod's expected type), `format` (a FormatId), `type` (a QuestionType), `reason`
 * (JSON_REASONS). No value is a library's English: what a library reports (the XML validator, the spreadsheet reader,
 * papaparse) is told apart by its own codes or words and becomes one of these codes, and what is told apart by none
 * becomes a code of its own that says only that the file could not be read there (`xml_malformed`, `xlsx_unreadable`,
 * `delimited_error`, `read_failed`). `question_rule`'s `detail` is the English of a rule whose code, `rule`, the
 * web app words from the editor's catalogue.
 */
import { DIFFICULTIES, POINT_VALUES, QUESTION_TYPES } from '@cirrus/questions'
import type { FormatId, Place } from './types.ts'

export type Values = Readonly<Record<string, string | number>>
type English = (v: Values) => string

/** Fields a problem can be about, as a place in a question ("answer 3", "time limit"). */
export const FIELDS = {
  answer: (v: Values) => `answer ${v.n}`,
  answerPicture: (v: Values) => `answer ${v.n}'s picture`,
  acceptedNumber: (v: Values) => `accepted number ${v.n}`,
  answers: () => 'answers',
  explanation: () => 'explanation',
  topic: () => 'topic',
  domain: () => 'domain',
  id: () => 'id',
  numbers: () => 'accepted numbers',
  picture: () => 'picture',
  task: () => 'task',
  source: () => 'source',
  timeLimit: () => 'time limit',
  points: () => 'points',
  sliderMin: () => 'slider from',
  sliderMax: () => 'slider to',
  sliderStep: () => 'slider step',
} satisfies Record<string, English>
export type Field = keyof typeof FIELDS

/** What a picture belongs to. */
export const OF = {
  question: () => 'the question',
  answer: (v: Values) => `answer ${v.n}`,
  front: () => 'the front',
  back: () => 'the back',
} satisfies Record<string, English>

/** jsonc-parser's error codes, as a teacher reads them. */
export const JSON_REASONS = {
  InvalidSymbol: 'unexpected text (a word that is not true, false or null, or text without quotes?)',
  InvalidNumberFormat: 'not a number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value (a stray comma?)',
  ColonExpected: 'expected a colon after the property name',
  CommaExpected: 'expected a comma',
  CloseBraceExpected: 'expected } to close the object',
  CloseBracketExpected: 'expected ] to close the list',
  EndOfFileExpected: 'unexpected text after the end of the data',
  UnexpectedEndOfString: 'a string is not closed',
  InvalidCharacter: 'a control character inside a string',
  unknown: 'the data stops making sense here',
} as const

const field = (v: Values) => (FIELDS[v.field as Field] ?? (() => String(v.field)))(v)
const of = (v: Values) => (OF[v.of as keyof typeof OF] ?? (() => String(v.of)))(v)
const TYPES = QUESTION_TYPES.join(', ')
const quizHoldsAtMost = (max: unknown) => `a quiz holds at most ${max}: split the file into smaller ones`
const partOfPoints = (v: Values) => `answer "${v.answer}" (${v.weight}%) earns part of the points in Moodle`

/** Problems: what stops a question (or the whole file) from being imported. */
export const PROBLEMS = {
  // Any file
  empty_file: () => 'the file is empty',
  too_many_entries: (v) => `the file has more than ${v.max} questions; ${quizHoldsAtMost(v.quizMax)}`,
  too_many_usable: (v) => `the file has ${v.count} usable questions; ${quizHoldsAtMost(v.max)}`,
  too_many_rows: (v) => `the file has more than ${Number(v.max).toLocaleString('en')} rows, most of them empty; delete the empty rows or split the file`,
  more_problems: (v) => `and ${v.count} more problems`,
  duplicate_id: (v) => `id "${v.id}" is already used by the question at ${v.other}`,
  too_many_answers: (v) => `answers: ${v.count} answers; a question has at most ${v.max}`,
  read_timeout: (v) => `reading the file took more than ${v.seconds} seconds, the most Cirrus gives one file; split it into smaller files`,
  read_memory: (v) => `reading the file needed more than ${v.mb} MB of memory, the most Cirrus gives one file; split it into smaller files`,
  read_stopped: () => 'the file could not be read: the reader stopped; try again, or split the file into smaller ones',
  read_failed: () => 'the file could not be read: the reader failed on it; check that it is the format it says it is, or try another format',
  // The question rules (QuestionSchema), in a teacher's words
  time_not_number: (v) => `the time limit ${v.value} is not a number of seconds`,
  time_out_of_range: (v) => `the time limit is ${v.value} seconds; a question takes ${v.min} to ${v.max}, in whole seconds`,
  points_not_allowed: (v) => `points ${v.value} is not one of ${POINT_VALUES.join(', ')} (none, standard, double)`,
  difficulty_not_allowed: (v) => `difficulty ${v.value} is not one of ${DIFFICULTIES.join(', ')}`,
  prompt_too_long: (v) => `the question text is ${v.length} characters; at most ${v.max}`,
  prompt_missing: () => 'the question has no text',
  prompt_empty: () => 'the question text is empty',
  answer_too_long: (v) => `answer ${v.n} is ${v.length} characters; at most ${v.max}`,
  answer_missing: (v) => `answer ${v.n} has no text`,
  answer_empty: (v) => `answer ${v.n} is empty`,
  explanation_too_long: (v) => `the explanation is ${v.length} characters; at most ${v.max}`,
  type_unknown: (v) => `the question type ${v.value} is not one Cirrus knows (${TYPES})`,
  picture_id: (v) => `${field(v)}: an image is named by the SHA-256 of its bytes (64 hex digits): upload it in the editor`,
  picture_alt_missing: (v) => `${field(v)}: an image needs alt text: say in a few words what it shows`,
  picture_alt_too_long: (v) => `${field(v)}: alt text has at most ${v.max} characters`,
  field_missing: (v) => `${field(v)}: missing`,
  field_wrong_kind: (v) => `${field(v)}: ${v.value} is not ${v.kind === 'number' ? 'a number' : v.kind === 'string' ? 'text' : v.kind === 'boolean' ? 'yes or no' : v.kind === 'array' ? 'a list' : `a ${v.kind}`}`,
  field_none_given: (v) => `${field(v)}: none given`,
  field_too_many_given: (v) => `${field(v)}: ${v.count} given; at most ${v.max}`,
  field_too_big: (v) => `${field(v)}: ${v.value} is more than ${v.bound}`,
  field_too_small: (v) => `${field(v)}: ${v.value} is less than ${v.bound}`,
  field_too_long: (v) => `${field(v)}: ${v.length} characters; at most ${v.max}`,
  /** One of the question rules (questionProblems): `rule` is its code, worded by the editor's catalogue too; `detail` its English. */
  question_rule: (v) => `${v.field ? `${field(v)}: ` : ''}${v.detail}`,
  // The built-in bank's own fields
  task_invalid: (v) => `task ${v.value} is not a task statement such as "2.3"`,
  source_invalid: (v) => `source ${v.value} is not an https address`,
  /** A check with no words of its own (none is known): the field, and that its value is refused. */
  field_invalid: (v) => `${field(v)}: this value is not accepted`,
  // Cirrus JSON
  json_syntax: (v) => `not valid JSON: ${JSON_REASONS[v.reason as keyof typeof JSON_REASONS] ?? JSON_REASONS.unknown}`,
  json_syntax_at: (v) => `not valid JSON at column ${v.column}: ${JSON_REASONS[v.reason as keyof typeof JSON_REASONS] ?? JSON_REASONS.unknown}`,
  json_wrong_format: (v) => `"format" is "${v.value}", not "${v.expected}"`,
  json_newer_version: (v) => `version ${v.version} is newer than this server reads (${v.supported})`,
  json_no_questions: () => 'expected an object with a "questions" array, or an array of questions',
  json_not_object: () => 'is not an object',
  // Tables: CSV, Kahoot's sheet
  quote_not_closed: () => 'a quoted field is never closed (a " is missing)',
  quote_then_text: () => 'a quoted field has text after its closing quote (write "" for a quote inside a field)',
  row_too_few_cells: () => 'this row has fewer cells than the header row',
  row_too_many_cells: () => 'this row has more cells than the header row',
  no_separator: () => 'no separator found between the cells (a comma, a semicolon or a tab)',
  delimited_error: () => 'this row cannot be read as cells separated by commas, semicolons or tabs',
  no_question_column: (v) => `no "question" column in the header row (found: ${v.found})`,
  no_answer_columns: () => 'no answer columns in the header row ("answer 1", "answer 2"...)',
  no_questions_below_header: () => 'no questions below the header row',
  type_not_here_open_ended: (v) => `type "${v.value}": an open-ended question has no right answer to score; ask it as a poll, or as a typed answer with the answers you accept`,
  type_not_here_draw: (v) => `type "${v.value}": Cirrus has no drawing questions`,
  type_not_here_word_cloud: (v) => `type "${v.value}": Cirrus has no word clouds; ask it as a poll`,
  type_not_here_slide: (v) => `type "${v.value}": a slide is not a question`,
  row_type_unknown: (v) => `type "${v.value}" is not one of ${TYPES}`,
  correct_not_number: (v) => `correct answer "${v.value}" is not an answer number`,
  correct_empty_cell: (v) => `correct answer ${v.n} names an empty answer cell`,
  no_correct: () => 'no correct answer given: list the right answer numbers, like 2 or 1,3',
  number_cell: (v) => `answer ${v.n} "${v.value}" is not a number (write 42, 42 ± 2, 40..44, or 42 ± 5 (50%) for part of the points)`,
  not_a_number: (v) => `${field(v)} "${v.value}" is not a number`,
  not_whole: (v) => `${field(v)} "${v.value}" is not a whole number`,
  time_not_whole: (v) => `time limit "${v.value}" is not a whole number of seconds`,
  xlsx_not_bytes: () => 'a Kahoot spreadsheet is an .xlsx file: send its bytes, not text',
  xlsx_too_big: (v) => `the spreadsheet unpacks to ${v.mb} MB, more than Cirrus reads (${v.max} MB)`,
  xlsx_not_xlsx: () => 'not an .xlsx spreadsheet: save the file from your spreadsheet program as an Excel workbook (.xlsx)',
  xlsx_old_xls: () => 'an old Excel .xls workbook: open it in your spreadsheet program, save it as an Excel workbook (.xlsx) and import that',
  xlsx_encrypted: () => 'the spreadsheet is protected with a password: save a copy without the password and import that',
  xlsx_damaged_zip: () => 'the spreadsheet is damaged: its contents cannot be unpacked (was the download or the copy cut short?)',
  xlsx_not_workbook: () => 'a zip file, but not a spreadsheet: it holds no workbook (is it another kind of document?)',
  xlsx_damaged: () => 'the spreadsheet is damaged inside: open it in your spreadsheet program, save it again and import the new file',
  xlsx_no_sheets: () => 'the workbook has no sheets',
  xlsx_unreadable: () => 'the spreadsheet could not be read: open it in your spreadsheet program, save it again as .xlsx and import the new file',
  xlsx_no_header: (v) => `no header row with "Question" and "Answer 1" columns in ${v.count === 1 ? 'sheet' : 'sheets'} ${v.sheets}`,
  // Moodle GIFT
  gift_no_questions: () => 'no questions found (a GIFT question ends with its answers in {...})',
  gift_title_open: () => 'the title opened with :: is never closed with ::',
  gift_no_answers: () => 'no answers: a question needs its answers in {...} (text alone is a Moodle "description", which Cirrus cannot play)',
  gift_answers_open: () => 'the answers opened with { are never closed with }',
  gift_brace_inside: () => 'a { inside the answers: write \\{ for a literal brace',
  gift_second_block: () => 'a second answer block: one question has one {...} (write \\{ for a literal brace)',
  gift_stray_close: () => 'a } without its {: write \\} for a literal brace',
  gift_essay: () => 'an essay question (empty {}) has no answer to check; Cirrus cannot play it',
  gift_matching: () => 'a matching question (answers with ->) is not one of the question types Cirrus plays',
  gift_weight: (v) => `answer "${v.answer}" has the weight ${v.weight}%, outside -100% to 100%`,
  gift_numeric_answer: (v) => `"${v.value}" is not a numerical answer (write 3.14:0.01, 3.1..3.2 or 42)`,
  gift_numeric_number: (v) => `"${v.value}" is not a number: write 3.14:0.01 (a value and its tolerance), 3.1..3.2 (a range) or 42`,
  gift_numeric_none: () => 'a numerical question needs a right number: {#42} or {#3.14:0.01}',
  gift_no_marks: () => 'no answers in {...}: start each with = (right) or ~ (wrong)',
  gift_too_many_answers: (v) => `more than ${v.count} answers in {...}; a question has at most ${v.max}`,
  gift_text_before: (v) => `"${v.value}" before the first answer: start each answer with = or ~`,
  gift_empty_answer: (v) => `an empty answer after "${v.mark}"`,
  meta_not_number: (v) => `cirrus ${v.key} "${v.value}" is not a number`,
  meta_not_json: (v) => `the cirrus comment is not a JSON object: ${v.value}`,
  meta_not_object: () => 'the cirrus comment is not a JSON object',
  // Moodle XML
  xml_too_deep: (v) => `not a Moodle XML file: elements nested more than ${v.max} deep (Moodle's are 5)`,
  xml_never_closed: (v) => `not well-formed XML: ${v.elements} never closed`,
  xml_never_closed_list: (v) => `not well-formed XML: ${v.first}, ... ${v.count} more, ${v.last} never closed`,
  xml_malformed: () => 'not well-formed XML here',
  xml_wrong_close: (v) => `not well-formed XML: </${v.found}> closes <${v.expected}>, opened on line ${v.opened}`,
  xml_close_not_opened: (v) => `not well-formed XML: </${v.tag}> closes an element that was never opened`,
  xml_unclosed: (v) => `not well-formed XML: <${v.tag}> is never closed`,
  xml_ampersand: () => 'not well-formed XML: a & on its own; write &amp; for the character, or put the text in <![CDATA[...]]>',
  xml_char: (v) => `not well-formed XML: the character ${v.char} is not expected here`,
  xml_many_roots: () => 'not well-formed XML: more than one top element; a Moodle XML file has one <quiz>',
  xml_extra_text: () => 'not well-formed XML: text after the end of the top element',
  xml_less_than: () => 'not well-formed XML: a < that starts no element; write &lt; for the character, or put the text in <![CDATA[...]]>',
  xml_tag_name: (v) => `not well-formed XML: <${v.tag} is not an element name; write &lt; for a < in text`,
  xml_attr_quote: (v) => `not well-formed XML: an attribute of <${v.tag}> opens a quote it never closes`,
  xml_close_unended: (v) => `not well-formed XML: </${v.tag} is not ended with >`,
  xml_close_attrs: (v) => `not well-formed XML: </${v.tag}> holds more than its name`,
  xml_no_element: () => 'not well-formed XML: no element at all; a Moodle XML file holds <quiz>',
  xml_declaration_late: () => 'not well-formed XML: <?xml ...?> is allowed only at the very start of the file',
  xml_attr_space: (v) => `not well-formed XML: the attribute ${v.attr} has no space before it`,
  xml_attr_no_value: (v) => `not well-formed XML: the attribute ${v.attr} has = but no value in quotes`,
  xml_attr_bare: (v) => `not well-formed XML: the attribute ${v.attr} has no value (write ${v.attr}="...")`,
  xml_attr_name: (v) => `not well-formed XML: ${v.attr} is not an attribute name`,
  xml_attr_repeated: (v) => `not well-formed XML: the attribute ${v.attr} is given twice`,
  xml_doctype: () => 'a <!DOCTYPE> declaration: Moodle XML files have none, and Cirrus does not read them',
  xml_unreadable: () => 'not readable as XML, though well-formed: export it from Moodle again and import the new file',
  xml_no_quiz: () => 'no <quiz> element: a Moodle XML file holds <question> elements inside <quiz>',
  xml_no_questions: () => 'no questions in <quiz>',
  xml_type: (v) => `type "${v.value}" is not one of the types Cirrus plays (${v.supported})`,
  xml_fraction: (v) => `<answer> #${v.n} has fraction="${v.value}", not a number`,
  xml_numerical: () => 'an accepted answer of this numerical question is not a number',
  xml_truefalse: () => 'a truefalse question needs the answers "true" and "false"',
  // Anki
  anki_column: (v) => `#${v.key}: "${v.value}" is not a column number`,
  anki_separator: (v) => `#separator: "${v.value}" is not a separator Anki knows (tab, comma, semicolon, pipe, space, colon)`,
  anki_no_notes: () => 'no notes in the file',
  anki_type_tag: (v) => `tag ${v.tag}: "${v.value}" is not one of ${TYPES}`,
  anki_front_empty: () => 'the front is empty',
  anki_back_empty: () => 'the back is empty: a flashcard needs an answer',
  anki_truefalse_back: () => 'the back of a true/false note starts with True or False',
  anki_no_list: () => 'the front has no lettered list of options (<ol type=A>...)',
  anki_no_right: () => 'the back names no right option ("B. ...")',
} satisfies Record<string, English>

/** Notes: what an import changed or left out to make a question fit; the question is still imported. */
export const NOTES = {
  prompt_only_number: (v) => `the question text is only the number "${v.value}": is the question in another column? Name it "question" or "question text"`,
  picture_link: (v) => `the picture at ${v.url} is not brought along (an import fetches nothing from the web): add it to this question in the editor`,
  time_fitted: (v) => `time limit ${v.value} s is outside Cirrus's ${v.min} to ${v.max} s: set to ${v.fitted} s`,
  picture_not_in_gift: (v) => `${of(v)} shows the picture "${v.name}", which a GIFT file cannot carry: add it to this question in the editor`,
  picture_not_in_file: (v) => `${of(v)} shows the picture "${v.name}", which is not in the file: add it to this question in the editor`,
  picture_in_anki_media: (v) => `${of(v)} shows the picture "${v.name}", which stays in Anki's media folder (a text export leaves it out): add it to this question in the editor`,
  file_not_picture: (v) => `${of(v)} comes with the file "${v.name}", which Cirrus cannot show (it shows pictures only: PNG, JPEG, GIF, WebP)`,
  second_picture: (v) => `${of(v)} has more than one picture; Cirrus shows one, so "${v.name}" is left out`,
  partial_counts_right: (v) => `${partOfPoints(v)}; here it counts as fully right`,
  partial_counts_wrong: (v) => `${partOfPoints(v)}; Cirrus gives one-answer questions no partial credit, so it counts as wrong`,
  weights_equal: (v) => `the right answers' weights (${v.weights}) become equal shares: Cirrus credits each right answer picked alike`,
  other_units: () => 'answers in other units (Moodle multiplies them) are not accepted here: players answer in the first unit',
  // What the server left out when it saved an import (apps/server/src/http/images.ts), by question number.
  saved_picture_unreadable: (v) => `question ${v.question}: the picture "${v.name}" was left out: it cannot be read as a PNG, JPEG, GIF or WebP picture`,
  saved_picture_on_answer: (v) => `question ${v.question}: the picture "${v.name}" of an answer was left out: only multiple-choice and poll answers show pictures`,
  saved_picture_not_carried: (v) => `question ${v.question}: ${v.of === 'question' ? 'the picture' : `answer ${v.n}'s picture`} "${v.alt}" was named but not carried by the file, so it is left out: add it in the editor`,
} satisfies Record<string, English>

const named = (v: Values) => `question ${v.n} ("${v.prompt}")`
const formatLabel = (v: Values) => FORMAT_LABELS[v.format as FormatId] ?? String(v.format)
/** Each format's name in English (FORMATS' labels). */
export const FORMAT_LABELS: Readonly<Record<FormatId, string>> = {
  json: 'Cirrus JSON',
  csv: 'CSV spreadsheet',
  'kahoot-xlsx': 'Kahoot spreadsheet (.xlsx)',
  gift: 'Moodle GIFT',
  'moodle-xml': 'Moodle XML',
  anki: 'Anki notes (plain text)',
}
const NO_SUCH: Record<string, string> = { ordering: 'ordering questions', poll: 'polls', number: 'number questions', text: 'typed answers' }

/** Export warnings: what a format could not carry of a quiz. */
export const WARNINGS = {
  type_left_out: (v) => `${named(v)} is left out of ${formatLabel(v)}: it has no ${NO_SUCH[v.type as string] ?? `${v.type} questions`}`,
  pictures_left_out: (v) => `${named(v)}: its pictures are left out; ${formatLabel(v)} cannot carry pictures (Cirrus JSON and Moodle XML can)`,
  kahoot_typed: (v) => `question ${v.n} is left out of Kahoot's sheet: Kahoot's spreadsheet has no typed-answer questions`,
  kahoot_type: (v) => `question ${v.n} is left out of Kahoot's sheet: Kahoot's spreadsheet has no ${v.type === 'number' ? 'number question' : v.type}s (the Cirrus sheet of the file keeps it)`,
  kahoot_pictures: (v) => `question ${v.n}: its pictures are left out; Kahoot's spreadsheet cannot carry pictures`,
  kahoot_answers: (v) => `question ${v.n} is left out of Kahoot's sheet: it has ${v.count} answers and Kahoot's spreadsheet has room for ${v.max}`,
  kahoot_prompt_long: (v) => `question ${v.n} is longer than Kahoot's ${v.max} characters; shorten it before importing into Kahoot`,
  kahoot_answer_long: (v) => `question ${v.n} has an answer longer than Kahoot's ${v.max} characters`,
  kahoot_time: (v) => `question ${v.n}: time limit ${v.value} s written as ${v.fitted} s, the nearest that Kahoot offers`,
  picture_bytes_missing: (v) => `question ${v.n}: the picture "${v.alt}" is named but its bytes were not given; it is left out`,
  anki_topic_underscore: () => 'a topic with "_" comes back with a space in its place: Anki tags cannot hold spaces, so spaces are written as "_"',
  more_warnings: (v) => `and ${v.count} more`,
} satisfies Record<string, English>

export type ProblemCode = keyof typeof PROBLEMS
export type NoteCode = keyof typeof NOTES
export type WarningCode = keyof typeof WARNINGS

/** "line 12", "row 4", "row 4 (line 6)", "sheet "Cirrus" row 5", "<question> #3 (line 9)", "question #3", "file". */
export function placeText(place: Place): string {
  switch (place.at) {
    case 'file':
      return 'file'
    case 'line':
      return `line ${place.line}`
    case 'row':
      return `${place.sheet === undefined ? '' : `sheet "${place.sheet}" `}row ${place.row}${place.line === undefined || place.line === place.row ? '' : ` (line ${place.line})`}`
    case 'element':
      return `<question> #${place.n}${place.line === undefined ? '' : ` (line ${place.line})`}`
    case 'item':
      return `question #${place.n}`
  }
}

/** The file's line (text formats) or row (spreadsheets) a place is on, when it has one. */
export function lineOf(place: Place): number | undefined {
  return place.at === 'line' ? place.line : place.at === 'row' ? (place.line ?? place.row) : place.at === 'element' ? place.line : undefined
}

export const problemText = (code: ProblemCode, values: Values): string => PROBLEMS[code](values)
export const noteText = (code: NoteCode, values: Values): string => NOTES[code](values)
export const warningText = (code: WarningCode, values: Values): string => WARNINGS[code](values)
