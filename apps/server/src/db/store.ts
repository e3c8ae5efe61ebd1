import { QuizSchema, type Quiz } from '@cirrus/questions'
import type { GameSettings } from '@cirrus/protocol'
import type { AnswerRecord, FinalResult, GameState } from '@cirrus/game'
import type { Db } from './client.ts'
import { Journal, type PlayerRow } from './journal.ts'

export interface QuizSummary {
  id: string
  title: string
  description: string
  questionCount: number
  builtin: boolean
}

export interface NewGame {
  id: string
  quizId: string
  hostTokenHash: string
  settings: GameSettings
}


const PIN_ATTEMPTS = 50

/**
 * All database access. Handlers and rooms speak to this module only, so that the storage (SQLite today) can change
 * without touching the real-time code. Joins and answers go through the journal (group commit, one transaction per
 * turn of the event loop); everything else through Prisma.
 */
export class Store {
  constructor(
    private readonly db: Db,
    private readonly journal: Journal,
    private readonly randomPin: () => string,
  ) {}

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

  async listQuizzes(): Promise<QuizSummary[]> {
    return this.db.quiz.findMany({
      select: { id: true, title: true, description: true, questionCount: true, builtin: true },
      orderBy: [{ builtin: 'desc' }, { title: 'asc' }],
    })
  }

  async getQuiz(id: string): Promise<Quiz | null> {
    const row = await this.db.quiz.findUnique({ where: { id } })
    if (!row) return null
    return QuizSchema.parse({ id: row.id, title: row.title, description: row.description, questions: JSON.parse(row.questionsJson) })
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

  async markKicked(playerId: string): Promise<void> {
    this.journal.flush()
    await this.db.player.update({ where: { id: playerId }, data: { kicked: true } })
  }

  /** Resolves once the answer's row is committed. */
  addAnswer(gameId: string, answer: AnswerRecord): Promise<void> {
    return this.journal.addAnswer(gameId, answer)
  }

  /** Keeps the engine's state so that a restarted server can bring the game back. */
  async saveSnapshot(gameId: string, state: GameState): Promise<void> {
    const status = state.phase === 'lobby' ? 'lobby' : state.phase === 'podium' ? 'finished' : 'running'
    await this.db.game.update({
      where: { id: gameId },
      data: { status, snapshotJson: JSON.stringify(state) },
    })
  }

  async markStarted(gameId: string, at: number): Promise<void> {
    await this.db.game.update({ where: { id: gameId }, data: { status: 'running', startedAt: new Date(at) } })
  }

  /** Writes the final standings and frees the PIN. Pending answers are written first. */
  async finishGame(gameId: string, results: FinalResult[], at: number): Promise<void> {
    this.journal.flush()
    await this.db.$transaction([
      this.db.result.createMany({ data: results.map((r) => ({ gameId, ...r })) }),
      this.db.game.update({ where: { id: gameId }, data: { status: 'finished', endedAt: new Date(at) } }),
      this.db.pinLease.deleteMany({ where: { gameId } }),
    ])
  }

  /** Frees the PIN of a game that is dropped without finishing (e.g. abandoned in its lobby). */
  async releasePin(gameId: string): Promise<void> {
    await this.db.pinLease.deleteMany({ where: { gameId } })
  }

  /**
   * PINs leased by games that no process runs any more (the server stopped before they finished). Until games are
   * restored after a restart, they are freed at start. TODO(resilience issue): restore them instead.
   */
  async releaseOrphanedPins(): Promise<void> {
    await this.db.pinLease.deleteMany({})
  }

  /** Commits every pending join and answer now. */
  flush(): void {
    this.journal.flush()
  }

  get pendingWrites(): number {
    return this.journal.size
  }

  async close(): Promise<void> {
    this.journal.close()
    await this.db.$disconnect()
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error as { code: string }).code === 'P2002'
}
