import { batch, computed, signal } from '@preact/signals'
import { ErrorCode, hasPlayerOrder, ownView, playerOptionOrder, type Choice, type ClosedCode, type PhaseView, type PlayerView, type PublicQuestion } from '@cirrus/protocol'
import { getSocket, offsetFrom, request, type ClientError, type Result } from '../connection.ts'
import { ensureLearner } from '../practice/learner.ts'
import { picturesOnPhone, preload } from '../media.ts'
import { playerSeat } from '../storage.ts'

/** What this player sent for a question: the one piece of state that is the player's own, not the server's. */
interface Submitted {
  index: number
  choice: Choice
}

/** The player screen's state: the server's public view and personal view, the clock offset, and the answer sent. */
export function createPlayerModel() {
  const pin = signal<string | null>(null)
  const view = signal<PhaseView | null>(null)
  const you = signal<PlayerView | null>(null)
  const offset = signal(0)
  /** Why this player cannot be in the game at `pin` (kicked, game gone, no seat in this browser). */
  const fatal = signal<ClientError | null>(null)
  /** Why the game ended by itself, when it did (the server says it as a code; the page says it in words). */
  const closed = signal<ClosedCode | null>(null)
  const submitted = signal<Submitted | null>(null)
  const answerError = signal<ClientError | null>(null)
  /** Why the lobby's team pick was refused, until the next pick. */
  const teamError = signal<ClientError | null>(null)

  const phase = computed(() => view.value?.phase ?? null)
  const paused = computed(() => view.value?.pausedAt != null)
  /** The question open now, if any. */
  const question = computed(() => {
    const v = view.value
    return v?.phase === 'question' ? v : null
  })
  const lockedIn = computed(() => {
    const q = question.value
    if (!q) return false
    return (you.value?.answered ?? false) || submitted.value?.index === q.index
  })
  /** This player's result for the question being revealed (null until the server's personal view catches up). */
  const result = computed(() => {
    const v = view.value
    const r = you.value?.lastResult
    return v?.phase === 'reveal' && r && r.index === v.index ? r : null
  })
  /** What this player picked for the question on screen, when this browser sent it. */
  const myChoice = computed(() => {
    const v = view.value
    const s = submitted.value
    return v && 'index' in v && s && s.index === v.index ? s.choice : null
  })

  /**
   * The open question as this phone shows it: with options on every phone in its own order, the options in this
   * player's order (the answer names positions as shown; the server maps them back).
   */
  const shownQuestion = computed<PublicQuestion | null>(() => {
    const v = question.value
    const id = you.value?.playerId
    if (!v) return null
    if (!v.optionsPerPlayer || !id || !hasPlayerOrder(v.question.type)) return v.question
    const order = playerOptionOrder(id, v.index, v.question.options.length)
    const images = v.question.optionImages
    return { ...v.question, options: order.map((i) => v.question.options[i]!), ...(images && { optionImages: order.map((i) => images[i] ?? null) }) }
  })
  /** This player's own deadline and time for the open question: extra time stretches both. */
  const ownTime = computed(() => {
    const v = question.value
    if (!v) return null
    const factor = you.value?.extraTime ?? 1
    return { deadline: v.deadline + (factor - 1) * v.question.timeLimitMs, totalMs: v.question.timeLimitMs * factor, factor }
  })

  function onYou(next: PlayerView) {
    if (you.value && next.playerId !== you.value.playerId) return
    you.value = next
  }

  /** Moves to another team in the lobby, when the host lets players pick. */
  async function pickTeam(team: number): Promise<Result<unknown>> {
    const reply = await request('player:team', { team })
    teamError.value = reply.ok ? null : reply.error
    return reply
  }

  function applyView(next: PhaseView) {
    if (next.pin !== pin.value) return
    batch(() => {
      view.value = next
      offset.value = offsetFrom(next.serverNow)
      you.value = ownView(next) ?? you.value
      if (next.phase === 'question') answerError.value = null
    })
    if (next.phase === 'question' && next.startsBy !== undefined) void readyWhenLoaded(next)
  }

  /**
   * The question's clock waits for the phones' pictures (docs/protocol.md, *Pictures*): this phone fetches what it
   * shows, then says so. Sent again after a rejoin, which the server takes as the same readiness.
   */
  async function readyWhenLoaded(next: Extract<PhaseView, { phase: 'question' }>): Promise<void> {
    await preload(picturesOnPhone(next))
    if (pin.value === next.pin && question.value?.index === next.index) await request('player:ready', { questionIndex: next.index })
  }

  function onKicked() {
    const p = pin.value
    if (p) playerSeat.forget(p)
    fatal.value = { code: ErrorCode.Kicked, message: 'the host removed you from this game' }
  }

  function onClosed({ code, reason }: { code: ClosedCode; reason: string }) {
    const p = pin.value
    if (p) playerSeat.forget(p)
    batch(() => {
      closed.value = code
      fatal.value = { code: ErrorCode.GameOver, message: reason }
    })
  }

  async function rejoin(): Promise<void> {
    const p = pin.value
    if (!p) return
    const seat = playerSeat.get(p)
    if (!seat) {
      fatal.value = { code: ErrorCode.NotPlayer, message: 'no seat in this browser' }
      return
    }
    const reply = await request('player:rejoin', { pin: p, playerToken: seat.playerToken })
    if (p !== pin.value) return
    if (reply.ok) {
      batch(() => {
        fatal.value = null
        applyView(reply.data.view)
        you.value = reply.data.you
      })
      // An answer sent just before the connection dropped may never have arrived: send it again. The server takes
      // at most one answer per question, so one that did arrive is not counted twice.
      const q = question.value
      if (q && !reply.data.you.answered && submitted.value?.index === q.index) void send(submitted.value)
    } else if (reply.error.code !== 'offline' && reply.error.code !== 'timeout' && reply.error.code !== ErrorCode.RateLimited) {
      playerSeat.forget(p)
      fatal.value = reply.error
    }
  }

  /** Follows the game at `gamePin` with the seat stored in this browser; rejoins after every reconnect. */
  function open(gamePin: string): () => void {
    batch(() => {
      pin.value = gamePin
      view.value = null
      you.value = null
      fatal.value = null
      closed.value = null
      submitted.value = null
      answerError.value = null
      teamError.value = null
    })
    const socket = getSocket()
    const onConnect = () => void rejoin()
    socket.on('connect', onConnect)
    socket.on('game:phase', applyView)
    socket.on('game:kicked', onKicked)
    socket.on('game:closed', onClosed)
    socket.on('player:you', onYou)
    if (socket.connected) void rejoin()
    return () => {
      socket.off('connect', onConnect)
      socket.off('game:phase', applyView)
      socket.off('game:kicked', onKicked)
      socket.off('game:closed', onClosed)
      socket.off('player:you', onYou)
      pin.value = null
    }
  }

  async function join(gamePin: string, nickname: string, pattern?: number[]): Promise<Result<{ nickname: string }>> {
    // The browser's practice profile goes along, so that the questions missed here come back in practice.
    const learnerToken = await ensureLearner().catch(() => null)
    const reply = await request('player:join', { pin: gamePin, nickname, ...(learnerToken ? { learnerToken } : {}), ...(pattern && { pattern }) })
    if (!reply.ok) return reply
    playerSeat.set(gamePin, { playerToken: reply.data.playerToken, nickname: reply.data.you.nickname })
    return { ok: true, data: { nickname: reply.data.you.nickname } }
  }

  /** Sends an answer; the screen shows it locked in at once and takes it back if the server refuses. */
  async function answer(choice: Choice): Promise<void> {
    const q = question.value
    if (!q || lockedIn.value) return
    const sent = { index: q.index, choice }
    batch(() => {
      submitted.value = sent
      answerError.value = null
    })
    await send(sent)
  }

  async function send(sent: Submitted): Promise<void> {
    const reply = await request('player:answer', { questionIndex: sent.index, choice: sent.choice })
    if (reply.ok || reply.error.code === ErrorCode.AlreadyAnswered) return
    // Offline or no reply in time: the answer stays locked in on screen and goes again once the seat is back.
    if (reply.error.code === 'offline' || reply.error.code === 'timeout') return
    batch(() => {
      if (submitted.value === sent) submitted.value = null
      answerError.value = reply.error
    })
  }

  return { pin, view, you, offset, fatal, closed, submitted, answerError, teamError, phase, paused, question, shownQuestion, ownTime, lockedIn, result, myChoice, open, join, answer, pickTeam }
}

export type PlayerModel = ReturnType<typeof createPlayerModel>
export const player = createPlayerModel()
