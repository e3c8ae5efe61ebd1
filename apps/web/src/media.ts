import type { PhaseView, PublicImage, PublicQuestion } from '@cirrus/protocol'

type QuestionView = Extract<PhaseView, { phase: 'question' }>

/** The pictures a screen shows for a question: the prompt's and the options'. */
export function questionPictures(q: PublicQuestion): PublicImage[] {
  return [...(q.image ? [q.image] : []), ...(q.optionImages ?? []).filter((i): i is PublicImage => i !== null)]
}

/** What a phone must have before it says it is ready: the pictures it shows (none while the question is on the projector only). */
export function picturesOnPhone(view: QuestionView): PublicImage[] {
  return view.showQuestionOnPlayers ? questionPictures(view.question) : []
}

/** How long a phone tries to fetch a picture before it says it is ready anyway: the server waits at most 5 s itself. */
const PRELOAD_TIMEOUT_MS = 8000

/**
 * Fetches and decodes pictures, so that showing them later paints at once (the browser caches them: their URLs never
 * change meaning). Resolves when all are decoded, failed or timed out: a broken picture must not hold the phone back.
 */
export function preload(images: readonly PublicImage[]): Promise<void> {
  return Promise.all(
    images.map(
      ({ url }) =>
        new Promise<void>((resolve) => {
          const img = new Image()
          const timer = setTimeout(resolve, PRELOAD_TIMEOUT_MS)
          const done = () => {
            clearTimeout(timer)
            resolve()
          }
          img.onload = () => void img.decode().then(done, done)
          img.onerror = done
          img.src = url
        }),
    ),
  ).then(() => {})
}
