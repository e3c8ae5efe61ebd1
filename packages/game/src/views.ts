import { imageUrl, type HostPlayer, type HostStatus, type HostView, type PhaseView, type PlayerView, type PublicImage, type PublicQuestion } from '@cirrus/protocol'
import type { ImageRef } from '@cirrus/questions'
import { LEADERBOARD_SIZE } from './constants.ts'
import { aheadOf, leaderboard, rankOf, type Aheads, type Ranks } from './leaderboard.ts'
import { timeLimitMs } from './timing.ts'
import { itemsAsShown, rightOrderShown } from './ordering.ts'
import { publicNumber } from './number.ts'
import type { GameState, PlayedQuestion } from './types.ts'
import { rulesOf } from './modes.ts'
import { teamOf, teamStandings, teamViews } from './teams.ts'
import { perPlayerOrder } from './fair-play.ts'
import { gettingReady } from './get-ready.ts'
import { answerList, hasAnswer } from './round-answers.ts'

/**
 * What everyone sees (players and host alike). Built only from what may be shown in the phase: before the reveal,
 * the question carries option texts alone, never which are right.
 */
export function publicView(state: GameState, now: number): PhaseView {
  const base = {
    pin: state.pin,
    serverNow: now,
    pausedAt: state.pausedAt,
    totalQuestions: state.questions.length,
    playerCount: state.order.length,
    showQuestionOnPlayers: state.settings.showQuestionOnPlayers,
    autoAdvance: state.settings.autoAdvance,
    advanceAt: state.advanceAt,
    optionsPerPlayer: perPlayerOrder(state.settings),
  }
  const question = state.questions[state.index]
  switch (state.phase) {
    case 'lobby':
      return { ...base, phase: 'lobby', locked: state.locked, quizTitle: state.quizTitle, rules: rulesOf(state.settings), teams: teamViews(state) }
    case 'question':
      return {
        ...base,
        phase: 'question',
        index: state.index,
        question: publicQuestion(question!, state),
        deadline: state.round?.deadline ?? now,
        answeredCount: answeredCount(state),
        ...(state.round?.media && { startsBy: state.round.openedAt }),
        ...(state.round && gettingReady(state.round, now) && { opensAt: state.round.openedAt }),
      }
    case 'reveal':
      return { ...base, phase: 'reveal', index: state.index, question: publicQuestion(question!, state), answeredCount: answeredCount(state), ...revealOf(question!, state) }
    case 'leaderboard':
      return { ...base, phase: 'leaderboard', index: state.index, top: leaderboard(state).slice(0, LEADERBOARD_SIZE), teams: teamStandings(state) }
    case 'podium':
      return { ...base, phase: 'podium', top: leaderboard(state).slice(0, LEADERBOARD_SIZE), teams: teamStandings(state) }
  }
}

/**
 * A question as players may see it while answering: texts only. An ordering question's items go out in the game's
 * shown order, never the right one; a number question sends its slider and unit, never its accepted numbers.
 */
export function publicQuestion(q: PlayedQuestion, state: GameState): PublicQuestion {
  const view: PublicQuestion = {
    id: q.id,
    type: q.type,
    prompt: q.prompt,
    options: q.type === 'text' ? [] : q.type === 'ordering' ? itemsAsShown(q.options, q.shownOrder) : q.options.map((o) => o.text),
    points: q.type === 'poll' ? 0 : q.points,
    timeLimitMs: timeLimitMs(q, state.settings),
    difficulty: q.difficulty,
  }
  if (q.type === 'multiple') view.pick = q.options.filter((o) => o.correct).length
  if (q.topic !== undefined) view.topic = q.topic
  if (q.image) view.image = publicImage(q.image)
  if (q.options.some((o) => o.image)) view.optionImages = q.options.map((o) => (o.image ? publicImage(o.image) : null))
  if (q.type === 'number' && q.number) view.number = publicNumber(q.number)
  return view
}

function publicImage(image: ImageRef): PublicImage {
  return { url: imageUrl(image.id), alt: image.alt }
}

