import { signal } from '@preact/signals'
import type { FormatInfo } from '@cirrus/formats'
import { api } from './api.ts'
import { m } from './library/words.ts'

/** The file formats the server reads and writes (GET /api/formats), loaded once per page load. */
export const formats = signal<FormatInfo[]>([])

let loading: Promise<void> | null = null
export function loadFormats(): Promise<void> {
  loading ??= api<FormatInfo[]>('/api/formats').then((result) => {
    if (result.ok) formats.value = result.data
    else loading = null
  })
  return loading
}

/** A format's name in the language on screen, by its id (the server's label, in English, for one it does not know). */
export function formatLabel(id: string): string {
  const key = `formats.${id}`
  const said = m(key)
  return said === key ? (formats.value.find((f) => f.id === id)?.label ?? id) : said
}
