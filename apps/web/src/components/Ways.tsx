import { useSignal } from '@preact/signals'
import { useEffect } from 'preact/hooks'
import {
  EXTRA_TIME_FACTORS,
  JOIN_PATTERN_LENGTH,
  JOIN_PATTERN_MS,
  JOIN_SHAPES,
  TEAM_COLORS,
  joinPattern,
  joinPatternEndsAt,
  joinWindow,
  type ExtraTimeFactor,
  type GameRules,
  type HostPlayer,
  type PublicQuestion,
  type TeamColor,
  type TeamStanding,
  type TeamView,
} from '@cirrus/protocol'
import { Shape, shapeOf } from './shapes.tsx'
import { ordinal } from './Standings.tsx'
import '../ways.css'
import { counted, formatNumber, t } from '../i18n/i18n.ts'

/** The ways to play on screen (issue #19): rules, teams, extra time, the join pattern, options without colours. */

/** How the game is scored, in a player's words: shown in the lobby on the projector and on every phone. */
export function RulesList({ rules }: { rules: GameRules }) {
  const items = [
    rules.scoring === 'accuracy' ? t('rules.accuracy') : t('rules.speed'),
    rules.streakBonus ? t('rules.streak') : t('rules.noStreak'),
    ...(rules.wrongPenalty > 0 ? [t('rules.penalty', { count: rules.wrongPenalty })] : []),
    ...(rules.teams > 0 ? [t('rules.teams', { count: rules.teams })] : []),
  ]
  return (
    <ul class="rules-list" aria-label={t('rules.label')}>
      {items.map((text) => (
        <li key={text}>{text}</li>
      ))}
    </ul>
  )
}

export function TeamBadge({ team, class: className = '' }: { team: TeamView; class?: string }) {
  return (
    <span class={`team-badge team-${team.color} ${className}`} dir="auto">
      {team.name}
    </span>
  )
}

/** The teams, ranked: on the leaderboard and the podium (highlight: the player's own team). */
export function TeamStandingsList({ teams, highlight, big = false }: { teams: TeamStanding[]; highlight?: number | undefined; big?: boolean }) {
  return (
    <ol class={`team-standings ${big ? 'big' : ''}`} aria-label={t('ways.teams')}>
      {teams.map((team) => (
        <li key={team.team} class={`team-row team-${team.color} ${team.team === highlight ? 'mine' : ''}`}>
          <span class="team-rank">{ordinal(team.rank)}</span>
          <span class="team-name" dir="auto">{team.name}</span>
          <span class="team-members">
            {counted('host.players', team.members)}
            {team.streak > 1 ? ` · ${counted('ways.inARow', team.streak)}` : ''}
          </span>
          <span class="team-score">{formatNumber(team.score)}</span>
        </li>
      ))}
    </ol>
  )
}

