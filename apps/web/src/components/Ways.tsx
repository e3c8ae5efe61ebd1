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
import { t } from '../i18n/i18n.ts'

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
  return <span class={`team-badge team-${team.color} ${className}`}>{team.name}</span>
}

/** The teams, ranked: on the leaderboard and the podium (highlight: the player's own team). */
export function TeamStandingsList({ teams, highlight, big = false }: { teams: TeamStanding[]; highlight?: number | undefined; big?: boolean }) {
  return (
    <ol class={`team-standings ${big ? 'big' : ''}`} aria-label="Teams">
      {teams.map((t) => (
        <li key={t.team} class={`team-row team-${t.color} ${t.team === highlight ? 'mine' : ''}`}>
          <span class="team-rank">{ordinal(t.rank)}</span>
          <span class="team-name">{t.name}</span>
          <span class="team-members">
            {t.members} {t.members === 1 ? 'player' : 'players'}
            {t.streak > 1 ? ` · ${t.streak} in a row` : ''}
          </span>
          <span class="team-score">{t.score.toLocaleString()}</span>
        </li>
      ))}
    </ol>
  )
}

/** The lobby's players in their teams, with the host's rename and colour controls. */
export function TeamLobby({ teams, players, onEdit, onRemove }: { teams: TeamView[]; players: readonly HostPlayer[]; onEdit: (team: number, change: { name?: string; color?: TeamColor }) => void; onRemove: (playerId: string) => void }) {
  return (
    <div class="team-lobby">
      {teams.map((t) => {
        const members = players.filter((p) => p.team === t.team)
        return (
          <section key={t.team} class={`team-column team-edge-${t.color}`} aria-label={t.name}>
            <TeamNameEditor team={t} onEdit={onEdit} />
            <p class="team-count">
              {members.length} {members.length === 1 ? 'player' : 'players'}
            </p>
            <ul class="team-members-list">
              {members.map((p) => (
                <li key={p.playerId} class={`chip ${p.connected ? '' : 'away'}`}>
                  <span class="chip-name">{p.nickname}</span>
                  <button type="button" class="chip-remove" aria-label={`Remove ${p.nickname}`} title={`Remove ${p.nickname}`} onClick={() => onRemove(p.playerId)}>
                    ✕
                  </button>
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
        <h3 class={`team-title team-${team.color}`}>{team.name}</h3>
        <button type="button" class="button ghost small" aria-label={`Rename ${team.name}`} onClick={() => ((name.value = team.name), (editing.value = true))}>
          Edit
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
        Name of team {team.team + 1}
      </label>
      <input id={`team-name-${team.team}`} maxLength={24} value={name.value} onInput={(e) => (name.value = e.currentTarget.value)} autoFocus />
      <div class="team-colours" role="group" aria-label="Colour">
        {TEAM_COLORS.map((c) => (
          <button key={c} type="button" class={`swatch team-${c} ${c === team.color ? 'chosen' : ''}`} aria-label={c} aria-pressed={c === team.color} onClick={() => onEdit(team.team, { color: c })} />
        ))}
      </div>
      <button type="submit" class="button primary small">
        Save
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
      <summary>Extra time</summary>
      <p class="muted small-print">Only the player's own phone shows it. Their question stays open for them until their own time is up.</p>
      {players.length === 0 ? (
        <p class="muted">No players yet.</p>
      ) : (
        <ul>
          {players.map((p) => (
            <li key={p.playerId}>
              <label>
                <span>{p.nickname}</span>
                <select aria-label={`Time for ${p.nickname}`} value={String(p.extraTime)} onChange={(e) => onChange(p.playerId, Number(e.currentTarget.value) as ExtraTimeFactor)}>
                  {EXTRA_TIME_FACTORS.map((f) => (
                    <option key={f} value={String(f)}>
                      {f === 1 ? 'Normal time' : `${f}× time`}
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
    <div class="join-pattern-board" aria-label="The shapes to tap after the PIN">
      <p class="join-pattern-label">Then tap these shapes</p>
      <ol class="join-pattern-shapes">
        {pattern.map((k, i) => (
          <li key={i} class={`pattern-shape tile-${shapeOf(k).colour}`} aria-label={shapeOf(k).label}>
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
      <ol class="shape-pad-tapped" aria-label={`Tapped: ${value.map((k) => shapeOf(k).label).join(', ') || 'nothing yet'}`}>
        {Array.from({ length: JOIN_PATTERN_LENGTH }, (_, i) => (
          <li key={i} class={value[i] === undefined ? 'empty' : `tile-${shapeOf(value[i]!).colour}`}>
            {value[i] !== undefined && <Shape index={value[i]!} />}
          </li>
        ))}
      </ol>
      <div class="shape-pad-buttons">
        {JOIN_SHAPES.map((_, k) => (
          <button key={k} type="button" class={`shape-button tile-${shapeOf(k).colour}`} aria-label={shapeOf(k).label} disabled={value.length >= JOIN_PATTERN_LENGTH} onClick={() => onChange([...value, k])}>
            <Shape index={k} />
          </button>
        ))}
      </div>
      <button type="button" class="button ghost" disabled={value.length === 0} onClick={() => onChange(value.slice(0, -1))}>
        Undo
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
    <ul class="plain-options" aria-label="Answers">
      {question.options.map((text, i) => {
        const right = correct?.includes(i)
        return (
          <li key={i} class={correct ? (right ? 'right' : 'wrong') : ''}>
            <span class="option-text">{text}</span>
            {counts && <span class="option-count">{counts[i] ?? 0}</span>}
            {correct && <span class="option-mark" aria-label={right ? 'right answer' : 'wrong answer'}>{right ? '✓' : '✗'}</span>}
          </li>
        )
      })}
    </ul>
  )
}

/** On a phone with extra time: a quiet note that only this player sees. */
export function ExtraTimeNote({ factor }: { factor: number }) {
  if (factor === 1) return null
  return <p class="extra-time-note">You have {factor}× time on each question.</p>
}
