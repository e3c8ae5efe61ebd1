import type { Question } from '@cirrus/questions'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { friendlyName, isFriendlyName, joinPattern, joinWindow, JOIN_PATTERN_MS, playerOptionOrder } from '@cirrus/protocol'
import { ANSWER_GRACE_MS } from './constants.ts'
import { nextWakeAt, reduce } from './reduce.ts'
import { restoreGame } from './restore.ts'
import { teamStandings } from './teams.ts'
import { apply, applyAll, join, newGame, pick, QUIZ, started, T0 } from './test-fixtures.ts'
import type { GameState } from './types.ts'
import { hostView, playerView, publicView } from './views.ts'
import { answerOf } from './round-answers.ts'

const single = QUIZ[0]! // Paris (option 1) is right; 20 s, 1000 points
const singles = (n: number): Question[] => Array.from({ length: n }, (_, i) => ({ ...single, id: `s${i}` }))
const refusal = (s: GameState, e: Parameters<typeof reduce>[1], now: number) => {
  const r = reduce(s, e, now)
  return r.ok ? 'accepted' : r.error
}
/** Closes the open question and moves on to the next one. */
const onward = (s: GameState, now: number) => applyAll(s.phase === 'question' ? apply(s, { type: 'endAnswering' }, now).state : s, [{ type: 'next' }, { type: 'next' }], now)

describe('scoring modes', () => {
  it('speed (the default): later right answers earn less; accuracy: the full points whenever', () => {
    const speed = applyAll(started(['a', 'b'], {}, singles(1)), [pick('a', 0, [1]), pick('b', 0, [1])], T0 + 10_000)
    expect(speed.players.a!.lastResult!.points).toBe(750)
    const accuracy = applyAll(started(['a', 'b'], { scoring: 'accuracy' }, singles(1)), [pick('a', 0, [1]), pick('b', 0, [1])], T0 + 19_000)
    expect(accuracy.players.a!.lastResult!.points).toBe(1000)
  })

  it('accuracy still gives a multiple-response answer its share of credit', () => {
    const s = applyAll(started(['a'], { scoring: 'accuracy' }, [QUIZ[1]!]), [pick('a', 0, [0])], T0 + 15_000)
    expect(s.players.a!.lastResult).toMatchObject({ credit: 0.5, points: 500 })
  })

  it('without the streak bonus, right answers in a row earn nothing extra', () => {
    let on = started(['a'], { scoring: 'accuracy' }, singles(3))
    let off = started(['a'], { scoring: 'accuracy', streakBonus: false }, singles(3))
    for (let i = 0; i < 3; i++) {
      on = onward(apply(on, pick('a', i, [1]), on.round!.openedAt + 10).state, on.round!.openedAt + 20)
      off = onward(apply(off, pick('a', i, [1]), off.round!.openedAt + 10).state, off.round!.openedAt + 20)
    }
    expect(on.players.a!.score).toBe(3000 + 100 + 200)
    expect(off.players.a!.score).toBe(3000)
    expect(off.players.a!.streak).toBe(3) // the streak is still counted and shown
  })

  it('a wrong answer costs the penalty, never more than the score; no answer costs nothing', () => {
    let s = started(['a', 'b', 'c'], { scoring: 'accuracy', wrongPenalty: 300 }, singles(3))
    s = onward(applyAll(s, [pick('a', 0, [1]), pick('b', 0, [0]), pick('c', 0, [1])], T0 + 100), T0 + 200)
    expect([s.players.a!.score, s.players.b!.score, s.players.c!.score]).toEqual([1000, 0, 1000])
    s = onward(applyAll(s, [pick('a', 1, [0]), pick('b', 1, [0])], T0 + 300), T0 + 400) // c does not answer
    expect(s.players.a!.lastResult).toMatchObject({ correct: false, points: -300 })
    expect(s.players.b!.lastResult).toMatchObject({ correct: false, points: 0 }) // nothing to lose
    expect([s.players.a!.score, s.players.b!.score, s.players.c!.score]).toEqual([700, 0, 1000])
  })

  it('polls and 0-point questions are never penalised', () => {
    const s = applyAll(started(['a'], { wrongPenalty: 500 }, [QUIZ[4]!]), [pick('a', 0, [1])], T0 + 100)
    expect(s.players.a!.lastResult!.points).toBe(0)
  })

  it('the lobby shows the rules before the game starts', () => {
    const view = publicView(newGame({ scoring: 'accuracy', streakBonus: false, wrongPenalty: 200, teams: 3, teamPick: true }), T0)
    expect(view).toMatchObject({ phase: 'lobby', rules: { scoring: 'accuracy', streakBonus: false, wrongPenalty: 200, teams: 3, teamPick: true } })
  })

  it('a score never goes below zero, whatever the answers (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(0, 1, null), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 }), fc.constantFrom(0, 100, 1000), (rounds, penalty) => {
        let s = started(['a', 'b', 'c'], { wrongPenalty: penalty }, singles(rounds.length))
        rounds.forEach((picks, i) => {
          const at = s.round!.openedAt + 50
          for (const [k, option] of picks.entries()) if (option !== null) s = apply(s, pick('abc'[k]!, i, [option]), at).state
          for (const p of Object.values(s.players)) expect(p.score).toBeGreaterThanOrEqual(0)
          s = onward(s, at + 10)
        })
      }),
    )
  })
})

