import { Fragment, type VNode } from 'preact'
import type { MessageValues } from '../i18n/i18n.ts'
import { listParts } from './format.ts'
import { m } from './words.ts'

/**
 * Words a teacher or a player wrote (a nickname, a quiz's title, a question) keep their own direction: each sits in a
 * <bdi dir="auto">, so an English name reads left to right inside an Arabic sentence and the sentence keeps its order.
 */

const MARK = '\uE000'

/**
 * A message whose blanks in `theirs` hold such words: `said('review.heading', {}, { name: r.nickname })`. A text is
 * put in a <bdi dir="auto">; an element is placed as it is (it sets its own direction).
 */
export function said(key: string, values: MessageValues, theirs: Record<string, string | VNode>): (string | VNode)[] {
  const names = Object.keys(theirs)
  const marks = Object.fromEntries(names.map((name, i) => [name, `${MARK}${i}${MARK}`]))
  const parts = m(key, { ...values, ...marks }).split(new RegExp(`${MARK}(\\d+)${MARK}`))
  return parts.map((part, i) =>
    i % 2 === 1 ? placed(theirs[names[Number(part)]!]!, i) : part,
  )
}

function placed(value: string | VNode, key: number): VNode {
  if (typeof value !== 'string') return <Fragment key={key}>{value}</Fragment>
  return (
    <bdi key={key} dir="auto">
      {value}
    </bdi>
  )
}

/** Players' names as the language lists them (Ada, Bruno, Linus), each in its own direction. */
export function Names({ names }: { names: readonly string[] }) {
  return (
    <>
      {listParts(names).map((part, i) =>
        part.type === 'element' ? (
          <bdi key={i} dir="auto">
            {part.value}
          </bdi>
        ) : (
          part.value
        ),
      )}
    </>
  )
}
