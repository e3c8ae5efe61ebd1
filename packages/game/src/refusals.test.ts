import { ErrorCode, type ErrorCode as Code } from '@cirrus/protocol'
import { describe, expect, it } from 'vitest'
import { reduce } from './reduce.ts'
import { apply, applyAll, join, newGame, pick, started, T0, typed } from './test-fixtures.ts'
import type { GameEvent, GameState } from './types.ts'

const lobby = () => applyAll(newGame(), join('a', 'b'), T0)
const question = () => started(['a', 'b'])
const answeredByA = () => apply(question(), pick('a', 0, [1]), T0 + 1000).state
const reveal = () => apply(question(), { type: 'endAnswering' }, T0 + 1000).state
const board = () => apply(reveal(), { type: 'next' }, T0 + 2000).state
const podium = () => apply(question(), { type: 'end' }, T0 + 1000).state
const paused = () => apply(question(), { type: 'pause' }, T0 + 1000).state
const withKickedA = () => apply(question(), { type: 'kick', playerId: 'a' }, T0 + 1000).state
const locked = () => apply(lobby(), { type: 'lock', locked: true }, T0).state
const small = () => applyAll(newGame({ maxPlayers: 2 }), join('a', 'b'), T0)
const textQuestion = () => {
  let s = question()
  for (let i = 0; i < 3; i++) s = applyAll(s, [{ type: 'endAnswering' }, { type: 'next' }, { type: 'next' }], T0 + 1000)
  return s
}

interface Row {
  name: string
  state: () => GameState
  event: GameEvent
  now?: number
  error: Code
}

