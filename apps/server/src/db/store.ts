import { QuizSchema, type Quiz } from '@cirrus/questions'
import type { GameSettings, QuizDraft, QuizSummary, SavedQuiz } from '@cirrus/protocol'
import type { AnswerRecord, FinalResult, GameState } from '@cirrus/game'
import type { Database, Db } from './client.ts'
import type { Journal, PlayerRow } from './journal.ts'
import type { GameLeases } from './leases.ts'
import type { DatabaseKind } from './url.ts'
import { restoredSnapshot } from './snapshot.ts'
import { deleteGames, ReportStore } from './reports.ts'
import { ImageStore } from './images.ts'

/** What a restarted server needs to bring back a game that was running when the last process stopped. */
export interface UnfinishedGame {
  id: string
  hostTokenHash: string
  snapshot: GameState
  /** The last time a process was seen running it (heartbeat), or when the snapshot was written. */
  aliveAt: number
  players: { id: string; nickname: string; tokenHash: string; learnerId: string | null; kicked: boolean; joinedAt: number }[]
  /** The accepted answers to the snapshot's round (its question open, revealed or on the leaderboard), if it has one. */
  roundAnswers: AnswerRecord[]
}

export interface NewGame {
  id: string
  quizId: string
  hostTokenHash: string
  settings: GameSettings
}


const PIN_ATTEMPTS = 50

/**
 * The live game's and the quiz library's database access. Handlers and rooms speak to this class only (the practice
 * room to practice-store.ts), on SQLite or PostgreSQL alike (db/open.ts picks by DATABASE_URL). Joins, answers,
 * snapshots, heartbeats and final results go through the journal (group commit, one transaction per turn of the event
 * loop); everything else through Prisma, in queries written once for both databases.
 */
export class Store {
  /** Prisma writes made off the real-time path (kicks, PINs): `close` waits for them, so a clean stop loses none. */
  private readonly inFlight = new Set<Promise<void>>()
  private readonly db: Db
  readonly kind: DatabaseKind

  constructor(
    database: Database,
    private readonly journal: Journal,
    private readonly randomPin: () => string,
    /** Which process runs each game (PostgreSQL only; db/leases.ts); null on SQLite, where one process runs all. */
    readonly leases: GameLeases | null = null,
  ) {
    this.db = database.db
    this.kind = database.kind
  }

  /** Inserts the quizzes, or updates them in place by id: running this at every start never duplicates one. */
  async upsertQuizzes(quizzes: readonly Quiz[], builtin: boolean): Promise<void> {
    await this.db.$transaction(
      quizzes.map((quiz) => {
        const data = {
          title: quiz.title,
          description: quiz.description,
          builtin,
          questionsJson: JSON.stringify(quiz.questions),
          questionCount: quiz.questions.length,
        }
        return this.db.quiz.upsert({ where: { id: quiz.id }, create: { id: quiz.id, ...data }, update: data })
      }),
    )
  }

