import { GameSettingsSchema } from '@cirrus/protocol'
import { extraTimeOf, ownLimitMs } from './timing.ts'
import { seatUnteamed } from './teams.ts'
import { answerEntries, answersFrom, snapshotAnswers } from './round-answers.ts'
import type { AnswerRecord, GameState, PlayerState, RoundAnswer } from './types.ts'

/** Every setting at its default: a snapshot from before a setting existed plays by it. */
const DEFAULT_SETTINGS = GameSettingsSchema.parse({})

export interface RestoreInput {
  /** Every player that was seated and not kicked when the server stopped, in join order. */
  players: { id: string; nickname: string }[]
  /** The players the host removed, as the database knows them (some perhaps after the snapshot). */
  kicked?: string[]
  /** The accepted answers to the snapshot's round (its question open, revealed or on the leaderboard). */
  answers: AnswerRecord[]
  /** The last time the game was known to be running. */
  stoppedAt: number
  now: number
}

/**
 * Brings a snapshot (taken at its last phase change) up to date after a restart: players who joined since sit
 * down at 0, players kicked since are removed, the round's accepted answers are put back (a snapshot need not hold
 * them: each is a row of its own; those to an open question may have come after it), everyone is disconnected until
 * they come back, and the time the server was away does not count against any deadline.
 */
export function restoreGame(snapshot: GameState, { players, kicked: removed = [], answers, stoppedAt, now }: RestoreInput): GameState {
  const seated = new Set(players.map((p) => p.id))
  const kicked = [...snapshot.kicked, ...removed.filter((id) => !snapshot.kicked.includes(id))]
  const nextPlayers: Record<string, PlayerState> = {}
  const order: string[] = []
  for (const id of snapshot.order) {
    const p = snapshot.players[id]
    if (!p) continue
    if (!seated.has(id)) {
      if (!kicked.includes(id)) kicked.push(id)
      continue
    }
    nextPlayers[id] = { ...p, askedCount: p.askedCount ?? 0, connected: false }
    order.push(id)
  }
  for (const { id, nickname } of players) {
    if (nextPlayers[id] || kicked.includes(id)) continue
    nextPlayers[id] = { id, nickname, score: 0, streak: 0, correctCount: 0, askedCount: 0, connected: false, lastResult: null }
    order.push(id)
  }

  // Paused games need no shift: resuming shifts by the whole pause, downtime included.
  const away = snapshot.pausedAt === null ? Math.max(0, now - stoppedAt) : 0
  let round = snapshot.round
  if (round) {
    // Answers of players no longer seated do not count.
    const restored: Record<string, RoundAnswer> = {}
    for (const [id, a] of answerEntries(snapshotAnswers(round.answers))) if (nextPlayers[id]) restored[id] = a
    const question = snapshot.questions[round.index]
    for (const a of answers) {
      if (a.questionIndex !== round.index || !nextPlayers[a.playerId] || restored[a.playerId]) continue
      const limit = question ? ownLimitMs(question, snapshot.settings, extraTimeOf(nextPlayers[a.playerId])) : Infinity
      restored[a.playerId] = {
        choice: a.choice,
        receivedAt: a.answeredAt,
        elapsedMs: Math.min(a.elapsedMs, limit),
        correct: a.correct,
        credit: a.credit,
        points: a.points,
        streakBonus: a.streakBonus,
      }
    }
    round = { ...round, answers: answersFrom(restored) }
    if (snapshot.phase === 'question') round = { ...round, openedAt: round.openedAt + away, deadline: round.deadline + away }
  }

  // Players who joined after the snapshot are balanced into teams again, in join order, as they were at their join.
  return seatUnteamed({
    ...snapshot,
    settings: { ...DEFAULT_SETTINGS, ...snapshot.settings }, // a game from before games had a language is English
    players: nextPlayers,
    order,
    kicked,
    round,
    advanceAt: snapshot.advanceAt === null ? null : snapshot.advanceAt + away,
  })
}
