import { computed, signal } from '@preact/signals'
import type { BankPage } from '@cirrus/protocol'
import { api } from '../api.ts'
import type { Refusal } from '../library/refusals.ts'

/**
 * The bank picker's state: the filters as chosen, the page of the bank they found, and the questions ticked. The
 * bank's own questions keep their ids, so `have` (the quiz's) tells which are in the quiz already.
 */
export class BankPicker {
  readonly topic = signal('')
  readonly domain = signal('')
  readonly difficulty = signal('')
  readonly words = signal('')
  readonly page = signal<BankPage | null>(null)
  readonly refusal = signal<Refusal | null>(null)
  readonly picked = signal<ReadonlySet<string>>(new Set())

  /** The query for the filters: reading it in an effect reruns the effect when a filter changes. */
  readonly query = computed(() => {
    const params = new URLSearchParams()
    if (this.topic.value) params.set('topic', this.topic.value)
    if (this.domain.value) params.set('domain', this.domain.value)
    if (this.difficulty.value) params.set('difficulty', this.difficulty.value)
    if (this.words.value.trim()) params.set('q', this.words.value.trim())
    return params.toString()
  })
  readonly shown = computed(() => this.page.value?.questions ?? [])
  readonly topicTitles = computed(() => new Map(this.page.value?.sections.flatMap((s) => s.topics.map((t) => [t.id, t.title] as const))))

  async load(query: string): Promise<void> {
    const result = await api<BankPage>(`/api/bank?${query}`)
    if (result.ok) {
      this.page.value = result.data
      this.refusal.value = null
    } else this.refusal.value = result
  }

  toggle(id: string): void {
    const next = new Set(this.picked.value)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    this.picked.value = next
  }

  /** The ticked questions, to add; the ticks are cleared. */
  take() {
    const chosen = this.shown.value.filter((q) => this.picked.value.has(q.id))
    this.picked.value = new Set()
    return chosen
  }
}
