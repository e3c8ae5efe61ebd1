import { signal } from '@preact/signals'
import type { FormatInfo } from '@cirrus/formats'
import { api } from './api.ts'

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