describe('extra time', () => {
  const withExtra = (factor: number) => apply(started(['a', 'b'], {}, singles(2)), { type: 'extraTime', playerId: 'b', factor }, T0).state

  it("accepts an answer after everyone else's deadline and refuses one after the player's own", () => {
    const s = withExtra(2)
    const late = T0 + 20_000 + ANSWER_GRACE_MS + 1
    expect(refusal(s, pick('a', 0, [1]), late)).toBe('too_late')
    expect(refusal(s, pick('b', 0, [1]), T0 + 39_000)).toBe('accepted')
    expect(refusal(s, pick('b', 0, [1]), T0 + 40_000 + ANSWER_GRACE_MS + 1)).toBe('too_late')
  })

  it("stretches the speed rule's time: half the time of a doubled limit earns what half the time earns", () => {
    const s = applyAll(withExtra(2), [pick('a', 0, [1]), pick('b', 0, [1])], T0 + 10_000)
    expect(s.players.a!.lastResult!.points).toBe(750)
    const t = applyAll(withExtra(2), [pick('a', 0, [1]), pick('b', 0, [1])], T0 + 20_000)
    expect(t.players.b!.lastResult!.points).toBe(750)
  })

  it("keeps the round open until everyone's own time is up, or closes it when everyone has answered", () => {
    const s = withExtra(1.5)
    expect(nextWakeAt(s)).toBe(T0 + 30_000 + ANSWER_GRACE_MS)
    expect(apply(s, { type: 'tick' }, T0 + 25_000).state.phase).toBe('question')
    expect(apply(s, { type: 'tick' }, T0 + 30_000 + ANSWER_GRACE_MS).state.phase).toBe('reveal')
    // b answered: nobody is still in their own time, so the question's deadline closes it.
    const answered = apply(s, pick('b', 0, [1]), T0 + 5000).state
    expect(nextWakeAt(answered)).toBe(T0 + 20_000 + ANSWER_GRACE_MS)
    // A player with extra time who has lost their connection does not hold the room up.
    const away = apply(s, { type: 'connection', playerId: 'b', connected: false }, T0 + 5000).state
    expect(nextWakeAt(away)).toBe(T0 + 20_000 + ANSWER_GRACE_MS)
    // Everyone answered: the reveal comes at once.
    expect(applyAll(s, [pick('a', 0, [1]), pick('b', 0, [0])], T0 + 5000).phase).toBe('reveal')
  })

  it('is given in the lobby, told to the player and the host alone, and kept by a snapshot', () => {
    const lobby = applyAll(newGame(), join('a', 'b'), T0)
    const r = apply(lobby, { type: 'extraTime', playerId: 'a', factor: 1.5 }, T0)
    expect(r.effects.map((e) => e.type)).toEqual(['you', 'hostDirty', 'snapshot'])
    expect(r.effects[0]).toMatchObject({ type: 'you', you: { playerId: 'a', extraTime: 1.5 } })
    expect(hostView(r.state).players.map((p) => p.extraTime)).toEqual([1.5, 1])
    expect(JSON.stringify(publicView(r.state, T0))).not.toContain('1.5')
    const s = apply(r.state, { type: 'start' }, T0).state
    expect(nextWakeAt(s)).toBe(T0 + 30_000 + ANSWER_GRACE_MS)
    expect(playerView(s, 'a').extraTime).toBe(1.5)
    // Back to 1 removes it.
    expect(apply(s, { type: 'extraTime', playerId: 'a', factor: 1 }, T0).state.players.a!.extraTime).toBeUndefined()
  })

  it('refuses factors other than 1, 1.5 and 2, unknown players and a finished game', () => {
    const s = withExtra(1)
    expect(refusal(s, { type: 'extraTime', playerId: 'a', factor: 3 }, T0)).toBe('invalid_payload')
    expect(refusal(s, { type: 'extraTime', playerId: 'zed', factor: 2 }, T0)).toBe('player_not_found')
    expect(refusal(apply(s, { type: 'end' }, T0).state, { type: 'extraTime', playerId: 'a', factor: 2 }, T0)).toBe('game_over')
  })

  it('survives a restart mid-question: the time away is added to the own deadline too', () => {
    const s = apply(withExtra(2), pick('a', 0, [1]), T0 + 1000).state
    const back = restoreGame(s, { players: [{ id: 'a', nickname: 'Nick a' }, { id: 'b', nickname: 'Nick b' }], answers: [], stoppedAt: T0 + 25_000, now: T0 + 35_000 })
    const seated = apply(back, { type: 'connection', playerId: 'b', connected: true }, T0 + 35_000).state
    expect(seated.players.b!.extraTime).toBe(2)
    expect(nextWakeAt(seated)).toBe(T0 + 50_000 + ANSWER_GRACE_MS)
    expect(refusal(seated, pick('b', 0, [1]), T0 + 49_000)).toBe('accepted')
  })
})

