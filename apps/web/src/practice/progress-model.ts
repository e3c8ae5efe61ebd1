import { signal } from '@preact/signals'
import type { ProgressView } from '@cirrus/protocol'
import { asRefusal } from './exam-model.ts'
import type { PracticeError } from './learner.ts'
import { practiceApi } from './learner.ts'

/** /progress: the learner's progress as the server counted it, or why it could not be read. */
export function createProgress() {
  const progress = signal<ProgressView | null>(null)
  const refusal = signal<PracticeError | null>(null)
  async function load() {
    try {
      progress.value = await practiceApi<ProgressView>('/progress')
    } catch (e) {
      refusal.value = asRefusal(e)
    }
  }
  return { progress, refusal, load }
}
