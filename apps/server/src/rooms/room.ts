import { hostStatus, hostView, nextWakeAt, playerView, publicView, reduce, reduceBatch, type BatchEvent, type Effect, type GameEvent, type GameState, type Outcome } from '@cirrus/game'
import { ErrorCode, fail, ok, type ClosedCode, type HostView, type Joined, type PhaseView, type Reply } from '@cirrus/protocol'
import type { Store } from '../db/store.ts'
import type { CirrusServer, CirrusSocket } from '../sockets/types.ts'
import { isOffensive } from '../nicknames.ts'
import { hashToken, newId, newToken } from '../tokens.ts'
import type { AnswerBursts } from './answer-bursts.ts'
import { RttMeter } from './rtt.ts'

/** Host status is coalesced: at most one per this many ms, however many joins or answers arrive. */
const HOST_STATUS_INTERVAL_MS = 150
/**
 * Joins (and lost or returning connections) wait this long to reach the engine together. Each batch copies the
 * players once, so a classroom of 2,000 joining within seconds costs a few hundred copies instead of 2,000; nobody
 * notices 20 ms on a join.
 */
const JOIN_BATCH_MS = 20
/**
 * Answers wait at most this long (or until a burst hands them over: answer-bursts.ts). Each batch costs a pass of
 * the engine, a scan of the players for the round's close and a commit: with 2,000 players answering over a couple
 * of seconds, a batch per turn of the event loop was one per answer; 5 ms makes a few hundred, at the price of at
 * most 5 ms on an acknowledgement.
 */
const ANSWER_BATCH_MS = 5

export interface RoomDeps {
  io: CirrusServer
  store: Store
  now: () => number
  /** Called once the game has finished and its room may be dropped. */
  onFinished: (room: GameRoom) => void
  /** Called once the room has closed without a podium (idle or failed): drop it now. */
  onClosed: (room: GameRoom) => void
  /** The practice room (apps/server/src/practice), when there is one. */
  practice?: PracticeLink
  /** Shared by the server's rooms: hands answers over in a burst without waiting for the timer (answer-bursts.ts). */
  bursts?: AnswerBursts
}

/** What a live game needs from the practice room: who a learner token is, and each reveal (to queue the misses). */
export interface PracticeLink {
  learnerIdFor(learnerToken: string): Promise<string | null>
  /**
   * Called only for games with a learner among their players, with each such player's learner. Must return at
   * once: the practice room writes later, off the real-time path.
   */
  revealed(gameId: string, state: GameState, learnerByPlayer: ReadonlyMap<string, string>): void
}

/**
 * One live game: owns the engine's state, its one timer and its socket.io rooms, and carries out the effects the
 * engine returns. Events are handled one at a time (Node runs them to completion), so the state never races.
 */
export class GameRoom {
  private timer: NodeJS.Timeout | null = null
  private wakeAt: number | null = null
  private hostStatusTimer: NodeJS.Timeout | null = null
  /** The state the last host:status was made from: the next one carries only the players changed since. */
  private hostStatusSince: GameState
  private readonly playerByToken = new Map<string, string>()
  private readonly socketByPlayer = new Map<string, string>()
  /** The players who joined with a practice profile: a game without any costs the practice room nothing. */
  private readonly learnerByPlayer = new Map<string, string>()
  readonly rtt = new RttMeter()
  private disposed = false
  /** Joins, answers and connection changes waiting a few ms (JOIN_BATCH_MS, ANSWER_BATCH_MS) to reach the engine together. */
  private batch: { event: BatchEvent; settle: (result: { outcome: Outcome; written: Promise<void> }) => void }[] = []
  private batchSoon: NodeJS.Timeout | null = null
  private batchLater: NodeJS.Timeout | null = null
  /** Kicked players' connections, closed a moment after they are told. */
  private readonly kickTimers = new Set<NodeJS.Timeout>()
  /** The last time a person did something in this game (a host command, a join, an answer, a connection). */
  private activeAt: number

  constructor(
    readonly gameId: string,
    private state: GameState,
    private readonly hostTokenHash: string,
    private readonly deps: RoomDeps,
  ) {
    this.hostStatusSince = state
    this.rtt.setPaused(isBusy(state.phase))
    this.activeAt = deps.now()
  }

