import { rulesOf } from '@cirrus/game'
import { GameSettingsSchema, REPORT_LIST_LIMIT, type GameRules, type TeamColor } from '@cirrus/protocol'
import type { Db } from './client.ts'
import { restoredSnapshot } from './snapshot.ts'

/**
 * The classroom record's reads and its one delete: the games as the database keeps them, as plain rows (dates as
 * epoch ms, JSON parsed), for reports/build.ts to turn into reports. Prisma only, no SQL of our own, so that the
 * same queries run on SQLite and PostgreSQL. Nothing here is on the real-time path.
 */

/** What the report reads of a question as played. Loose on purpose: question types grow, the report should not break. */
export interface QuestionAsPlayed {
  id: string
  type: string
  prompt: string
  options: { text: string; correct: boolean }[]
  explanation: string
  topic?: string
  points: number
  /** Ordering questions: the order their items were shown in (shown position i holds option shownOrder[i]). */
  shownOrder?: number[]
  /** Number questions: the accepted numbers. */
  number?: { answers?: { value: number; tolerance?: number }[]; unit?: string }
}

export interface GameRow {
  id: string
  /** lobby, running, finished or abandoned */
  status: string
  quizTitle: string
  /** The quiz's length when the game was made (its questions as played, or the quiz cut to the game's setting). */
  questionCount: number
  createdAt: number
  startedAt: number | null
  endedAt: number | null
  /** The engine's phase and question index at the last snapshot; null when none was written. */
  phase: string | null
  index: number
}

export interface ReportRows {
  game: GameRow
  questions: QuestionAsPlayed[]
  /** In join order. */
  players: { id: string; nickname: string; kicked: boolean; joinedAt: number; learnerId: string | null }[]
  answers: { playerId: string; questionIndex: number; choice: unknown; correct: boolean; credit: number; points: number; elapsedMs: number; answeredAt: number }[]
  /** The podium's standings, when the game reached it. */
  results: { playerId: string; rank: number; score: number; correctCount: number; askedCount: number }[]
  /** Each player's questions in the game, as the engine counted them at the last snapshot (games since it counts). */
  asked: Record<string, number>
  /** How the game was scored, from its settings. */
  rules: GameRules
  /** A team game's teams at the last snapshot, in team order (a player's `team` is an index here); empty without. */
  teams: { name: string; color: TeamColor; score: number }[]
  /** Each player's team number at the last snapshot, in a team game. */
  team: Record<string, number>
  /** Each player's extra-time factor at the last snapshot, for those the host gave one other than 1. */
  extraTime: Record<string, number>
}

/** What one player's own review is made of: their game, its questions, their answers and their standing. */
export interface ReviewRows {
  game: GameRow
  questions: QuestionAsPlayed[]
  player: { id: string; nickname: string; learnerId: string | null }
  answers: Omit<ReportRows['answers'][number], 'playerId'>[]
  /** The podium's line for this player, when the game reached it. */
  result: { rank: number; score: number; correctCount: number; askedCount: number } | null
  /** Without a podium: the player's rank and questions in the game at the last snapshot, if it has them. */
  standing: { rank: number; askedCount: number | undefined } | null
}

export interface ReviewSeat {
  gameId: string
  tokenHash: string
  learnerId: string | null
  kicked: boolean
}

export type DeleteOutcome = 'deleted' | 'not_found' | 'running'

const ENDED = ['finished', 'abandoned']

export class ReportStore {
  constructor(
    private readonly db: Db,
    /** Commits the journal's pending rows first, so that a report includes the answers of the last moment. */
    private readonly flush: () => void | Promise<void>,
  ) {}

  /** The games that started, newest first (a lobby nobody started has nothing to report). */
  async listGames(limit = REPORT_LIST_LIMIT): Promise<(GameRow & { playerCount: number })[]> {
    await this.flush()
    const games = await this.db.game.findMany({
      where: { startedAt: { not: null } },
      orderBy: { createdAt: 'desc' },
      take: limit,
      select: {
        id: true,
        status: true,
        createdAt: true,
        startedAt: true,
        endedAt: true,
        snapshotJson: true,
        settingsJson: true,
        quiz: { select: { title: true, questionCount: true } },
        _count: { select: { players: { where: { kicked: false } } } },
      },
    })
    return games.map((g) => {
      const core = coreOf(g.snapshotJson)
      const settings = JSON.parse(g.settingsJson) as { questionCount?: number | null }
      return {
        ...gameRow(g, core, Math.min(g.quiz.questionCount, settings.questionCount ?? Infinity)),
        playerCount: g._count.players,
      }
    })
  }

