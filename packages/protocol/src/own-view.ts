import type { Step } from './payloads.ts'
import type { PhaseView, PlayerView } from './views.ts'

/** The player's own view that a player's copy of a reveal or podium carries; undefined for any other view. */
export function ownView(view: PhaseView): PlayerView | undefined {
  return view.phase === 'reveal' || view.phase === 'podium' ? view.you : undefined
}

/** The step a view shows, as host commands that move the game carry it (see StepSchema). */
export function stepOf(view: PhaseView): Step {
  return { phase: view.phase, index: 'index' in view ? view.index : -1 }
}