  /** The library, teachers' own quizzes first (latest change first), then the built-in ones by title. */
  async listQuizzes(search?: string): Promise<QuizSummary[]> {
    const words = search?.split(/\s+/).filter(Boolean) ?? []
    const rows = await this.db.quiz.findMany({
      where: { deletedAt: null, AND: words.map((w) => ({ OR: [{ title: this.containsWord(w) }, { description: this.containsWord(w) }] })) },
      select: { id: true, title: true, description: true, questionCount: true, builtin: true, updatedAt: true },
      orderBy: [{ builtin: 'asc' }, { updatedAt: 'desc' }, { title: 'asc' }],
    })
    return rows.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() }))
  }

  /**
   * Prisma's `contains` is LIKE: SQLite's ignores ASCII case, PostgreSQL's does not unless asked (`mode` exists in
   * the PostgreSQL client only, hence the cast).
   */
  private containsWord(word: string): { contains: string } {
    return this.kind === 'postgres' ? ({ contains: word, mode: 'insensitive' } as { contains: string }) : { contains: word }
  }

  /** A quiz that can be hosted, and whether it is built in; null when there is none by that id or it was deleted. */
  async getQuiz(id: string): Promise<{ quiz: Quiz; builtin: boolean } | null> {
    const saved = await this.savedQuiz(id)
    return saved && { quiz: QuizSchema.parse({ id: saved.id, title: saved.title, description: saved.description, questions: saved.questions }), builtin: saved.builtin }
  }

  /** A quiz with what the library shows about it (built in, last change). */
  async savedQuiz(id: string): Promise<SavedQuiz | null> {
    const row = await this.db.quiz.findFirst({ where: { id, deletedAt: null } })
    if (!row) return null
    const { id: _, title, description, builtin, questionCount, updatedAt, questionsJson } = row
    return { id, title, description, builtin, questionCount, updatedAt: updatedAt.toISOString(), questions: JSON.parse(questionsJson) }
  }

  async createQuiz(id: string, draft: QuizDraft): Promise<SavedQuiz> {
    await this.db.quiz.create({ data: { id, builtin: false, ...quizColumns(draft) } })
    return (await this.savedQuiz(id))!
  }

  /** Replaces a teacher's quiz; false when there is no such quiz that may change (missing, deleted or built in). */
  async updateQuiz(id: string, draft: QuizDraft): Promise<boolean> {
    const { count } = await this.db.quiz.updateMany({ where: { id, builtin: false, deletedAt: null }, data: quizColumns(draft) })
    return count === 1
  }

  /** Takes a teacher's quiz out of the library; its past games keep it. False when there is no such quiz to delete. */
  async deleteQuiz(id: string, at: number): Promise<boolean> {
    const { count } = await this.db.quiz.updateMany({ where: { id, builtin: false, deletedAt: null }, data: { deletedAt: new Date(at) } })
    return count === 1
  }

  /** Creates the game and leases it a PIN that no running game holds, in the database (shared by all processes). */
  async createGame(game: NewGame): Promise<string> {
    for (let attempt = 0; attempt < PIN_ATTEMPTS; attempt++) {
      const pin = this.randomPin()
      try {
        await this.db.$transaction([
          this.db.game.create({
            data: { id: game.id, pin, quizId: game.quizId, hostTokenHash: game.hostTokenHash, settingsJson: JSON.stringify(game.settings) },
          }),
          this.db.pinLease.create({ data: { pin, gameId: game.id } }),
        ])
        await this.leases?.claim(game.id) // before its first write: the journal writes only for games it holds
        return pin
      } catch (error) {
        if (!isUniqueViolation(error)) throw error
      }
    }
    throw new Error('no free PIN found')
  }

  /** Resolves once the player's row is committed. */
  addPlayer(player: PlayerRow, at: number): Promise<void> {
    return this.journal.addPlayer(player, at)
  }

  /** Resolves once the kick is committed: a restart keeps the player out (and says `kicked` to a rejoin). */
  markKicked(playerId: string): Promise<void> {
    return this.track(async () => {
      await this.journal.flush()
      await this.db.player.updateMany({ where: { id: playerId }, data: { kicked: true } })
    })
  }

  /** Resolves once the answer's row is committed. */
  addAnswer(gameId: string, answer: AnswerRecord): Promise<void> {
    return this.journal.addAnswer(gameId, answer)
  }

  /** Keeps the engine's state so that a restarted server can bring the game back (written with the next batch). */
  saveSnapshot(gameId: string, state: GameState, at: number): Promise<void> {
    return this.journal.saveSnapshot(gameId, state, at)
  }

  markStarted(gameId: string, at: number): Promise<void> {
    return this.journal.markStarted(gameId, at)
  }

  /** Writes the final standings and frees the PIN (with the pending answers, in the journal's next commit). */
  finishGame(gameId: string, results: FinalResult[], at: number): Promise<void> {
    return this.journal.finishGame(gameId, results, at)
  }

  /** A game that ends without a podium (idle, or failed): marked abandoned, its PIN freed; a restart leaves it. */
  abandonGame(gameId: string, at: number): Promise<void> {
    return this.journal.abandonGame(gameId, at)
  }

  /**
   * Deletes the games that ended (finished or abandoned) before `before`, with their players, answers and results:
   * they hold children's nicknames and answers, kept only as long as the school says (GAME_RETENTION_DAYS).
   * Returns how many games went.
   */
  async purgeGames(before: number): Promise<number> {
    await this.journal.flush()
    const old = { status: { in: ['finished', 'abandoned'] }, OR: [{ endedAt: { lt: new Date(before) } }, { endedAt: null, createdAt: { lt: new Date(before) } }] }
    const games = await this.db.game.findMany({ where: old, select: { id: true } })
    if (games.length === 0) return 0
    await deleteGames(this.db, games.map((g) => g.id))
    return games.length
  }

  /**
   * Games that were in their lobby or running when the server stopped, with what happened since their snapshot.
   * Games no process has run for `staleAfterMs` are given up instead (status "abandoned", PIN freed).
   */
  async unfinishedGames(now: number, only?: string[], staleAfterMs = 6 * 3600_000): Promise<UnfinishedGame[]> {
    await this.journal.flush()
    const stale = { status: { in: ['lobby', 'running'] }, OR: [{ aliveAt: null }, { aliveAt: { lt: new Date(now - staleAfterMs) } }] }
    const abandoned = await this.db.game.findMany({ where: stale, select: { id: true } })
    await this.db.$transaction([
      this.db.pinLease.deleteMany({ where: { gameId: { in: abandoned.map((g) => g.id) } } }),
      this.db.game.updateMany({ where: { id: { in: abandoned.map((g) => g.id) } }, data: { status: 'abandoned' } }),
    ])
    const games = await this.db.game.findMany({
      where: { status: { in: ['lobby', 'running'] }, snapshotJson: { not: null }, ...(only ? { id: { in: only } } : {}) },
      include: { players: { orderBy: { joinedAt: 'asc' } }, snapshotParts: true },
    })
    const restored: UnfinishedGame[] = []
    for (const game of games) {
      const parts = Object.fromEntries(game.snapshotParts.map((p) => [p.part, p.json]))
      const snapshot = restoredSnapshot(game.snapshotJson!, parts)
      const answers = snapshot.round ? await this.db.answer.findMany({ where: { gameId: game.id, questionIndex: snapshot.round.index } }) : []
      restored.push({
        id: game.id,
        hostTokenHash: game.hostTokenHash,
        snapshot,
        aliveAt: game.aliveAt!.getTime(),
        players: game.players.map((p) => ({ id: p.id, nickname: p.nickname, tokenHash: p.tokenHash, learnerId: p.learnerId, kicked: p.kicked, joinedAt: p.joinedAt.getTime() })),
        roundAnswers: answers.map((a) => ({
          playerId: a.playerId,
          questionIndex: a.questionIndex,
          questionId: a.questionId,
          choice: JSON.parse(a.choiceJson),
          correct: a.correct,
          credit: a.credit,
          points: a.points,
          streakBonus: a.streakBonus,
          elapsedMs: a.elapsedMs,
          answeredAt: a.answeredAt.getTime(),
        })),
      })
    }
    return restored
  }

  /** Pictures of questions and options (db/images.ts), off the real-time path. */
  get images(): ImageStore {
    return (this.imageStore ??= new ImageStore(this.db))
  }
  private imageStore?: ImageStore

  /** The classroom record: past games' reports and players' reviews (db/reports.ts), off the real-time path. */
  get reports(): ReportStore {
    return (this.reportStore ??= new ReportStore(this.db, () => this.journal.flush()))
  }
  private reportStore?: ReportStore

  /** The heartbeat of the games this process runs. */
  markAlive(gameIds: string[], at: number): Promise<void> {
    return this.journal.markAlive(gameIds, at)
  }

  /** Commits every pending join and answer now; resolves when they are committed. */
  flush(): Promise<void> {
    return this.journal.flush()
  }

  private track(write: () => Promise<void>): Promise<void> {
    const promise = write()
    this.inFlight.add(promise)
    const forget = () => this.inFlight.delete(promise)
    promise.then(forget, forget)
    return promise
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.inFlight)
    await this.journal.close()
    await this.leases?.close()
    await this.db.$disconnect()
  }
}

function quizColumns(draft: QuizDraft) {
  return { title: draft.title, description: draft.description, questionsJson: JSON.stringify(draft.questions), questionCount: draft.questions.length }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error as { code: string }).code === 'P2002'
}