  /** When a person last did something here; the registry ends games idle for too long. */
  get lastActiveAt(): number {
    return this.activeAt
  }

  get isDisposed(): boolean {
    return this.disposed
  }

  get pin(): string {
    return this.state.pin
  }
  get phase() {
    return this.state.phase
  }
  get snapshot(): GameState {
    return this.state
  }

  private get everyone() {
    return `g:${this.pin}`
  }
  private get hosts() {
    return `h:${this.pin}`
  }

  view(): PhaseView {
    return publicView(this.state, this.deps.now())
  }

  isHostToken(token: string): boolean {
    return hashToken(token) === this.hostTokenHash
  }

  /**
   * Feeds one event to the engine and carries out what it decides. The state changes at once (events are handled
   * one at a time); the promise resolves when the rows the event wrote are committed, so that a reply sent after it
   * is never lost to a crash.
   */
  async dispatch(event: GameEvent): Promise<Reply<Record<string, never>>> {
    this.runBatch() // joins and answers that came first are handled first
    if (this.disposed) return fail(ErrorCode.GameOver, 'this game has ended')
    let result: ReturnType<typeof reduce>
    try {
      result = reduce(this.state, event, this.deps.now())
    } catch (error) {
      this.fail(error, event.type)
      return fail(ErrorCode.Internal, 'this game hit an error on the server and was stopped')
    }
    if (!result.ok) return fail(result.error, result.message)
    if (event.type !== 'tick') this.activeAt = this.deps.now()
    this.state = result.state
    const written = this.carryOut(result.effects)
    if (this.disposed) return fail(ErrorCode.Internal, 'this game hit an error on the server and was stopped')
    await written
    return ok({})
  }

  /**
   * Joins, answers and connection changes are queued and handed to the engine together (reduceBatch), a few ms
   * later: when 2,000 players answer within seconds, the round's answers are copied once per batch rather than once
   * per answer. The journal commits the batch's rows together after it.
   */
  private submit(event: BatchEvent): Promise<{ outcome: Outcome; written: Promise<void> }> {
    this.activeAt = this.deps.now()
    const queued = new Promise<{ outcome: Outcome; written: Promise<void> }>((settle) => {
      this.batch.push({ event, settle })
      if (event.type === 'answer') {
        this.batchSoon ??= setTimeout(() => {
          this.batchSoon = null
          this.runBatch()
        }, ANSWER_BATCH_MS)
      } else {
        this.batchLater ??= setTimeout(() => {
          this.batchLater = null
          this.runBatch()
        }, JOIN_BATCH_MS)
      }
    })
    if (event.type === 'answer') this.deps.bursts?.answered(this)
    return queued
  }

  /** Hands what is queued to the engine now (a burst of answers: answer-bursts.ts). */
  runQueued(): void {
    this.runBatch()
  }

  private runBatch(): void {
    if (this.batch.length === 0) return
    const batch = this.batch
    this.batch = []
    if (this.disposed) {
      for (const { settle } of batch) settle({ outcome: { ok: false, error: ErrorCode.GameOver, message: 'this game has ended' }, written: Promise.resolve() })
      return
    }
    let result: ReturnType<typeof reduceBatch>
    try {
      result = reduceBatch(this.state, batch.map((b) => b.event), this.deps.now())
    } catch (error) {
      this.fail(error, batch[0]!.event.type)
      for (const { settle } of batch) settle({ outcome: { ok: false, error: ErrorCode.Internal, message: 'this game hit an error on the server and was stopped' }, written: Promise.resolve() })
      return
    }
    this.state = result.state
    // Answers that close the round are acknowledged before its reveal: committed now, and the reveal sent once their
    // replies have gone (afterReplies). Batches are at most a burst's size (answer-bursts.ts), so the reveal waits
    // for ~100 replies, not for 2,000 (docs/performance.md, items 11 and 26).
    const closesRound = result.effects.some((e) => e.type === 'broadcast') && batch.some((b) => b.event.type === 'answer')
    const written = this.carryOut(result.effects, closesRound)
    written.catch(() => {}) // each submitter awaits it and reports its own failure
    batch.forEach(({ settle }, i) => settle({ outcome: result.outcomes[i]!, written }))
    if (closesRound) {
      if (this.deps.bursts) this.deps.bursts.commitNow()
      else void this.deps.store.flush()
    }
  }

