import { decode, encode } from 'html-entities'

/**
 * Plain text from the small HTML that Moodle and Anki put in question text: paragraphs and line breaks become
 * line breaks, list items become "- " lines, other tags are dropped, entities decoded. Cirrus shows text, never
 * HTML, so nothing here needs to be safe to render: it only needs to read well.
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\s*\n\s*/g, ' ') // source line breaks are spaces in HTML
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/li\s*>/gi, '')
    .replace(/<\/(p|div|h[1-6]|ul|ol|tr|table|blockquote|pre)\s*>/gi, '\n')
    .replace(/<(p|div|h[1-6]|ul|ol|tr|table|blockquote|pre)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
  return decode(text)
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** Text as HTML: special characters escaped, line breaks as <br>. */
export function textToHtml(text: string): string {
  return encode(text, { mode: 'specialChars' }).replace(/\r?\n/g, '<br>')
}

/** True when a string holds at least one HTML tag or entity (then it is read as HTML). */
export const looksLikeHtml = (text: string) => /<\/?[a-z][^>]*>|&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text)