  /**
   * Everything one game's report is made of; null when there is no such game. The players, answers and results are
   * read a page at a time, with the event loop free between pages: Prisma takes ~40 µs a row on the main thread, so
   * a 2,000-player game's 20,000 answers in one query would hold every live game for most of a second.
   */
  async gameRows(gameId: string): Promise<ReportRows | null> {
    await this.flush()
    const g = await this.db.game.findUnique({
      where: { id: gameId },
      select: { id: true, status: true, createdAt: true, startedAt: true, endedAt: true, snapshotJson: true, settingsJson: true, quiz: { select: { title: true } }, snapshotParts: true },
    })
    if (!g) return null
    const parts = Object.fromEntries(g.snapshotParts.map((p) => [p.part, p.json]))
    const state = g.snapshotJson ? restoredSnapshot(g.snapshotJson, parts) : null
    const questions = (state?.questions ?? []) as unknown as QuestionAsPlayed[]
    const asked: Record<string, number> = {}
    const team: Record<string, number> = {}
    const extraTime: Record<string, number> = {}
    for (const [id, p] of Object.entries(state?.players ?? {})) {
      if (typeof p.askedCount === 'number') asked[id] = p.askedCount
      if (typeof p.team === 'number') team[id] = p.team
      if (typeof p.extraTime === 'number' && p.extraTime !== 1) extraTime[id] = p.extraTime
    }
    const players = await paged((skip, take) =>
      this.db.player.findMany({
        where: { gameId },
        orderBy: [{ joinedAt: 'asc' }, { id: 'asc' }],
        skip,
        take,
        select: { id: true, nickname: true, kicked: true, joinedAt: true, learnerId: true },
      }),
    )
    const answers = await paged((skip, take) =>
      this.db.answer.findMany({
        where: { gameId },
        orderBy: { id: 'asc' },
        skip,
        take,
        select: { playerId: true, questionIndex: true, choiceJson: true, correct: true, credit: true, points: true, elapsedMs: true, answeredAt: true },
      }),
    )
    const results = await paged((skip, take) =>
      this.db.result.findMany({ where: { gameId }, orderBy: { playerId: 'asc' }, skip, take, select: { playerId: true, rank: true, score: true, correctCount: true, askedCount: true } }),
    )
    return {
      game: gameRow(g, state, questions.length),
      questions,
      players: players.map((p) => ({ ...p, joinedAt: p.joinedAt.getTime() })),
      answers: answers.map(({ choiceJson, answeredAt, ...a }) => ({ ...a, choice: JSON.parse(choiceJson) as unknown, answeredAt: answeredAt.getTime() })),
      results,
      asked,
      rules: rulesFrom(g.settingsJson),
      teams: (state?.teams ?? []).map(({ name, color, score }) => ({ name, color, score })),
      team,
      extraTime,
    }
  }

  /** The seat a player asks for their review with: the token is checked by the caller against its hash. */
  async reviewSeat(playerId: string): Promise<ReviewSeat | null> {
    return this.db.player.findUnique({ where: { id: playerId }, select: { gameId: true, tokenHash: true, learnerId: true, kicked: true } })
  }

