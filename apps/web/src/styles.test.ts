import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * Colours are variables: a hex colour is written once, as a variable in styles.css's :root, and every rule (in
 * styles.css and in each component's CSS) uses the variable, so a colour changes in one place.
 */

const src = path.dirname(new URL(import.meta.url).pathname)
const HEX = /#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})\b/gi

function cssFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return cssFiles(full)
    return entry.name.endsWith('.css') ? [full] : []
  })
}

/** Each hex colour in a declaration's value (not in a comment or a selector such as `#nickname`), with its rule. */
function hexColours(css: string): string[] {
  const found: string[] = []
  const code = css.replace(/\/\*[\s\S]*?\*\//g, '')
  // Innermost blocks: a rule's declarations, also inside @media.
  for (const [, selector, body] of code.matchAll(/([^{}]*)\{([^{}]*)\}/g)) {
    for (const declaration of body!.split(';')) {
      if (!declaration.includes(':')) continue
      const value = declaration.slice(declaration.indexOf(':') + 1)
      for (const [hex] of value.matchAll(HEX)) found.push(`${selector!.trim()} { ${declaration.trim()} } (${hex})`)
    }
  }
  return found
}

/** styles.css without its :root block, the one place colours are declared. */
function withoutRoot(css: string): string {
  const root = /(^|\n):root\s*\{[^}]*\}/.exec(css)
  if (!root) throw new Error('styles.css has no :root block')
  return css.slice(0, root.index) + css.slice(root.index + root[0].length)
}

describe('colours as variables', () => {
  it('finds a hex colour in a rule, and not in a comment or a selector', () => {
    expect(hexColours('/* #fff */ #nickname { color: #FFD23F; border: 1px solid #000 }')).toEqual([
      '#nickname { color: #FFD23F } (#FFD23F)',
      '#nickname { border: 1px solid #000 } (#000)',
    ])
    expect(hexColours('@media (max-width: 480px) { .a { fill: var(--red) } }')).toEqual([])
  })

  it('declares every hex colour in styles.css :root and nowhere else', () => {
    const files = cssFiles(src)
    expect(files.length).toBeGreaterThan(1)
    const stray = files.flatMap((file) => {
      const css = fs.readFileSync(file, 'utf8')
      return hexColours(path.basename(file) === 'styles.css' && path.dirname(file) === src ? withoutRoot(css) : css).map(
        (found) => `${path.relative(src, file)}: ${found}`,
      )
    })
    expect(stray).toEqual([])
    expect(hexColours(fs.readFileSync(path.join(src, 'styles.css'), 'utf8')).length).toBeGreaterThan(20)
  })
})
