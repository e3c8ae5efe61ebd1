import { shuffled } from './random.ts'

/**
 * Ordering questions. The quiz lists the items in their right order; a game shows them in an order of its own, drawn
 * from the game's seed when it is created (`shownOrder`), so that the right order cannot be read from the question
 * view. A player's answer lists the items as shown, first to last.
 *
 * The partial rule: the share of neighbouring pairs the player put right. A pair is right when its second item comes
 * straight after its first in the right order, wherever the pair stands: [B, C, D, A] of A-B-C-D has B-C and C-D
 * right, 2 of 3 pairs, two thirds of the points. Reversed, no pair is right. Only the whole right order counts as a
 * right answer (and keeps a streak going). Pairs rather than places, because one item put first by mistake shifts
 * every other item out of its place but leaves the rest of the sequence as the player meant it.
 */

/** The items' order on screen: `shown[d]` is the place in the right order of the item shown d-th. Never the right order itself. */
export function shownOrder(items: number, random: () => number): number[] {
  const identity = Array.from({ length: items }, (_, i) => i)
  for (let attempt = 0; attempt < 8; attempt++) {
    const order = shuffled(identity, random)
    if (order.some((k, i) => k !== i)) return order
  }
  // Eight identities in a row is vanishingly rare; a rotation is never the right order.
  return identity.map((i) => (i + 1) % items)
}

/** Why `order` (indexes as shown) is not an answer to an ordering question of `items` items, or null. */
export function orderProblem(order: unknown, items: number): string | null {
  if (!Array.isArray(order)) return 'this question takes the items in an order'
  if (order.length !== items) return `put all ${items} items in order`
  if (!order.every((i) => Number.isInteger(i) && i >= 0 && i < items)) return `an item number is 0 to ${items - 1}`
  if (new Set(order).size !== items) return 'each item comes once'
  return null
}

/** The share of neighbouring pairs right (see above), for an answer in shown indexes and the shown order. */
export function orderingCredit(order: readonly number[], shown: readonly number[] | undefined): number {
  const places = order.map((d) => (shown ? shown[d]! : d))
  if (places.length < 2) return 0
  let right = 0
  for (let i = 0; i + 1 < places.length; i++) if (places[i + 1] === places[i]! + 1) right++
  return right / (places.length - 1)
}

/** The right order in shown indexes: which shown item comes first, second, ... */
export function rightOrderShown(shown: readonly number[] | undefined, items: number): number[] {
  if (!shown) return Array.from({ length: items }, (_, i) => i)
  const out: number[] = []
  shown.forEach((place, d) => (out[place] = d))
  return out
}

/** The items' texts in the order shown: what a player is given to put in order. */
export function itemsAsShown(items: readonly { text: string }[], shown: readonly number[] | undefined): string[] {
  return shown ? shown.map((k) => items[k]!.text) : items.map((o) => o.text)
}
