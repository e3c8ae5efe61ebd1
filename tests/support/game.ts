import type { GameSettingsInput, HostView, PhaseView } from '@cirrus/protocol'
import { call, connect, connected, next, type CirrusClient } from './client.ts'

export interface HostedGame {
  host: CirrusClient
  pin: string
  hostToken: string
  gameId: string
}

/** Connects a host and creates a game of the given quiz. */
export async function hostGame(url: string, quizId: string, settings: GameSettingsInput = {}): Promise<HostedGame> {
  const host = connect(url)
  await connected(host)
  const created = await call(host, 'host:create', { quizId, settings })
  return { host, pin: created.pin, hostToken: created.hostToken, gameId: created.gameId }
}

export interface JoinedPlayer {
  socket: CirrusClient
  playerId: string
  playerToken: string
  nickname: string
}

export async function joinGame(url: string, pin: string, nickname: string): Promise<JoinedPlayer> {
  const socket = connect(url)
  await connected(socket)
  const joined = await call(socket, 'player:join', { pin, nickname })
  return { socket, playerId: joined.playerId, playerToken: joined.playerToken, nickname }
}

export function nextPhase<P extends PhaseView['phase']>(socket: CirrusClient, phase: P, timeoutMs = 10_000) {
  return next(socket, 'game:phase', (v) => v.phase === phase, timeoutMs) as Promise<Extract<PhaseView, { phase: P }>>
}

export function nextHostStatus(socket: CirrusClient, accept: (s: HostView) => boolean, timeoutMs = 10_000) {
  return next(socket, 'host:status', accept, timeoutMs)
}