/** The lobby's players in their teams, with the host's rename and colour controls. */
export function TeamLobby({ teams, players, onEdit, onRemove }: { teams: TeamView[]; players: readonly HostPlayer[]; onEdit: (team: number, change: { name?: string; color?: TeamColor }) => void; onRemove: (playerId: string) => void }) {
  return (
    <div class="team-lobby">
      {teams.map((team) => {
        const members = players.filter((p) => p.team === team.team)
        return (
          <section key={team.team} class={`team-column team-edge-${team.color}`} aria-label={team.name}>
            <TeamNameEditor team={team} onEdit={onEdit} />
            <p class="team-count">{counted('host.players', members.length)}</p>
            <ul class="team-members-list">
              {members.map((p) => (
                <li key={p.playerId} class={`chip ${p.connected ? '' : 'away'}`}>
                  <PlayerChipName nickname={p.nickname} />
                  <RemoveButton nickname={p.nickname} onRemove={() => onRemove(p.playerId)} />
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </div>
  )
}

function TeamNameEditor({ team, onEdit }: { team: TeamView; onEdit: (team: number, change: { name?: string; color?: TeamColor }) => void }) {
  const editing = useSignal(false)
  const name = useSignal(team.name)
  if (!editing.value) {
    return (
      <div class="team-head">
        <h3 class={`team-title team-${team.color}`} dir="auto">
          {team.name}
        </h3>
        <button type="button" class="button ghost small" aria-label={t('ways.rename', { name: team.name })} onClick={() => ((name.value = team.name), (editing.value = true))}>
          {t('ways.renameButton')}
        </button>
      </div>
    )
  }
  const save = (e: Event) => {
    e.preventDefault()
    const trimmed = name.value.trim()
    if (trimmed && trimmed !== team.name) onEdit(team.team, { name: trimmed })
    editing.value = false
  }
  return (
    <form class="team-edit" onSubmit={save}>
      <label class="visually-hidden" for={`team-name-${team.team}`}>
        {t('ways.teamName', { n: formatNumber(team.team + 1) })}
      </label>
      <input id={`team-name-${team.team}`} dir="auto" maxLength={24} value={name.value} onInput={(e) => (name.value = e.currentTarget.value)} autoFocus />
      <div class="team-colours" role="group" aria-label={t('ways.colour')}>
        {TEAM_COLORS.map((c) => (
          <button key={c} type="button" class={`swatch team-${c} ${c === team.color ? 'chosen' : ''}`} aria-label={t(`ways.colours.${c}`)} aria-pressed={c === team.color} onClick={() => onEdit(team.team, { color: c })} />
        ))}
      </div>
      <button type="submit" class="button primary small">
        {t('ways.save')}
      </button>
    </form>
  )
}

/**
 * The host's list of players with their extra time: folded away by default, since the projector shows this page and
 * nobody's extra time is anyone else's business. Opened on the host's own screen when needed.
 */
export function ExtraTimePanel({ players, onChange }: { players: readonly HostPlayer[]; onChange: (playerId: string, factor: ExtraTimeFactor) => void }) {
  return (
    <details class="extra-time-panel">
      <summary>{t('ways.extraTime')}</summary>
      <p class="muted small-print">{t('ways.extraTimeHelp')}</p>
      {players.length === 0 ? (
        <p class="muted">{t('ways.noPlayers')}</p>
      ) : (
        <ul>
          {players.map((p) => (
            <li key={p.playerId}>
              <label>
                <span dir="auto">{p.nickname}</span>
                <select aria-label={t('ways.timeFor', { name: p.nickname })} value={String(p.extraTime)} onChange={(e) => onChange(p.playerId, Number(e.currentTarget.value) as ExtraTimeFactor)}>
                  {EXTRA_TIME_FACTORS.map((f) => (
                    <option key={f} value={String(f)}>
                      {f === 1 ? t('ways.normalTime') : t('ways.timesTime', { factor: formatNumber(f) })}
                    </option>
                  ))}
                </select>
              </label>
            </li>
          ))}
        </ul>
      )}
    </details>
  )
}

/** Re-renders every `ms` while mounted. */
function useTick(ms: number) {
  const tick = useSignal(0)
  useEffect(() => {
    const timer = setInterval(() => tick.value++, ms)
    return () => clearInterval(timer)
  }, [ms])
  return tick.value
}

/** Two-step join on the projector: the shapes to tap, changing every few seconds (drawn on the server's clock). */
export function JoinPatternBoard({ secret, offset }: { secret: string; offset: number }) {
  useTick(250)
  const now = Date.now() + offset
  const pattern = joinPattern(secret, joinWindow(now))
  const left = Math.max(0, joinPatternEndsAt(now) - now)
  return (
    <div class="join-pattern-board" role="group" aria-label={t('ways.patternLabel')}>
      <p class="join-pattern-label">{t('ways.thenTap')}</p>
      <ol class="join-pattern-shapes">
        {pattern.map((k, i) => (
          <li key={i} class={`pattern-shape tile-${shapeOf(k).colour}`} aria-label={shapeName(k)}>
            <Shape index={k} />
          </li>
        ))}
      </ol>
      <div class="join-pattern-timer" aria-hidden="true">
        <span style={{ width: `${(100 * left) / JOIN_PATTERN_MS}%` }} />
      </div>
    </div>
  )
}

/** Two-step join on the phone: four big shape buttons, and the shapes tapped so far. */
export function ShapePad({ value, onChange }: { value: number[]; onChange: (value: number[]) => void }) {
  return (
    <div class="shape-pad">
      <ol class="shape-pad-tapped" aria-label={value.length > 0 ? t('ways.tapped', { shapes: value.map(shapeName).join(', ') }) : t('ways.tappedNone')}>
        {Array.from({ length: JOIN_PATTERN_LENGTH }, (_, i) => (
          <li key={i} class={value[i] === undefined ? 'empty' : `tile-${shapeOf(value[i]!).colour}`}>
            {value[i] !== undefined && <Shape index={value[i]!} />}
          </li>
        ))}
      </ol>
      <div class="shape-pad-buttons">
        {JOIN_SHAPES.map((_, k) => (
          <button key={k} type="button" class={`shape-button tile-${shapeOf(k).colour}`} aria-label={shapeName(k)} disabled={value.length >= JOIN_PATTERN_LENGTH} onClick={() => onChange([...value, k])}>
            <Shape index={k} />
          </button>
        ))}
      </div>
      <button type="button" class="button ghost" disabled={value.length === 0} onClick={() => onChange(value.slice(0, -1))}>
        {t('ways.undo')}
      </button>
    </div>
  )
}

/**
 * The options on the projector when every phone shows them in its own order: text only, no colours or shapes (the
 * colours would not match anyone's phone); after the reveal, the right ones marked.
 */
export function PlainOptions({ question, correct, counts }: { question: PublicQuestion; correct?: number[] | undefined; counts?: number[] }) {
  return (
    <ul class="plain-options" aria-label={t('answer.label')}>
      {question.options.map((text, i) => {
        const right = correct?.includes(i)
        return (
          <li key={i} class={correct ? (right ? 'right' : 'wrong') : ''}>
            <span class="option-text" dir="auto">{text}</span>
            {counts && <span class="option-count">{formatNumber(counts[i] ?? 0)}</span>}
            {correct && <span class="option-mark" aria-label={t(right ? 'options.right' : 'options.wrong')}>{right ? '✓' : '✗'}</span>}
          </li>
        )
      })}
    </ul>
  )
}

/** On a phone with extra time: a quiet note that only this player sees. */
export function ExtraTimeNote({ factor }: { factor: number }) {
  if (factor === 1) return null
  return <p class="extra-time-note">{t('ways.extraTimeNote', { factor: formatNumber(factor) })}</p>
}

/** A shape's name as the language says it ("Red triangle"). */
const shapeName = (k: number) => t(`shapes.${shapeOf(k).name}`)

/** A player's nickname in a chip: a name keeps its own direction. */
export function PlayerChipName({ nickname }: { nickname: string }) {
  return (
    <span class="chip-name" dir="auto">
      {nickname}
    </span>
  )
}

/** The host's ✕ beside a player's name. */
export function RemoveButton({ nickname, onRemove }: { nickname: string; onRemove: () => void }) {
  const label = t('host.remove', { name: nickname })
  return (
    <button type="button" class="chip-remove" aria-label={label} title={label} onClick={onRemove}>
      ✕
    </button>
  )
}
