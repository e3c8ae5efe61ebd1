import { decode, encode } from 'html-entities'

/**
 * Plain text from the small HTML that Moodle and Anki put in question text: paragraphs and line breaks become
 * line breaks, list items become "- " lines, other tags are dropped, entities decoded. Cirrus shows text, never
 * HTML, so nothing here needs to be safe to render: it only needs to read well.
 * Whitespace in the source collapses as a browser shows it; whitespace written as entities (&nbsp; &#9;) is kept.
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/[ \t\r\n]+/g, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/li\s*>/gi, '')
    .replace(/<\/(p|div|h[1-6]|ul|ol|tr|table|blockquote|pre)\s*>/gi, '\n')
    .replace(/<(p|div|h[1-6]|ul|ol|tr|table|blockquote|pre)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/ {2,}/g, ' ') // spaces left on both sides of a dropped tag
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  return decode(text).replace(/\u00a0/g, ' ')
}

/**
 * Text as HTML that htmlToText reads back unchanged: special characters escaped, line breaks as <br>, and the
 * whitespace HTML would collapse (runs of spaces, spaces at a line's ends, tabs) written as entities.
 */
export function textToHtml(text: string): string {
  return encode(text, { mode: 'specialChars' })
    .replace(/\t/g, '&#9;')
    .replace(/\r(?!\n)/g, '&#13;')
    .replace(/ +/g, (run: string, offset: number, whole: string) => {
      const end = offset + run.length
      const atEdge = offset === 0 || whole[offset - 1] === '\n' || end === whole.length || whole[end] === '\r' || whole[end] === '\n'
      return run.length > 1 || atEdge ? '&nbsp;'.repeat(run.length) : ' '
    })
    .replace(/\r?\n/g, '<br>')
}
