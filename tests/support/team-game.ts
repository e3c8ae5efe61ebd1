import type { PhaseView, PlayerView } from '@cirrus/protocol'
import { starterQuiz } from '@cirrus/questions'
import { rightChoice, wrongChoice } from './answers.ts'
import { call, move } from './client.ts'
import { hostGame, joinGame, nextPhase, nextYou, type HostedGame, type JoinedPlayer } from './game.ts'

/** Each player's answers to the two questions of the team game, in join order (Ada, Bea, Cy, Dee). */
const PLAN = [
  ['right', 'right', 'wrong', 'wrong'],
  ['right', 'right', 'wrong', 'right'],
] as const

export interface PlayedTeamGame {
  game: HostedGame
  players: JoinedPlayer[]
  /** What the projector's podium showed. */
  podium: Extract<PhaseView, { phase: 'podium' }>
  /** What each phone's podium showed its player, by nickname. */
  you: Map<string, PlayerView>
}

/**
 * A team game played to the podium by real clients, for the report's tests and its screenshot: two teams (the second
 * renamed "Night Owls", purple) of Ada and Cy, Bea and Dee in join order; accuracy scoring, 100 points off a wrong
 * answer, no streak bonus; 2 questions. Bea has double time from the lobby; Cy is given 1.5 and has it taken back;
 * Dee gets 1.5 during the second question.
 */
export async function playTeamGame(url: string): Promise<PlayedTeamGame> {
  const quiz = starterQuiz
  const game = await hostGame(url, quiz.id, { questionCount: 2, teams: 2, scoring: 'accuracy', wrongPenalty: 100, streakBonus: false })
  const players: JoinedPlayer[] = []
  for (const name of ['Ada', 'Bea', 'Cy', 'Dee']) players.push(await joinGame(url, game.pin, name))
  const [, bea, cy, dee] = players as [JoinedPlayer, JoinedPlayer, JoinedPlayer, JoinedPlayer]
  await call(game.host, 'host:team', { team: 1, name: 'Night Owls', color: 'purple' })
  await call(game.host, 'host:extraTime', { playerId: bea.playerId, factor: 2 })
  await call(game.host, 'host:extraTime', { playerId: cy.playerId, factor: 1.5 })
  await call(game.host, 'host:extraTime', { playerId: cy.playerId, factor: 1 })

  for (const [index, plan] of PLAN.entries()) {
    const opened = nextPhase(game.host, 'question')
    await move(game.host, index === 0 ? 'host:start' : 'host:next')
    await opened
    if (index === 1) await call(game.host, 'host:extraTime', { playerId: dee.playerId, factor: 1.5 })
    const revealed = nextPhase(game.host, 'reveal')
    const question = quiz.questions[index]!
    for (const [k, p] of players.entries()) {
      await call(p.socket, 'player:answer', { questionIndex: index, choice: plan[k] === 'right' ? rightChoice(question) : wrongChoice(question) })
    }
    await revealed
    const board = nextPhase(game.host, 'leaderboard')
    await move(game.host, 'host:next')
    await board
  }
  const you = Promise.all(players.map((p) => nextYou(p.socket)))
  const podium = nextPhase(game.host, 'podium')
  await move(game.host, 'host:next')
  return { game, players, podium: await podium, you: new Map((await you).map((v) => [v.nickname, v])) }
}

export function closeTeamGame({ game, players }: PlayedTeamGame): void {
  for (const p of players) p.socket.close()
  game.host.close()
}
