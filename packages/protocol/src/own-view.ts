import type { PhaseView, PlayerView } from './views.ts'

/** The player's own view that a player's copy of a reveal or podium carries; undefined for any other view. */
export function ownView(view: PhaseView): PlayerView | undefined {
  return view.phase === 'reveal' || view.phase === 'podium' ? view.you : undefined
}
