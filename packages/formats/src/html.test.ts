import { describe, expect, it } from 'vitest'
import { htmlToText, textToHtml } from './html.ts'

describe('htmlToText', () => {
  it.each([
    ['<p>One</p><p>Two</p>', 'One\n\nTwo'],
    ['a<br>b<br/>c<BR />d', 'a\nb\nc\nd'],
    ['Pick:<ul><li>red</li><li>blue &amp; green</li></ul>', 'Pick:\n\n- red\n- blue & green'],
    ['  spread\n  over   lines  ', 'spread over lines'],
    ['<b>bold</b> and <i>italic</i>', 'bold and italic'],
    ['x&nbsp;y &lt;tag&gt; &eacute;&#233;&#xE9;', 'x y <tag> ééé'],
    ['<script>alert(1)</script><style>p{}</style>kept<!-- note -->', 'kept'],
    ['<SCRIPT type="x">a</Script>b<!-- unclosed comment swallows the rest', 'b'],
    ['1 < 2 and 3 > 2', '1 < 2 and 3 > 2'],
  ])('%j -> %j', (html, text) => {
    expect(htmlToText(html)).toBe(text)
  })

  it('takes linear time on text full of unclosed tags and comments', () => {
    const nasty = '<script <!-- <li <p <'.repeat(50_000) + 'x'
    const start = performance.now()
    htmlToText(nasty)
    htmlToText('<a'.repeat(200_000))
    expect(performance.now() - start).toBeLessThan(1500)
  })

  it('reads back what textToHtml wrote, whitespace included', () => {
    const text = 'a  b\n  indented\tand <tagged> & "quoted"\n\nend '
    expect(textToHtml(text)).toBe('a&nbsp;&nbsp;b<br>&nbsp;&nbsp;indented&#9;and &lt;tagged&gt; &amp; &quot;quoted&quot;<br><br>end&nbsp;')
    expect(htmlToText(textToHtml(text))).toBe(text)
  })
})
