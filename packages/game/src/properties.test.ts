import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ANSWER_GRACE_MS } from './constants.ts'
import { leaderboard } from './leaderboard.ts'
import { nicknameKeys } from './nicknames.ts'
import { nextWakeAt, reduce } from './reduce.ts'
import { deepFreeze, newGame, QUIZ, T0 } from './test-fixtures.ts'
import type { GameEvent, GameState } from './types.ts'
import { applyHostStatus, type HostPlayer } from '@cirrus/protocol'
import { hostStatus, hostView, playerView, publicView } from './views.ts'
import { extraTimeOf, ownDeadline, roundClosesAt, timeLimitMs } from './timing.ts'
import { teamStandings } from './teams.ts'

const ids = ['p0', 'p1', 'p2', 'p3', 'p4', 'ghost']
const id = fc.constantFrom(...ids)
const choice = fc.oneof(
  { weight: 4, arbitrary: fc.record({ options: fc.tuple(fc.integer({ min: 0, max: 3 })) }) },
  { weight: 2, arbitrary: fc.record({ options: fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ options: fc.array(fc.integer({ min: -1, max: 6 }), { maxLength: 5 }) }) },
  { weight: 3, arbitrary: fc.record({ text: fc.constantFrom('Mont Blanc', 'monte bianco', 'K2', '', 'Paris') }) },
)
/** Stands for "the question open now" in a generated answer, so that most answers aim at the right question. */
const CURRENT = -99
const event: fc.Arbitrary<GameEvent> = fc.oneof(
  { weight: 30, arbitrary: fc.record({ type: fc.constant('join' as const), playerId: id, nickname: fc.constantFrom('Ann', 'ann', 'Аnn', 'Bob', 'ВОВ', 'BOB', 'Cy', 'Di', 'Ed') }) }, // with Cyrillic lookalikes
  { weight: 10, arbitrary: fc.record({ type: fc.constant('connection' as const), playerId: id, connected: fc.boolean() }) },
  {
    weight: 120,
    arbitrary: fc.record({ type: fc.constant('answer' as const), playerId: id, questionIndex: fc.oneof({ weight: 6, arbitrary: fc.constant(CURRENT) }, { weight: 1, arbitrary: fc.integer({ min: -1, max: QUIZ.length }) }), choice, rttMs: fc.integer({ min: -100, max: 3000 }) }),
  },
  { weight: 20, arbitrary: fc.constant({ type: 'start' as const }) },
  { weight: 20, arbitrary: fc.constant({ type: 'next' as const }) },
  { weight: 10, arbitrary: fc.constant({ type: 'endAnswering' as const }) },
  { weight: 10, arbitrary: fc.constant({ type: 'pause' as const }) },
  { weight: 10, arbitrary: fc.constant({ type: 'resume' as const }) },
  { weight: 10, arbitrary: fc.record({ type: fc.constant('kick' as const), playerId: id }) },
  { weight: 10, arbitrary: fc.record({ type: fc.constant('lock' as const), locked: fc.boolean() }) },
  { weight: 3, arbitrary: fc.constant({ type: 'end' as const }) },
  { weight: 40, arbitrary: fc.constant({ type: 'tick' as const }) },
  // Ways to play: extra time at any moment, team moves in the lobby.
  { weight: 10, arbitrary: fc.record({ type: fc.constant('extraTime' as const), playerId: id, factor: fc.constantFrom(1, 1.5, 2, 3) }) },
  { weight: 5, arbitrary: fc.record({ type: fc.constant('pickTeam' as const), playerId: id, team: fc.integer({ min: -1, max: 4 }) }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('editTeam' as const), team: fc.integer({ min: 0, max: 3 }), name: fc.constantFrom('Owls', 'Foxes') }) },
)
const steps = fc.array(fc.tuple(event, fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 1500 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 12_000 }) })), { minLength: 1, maxLength: 80, size: 'max' })
/** Players seated before the random events, so that most games have someone to play. */
const seated = fc.uniqueArray(fc.constantFrom(...ids.slice(0, 5)), { minLength: 0, maxLength: 5, size: 'max' })
const game = fc.record({
  autoAdvance: fc.boolean(),
  timeScale: fc.constantFrom(1, 4),
  maxPlayers: fc.integer({ min: 3, max: 6 }),
  points: fc.constantFrom(null, 0, 2000),
  shuffleOptions: fc.boolean(),
  shuffleQuestions: fc.boolean(),
  scoring: fc.constantFrom('speed' as const, 'accuracy' as const),
  streakBonus: fc.boolean(),
  wrongPenalty: fc.constantFrom(0, 0, 250),
  teams: fc.constantFrom(0, 0, 2, 3),
  teamPick: fc.boolean(),
  showQuestionOnPlayers: fc.boolean(),
  optionsPerPlayer: fc.boolean(),
})

