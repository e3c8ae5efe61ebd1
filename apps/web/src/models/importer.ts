import { computed, signal } from '@preact/signals'
import type { ImportNote, ImportResult } from '@cirrus/formats'
import { IMPORT_MAX_BYTES, type ImportCommitted } from '@cirrus/protocol'
import { api } from '../api.ts'
import type { Refusal } from '../library/refusals.ts'

/**
 * What the server left out when it saved the last import (a picture it could not read), for the editor the import
 * opens to say once: `{ quizId, notes }`.
 */
export const leftOutOnImport = signal<{ quizId: string; notes: ImportNote[] } | null>(null)

/** Why an import stopped: the server's refusal, or a file over the limit (never sent: the server would refuse it). */
export type ImportTrouble = { refusal: Refusal } | { tooBig: number }

/**
 * Importing a file: the file and format chosen, the server's preview of every question and problem in it, the
 * title for the new quiz, and only then the commit. Nothing is saved before `commit`.
 */
export class Importer {
  readonly file = signal<File | null>(null)
  readonly format = signal('')
  readonly preview = signal<ImportResult | null>(null)
  readonly title = signal('')
  readonly trouble = signal<ImportTrouble | null>(null)
  readonly busy = signal(false)

  readonly good = computed(() => this.preview.value?.questions.filter((q) => q.question).length ?? 0)
  readonly bad = computed(() => (this.preview.value?.questions.length ?? 0) - this.good.value)
  readonly readable = computed(() => this.preview.value !== null && this.preview.value.fileProblems.length === 0)

  private query(extra: Record<string, string> = {}): string {
    return new URLSearchParams({ ...(this.format.value ? { format: this.format.value } : {}), fileName: this.file.value?.name ?? '', ...extra }).toString()
  }

  /** The server refuses (and stops reading) a file over the limit: say so before sending it. */
  private fits(file: File): boolean {
    if (file.size <= IMPORT_MAX_BYTES) return true
    this.preview.value = null
    this.trouble.value = { tooBig: IMPORT_MAX_BYTES / 2 ** 20 }
    return false
  }

  async read(): Promise<void> {
    const file = this.file.value
    if (!file) return
    this.trouble.value = null
    if (!this.fits(file)) return
    this.busy.value = true
    const result = await api<ImportResult>(`/api/quizzes/import/preview?${this.query()}`, { file })
    this.busy.value = false
    this.preview.value = result.ok ? result.data : null
    if (result.ok) this.title.value = result.data.title ?? ''
    else this.trouble.value = { refusal: result }
  }

  /** Saves the file as a new quiz (only its good questions, when asked); the new quiz's id, or null. */
  async commit(onlyGood: boolean): Promise<string | null> {
    const file = this.file.value
    if (!file || !this.fits(file)) return null
    this.busy.value = true
    const result = await api<ImportCommitted>(`/api/quizzes/import?${this.query({ title: this.title.value, ...(onlyGood ? { only: 'good' } : {}) })}`, { file })
    this.busy.value = false
    if (result.ok) {
      const notes = (result.data.notes ?? []) as ImportNote[]
      leftOutOnImport.value = notes.length ? { quizId: result.data.quiz.id, notes } : null
      return result.data.quiz.id
    }
    this.trouble.value = { refusal: result }
    return null
  }
}