describe('teams', () => {
  const teamGame = (ids: string[], overrides = {}) => applyAll(newGame({ teams: 2, scoring: 'accuracy', ...overrides }, singles(3)), join(...ids), T0)

  it('balances players into the smallest team as they join', () => {
    const s = teamGame(['a', 'b', 'c', 'd', 'e'])
    expect(['a', 'b', 'c', 'd', 'e'].map((id) => s.players[id]!.team)).toEqual([0, 1, 0, 1, 0])
    // A kick leaves a gap that the next joiner fills.
    const after = applyAll(apply(s, { type: 'kick', playerId: 'a' }, T0).state, join('f', 'g'), T0)
    expect([after.players.f!.team, after.players.g!.team]).toEqual([0, 1])
  })

  it("scores a team the mean of its members' points, so team sizes do not decide", () => {
    // Team 0: a, c, e (two right of three); team 1: b, d (one right of two).
    let s = apply(teamGame(['a', 'b', 'c', 'd', 'e']), { type: 'start' }, T0).state
    s = applyAll(s, [pick('a', 0, [1]), pick('b', 0, [1]), pick('c', 0, [1]), pick('d', 0, [0])], T0 + 100) // e does not answer
    s = apply(s, { type: 'endAnswering' }, T0 + 200).state
    expect(s.teams!.map((t) => t.score)).toEqual([667, 500])
    // Every player keeps their own score.
    expect(s.players.a!.score).toBe(1000)
    expect(s.players.e!.score).toBe(0)
    expect(teamStandings(s).map(({ team, rank, members }) => ({ team, rank, members }))).toEqual([
      { team: 0, rank: 1, members: 3 },
      { team: 1, rank: 2, members: 2 },
    ])
  })

  it("gives the team its own streak: more than half of its members right, question after question", () => {
    let s = apply(teamGame(['a', 'b', 'c', 'd']), { type: 'start' }, T0).state
    for (let i = 0; i < 3; i++) {
      const at = s.round!.openedAt + 10
      s = applyAll(s, [pick('a', i, [1]), pick('c', i, [1]), pick('b', i, [1]), pick('d', i, [0])], at)
      if (i < 2) s = onward(s, at + 10)
    }
    // Team 0 (a, c): 1000 each time, streak 3 (+0, +100, +200); team 1 (b, d): half right is not more than half.
    expect(s.teams!.map((t) => [t.score, t.streak])).toEqual([
      [3300, 3],
      [1500, 0],
    ])
    // The members' own streak bonuses are theirs: a has 3000 + 100 + 200 as well.
    expect(s.players.a!.score).toBe(3300)
  })

  it('ranks teams on the leaderboard and the podium, with each team name, score, rank and members', () => {
    let s = apply(teamGame(['a', 'b']), { type: 'start' }, T0).state
    s = applyAll(s, [pick('a', 0, [0]), pick('b', 0, [1])], T0 + 100)
    s = apply(s, { type: 'next' }, T0 + 200).state
    expect(publicView(s, T0)).toMatchObject({ phase: 'leaderboard', teams: [{ team: 1, name: 'Blue Whales', rank: 1, score: 1000, members: 1 }, { team: 0, rank: 2, score: 0 }] })
    s = apply(s, { type: 'end' }, T0 + 300).state
    const view = publicView(s, T0)
    expect(view.phase === 'podium' && view.teams.map(({ name, score, rank, members }) => ({ name, score, rank, members }))).toEqual([
      { name: 'Blue Whales', score: 1000, rank: 1, members: 1 },
      { name: 'Red Rockets', score: 0, rank: 2, members: 1 },
    ])
    expect(playerView(s, 'a').team).toEqual({ team: 0, name: 'Red Rockets', color: 'red' })
  })

  it('the host renames and recolours teams in the lobby; everyone sees it; a restart keeps it', () => {
    const r = apply(teamGame(['a']), { type: 'editTeam', team: 1, name: 'Owls', color: 'purple' }, T0)
    expect(r.effects.map((e) => e.type)).toEqual(['broadcast', 'hostDirty', 'snapshot'])
    expect(publicView(r.state, T0)).toMatchObject({ teams: [{ team: 0, name: 'Red Rockets', color: 'red' }, { team: 1, name: 'Owls', color: 'purple' }] })
    expect(refusal(r.state, { type: 'editTeam', team: 2, name: 'X' }, T0)).toBe('no_such_team')
    expect(refusal(apply(r.state, { type: 'start' }, T0).state, { type: 'editTeam', team: 0, name: 'X' }, T0)).toBe('wrong_phase')
    expect(refusal(newGame(), { type: 'editTeam', team: 0, name: 'X' }, T0)).toBe('no_such_team')
  })

  it('players pick a team in the lobby only when the host allows it', () => {
    expect(refusal(teamGame(['a']), { type: 'pickTeam', playerId: 'a', team: 1 }, T0)).toBe('team_pick_off')
    const s = teamGame(['a', 'b'], { teamPick: true })
    const r = apply(s, { type: 'pickTeam', playerId: 'b', team: 0 }, T0)
    expect(r.state.players.b!.team).toBe(0)
    expect(r.effects.map((e) => e.type)).toEqual(['you', 'hostDirty', 'snapshot'])
    expect(refusal(s, { type: 'pickTeam', playerId: 'b', team: 5 }, T0)).toBe('no_such_team')
    expect(refusal(s, { type: 'pickTeam', playerId: 'zed', team: 0 }, T0)).toBe('not_player')
  })

  it('late joiners count from their first question; a restart keeps the teams and seats new joiners in balance', () => {
    let s = apply(teamGame(['a', 'b'], { streakBonus: false }), { type: 'start' }, T0).state
    s = onward(applyAll(s, [pick('a', 0, [1]), pick('b', 0, [1])], T0 + 100), T0 + 200)
    s = applyAll(s, join('c'), T0 + 300) // team 0 now has a and c
    s = applyAll(s, [pick('a', 1, [1]), pick('b', 1, [1])], T0 + 400)
    s = apply(s, { type: 'endAnswering' }, T0 + 500).state
    expect(s.teams!.map((t) => t.score)).toEqual([1500, 2000])
    const back = restoreGame(s, { players: ['a', 'b', 'c', 'd'].map((id) => ({ id, nickname: `Nick ${id}` })), answers: [], stoppedAt: T0 + 600, now: T0 + 700 })
    expect(back.teams).toEqual(s.teams)
    expect(['a', 'b', 'c', 'd'].map((id) => back.players[id]!.team)).toEqual([0, 1, 0, 1])
  })

  it('every player has a team, teams stay balanced without kicks, and a team scores its members\' mean (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 8 }), fc.array(fc.constantFrom('join', 'kick'), { maxLength: 30 }), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (teams, moves, right) => {
        let s = apply(applyAll(newGame({ teams, scoring: 'accuracy', streakBonus: false }, singles(1)), join('p0'), T0), { type: 'start' }, T0).state
        let n = 1
        for (const m of moves) {
          if (m === 'join') s = applyAll(s, join(`p${n++}`), T0)
          else if (s.order.length > 1) s = apply(s, { type: 'kick', playerId: s.order[0]! }, T0).state
        }
        const sizes = teamStandings(s).map((t) => t.members)
        if (!moves.includes('kick')) expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
        for (const id of s.order) expect(s.players[id]!.team).toBeLessThan(teams)
        for (const [i, id] of [...s.order].entries()) if (s.phase === 'question') s = apply(s, pick(id, 0, [right[i] ? 1 : 0]), T0 + 10).state
        if (s.phase === 'question') s = apply(s, { type: 'endAnswering' }, T0 + 20).state
        for (const [t, team] of s.teams!.entries()) {
          const members = s.order.filter((id) => s.players[id]!.team === t)
          const mean = members.length ? Math.round(members.reduce((sum, id) => sum + s.players[id]!.score, 0) / members.length) : 0
          expect(team.score).toBe(mean)
        }
      }),
    )
  })
})

