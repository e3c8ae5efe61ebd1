import type { VNode } from 'preact'
import { Link } from '../router.tsx'
import { t, type MessageValues } from './i18n.ts'

/**
 * A message with emphasis: the catalogue may mark words with <strong>…</strong> (their place differs by language),
 * which become <strong> elements; everything else stays text, so no markup from a message or a value reaches the page.
 * `strong` gives the emphasised words their direction: `{ dir: 'ltr' }` when they are an address or a PIN.
 */
export function rich(key: string, options?: MessageValues, strong?: { dir?: 'ltr' | 'auto' }): (string | VNode)[] {
  const parts = t(key, options).split(/<strong>(.*?)<\/strong>/)
  return parts.map((part, i) => (i % 2 === 1 ? <strong key={i} {...strong}>{part}</strong> : part))
}

/**
 * A message with a link: the catalogue marks the linked words with <link>…</link> (their place differs by
 * language), which become a Link to `href`; everything else stays text.
 */
export function linked(key: string, href: string, options?: MessageValues): (string | VNode)[] {
  const parts = t(key, options).split(/<link>(.*?)<\/link>/)
  return parts.map((part, i) => (i % 2 === 1 ? <Link key={i} href={href}>{part}</Link> : part))
}
