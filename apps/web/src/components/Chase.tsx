import type { PlayerView } from '@cirrus/protocol'
import { formatNumber, t } from '../i18n/i18n.ts'
import { rich } from '../i18n/rich.tsx'

/** The race, said to each phone: "You're in the lead!" or "You're 120 points behind Ana". */
export function Chase({ you }: { you: PlayerView }) {
  if (you.ahead === undefined) return null
  if (you.ahead === null) return <p class="chase lead">{you.score > 0 ? t('chase.lead') : t('chase.level')}</p>
  const { points, nickname } = you.ahead
  return <p class="chase behind">{rich('chase.behind', { count: points, points: formatNumber(points), name: nickname })}</p>
}
