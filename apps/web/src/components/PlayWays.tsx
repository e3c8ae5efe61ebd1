import type { PhaseView } from '@cirrus/protocol'
import { describeError } from '../messages.ts'
import { player } from '../models/player.ts'
import { ExtraTimeNote, RulesList, TeamBadge, TeamStandingsList } from './Ways.tsx'
import { ordinal } from './Standings.tsx'
import { useSignal } from '@preact/signals'

type View<P extends PhaseView['phase']> = Extract<PhaseView, { phase: P }>

/** The phone's lobby, beyond "you're in": the player's team (or the choice of one), the rules, their extra time. */
export function PlayLobbyWays({ view }: { view: View<'lobby'> }) {
  const you = player.you.value
  const error = useSignal<string | null>(null)
  // The lobby view has the teams' current names; the player's own view says which team is theirs.
  const mine = you?.team ? view.teams.find((t) => t.team === you.team!.team) ?? you.team : null
  const pick = async (team: number) => {
    const reply = await player.pickTeam(team)
    error.value = reply.ok ? null : describeError(reply.error)
  }
  return (
    <>
      {mine && (
        <p class="play-team">
          Your team: <TeamBadge team={mine} />
        </p>
      )}
      {view.rules.teamPick && view.teams.length > 0 && (
        <div class="team-picker" role="group" aria-label="Pick your team">
          {view.teams.map((t) => (
            <button key={t.team} type="button" class={`button small team-${t.color}`} aria-pressed={t.team === mine?.team} onClick={() => pick(t.team)}>
              {t.name}
            </button>
          ))}
        </div>
      )}
      {error.value && (
        <p class="error" role="alert">
          {error.value}
        </p>
      )}
      <RulesList rules={view.rules} />
      <ExtraTimeNote factor={you?.extraTime ?? 1} />
    </>
  )
}

/** The phone's podium in a team game: the teams ranked, the player's own team marked. */
export function PlayTeamPodium({ view }: { view: View<'podium'> | View<'leaderboard'> }) {
  if (view.teams.length === 0) return null
  const mine = player.you.value?.team?.team
  const standing = view.teams.find((t) => t.team === mine)
  return (
    <>
      {standing && (
        <p class="play-team">
          Your team, {standing.name}, is <strong>{ordinal(standing.rank)}</strong>
        </p>
      )}
      <TeamStandingsList teams={view.teams} highlight={mine} />
    </>
  )
}