function revealOf(q: PlayedQuestion, state: GameState) {
  const answers = state.round ? answerList(state.round.answers) : []
  if (q.type === 'ordering' || q.type === 'number') {
    const right = answers.filter((a) => a.correct).length
    const partly = answers.filter((a) => !a.correct && a.credit > 0).length
    const reveal = { correctOptions: [], acceptedAnswers: [], counts: [right, partly, answers.length - right - partly], explanation: q.explanation }
    return q.type === 'ordering' ? { ...reveal, correctOrder: rightOrderShown(q.shownOrder, q.options.length) } : { ...reveal, acceptedNumbers: q.number?.answers ?? [] }
  }
  if (q.type === 'text') {
    const right = answers.filter((a) => a.correct).length
    return { correctOptions: [], acceptedAnswers: q.options.map((o) => o.text), counts: [right, answers.length - right], explanation: q.explanation }
  }
  const counts = q.options.map(() => 0)
  for (const a of answers) if ('options' in a.choice) for (const i of a.choice.options) counts[i] = (counts[i] ?? 0) + 1
  const correctOptions = q.options.flatMap((o, i) => (o.correct ? [i] : []))
  return { correctOptions, acceptedAnswers: [], counts, explanation: q.explanation }
}

function answeredCount(state: GameState): number {
  return state.round && (state.phase === 'question' || state.phase === 'reveal') ? state.round.answers.count : 0
}

function hasAnswered(state: GameState, playerId: string): boolean {
  return state.phase === 'question' && state.round !== null && hasAnswer(state.round.answers, playerId)
}

/** One player's own state. Pass `ranks` (from ranksOf(leaderboard(state))) when making views for many players. */
export function playerView(state: GameState, playerId: string, ranks?: Ranks, aheads?: Aheads): PlayerView {
  const p = state.players[playerId]
  if (!p) throw new Error(`no player ${playerId} in game ${state.pin}`)
  return {
    playerId,
    nickname: p.nickname,
    score: p.score,
    streak: p.streak,
    rank: ranks?.[playerId] ?? rankOf(state, playerId),
    correctCount: p.correctCount,
    askedCount: p.askedCount ?? 0,
    answered: hasAnswered(state, playerId),
    lastResult: p.lastResult,
    extraTime: p.extraTime ?? 1,
    team: teamOf(state, p),
    ahead: aheads ? (aheads[playerId] ?? null) : aheadOf(state, playerId),
  }
}

/** What only the host sees, whole: every player in join order and the answering progress. */
export function hostView(state: GameState): HostView {
  const { changed, removed: _, ...counts } = hostStatus(state, null)
  return { ...counts, players: changed, ...(state.settings.twoStepJoin && state.joinSecret && { joinSecret: state.joinSecret }) }
}

/**
 * The host's status as a change since `since`, the state the previous status was made from (null: every player
 * changed). A player's row changed when their object or their answer did: the engine never mutates, it replaces a
 * player or an answer when it changes, so identity tells what changed and the players who did not cost no copy.
 */
export function hostStatus(state: GameState, since: GameState | null): HostStatus {
  let connectedCount = 0
  let playerCount = 0
  const changed: HostPlayer[] = []
  for (const id of state.order) {
    const p = state.players[id]
    if (!p) continue
    playerCount++
    if (p.connected) connectedCount++
    const answered = hasAnswered(state, id)
    if (since && since.players[id] === p && hasAnswered(since, id) === answered) continue
    changed.push({ playerId: id, nickname: p.nickname, score: p.score, correctCount: p.correctCount, askedCount: p.askedCount ?? 0, connected: p.connected, answered, extraTime: p.extraTime ?? 1, team: p.team ?? null })
  }
  return {
    pin: state.pin,
    phase: state.phase,
    locked: state.locked,
    playerCount,
    connectedCount,
    answeredCount: answeredCount(state),
    changed,
    removed: since ? since.order.filter((id) => !state.players[id]) : [],
  }
}
