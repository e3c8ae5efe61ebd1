import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks'
import type { LeaderEntry } from '@cirrus/protocol'
import { PODIUM_STAGES_MS, reducedMotion } from './motion.ts'
import './standings.css'
import './moments.css'
import { formatNumber, t } from '../i18n/i18n.ts'

/** "1st", "2nd"… in the language on screen (rank.1, rank.2, rank.3, else rank.other). */
export const ordinal = (rank: number) => (rank >= 1 && rank <= 3 ? t(`rank.${rank}`) : t('rank.other', { rank }))

/** Where each player stood on the last leaderboard this screen showed, by position: where rank changes start from. */
let lastPlaces = new Map<string, number>()

/**
 * The top of the leaderboard as a ranked list. Rows slide from where they stood on the previous leaderboard to
 * where they stand now (a climber rises past the others), with an arrow saying by how many places; newcomers to the
 * top rise from below. With prefers-reduced-motion the rows are simply where they are, arrows included.
 */
export function Leaderboard({ top, highlight, limit = 5 }: { top: LeaderEntry[]; highlight?: string | null; limit?: number }) {
  const shown = top.slice(0, limit)
  const list = useRef<HTMLOListElement>(null)
  // Read at render, before the effect below records this board: the places this one moves from.
  const [before] = useState(() => lastPlaces)
  useLayoutEffect(() => {
    const rows = [...(list.current?.children ?? [])] as HTMLElement[]
    lastPlaces = new Map(shown.map((e, i) => [e.playerId, i]))
    if (rows.length === 0 || before.size === 0 || reducedMotion()) return
    const pitch = rows.length > 1 ? rows[1]!.offsetTop - rows[0]!.offsetTop : rows[0]!.offsetHeight
    shown.forEach((entry, i) => {
      const from = before.get(entry.playerId) ?? shown.length
      if (from === i || !rows[i]) return
      rows[i]!.animate([{ transform: `translateY(${(from - i) * pitch}px)` }, { transform: 'translateY(0)' }], {
        duration: 1100,
        delay: 400,
        easing: 'cubic-bezier(0.2, 0.8, 0.2, 1)',
        fill: 'backwards',
      })
    })
  }, [])
  if (shown.length === 0) return <p class="muted">{t('standings.none')}</p>
  return (
    <ol ref={list} class="leaderboard" aria-label={t('host.leaderboard')}>
      {shown.map((entry, i) => {
        const from = before.size > 0 ? (before.get(entry.playerId) ?? null) : undefined
        const moved = from === null ? 'new' : from !== undefined && from > i ? 'up' : from !== undefined && from < i ? 'down' : null
        return (
          <li key={entry.playerId} class={`${entry.playerId === highlight ? 'me' : ''} ${moved ? `moved-${moved}` : ''}`}>
            <span class="lb-rank">{entry.rank}</span>
            <span class="lb-name" dir="auto">{entry.nickname}</span>
            {moved === 'up' && from != null && (
              <span class="lb-move up" title={t('standings.up', { count: from - i, n: formatNumber(from - i) })}>
                <span aria-hidden="true">▲ {formatNumber(from - i)}</span>
                <span class="visually-hidden">{t('standings.up', { count: from - i, n: formatNumber(from - i) })}</span>
              </span>
            )}
            <span class="lb-score">{formatNumber(entry.score)}</span>
          </li>
        )
      })}
    </ol>
  )
}

/** Which of the podium's steps are shown: third, then second, then first; all at once under reduced motion. */
function usePodiumStage(): number {
  const [stage, setStage] = useState(() => (reducedMotion() ? 3 : 0))
  useEffect(() => {
    if (stage === 3) return
    const timers = PODIUM_STAGES_MS.map((ms, i) => setTimeout(() => setStage((s) => Math.max(s, i + 1)), ms))
    return () => timers.forEach(clearTimeout)
  }, [])
  return stage
}

/** Confetti for the winner: drawn in CSS from a fixed pattern (no library, nothing random to test around). */
function Confetti() {
  return (
    <div class="confetti" aria-hidden="true">
      {Array.from({ length: 70 }, (_, i) => (
        <span
          key={i}
          style={{
            left: `${(i * 37) % 100}%`,
            background: `var(--confetti-${(i % 6) + 1})`,
            animationDelay: `${((i * 53) % 1500) / 1000}s`,
            animationDuration: `${2.6 + ((i * 29) % 20) / 10}s`,
            transform: `rotate(${(i * 71) % 360}deg)`,
          }}
        />
      ))}
    </div>
  )
}

/** The three highest places, second-first-third like a real podium (ties share a step's rank), revealed third, second, then first with confetti; all at once under reduced motion. */
export function Podium({ top, highlight }: { top: LeaderEntry[]; highlight?: string | null }) {
  const [first, second, third] = top
  const steps = [
    { entry: second, place: 'second' },
    { entry: first, place: 'first' },
    { entry: third, place: 'third' },
  ]
  const stage = usePodiumStage()
  // The podium takes the focus when it appears, so that keyboard and screen-reader users are not left on the page.
  const list = useRef<HTMLOListElement>(null)
  useEffect(() => list.current?.focus({ preventScroll: true }), [])
  const shownAt = { third: 1, second: 2, first: 3 } as const
  return (
    <>
    {stage >= 3 && !reducedMotion() && <Confetti />}
    <ol ref={list} tabIndex={-1} class={`podium stage-${stage}`} aria-label={t('host.podium')}>
      {steps.map(({ entry, place }) =>
        entry ? (
          <li key={place} class={`podium-step ${place} ${entry.playerId === highlight ? 'me' : ''} ${stage >= shownAt[place as keyof typeof shownAt] ? 'shown' : 'waiting'}`} data-rank={entry.rank}>
            <span class="podium-name" dir="auto">{entry.nickname}</span>
            <span class="podium-score">{t('play.points', { count: entry.score, points: formatNumber(entry.score) })}</span>
            <span class="podium-block">
              <span class="podium-place">{ordinal(entry.rank)}</span>
            </span>
          </li>
        ) : (
          <li key={place} class={`podium-step ${place} empty`} aria-hidden="true">
            <span class="podium-block" />
          </li>
        ),
      )}
    </ol>
    </>
  )
}
