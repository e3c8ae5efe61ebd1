import { computed, signal } from '@preact/signals'
import type { QuizSummary, SavedQuiz } from '@cirrus/protocol'
import { api } from '../api.ts'
import { language } from '../i18n/i18n.ts'
import type { Refusal } from '../library/refusals.ts'
import type { Said } from '../library/words.ts'

/**
 * The library list: the search as typed, the quizzes the server found for it, the last refusal and the last thing
 * done (duplicated, deleted). The teacher's own quizzes and the built-in ones are derived from the one list.
 */
export class LibraryList {
  readonly search = signal('')
  readonly quizzes = signal<QuizSummary[] | null>(null)
  readonly refusal = signal<Refusal | null>(null)
  readonly notice = signal<Said | null>(null)
  /** The quiz whose Delete is waiting for "Yes, delete". */
  readonly confirming = signal<string | null>(null)

  readonly own = computed(() => this.quizzes.value?.filter((q) => !q.builtin) ?? [])
  readonly builtin = computed(() => this.quizzes.value?.filter((q) => q.builtin) ?? [])

  async load(): Promise<void> {
    const q = this.search.value.trim()
    const result = await api<QuizSummary[]>(`/api/quizzes${q ? `?q=${encodeURIComponent(q)}` : ''}`)
    if (result.ok) {
      this.quizzes.value = result.data
      this.refusal.value = null
    } else this.refusal.value = result
  }

  async duplicate(quiz: QuizSummary): Promise<void> {
    // The server names the copy ("Copia de …") in the language on screen.
    const result = await api<SavedQuiz>(`/api/quizzes/${encodeURIComponent(quiz.id)}/duplicate?${new URLSearchParams({ lang: language.value })}`, { method: 'POST' })
    if (!result.ok) return void (this.refusal.value = result)
    this.notice.value = { key: 'list.made', values: { title: result.data.title } }
    await this.load()
  }

  async remove(quiz: QuizSummary): Promise<void> {
    this.confirming.value = null
    const result = await api<null>(`/api/quizzes/${encodeURIComponent(quiz.id)}`, { method: 'DELETE' })
    if (!result.ok) return void (this.refusal.value = result)
    this.notice.value = { key: 'list.deleted', values: { title: quiz.title } }
    await this.load()
  }
}