  /**
   * Runs `send` once the replies now being resolved have been sent: after every promise continuation of this turn
   * (a microtask that queues a tick, which Node runs once the microtasks are drained), still before any other event.
   */
  private afterReplies(send: () => void): void {
    queueMicrotask(() =>
      process.nextTick(() => {
        if (this.disposed) return
        try {
          send()
        } catch (error) {
          this.fail(error, 'broadcast')
        }
      }),
    )
  }

  /**
   * Carries the effects out now and returns the writes to wait for. A throw here (a bug in a view or an effect) stops
   * this game alone; the writes resolve (nothing more will be written) and the callers report the failure.
   */
  private carryOut(effects: Effect[], repliesFirst = false): Promise<void> {
    const writes: Promise<void>[] = []
    try {
      for (const effect of effects) {
        const write = this.apply(effect, repliesFirst)
        if (write) writes.push(write)
      }
      this.reschedule()
    } catch (error) {
      this.fail(error, effects[0]?.type ?? 'effects')
      return Promise.reject(new Error('the game failed while carrying out its effects'))
    }
    // A batch's rows share their game's one promise of the journal (db/journal.ts): wait on each promise once.
    return Promise.all(new Set(writes)).then(() => {})
  }

  attachHost(socket: CirrusSocket, hostToken: string): Reply<{ gameId: string; view: PhaseView; host: HostView }> {
    if (!this.isHostToken(hostToken)) return fail(ErrorCode.BadToken, 'this host token does not belong to this game')
    this.bind(socket, 'host')
    void socket.join([this.everyone, this.hosts])
    return ok({ gameId: this.gameId, view: this.view(), host: hostView(this.state) })
  }

  async join(socket: CirrusSocket, nickname: string, learnerToken?: string, pattern?: number[]): Promise<Reply<Joined & { playerToken: string }>> {
    if (this.state.settings.profanityFilter && isOffensive(nickname)) return fail(ErrorCode.NicknameInvalid, 'please choose a different nickname')
    const learnerId = learnerToken ? await this.learnerIdFor(learnerToken) : null
    const playerId = newId()
    const { outcome, written } = await this.submit({ type: 'join', playerId, nickname, ...(pattern && { pattern }) })
    if (!outcome.ok) return fail(outcome.error, outcome.message)
    await written
    const playerToken = newToken()
    const tokenHash = hashToken(playerToken)
    this.playerByToken.set(tokenHash, playerId)
    const seated = this.state.players[playerId]!
    if (learnerId) this.learnerByPlayer.set(playerId, learnerId)
    await this.deps.store.addPlayer({ id: playerId, gameId: this.gameId, nickname: seated.nickname, tokenHash, learnerId }, this.deps.now())
    return ok({ ...this.seat(socket, playerId), playerToken })
  }

  /** An unknown token, or a practice room that cannot answer, only means the seat has no learner: never a refusal. */
  private async learnerIdFor(learnerToken: string): Promise<string | null> {
    return (await this.deps.practice?.learnerIdFor(learnerToken).catch(logError('look up a learner'))) ?? null
  }

  async rejoin(socket: CirrusSocket, playerToken: string): Promise<Reply<Joined>> {
    const playerId = this.playerByToken.get(hashToken(playerToken))
    if (!playerId) return fail(ErrorCode.BadToken, 'this player token does not belong to this game')
    if (this.state.kicked.includes(playerId)) return fail(ErrorCode.Kicked, 'the host removed you from this game')
    if (!this.state.players[playerId]) return fail(ErrorCode.NotPlayer, 'this seat no longer exists')
    const previous = this.socketByPlayer.get(playerId)
    if (previous && previous !== socket.id) this.deps.io.sockets.sockets.get(previous)?.disconnect(true)
    const { outcome, written } = await this.submit({ type: 'connection', playerId, connected: true })
    if (!outcome.ok) return fail(outcome.error, outcome.message)
    await written
    return ok(this.seat(socket, playerId))
  }

  /** Registers a player's token again after a restart (the token itself is never stored, only its hash). */
  restorePlayer(tokenHash: string, playerId: string, learnerId: string | null): void {
    this.playerByToken.set(tokenHash, playerId)
    if (learnerId) this.learnerByPlayer.set(playerId, learnerId)
  }

