import { NO_ANSWERS, type GameState } from '@cirrus/game'

/**
 * A game's snapshot in pieces. SQLite rewrites a whole row on any update, so the large pieces live in rows of their
 * own (SnapshotPart) and are written only when they change; the Game row keeps the rest (~600 bytes), which every
 * phase change and every heartbeat rewrites. The round's answers are left out altogether: each one is an Answer row
 * already, and the restart puts them back (restoreGame).
 *
 * With 2,000 players the players are ~300 KB: they change at each reveal and when connections come and go, not
 * when a question opens or the leaderboard shows. The questions never change.
 */
export interface SnapshotParts {
  questions?: string | null
  players?: string | null
}

/** Whether a part of this state still needs writing, judged by identity: the engine never changes a state it returned. */
export interface WrittenParts {
  questions: WeakSet<GameState['questions']>
  players: WeakMap<GameState['players'], GameState['order']>
}

export function writtenParts(): WrittenParts {
  return { questions: new WeakSet(), players: new WeakMap() }
}

/** The parts of `state` not written yet, as JSON. */
export function changedParts(state: GameState, written: WrittenParts): { part: keyof SnapshotParts; json: string }[] {
  const parts: { part: keyof SnapshotParts; json: string }[] = []
  if (!written.questions.has(state.questions)) parts.push({ part: 'questions', json: JSON.stringify(state.questions) })
  if (written.players.get(state.players) !== state.order) parts.push({ part: 'players', json: JSON.stringify({ players: state.players, order: state.order }) })
  return parts
}

/** Remembers that `state`'s parts are written (call once they are committed). */
export function markWritten(state: GameState, written: WrittenParts): void {
  written.questions.add(state.questions)
  written.players.set(state.players, state.order)
}

/** The Game row's piece: the state without its parts and without the round's answers. */
export function coreJson(state: GameState): string {
  const { questions: _q, players: _p, order: _o, round, ...rest } = state
  // Everything of the round but its answers (its pictures' wait and get-ready too: a restart keeps them).
  return JSON.stringify({ ...rest, round: round && { ...round, answers: NO_ANSWERS } })
}

/**
 * The state a snapshot was made from, except the round's answers (empty; restoreGame puts back the Answer rows).
 * Snapshots written by older versions hold some parts (or answers) themselves: what they hold is kept.
 */
export function restoredSnapshot(core: string, parts: SnapshotParts): GameState {
  const snapshot = JSON.parse(core) as GameState
  if (parts.questions) snapshot.questions = JSON.parse(parts.questions)
  if (parts.players) Object.assign(snapshot, JSON.parse(parts.players) as Pick<GameState, 'players' | 'order'>)
  return snapshot
}
