import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * Words written into a component instead of read from a catalogue: text between tags, and the attributes people
 * read or hear (aria-label, title, placeholder, alt). Names that are the same in every language are allowed.
 */

const src = path.join(path.dirname(new URL(import.meta.url).pathname), '..')
const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription'])
/** The same in every language: the product, file formats and the exam's own names. */
const NAMES = /^(Cirrus|PIN|CSV|JSON|GIFT|Moodle XML|Kahoot|Aiken|Anki|Blooket|Gimkit|Quizizz|Excel|\.xlsx|\.csv|AWS|CLF-C02|[A-Z]|[A-Z]{2,4})$/

/** Files whose words are still to move into a catalogue. Empty this list; do not add to it. */
const PENDING = new Set<string>([
])

function tsxFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return tsxFiles(full)
    return entry.name.endsWith('.tsx') ? [full] : []
  })
}

function hasWords(text: string): boolean {
  const trimmed = text.replace(/\s+/g, ' ').trim()
  return /\p{L}/u.test(trimmed) && !NAMES.test(trimmed)
}

/** Text inside <code> or <kbd> is a command or a key, the same in every language. */
function inCode(node: ts.Node): boolean {
  const parent = node.parent
  return ts.isJsxElement(parent) && ['code', 'kbd', 'samp'].includes(parent.openingElement.tagName.getText())
}

/** Each hard-coded text in a file, with its line. */
function untranslated(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found: string[] = []
  const report = (node: ts.Node, text: string) =>
    found.push(`${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text.replace(/\s+/g, ' ').trim()}`)
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text) && !inCode(node)) report(node, node.text)
    if (ts.isJsxAttribute(node) && SPOKEN_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const value = node.initializer
      const literal = ts.isStringLiteral(value)
        ? value
        : ts.isJsxExpression(value) && value.expression && ts.isStringLiteralLike(value.expression)
          ? value.expression
          : null
      if (literal && hasWords(literal.text)) report(node, `${node.name.getText()}="${literal.text}"`)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

describe('the web app’s words', () => {
  const files = tsxFiles(src).map((file) => path.relative(src, file))
  for (const file of files.filter((f) => !PENDING.has(f))) {
    it(`${file} reads every word from a catalogue`, () => {
      expect(untranslated(path.join(src, file))).toEqual([])
    })
  }
  it('lists as pending only files that exist and still hold words', () => {
    for (const file of PENDING) {
      expect(files, file).toContain(file)
      expect(untranslated(path.join(src, file)), `${file} is done: take it off PENDING`).not.toEqual([])
    }
  })
})