  async answer(socket: CirrusSocket, event: Omit<Extract<GameEvent, { type: 'answer' }>, 'type' | 'rttMs' | 'playerId'>) {
    const playerId = socket.data.playerId!
    const { outcome, written } = await this.submit({ type: 'answer', playerId, rttMs: this.rtt.get(socket.id), ...event, at: this.deps.now() })
    if (!outcome.ok) return fail(outcome.error, outcome.message)
    await written // acknowledged once its row is committed
    return ok({ questionIndex: event.questionIndex })
  }

  /** A connection of this game closed. */
  detach(socket: CirrusSocket): void {
    this.rtt.forget(socket.id)
    const playerId = socket.data.playerId
    if (socket.data.role === 'player' && playerId && this.socketByPlayer.get(playerId) === socket.id) {
      this.socketByPlayer.delete(playerId)
      if (this.state.players[playerId]) void this.submit({ type: 'connection', playerId, connected: false })
    }
  }

  /** Starts the timer for a state that did not come from an event (a restored game). */
  resumeTimer(): void {
    this.reschedule()
  }

  /**
   * Hands what is queued to the engine now and resolves once its rows are committed: a stopping server accepts and
   * acknowledges the answers already in flight instead of refusing them.
   */
  async drain(): Promise<void> {
    if (this.disposed || this.batch.length === 0) return
    const pending = this.batch.map(({ settle }) => settle)
    const settled: Promise<void>[] = []
    this.batch = this.batch.map((entry, i) => ({
      ...entry,
      settle: (result) => {
        pending[i]!(result)
        settled.push(result.written.catch(() => {}))
      },
    }))
    this.runBatch()
    await Promise.all(settled)
  }

  /**
   * Ends a game that will not reach its podium: nobody played it for the idle time, or it failed. Everyone is told,
   * the game is marked abandoned (its PIN freed, no restart brings it back) and the room lets go of everything.
   */
  close(code: ClosedCode, reason: string): void {
    if (this.disposed) return
    this.deps.io.to(this.everyone).emit('game:closed', { code, reason })
    void this.deps.store.abandonGame(this.gameId, this.deps.now()).catch(logError('mark a game abandoned'))
    this.dispose()
    // After the replies of this turn have gone out (a command that made the game fail is still answered).
    setImmediate(() => this.deps.io.in(this.everyone).disconnectSockets(true))
    this.deps.onClosed(this)
  }

  /**
   * Stops running the game here without ending it: another process runs it now (handed over, or this one lost its
   * lease). Its connections here are closed without a goodbye, so that their clients reconnect at once, through the
   * load balancer, to the new owner; nothing is written (the lease is no longer this process's to write with).
   */
  letGo(): void {
    this.dispose()
    // Those seated here, and those that came for this PIN and have not taken their seat yet.
    const seated = this.deps.io.of('/').adapter.rooms.get(this.everyone) ?? new Set<string>()
    for (const socket of this.deps.io.of('/').sockets.values()) {
      if (seated.has(socket.id) || socket.handshake.query.pin === this.pin) socket.conn.close()
    }
  }

  /** A throw inside this game's rules or effects: logged, and this game alone is stopped. */
  private fail(error: unknown, during: string): void {
    console.error(`game ${this.gameId} (PIN ${this.pin}) failed during ${during}; stopping it:`, error)
    this.close('failed', 'This game hit an error on the server and was stopped. Your scores so far are kept.')
  }

  /** Lets go of every timer and probe this room started. Idempotent. */
  dispose(): void {
    if (this.disposed) return
    this.disposed = true
    for (const timer of [this.timer, this.hostStatusTimer, this.batchSoon, this.batchLater, ...this.kickTimers]) if (timer) clearTimeout(timer)
    this.timer = this.hostStatusTimer = this.batchSoon = this.batchLater = null
    this.kickTimers.clear()
    this.runBatch() // refuses what is still queued
    this.rtt.stop()
  }

  private seat(socket: CirrusSocket, playerId: string): Joined {
    this.bind(socket, 'player', playerId)
    this.socketByPlayer.set(playerId, socket.id)
    void socket.join(this.everyone)
    this.rtt.track(socket)
    // Scores only change at a reveal, so everyone shares the first place in the lobby: no count over all players
    // for each of 2,000 joins.
    const ranks = this.state.phase === 'lobby' ? { [playerId]: 1 } : undefined
    return { playerId, view: this.view(), you: playerView(this.state, playerId, ranks) }
  }

