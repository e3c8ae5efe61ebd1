import { batch, computed, signal } from '@preact/signals'
import type { Choice, PracticeFeedback, SessionView } from '@cirrus/protocol'
import { clockOffset } from '../components/server-clock.ts'
import { practiceApi, type PracticeError } from '../practice/learner.ts'
import { asRefusal } from '../practice/exam-model.ts'

/**
 * A practice session's page as state: the view the server sent (with its clock offset), the learner's pick, the
 * feedback on it, and the last refusal, kept as it came (its code) so that it is worded when shown, in the language
 * on screen. The counting and the verdict are pure (practice-rules.ts).
 */

/** /practice/session/:id */
export function createPracticeSession(id: string) {
  const path = `/sessions/${encodeURIComponent(id)}`
  const view = signal<SessionView | null>(null)
  /** Server time minus this browser's, measured when the view arrived: the timer counts to the server's deadline. */
  const offset = signal(0)
  const choice = signal<Choice | null>(null)
  const feedback = signal<PracticeFeedback | null>(null)
  const refusal = signal<PracticeError | null>(null)
  const busy = signal(false)
  const current = computed(() => view.value?.current ?? null)

  async function run(action: () => Promise<void>) {
    batch(() => {
      busy.value = true
      refusal.value = null
    })
    try {
      await action()
    } catch (e) {
      refusal.value = asRefusal(e)
    } finally {
      busy.value = false
    }
  }

  function show(next: SessionView) {
    batch(() => {
      view.value = next
      offset.value = clockOffset(next.serverNow)
      choice.value = null
      feedback.value = null
    })
  }

  /** The session as it stands; a session with no question on screen is served its next one. */
  const load = () =>
    run(async () => {
      const first = await practiceApi<SessionView>(path)
      show(first.current || first.ended ? first : await practiceApi<SessionView>(`${path}/next`, { method: 'POST' }))
    })

  /** One answer per question: a second press (or Enter in a number's box) while the first is on its way does nothing. */
  function check() {
    const question = current.value
    if (!question || feedback.value || busy.value) return
    return run(async () => {
      feedback.value = await practiceApi<PracticeFeedback>(`${path}/answers`, { json: { questionKey: question.question.key, choice: choice.value } })
    })
  }

  /** "I don't know": the question answered with nothing picked. */
  function skip() {
    choice.value = null
    return check()
  }

  const next = () => run(async () => show(await practiceApi<SessionView>(`${path}/next`, { method: 'POST' })))
  const stop = () => run(async () => show(await practiceApi<SessionView>(`${path}/end`, { method: 'POST' })))

  return { view, offset, choice, feedback, refusal, busy, current, load, check, skip, next, stop }
}

export type PracticeSession = ReturnType<typeof createPracticeSession>
