import { batch, computed, signal } from '@preact/signals'
import type { ProgressView, SessionView } from '@cirrus/protocol'
import { navigate } from '../router.tsx'
import { practiceApi, type PracticeError } from '../practice/learner.ts'
import { asRefusal } from '../practice/exam-model.ts'
import { missingFor, startInput, type Mode } from './practice-rules.ts'

/**
 * The practice home as state: the learner's progress, the choices of what to practise, and why a start did not
 * happen: a choice not made yet (`missing`, worded by the page) or the server's refusal, kept by its code.
 */

/** /practice */
export function createPracticeHome() {
  const progress = signal<ProgressView | null>(null)
  const mode = signal<Mode>('domains')
  const domains = signal<number[]>([])
  const topics = signal<string[]>([])
  const limit = signal<number | null>(10)
  const timer = signal<number | null>(null)
  const missing = signal<Mode | null>(null)
  const refusal = signal<PracticeError | null>(null)
  const starting = signal(false)

  const due = computed(() => progress.value?.totals.due ?? 0)
  const openExam = computed(() => progress.value?.exams.find((e) => e.status === 'open') ?? null)
  const dueOf = (id: string, list: 'domains' | 'topics') => progress.value?.[list].find((r) => r.id === id)?.due ?? 0

  async function load() {
    try {
      const p = await practiceApi<ProgressView>('/progress')
      batch(() => {
        progress.value = p
        if (p.totals.due > 0) mode.value = 'due'
      })
    } catch (e) {
      refusal.value = asRefusal(e)
    }
  }

  async function start() {
    const choices = { mode: mode.value, domains: domains.value, topics: topics.value, limit: limit.value, timer: timer.value }
    const lacking = missingFor(choices, due.value)
    batch(() => {
      missing.value = lacking
      refusal.value = null
      starting.value = lacking === null
    })
    if (lacking) return
    try {
      const session = await practiceApi<SessionView>('/sessions', { json: startInput(choices) })
      navigate(`/practice/session/${session.id}`)
    } catch (e) {
      batch(() => {
        refusal.value = asRefusal(e)
        starting.value = false
      })
    }
  }

  return { progress, mode, domains, topics, limit, timer, missing, refusal, starting, due, openExam, dueOf, load, start }
}

export type PracticeHomeModel = ReturnType<typeof createPracticeHome>