  /** One player's review rows: their answers and podium line, and the game's questions (no other player's rows). */
  async reviewRows(playerId: string): Promise<ReviewRows | null> {
    await this.flush()
    const p = await this.db.player.findUnique({
      where: { id: playerId },
      include: {
        answers: { orderBy: { questionIndex: 'asc' } },
        result: true,
        game: { include: { quiz: { select: { title: true } }, snapshotParts: { where: { part: 'questions' } } } },
      },
    })
    if (!p) return null
    const g = p.game
    const core = g.snapshotJson ? (JSON.parse(g.snapshotJson) as Core & { questions?: unknown }) : null
    const questions = (JSON.parse(g.snapshotParts[0]?.json ?? 'null') ?? core?.questions ?? []) as QuestionAsPlayed[]
    // Only a game without a podium needs the other players (their scores give the rank): read them then alone.
    const standing = p.result ? null : await this.standingOf(g.id, playerId)
    return {
      game: gameRow(g, core, questions.length),
      questions,
      player: { id: p.id, nickname: p.nickname, learnerId: p.learnerId },
      answers: p.answers.map((a) => ({
        questionIndex: a.questionIndex,
        choice: JSON.parse(a.choiceJson) as unknown,
        correct: a.correct,
        credit: a.credit,
        points: a.points,
        elapsedMs: a.elapsedMs,
        answeredAt: a.answeredAt.getTime(),
      })),
      result: p.result && { rank: p.result.rank, score: p.result.score, correctCount: p.result.correctCount, askedCount: p.result.askedCount },
      standing,
    }
  }

  /** A player's competition rank and questions in the game, from the last snapshot's players (a game with no podium). */
  private async standingOf(gameId: string, playerId: string): Promise<ReviewRows['standing']> {
    const part = await this.db.snapshotPart.findUnique({ where: { gameId_part: { gameId, part: 'players' } } })
    if (!part) return null
    const { players } = JSON.parse(part.json) as { players: Record<string, { score: number; askedCount?: number }> }
    const me = players[playerId]
    if (!me) return null
    const above = Object.values(players).filter((p) => p.score > me.score).length
    return { rank: above + 1, askedCount: me.askedCount }
  }

  /** Deletes an ended game and everything it holds (nicknames, answers, results). A running game is refused. */
  async deleteGame(gameId: string): Promise<DeleteOutcome> {
    await this.flush()
    const game = await this.db.game.findUnique({ where: { id: gameId }, select: { status: true } })
    if (!game) return 'not_found'
    if (!ENDED.includes(game.status)) return 'running'
    await deleteGames(this.db, [gameId])
    return 'deleted'
  }
}

/** Deletes games with every row that belongs to them, children first (no reliance on the database's cascades). */
export async function deleteGames(db: Db, ids: string[]): Promise<void> {
  const gameId = { in: ids }
  await db.$transaction([
    db.answer.deleteMany({ where: { gameId } }),
    db.result.deleteMany({ where: { gameId } }),
    db.player.deleteMany({ where: { gameId } }),
    db.snapshotPart.deleteMany({ where: { gameId } }),
    db.pinLease.deleteMany({ where: { gameId } }),
    db.game.deleteMany({ where: { id: gameId } }),
  ])
}

const PAGE = 1000

/** Reads rows a page at a time, giving the event loop a turn between pages (the live games come first). */
async function paged<T>(read: (skip: number, take: number) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = []
  for (let skip = 0; ; skip += PAGE) {
    const page = await read(skip, PAGE)
    rows.push(...page)
    if (page.length < PAGE) return rows
    await new Promise((resolve) => setImmediate(resolve))
  }
}

/** The rules a game was played by: its stored settings over the defaults (games from before a rule existed had its default). */
function rulesFrom(settingsJson: string): GameRules {
  return rulesOf({ ...GameSettingsSchema.parse({}), ...(JSON.parse(settingsJson) as object) })
}

interface Core {
  quizTitle?: string
  phase?: string
  index?: number
}

function coreOf(snapshotJson: string | null): Core | null {
  return snapshotJson ? (JSON.parse(snapshotJson) as Core) : null
}

function gameRow(
  g: { id: string; status: string; createdAt: Date; startedAt: Date | null; endedAt: Date | null; quiz: { title: string } },
  core: Core | null,
  questionCount: number,
): GameRow {
  return {
    id: g.id,
    status: g.status,
    // The title as played: the quiz may have been renamed since.
    quizTitle: core?.quizTitle ?? g.quiz.title,
    questionCount,
    createdAt: g.createdAt.getTime(),
    startedAt: g.startedAt?.getTime() ?? null,
    endedAt: g.endedAt?.getTime() ?? null,
    phase: core?.phase ?? null,
    index: core?.index ?? -1,
  }
}
