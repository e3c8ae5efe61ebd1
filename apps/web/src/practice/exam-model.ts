import { batch, computed, signal } from '@preact/signals'
import type { Choice, ExamHistoryEntry, ExamItemView, ExamView } from '@cirrus/protocol'
import { ErrorCode } from '@cirrus/protocol'
import { clockOffset } from '../components/server-clock.ts'
import { navigate } from '../router.tsx'
import { practiceApi, PracticeError } from './learner.ts'

/**
 * The mock exam's pages as state: what the server sent (the attempts, the attempt, its clock offset) and what the
 * learner is doing (the question on screen, the review screen and its filter). Counts and lists are derived. A
 * refusal is kept as it came (its code), and put into words when shown, so a change of language re-words it.
 */

export type OpenExam = Extract<ExamView, { status: 'open' }>
export type FinishedExam = Exclude<ExamView, { status: 'open' }>
export type ReviewFilter = 'all' | 'unanswered' | 'flagged'

/** Anything thrown by a request, as a refusal with a code (a bug in the page becomes an unknown one). */
export const asRefusal = (e: unknown): PracticeError => (e instanceof PracticeError ? e : new PracticeError(-1, { code: ErrorCode.Internal, message: String(e) }))

/** /exam: the learner's attempts, and starting a new one. */
export function createExamHome() {
  const history = signal<ExamHistoryEntry[] | null>(null)
  const refusal = signal<PracticeError | null>(null)
  const starting = signal(false)
  const open = computed(() => history.value?.find((e) => e.status === 'open') ?? null)
  /** Finished attempts, newest first. */
  const finished = computed(() => (history.value ?? []).filter((e) => e.status !== 'open').reverse())

  async function load() {
    try {
      history.value = await practiceApi<ExamHistoryEntry[]>('/exams')
    } catch (e) {
      refusal.value = asRefusal(e)
    }
  }

  async function start() {
    starting.value = true
    try {
      const exam = await practiceApi<ExamView>('/exams', { method: 'POST' })
      navigate(`/exam/${exam.id}`)
    } catch (e) {
      batch(() => {
        refusal.value = asRefusal(e)
        starting.value = false
      })
    }
  }

  return { history, refusal, starting, open, finished, load, start }
}

/** /exam/:id: one attempt, while it runs and once it is scored. */
export function createExamAttempt(id: string) {
  const view = signal<ExamView | null>(null)
  /** Server time minus this browser's, when the view arrived: the clock counts to the server's deadline. */
  const offset = signal(0)
  /** The attempt's questions with the learner's answers and flags, changed here before the server confirms. */
  const items = signal<ExamItemView[]>([])
  const at = signal(0)
  const reviewing = signal(false)
  const filter = signal<ReviewFilter>('all')
  const onlyMissed = signal(false)
  const submitting = signal(false)
  /** The last refusal: of loading the attempt, of saving a change (`saving`), or of the submit. */
  const refusal = signal<{ saving: boolean; error: PracticeError } | null>(null)

  const open = computed(() => (view.value?.status === 'open' ? view.value : null))
  const finished = computed(() => (view.value && view.value.status !== 'open' ? view.value : null))
  const current = computed(() => items.value[at.value] ?? null)
  const unanswered = computed(() => items.value.filter((i) => i.choice === null))
  const flagged = computed(() => items.value.filter((i) => i.flagged))
  const answeredCount = computed(() => items.value.length - unanswered.value.length)
  const reviewRows = computed(() => (filter.value === 'unanswered' ? unanswered.value : filter.value === 'flagged' ? flagged.value : items.value))
  const reviewed = computed(() => finished.value?.review.filter((r) => !onlyMissed.value || !r.correct || r.flagged) ?? [])

  function apply(next: ExamView) {
    batch(() => {
      const first = view.value === null
      view.value = next
      offset.value = clockOffset(next.serverNow)
      if (next.status === 'open') {
        items.value = next.items
        // Arriving (or coming back) at an attempt: the first question still unanswered.
        if (first) at.value = Math.max(0, next.items.findIndex((i) => i.choice === null))
      }
    })
  }

  async function load() {
    try {
      apply(await practiceApi<ExamView>(`/exams/${encodeURIComponent(id)}`))
    } catch (e) {
      refusal.value = { saving: false, error: asRefusal(e) }
    }
  }

  /** An answer or a flag, shown at once and undone if the server refuses it; an exam that ended is fetched scored. */
  async function save(position: number, update: { choice?: Choice | null; flagged?: boolean }) {
    const before = items.value
    batch(() => {
      items.value = before.map((i) => (i.position === position ? { ...i, ...update } : i))
      refusal.value = null
    })
    try {
      await practiceApi(`/exams/${encodeURIComponent(id)}/items/${position}`, { method: 'PUT', json: update })
    } catch (e) {
      const error = asRefusal(e)
      items.value = before
      if (error.body.code === ErrorCode.ExamOver) return void load()
      refusal.value = { saving: true, error }
    }
  }

  async function submit() {
    submitting.value = true
    try {
      apply(await practiceApi<ExamView>(`/exams/${encodeURIComponent(id)}/submit`, { method: 'POST' }))
    } catch (e) {
      refusal.value = { saving: false, error: asRefusal(e) }
    } finally {
      submitting.value = false
    }
  }

  /** To a question by its place; from the review screen, back to the top of the page with it. */
  function go(i: number) {
    batch(() => {
      at.value = Math.max(0, Math.min(items.value.length - 1, i))
      if (reviewing.value) window.scrollTo({ top: 0 })
      reviewing.value = false
    })
  }

  return { view, offset, items, at, reviewing, filter, onlyMissed, submitting, refusal, open, finished, current, unanswered, flagged, answeredCount, reviewRows, reviewed, load, save, submit, go }
}

export type ExamAttempt = ReturnType<typeof createExamAttempt>
