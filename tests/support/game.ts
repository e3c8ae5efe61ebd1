import { ownView, type GameSettingsInput, type HostStatus, type HostView, type Joined, type PhaseView, type PlayerView } from '@cirrus/protocol'
import { call, connect, connected, next, routeTo, type CirrusClient } from './client.ts'

export interface HostedGame {
  host: CirrusClient
  pin: string
  hostToken: string
  gameId: string
}

/**
 * Connects a host and creates a game of the given quiz. Without a get-ready unless the settings ask for one, so that
 * a test's players may answer as soon as a question arrives.
 */
export async function hostGame(url: string, quizId: string, settings: GameSettingsInput = {}): Promise<HostedGame> {
  const host = connect(url)
  await connected(host)
  const created = await call(host, 'host:create', { quizId, settings: { getReadySec: 0, ...settings } })
  routeTo(host, created.pin)
  return { host, pin: created.pin, hostToken: created.hostToken, gameId: created.gameId }
}

export interface JoinedPlayer {
  socket: CirrusClient
  playerId: string
  playerToken: string
  nickname: string
}

/** Joins as a player; with `learnerToken`, as a browser that has a practice profile does. */
export async function joinGame(url: string, pin: string, nickname: string, options: { learnerToken?: string } = {}): Promise<JoinedPlayer> {
  const socket = connect(url, { query: { pin } })
  await connected(socket)
  const joined = await call(socket, 'player:join', { pin, nickname, ...options })
  return { socket, playerId: joined.playerId, playerToken: joined.playerToken, nickname }
}

export function nextPhase<P extends PhaseView['phase']>(socket: CirrusClient, phase: P, timeoutMs = 10_000) {
  return next(socket, 'game:phase', (v) => v.phase === phase, timeoutMs) as Promise<Extract<PhaseView, { phase: P }>>
}

/** The player's own view carried by its copy of the next reveal or podium. */
export async function nextYou(socket: CirrusClient, timeoutMs = 10_000): Promise<PlayerView> {
  return ownView(await next(socket, 'game:phase', (v) => ownView(v) !== undefined, timeoutMs))!
}

export function nextHostStatus(socket: CirrusClient, accept: (s: HostStatus) => boolean, timeoutMs = 10_000) {
  return next(socket, 'host:status', accept, timeoutMs)
}

/** The next time the connection comes back, takes the seat again with the token, as the web client does. */
export function reseated(player: JoinedPlayer, pin: string): Promise<Joined> {
  return new Promise((resolve, reject) => {
    player.socket.once('connect', () => call(player.socket, 'player:rejoin', { pin, playerToken: player.playerToken }).then(resolve, reject))
  })
}

/** The host's counterpart of `reseated`. */
export function reattached(game: HostedGame): Promise<{ view: PhaseView; host: HostView }> {
  return new Promise((resolve, reject) => {
    game.host.once('connect', () => call(game.host, 'host:attach', { pin: game.pin, hostToken: game.hostToken }).then(resolve, reject))
  })
}
