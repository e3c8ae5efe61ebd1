import { signal } from '@preact/signals'
import type { CatalogView } from '@cirrus/protocol'
import { api } from '../api.ts'

/** The bank's domains and topics with their titles (GET /api/practice/catalog), fetched once per page load. */
export const catalog = signal<CatalogView | null>(null)

let loading: Promise<void> | null = null
export function loadCatalog(): Promise<void> {
  loading ??= api<CatalogView>('/api/practice/catalog').then((result) => {
    if (result.ok) catalog.value = result.data
    else loading = null // not this time (offline?): the next page that needs it asks again
  })
  return loading
}

export function topicTitle(topic: string): string {
  return catalog.value?.topics.find((t) => t.id === topic)?.title ?? topic.replace(/-/g, ' ')
}