const ANSWER_KEY = /"(correct(?!Count)\w*|accepted\w*|explanation)"\s*:/

function checkInvariants(s: GameState, now: number): void {
  expect(Object.keys(s.players).sort()).toEqual([...s.order].sort())
  // No two seated players have nicknames that look the same or are the same ignoring case.
  const keys = s.order.flatMap((pid) => nicknameKeys(s.players[pid]!.nickname))
  expect(new Set(keys).size).toBe(keys.length)
  for (const p of Object.values(s.players)) {
    expect(p.score).toBeGreaterThanOrEqual(0)
    expect(p.streak).toBeGreaterThanOrEqual(0)
    expect(s.kicked).not.toContain(p.id)
  }
  const board = leaderboard(s)
  expect(board).toHaveLength(s.order.length)
  board.forEach((e, i) => {
    const prev = board[i - 1]
    if (!prev) return expect(e.rank).toBe(1)
    expect(e.score).toBeLessThanOrEqual(prev.score)
    expect(e.rank).toBe(e.score === prev.score ? prev.rank : i + 1)
  })
  // Extra time is the host's and the player's business alone: never in what the projector shows.
  expect(JSON.stringify(publicView(s, now))).not.toContain('extraTime')
  if (s.teams) {
    for (const pid of s.order) expect(s.players[pid]!.team).toBeLessThan(s.teams.length)
    for (const t of s.teams) expect(t.score).toBeGreaterThanOrEqual(0)
    const standings = teamStandings(s)
    expect(standings.reduce((n, t) => n + t.members, 0)).toBe(s.order.length)
    standings.forEach((t, i) => i > 0 && expect(t.score).toBeLessThanOrEqual(standings[i - 1]!.score))
  } else expect(s.order.every((pid) => s.players[pid]!.team === undefined)).toBe(true)
  if (s.phase === 'lobby' || s.phase === 'question') {
    for (const v of [publicView(s, now), hostView(s)]) expect(JSON.stringify(v)).not.toMatch(ANSWER_KEY)
    // A player's own view carries only the result of a question already revealed.
    for (const pid of s.order) {
      const last = playerView(s, pid).lastResult
      if (last) expect(last.index).toBeLessThan(s.index)
    }
  }
  if (s.phase === 'podium') expect(s.pausedAt).toBeNull()
  const wake = nextWakeAt(s)
  if (s.pausedAt !== null) expect(wake).toBeNull()
  else if (s.phase === 'question') {
    // The question closes at its deadline, or later while someone with extra time has not answered: never earlier.
    expect(wake).toBe(roundClosesAt(s)! + ANSWER_GRACE_MS)
    expect(wake).toBeGreaterThanOrEqual(s.round!.deadline + ANSWER_GRACE_MS)
  }
}