describe('fair play', () => {
  const perPhone = { showQuestionOnPlayers: true, optionsPerPlayer: true }

  it('maps an answer given in the phone’s own order back to the question’s option', () => {
    const s = started(['a', 'b'], perPhone, singles(1))
    const order = playerOptionOrder('a', 0, 4)
    const shown = order.indexOf(1) // where Paris is on a's phone
    const r = apply(s, pick('a', 0, [shown]), T0 + 100)
    expect(answerOf(r.state.round!.answers, 'a')!.choice).toEqual({ options: [1] })
    expect(answerOf(r.state.round!.answers, 'a')!.correct).toBe(true)
    expect(r.effects.find((e) => e.type === 'persistAnswer')).toMatchObject({ answer: { choice: { options: [1] } } })
    expect(publicView(s, T0)).toMatchObject({ optionsPerPlayer: true })
  })

  it('keeps the order of true/false and leaves games without the setting alone', () => {
    const tf = started(['a'], perPhone, [QUIZ[2]!])
    expect(answerOf(apply(tf, pick('a', 0, [1]), T0 + 100).state.round!.answers, 'a')!.correct).toBe(true)
    const plain = started(['a'], { optionsPerPlayer: true }, singles(1)) // questions not on the phones: no own order
    expect(publicView(plain, T0)).toMatchObject({ optionsPerPlayer: false })
    expect(answerOf(apply(plain, pick('a', 0, [1]), T0 + 100).state.round!.answers, 'a')!.correct).toBe(true)
  })

  it('every phone’s order is a permutation, and the answer mapped back is the option shown (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 2, max: 6 }), (playerId, index, n) => {
        const order = playerOptionOrder(playerId, index, n)
        expect([...order].sort()).toEqual(Array.from({ length: n }, (_, i) => i))
        expect(playerOptionOrder(playerId, index, n)).toEqual(order)
      }),
    )
    // Phones differ: over 50 players, a 4-option question is shown in more than a few orders.
    const orders = new Set(Array.from({ length: 50 }, (_, i) => playerOptionOrder(`p${i}`, 0, 4).join()))
    expect(orders.size).toBeGreaterThan(10)
  })

  it('two-step join: only the pattern shown now (or just before) seats a player', () => {
    const s = newGame({ twoStepJoin: true })
    const secret = s.joinSecret!
    const now = T0 * 1000 + 2000
    const shown = joinPattern(secret, joinWindow(now))
    const earlier = joinPattern(secret, joinWindow(now) - 1)
    const older = joinPattern(secret, joinWindow(now) - 2)
    expect(refusal(s, { type: 'join', playerId: 'a', nickname: 'Ann', pattern: shown }, now)).toBe('accepted')
    expect(refusal(s, { type: 'join', playerId: 'a', nickname: 'Ann', pattern: earlier }, now)).toBe('accepted')
    if (older.join() !== shown.join() && older.join() !== earlier.join()) expect(refusal(s, { type: 'join', playerId: 'a', nickname: 'Ann', pattern: older }, now)).toBe('wrong_pattern')
    expect(refusal(s, { type: 'join', playerId: 'a', nickname: 'Ann' }, now)).toBe('wrong_pattern')
    const wrong = shown.map((x) => (x + 1) % 4)
    if (wrong.join() !== earlier.join()) expect(refusal(s, { type: 'join', playerId: 'a', nickname: 'Ann', pattern: wrong }, now)).toBe('wrong_pattern')
    expect(hostView(s).joinSecret).toBe(secret)
    expect(JSON.stringify(publicView(s, now))).not.toContain(secret)
    expect(hostView(newGame()).joinSecret).toBeUndefined()
  })

  it('two-step join: the pattern changes from one window to the next, and a wrong guess is refused (property)', () => {
    const s = newGame({ twoStepJoin: true })
    let changed = 0
    for (let w = 0; w < 100; w++) if (joinPattern(s.joinSecret!, w).join() !== joinPattern(s.joinSecret!, w + 1).join()) changed++
    expect(changed).toBeGreaterThan(95)
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 }), fc.integer({ min: 0, max: 10 ** 6 }), (pattern, w) => {
        const now = w * JOIN_PATTERN_MS + 10
        const right = [joinPattern(s.joinSecret!, w), joinPattern(s.joinSecret!, w - 1)].some((p) => p.join() === pattern.join())
        expect(refusal(s, { type: 'join', playerId: 'a', nickname: 'Ann', pattern }, now)).toBe(right ? 'accepted' : 'wrong_pattern')
      }),
    )
  })

  it('friendly names: only a generated adjective and animal is taken, and every draw is one', () => {
    const s = newGame({ friendlyNames: true })
    expect(refusal(s, { type: 'join', playerId: 'a', nickname: 'Ann' }, T0)).toBe('nickname_invalid')
    expect(refusal(s, { type: 'join', playerId: 'a', nickname: 'Brave Otter' }, T0)).toBe('accepted')
    fc.assert(
      fc.property(fc.nat(), (n) => {
        const name = friendlyName(n, 'en')
        expect(isFriendlyName(name, 'en')).toBe(true)
        expect(name.length).toBeLessThanOrEqual(20)
      }),
    )
    expect(isFriendlyName('Brave Otter Extra', 'en')).toBe(false)
    expect(isFriendlyName('brave otter', 'en')).toBe(false)
  })
})
