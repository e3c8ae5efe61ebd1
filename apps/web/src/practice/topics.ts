import { signal } from '@preact/signals'
import type { CatalogView } from '@cirrus/protocol'

/** The bank's domains and topics with their titles (GET /api/practice/catalog), fetched once per page load. */
export const catalog = signal<CatalogView | null>(null)

let loading: Promise<void> | null = null
export function loadCatalog(): Promise<void> {
  loading ??= fetch('/api/practice/catalog')
    .then((res) => (res.ok ? (res.json() as Promise<CatalogView>) : Promise.reject(new Error(String(res.status)))))
    .then((c) => {
      catalog.value = c
    })
    .catch(() => {
      loading = null
    })
  return loading
}

export function topicTitle(topic: string): string {
  return catalog.value?.topics.find((t) => t.id === topic)?.title ?? topic.replace(/-/g, ' ')
}

export function domainTitle(domain: number): string {
  return catalog.value?.domains.find((d) => d.id === domain)?.title ?? `Domain ${domain}`
}
