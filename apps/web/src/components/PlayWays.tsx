import type { PhaseView } from '@cirrus/protocol'
import { describeError } from '../messages.ts'
import { player } from '../models/player.ts'
import { ExtraTimeNote, RulesList, TeamBadge, TeamStandingsList } from './Ways.tsx'
import { ordinal } from './Standings.tsx'
import { t } from '../i18n/i18n.ts'
import { rich } from '../i18n/rich.tsx'

type View<P extends PhaseView['phase']> = Extract<PhaseView, { phase: P }>

/** The phone's lobby, beyond "you're in": the player's team (or the choice of one), the rules, their extra time. */
export function PlayLobbyWays({ view }: { view: View<'lobby'> }) {
  const you = player.you.value
  // The lobby view has the teams' current names; the player's own view says which team is theirs.
  const mine = you?.team ? (view.teams.find((team) => team.team === you.team!.team) ?? you.team) : null
  const error = player.teamError.value
  return (
    <>
      {mine && (
        <p class="play-team">
          {t('ways.yourTeam')} <TeamBadge team={mine} />
        </p>
      )}
      {view.rules.teamPick && view.teams.length > 0 && (
        <div class="team-picker" role="group" aria-label={t('ways.pickTeam')}>
          {view.teams.map((team) => (
            <button key={team.team} type="button" class={`button small team-${team.color}`} dir="auto" aria-pressed={team.team === mine?.team} onClick={() => void player.pickTeam(team.team)}>
              {team.name}
            </button>
          ))}
        </div>
      )}
      {error && (
        <p class="error" role="alert">
          {describeError(error)}
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
  const standing = view.teams.find((team) => team.team === mine)
  return (
    <>
      {standing && (
        <p class="play-team">
          {rich('ways.teamPlace', { name: standing.name, place: ordinal(standing.rank) })}
        </p>
      )}
      <TeamStandingsList teams={view.teams} highlight={mine} />
    </>
  )
}
