import { decode, encode } from 'html-entities'

/**
 * Plain text from the small HTML that Moodle and Anki put in question text: paragraphs and line breaks become
 * line breaks, list items become "- " lines, other tags are dropped, entities decoded. Cirrus shows text, never
 * HTML, so nothing here needs to be safe to render: it only needs to read well.
 * Whitespace in the source collapses as a browser shows it; whitespace written as entities (&nbsp; &#9;) is kept.
 */
export function htmlToText(html: string): string {
  const text = dropUntil(dropUntil(dropUntil(html, '<!--', '-->'), '<script', '</script>'), '<style', '</style>')
    .replace(/[ \t\r\n]+/g, ' ')
    // [^<>]* rather than [^>]*: a run of "<" with no ">" must not make each one scan to the end (quadratic time).
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^<>]*>/gi, '\n- ')
    .replace(/<\/li\s*>/gi, '')
    .replace(/<\/(p|div|h[1-6]|ul|ol|tr|table|blockquote|pre)\s*>/gi, '\n')
    .replace(/<(p|div|h[1-6]|ul|ol|tr|table|blockquote|pre)\b[^<>]*>/gi, '\n')
    .replace(/<[a-z!/?][^<>]*>/gi, '') // a tag starts with a letter, "/" or "!"; "1 < 2" is text, as in a browser
    .replace(/ {2,}/g, ' ') // spaces left on both sides of a dropped tag
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  return decode(text).replace(/\u00a0/g, ' ')
}

/** Removes each stretch from `open` to `close` (case-insensitive) in one pass; an unclosed one runs to the end, as in a browser. */
function dropUntil(html: string, open: string, close: string): string {
  const lower = html.toLowerCase()
  let out = ''
  let from = 0
  for (let at = lower.indexOf(open); at >= 0; at = lower.indexOf(open, from)) {
    out += html.slice(from, at)
    const end = lower.indexOf(close, at + open.length)
    if (end < 0) return out
    from = end + close.length
  }
  return out + html.slice(from)
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

/** The pictures an HTML text shows: each <img>'s src (the file's name, or @@PLUGINFILE@@/name in Moodle) and alt. */
export function imagesIn(html: string): { src: string; alt: string }[] {
  const found: { src: string; alt: string }[] = []
  for (const tag of html.match(/<img\b[^<>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)
    const src = attr('src')
    if (!src) continue
    const alt = attr('alt')
    found.push({ src: decode(src[1] ?? src[2] ?? src[3] ?? ''), alt: decode(alt?.[1] ?? alt?.[2] ?? alt?.[3] ?? '').trim() })
  }
  return found
}

/** A picture's file name, as a teacher would know it: "@@PLUGINFILE@@/maps/Europe%20map.png" is "Europe map.png". */
export function pictureName(src: string): string {
  const last = src.split(/[\\/]/).pop() ?? src
  try {
    return decodeURIComponent(last)
  } catch {
    return last
  }
}

/**
 * Plain text from Markdown as GIFT's [markdown] texts hold it: emphasis, code marks, headings and quotes dropped, a
 * link as its text, a picture as nothing (it is reported apart).
 */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(\*|_)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/`([^`]*)`/g, '$1')
    .trim()
}

/** The pictures of a Markdown text: ![alt](src). */
export function markdownImages(markdown: string): { src: string; alt: string }[] {
  return [...markdown.matchAll(/!\[([^\]]*)\]\(([^)\s]*)[^)]*\)/g)].map((m) => ({ src: m[2]!, alt: m[1]!.trim() }))
}