const rows: Row[] = [
  // answer
  { name: 'answer from a kicked player', state: withKickedA, event: pick('a', 0, [1]), error: ErrorCode.Kicked },
  { name: 'answer from an unknown player', state: question, event: pick('zed', 0, [1]), error: ErrorCode.NotPlayer },
  { name: 'answer in the lobby', state: lobby, event: pick('a', 0, [1]), error: ErrorCode.WrongPhase },
  { name: 'answer at the reveal', state: reveal, event: pick('a', 0, [1]), error: ErrorCode.WrongPhase },
  { name: 'answer on the leaderboard', state: board, event: pick('a', 0, [1]), error: ErrorCode.WrongPhase },
  { name: 'answer on the podium', state: podium, event: pick('a', 0, [1]), error: ErrorCode.WrongPhase },
  { name: 'answer while paused', state: paused, event: pick('a', 0, [1]), error: ErrorCode.Paused },
  { name: 'answer to another question', state: question, event: pick('a', 1, [1]), error: ErrorCode.WrongQuestion },
  { name: 'second answer', state: answeredByA, event: pick('a', 0, [2]), error: ErrorCode.AlreadyAnswered },
  { name: 'answer after deadline + grace', state: question, event: pick('a', 0, [1]), now: T0 + 20_501, error: ErrorCode.TooLate },
  { name: 'two options to a single question', state: question, event: pick('a', 0, [0, 1]), error: ErrorCode.InvalidChoice },
  { name: 'option out of range', state: question, event: pick('a', 0, [4]), error: ErrorCode.InvalidChoice },
  { name: 'text to an options question', state: question, event: typed('a', 0, 'Paris'), error: ErrorCode.InvalidChoice },
  { name: 'options to a typed question', state: textQuestion, event: pick('a', 3, [0]), error: ErrorCode.InvalidChoice },
  // start
  { name: 'start with no players', state: () => newGame(), event: { type: 'start' }, error: ErrorCode.NoPlayers },
  { name: 'start twice', state: question, event: { type: 'start' }, error: ErrorCode.WrongPhase },
  { name: 'start at the reveal', state: reveal, event: { type: 'start' }, error: ErrorCode.WrongPhase },
  // next
  { name: 'next in the lobby', state: lobby, event: { type: 'next' }, error: ErrorCode.WrongPhase },
  { name: 'next while answering', state: question, event: { type: 'next' }, error: ErrorCode.WrongPhase },
  { name: 'next on the podium', state: podium, event: { type: 'next' }, error: ErrorCode.GameOver },
  // endAnswering
  { name: 'endAnswering in the lobby', state: lobby, event: { type: 'endAnswering' }, error: ErrorCode.WrongPhase },
  { name: 'endAnswering at the reveal', state: reveal, event: { type: 'endAnswering' }, error: ErrorCode.WrongPhase },
  // pause / resume
  { name: 'pause in the lobby', state: lobby, event: { type: 'pause' }, error: ErrorCode.WrongPhase },
  { name: 'pause on the podium', state: podium, event: { type: 'pause' }, error: ErrorCode.WrongPhase },
  { name: 'pause twice', state: paused, event: { type: 'pause' }, error: ErrorCode.Paused },
  { name: 'resume when running', state: question, event: { type: 'resume' }, error: ErrorCode.NotPaused },
  { name: 'resume in the lobby', state: lobby, event: { type: 'resume' }, error: ErrorCode.NotPaused },
  // kick
  { name: 'kick an unknown player', state: question, event: { type: 'kick', playerId: 'zed' }, error: ErrorCode.PlayerNotFound },
  { name: 'kick a kicked player', state: withKickedA, event: { type: 'kick', playerId: 'a' }, error: ErrorCode.PlayerNotFound },
  { name: 'kick on the podium', state: podium, event: { type: 'kick', playerId: 'a' }, error: ErrorCode.GameOver },
  // lock
  { name: 'lock on the podium', state: podium, event: { type: 'lock', locked: true }, error: ErrorCode.GameOver },
  // join
  { name: 'join on the podium', state: podium, event: join('c')[0]!, error: ErrorCode.GameOver },
  { name: 'join a locked game', state: locked, event: join('c')[0]!, error: ErrorCode.LobbyLocked },
  { name: 'join with a taken nickname (any case)', state: lobby, event: { type: 'join', playerId: 'c', nickname: 'NICK a' }, error: ErrorCode.NicknameTaken },
  { name: 'join a full game', state: small, event: join('c')[0]!, error: ErrorCode.GameFull },
  { name: 'join with a seated id', state: lobby, event: { type: 'join', playerId: 'a', nickname: 'Other' }, error: ErrorCode.InvalidPayload },
  { name: 'join with a kicked id', state: withKickedA, event: { type: 'join', playerId: 'a', nickname: 'Back again' }, error: ErrorCode.InvalidPayload },
  // connection
  { name: 'connection of an unknown player', state: question, event: { type: 'connection', playerId: 'zed', connected: true }, error: ErrorCode.NotPlayer },
  { name: 'connection of a kicked player', state: withKickedA, event: { type: 'connection', playerId: 'a', connected: true }, error: ErrorCode.Kicked },
  // end
  { name: 'end on the podium', state: podium, event: { type: 'end' }, error: ErrorCode.GameOver },
  // anything else
  { name: 'an unknown event', state: question, event: { type: 'explode' } as unknown as GameEvent, error: ErrorCode.InvalidPayload },
]

describe('refused events', () => {
  it.each(rows)('$name → $error', ({ state, event, now, error }) => {
    const before = state()
    const snapshot = structuredClone(before)
    const result = reduce(before, event, now ?? T0 + 5000)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error).toBe(error)
    expect(result.message.length).toBeGreaterThan(5)
    expect(before).toEqual(snapshot)
  })

  it('accepts an answer at exactly deadline + grace, refuses 1 ms later', () => {
    expect(reduce(question(), pick('a', 0, [1]), T0 + 20_500).ok).toBe(true)
    expect(reduce(question(), pick('a', 0, [1]), T0 + 20_501)).toMatchObject({ ok: false, error: ErrorCode.TooLate })
  })
})

describe('ids that name Object properties find no one', () => {
  it.each(['constructor', '__proto__', 'toString'])('%s', (id) => {
    expect(reduce(question(), pick(id, 0, [1]), T0 + 1)).toMatchObject({ ok: false, error: ErrorCode.NotPlayer })
    expect(reduce(question(), { type: 'kick', playerId: id }, T0 + 1)).toMatchObject({ ok: false, error: ErrorCode.PlayerNotFound })
    expect(reduce(question(), { type: 'connection', playerId: id, connected: false }, T0 + 1)).toMatchObject({ ok: false, error: ErrorCode.NotPlayer })
  })
})
