import type { PhaseView } from '@cirrus/protocol'
import { TimeBar, useArrived } from './TimeBar.tsx'
import { t } from '../i18n/i18n.ts'

type QuestionView = Extract<PhaseView, { phase: 'question' }>

/**
 * Whether the question's options are open on this screen: not while its pictures load (`startsBy`, the clock has
 * not started) nor during its get-ready (until `opensAt` on the server's clock, the question's text alone).
 */
export function useOptionsOpen(view: QuestionView, offset: number): boolean {
  const arrived = useArrived(view.opensAt, offset, view.pausedAt)
  return view.startsBy === undefined && arrived
}

/** "Get ready", with a bar filling until the options open (or, while pictures load, the longest it may take). */
export function GetReady({ view, offset, class: className }: { view: QuestionView; offset: number; class?: string }) {
  const until = view.opensAt ?? view.startsBy
  if (until === undefined) return null
  const total = Math.max(1, until - (view.serverNow ?? until))
  return <TimeBar until={until} total={total} offset={offset} pausedAt={view.pausedAt} label={t('show.getReady')} class={`get-ready ${className ?? ''}`} />
}