  private bind(socket: CirrusSocket, role: 'host' | 'player', playerId?: string): void {
    socket.data.pin = this.pin
    socket.data.role = role
    socket.data.playerId = playerId
  }

  /** Carries out one effect; returns the write to wait for, if the effect is one. */
  private apply(effect: Effect, repliesFirst: boolean): Promise<void> | void {
    const { io, store } = this.deps
    switch (effect.type) {
      case 'broadcast': {
        const send = () => {
          if (!effect.you) return void io.to(this.everyone).emit('game:phase', effect.view)
          // Each player's own copy, straight to its connection: at a reveal of 2,000 players, one message each (a
          // send costs more than encoding a view twice) and no lookup through the adapter's rooms.
          io.to(this.hosts).emit('game:phase', effect.view)
          for (const you of effect.you) {
            const socketId = this.socketByPlayer.get(you.playerId)
            if (socketId) io.sockets.sockets.get(socketId)?.emit('game:phase', { ...effect.view, you } as PhaseView)
          }
        }
        return repliesFirst ? this.afterReplies(send) : send()
      }
      case 'hostDirty':
        this.hostStatusTimer ??= setTimeout(() => {
          this.hostStatusTimer = null
          try {
            io.to(this.hosts).emit('host:status', hostStatus(this.state, this.hostStatusSince))
            this.hostStatusSince = this.state
          } catch (error) {
            this.fail(error, 'host status')
          }
        }, HOST_STATUS_INTERVAL_MS)
        return
      case 'kick': {
        const socketId = this.socketByPlayer.get(effect.playerId)
        const socket = socketId ? io.sockets.sockets.get(socketId) : undefined
        this.socketByPlayer.delete(effect.playerId)
        if (socket) {
          socket.emit('game:kicked', { reason: 'The host removed you from this game.' })
          socket.data.playerId = undefined
          socket.data.role = undefined
          void socket.leave(this.everyone)
          const timer = setTimeout(() => {
            this.kickTimers.delete(timer)
            socket.disconnect(true)
          }, 50)
          this.kickTimers.add(timer)
        }
        return store.markKicked(effect.playerId) // the host's reply waits for it: a crash right after keeps the kick
      }
      case 'snapshot':
        return store.saveSnapshot(this.gameId, this.state, this.deps.now())
      case 'you': {
        const socketId = this.socketByPlayer.get(effect.you.playerId)
        if (socketId) io.sockets.sockets.get(socketId)?.emit('player:you', effect.you)
        return
      }
      case 'persistAnswer':
        return store.addAnswer(this.gameId, effect.answer)
      case 'phaseChanged':
        this.rtt.setPaused(isBusy(effect.phase))
        if (effect.phase === 'question' && this.state.index === 0) void store.markStarted(this.gameId, this.deps.now()).catch(logError('mark a game started'))
        void store.saveSnapshot(this.gameId, this.state, this.deps.now()).catch(logError('snapshot a game'))
        if (effect.phase === 'reveal' && this.learnerByPlayer.size > 0) this.deps.practice?.revealed(this.gameId, this.state, this.learnerByPlayer)
        return
      case 'finished':
        void store
          .finishGame(this.gameId, effect.results, this.deps.now())
          .catch(logError('write the final results'))
          .finally(() => this.deps.onFinished(this))
        return
    }
  }

  /** One timer per game: it wakes the engine at the next deadline the state holds. */
  private reschedule(): void {
    const at = nextWakeAt(this.state)
    if (at === this.wakeAt) return
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.wakeAt = at
    if (at === null) return
    this.timer = setTimeout(() => {
      this.timer = null
      this.wakeAt = null
      this.dispatch({ type: 'tick' }).catch(logError(`write what game ${this.gameId}'s timer decided`))
    }, Math.max(0, at - this.deps.now()))
  }
}

/** A question is open or its results are going out: no round-trip probes then (see rooms/rtt.ts). */
function isBusy(phase: GameState['phase']): boolean {
  return phase === 'question' || phase === 'reveal'
}

function logError(what: string) {
  return (error: unknown) => console.error(`could not ${what}:`, error)
}