describe('properties of any sequence of events', () => {
  it('hold after every event', () => {
    const seen = { answers: 0, reveals: 0, podiums: 0, closedByAnswer: 0 }
    fc.assert(
      fc.property(game, seated, fc.boolean(), steps, (overrides, first, startNow, events) => {
        let s = deepFreeze(newGame(overrides))
        for (const pid of first) {
          const r = reduce(s, { type: 'join', playerId: pid, nickname: `Nick ${pid}` }, T0)
          if (r.ok) s = deepFreeze(r.state)
        }
        if (startNow && s.order.length > 0) s = deepFreeze((reduce(s, { type: 'start' }, T0) as { state: GameState }).state)
        let now = T0
        const accepted = new Set<string>()
        // A host that got the whole view at `hostSince` and a status after every second accepted event.
        let hostSince = s
        let hostRows: readonly HostPlayer[] = hostView(s).players
        let acceptedEvents = 0
        for (const [generated, dt] of events) {
          now += dt
          const e = generated.type === 'answer' && generated.questionIndex === CURRENT ? { ...generated, questionIndex: s.index } : generated
          const before = s
          const result = reduce(before, e, now) // never throws, never mutates (the state is frozen)
          if (!result.ok) {
            expect(typeof result.error).toBe('string')
            continue
          }
          const after = deepFreeze(result.state)
          for (const effect of result.effects) {
            if (effect.type !== 'persistAnswer') continue
            const key = `${effect.answer.playerId}:${effect.answer.questionIndex}`
            expect(accepted.has(key)).toBe(false)
            accepted.add(key)
            seen.answers++
            expect(before.phase).toBe('question')
            expect(before.pausedAt).toBeNull()
            expect(effect.answer.questionIndex).toBe(before.index)
            // Within the player's own time (extra time stretches it), and a penalty never takes more than the score.
            const player = before.players[effect.answer.playerId]!
            const limit = timeLimitMs(before.questions[before.index]!, before.settings)
            expect(now).toBeLessThanOrEqual(ownDeadline(before.round!, limit, extraTimeOf(player)) + ANSWER_GRACE_MS)
            expect(effect.answer.points).toBeGreaterThanOrEqual(-player.score)
            expect(effect.answer.points).toBeLessThanOrEqual(2500)
          }
          if (e.type === 'answer') expect(result.effects.some((x) => x.type === 'persistAnswer')).toBe(true)
          // Scores never move while a question is open.
          if (before.phase === 'question' && after.phase === 'question') {
            for (const pid of after.order) if (before.players[pid]) expect(after.players[pid]!.score).toBe(before.players[pid]!.score)
          }
          checkInvariants(after, now)
          const status = hostStatus(after, hostSince)
          const { changed: _, removed: __, ...counts } = status
          const { players: whole, ...wholeCounts } = hostView(after)
          expect(counts).toEqual(wholeCounts)
          expect(applyHostStatus(hostRows, status)).toEqual(whole)
          expect(applyHostStatus(whole, status)).toEqual(whole) // a host that attached since
          if (++acceptedEvents % 2 === 0) {
            hostRows = applyHostStatus(hostRows, status)
            hostSince = after
          }
          if (after.phase !== before.phase && after.phase === 'reveal') seen.reveals++
          if (after.phase !== before.phase && after.phase === 'reveal' && e.type === 'answer') seen.closedByAnswer++
          if (after.phase !== before.phase && after.phase === 'podium') seen.podiums++
          s = after
        }
        expect(JSON.parse(JSON.stringify(s))).toEqual(s)
      }),
      { numRuns: 400 },
    )
    // The generator reaches the interesting parts of the game, not only refusals.
    expect(seen.answers).toBeGreaterThan(50)
    expect(seen.reveals).toBeGreaterThan(50)
    expect(seen.closedByAnswer).toBeGreaterThan(3)
    expect(seen.podiums).toBeGreaterThan(5)
  })

  it('a refused event leaves nothing behind and an accepted one is deterministic', () => {
    fc.assert(
      fc.property(game, steps, (overrides, events) => {
        let s = newGame(overrides)
        let now = T0
        for (const [e, dt] of events) {
          now += dt
          const a = reduce(s, e, now)
          const b = reduce(s, e, now)
          expect(a).toEqual(b)
          if (a.ok) s = a.state
        }
      }),
      { numRuns: 100 },
    )
  })
})
