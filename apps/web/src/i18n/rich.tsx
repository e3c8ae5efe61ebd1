import type { VNode } from 'preact'
import { t, type MessageValues } from './i18n.ts'

/**
 * A message with emphasis: the catalogue may mark words with <strong>…</strong> (their place differs by language),
 * which become <strong> elements; everything else stays text, so no markup from a message or a value reaches the page.
 */
export function rich(key: string, options?: MessageValues): (string | VNode)[] {
  const parts = t(key, options).split(/<strong>(.*?)<\/strong>/)
  return parts.map((part, i) => (i % 2 === 1 ? <strong key={i}>{part}</strong> : part))
}
