import { batch, computed, signal } from '@preact/signals'
import { applyHostStatus, ErrorCode, stepOf, type ClosedCode, type ExtraTimeFactor, type FinalStanding, type GameSettingsInput, type HostCounts, type HostPlayer, type HostStatus, type HostView, type PhaseView, type TeamColor } from '@cirrus/protocol'
import { checkAccess } from './access.ts'
import { offsetFrom, tabConnection, type ClientError, type Connection, type Result } from '../connection.ts'
import { hostToken } from '../storage.ts'

/** Commands that move the game: sent with the step on screen, so that a double press is refused, not a skip. */
type HostMove = 'host:start' | 'host:next' | 'host:endAnswering'
type HostCommand = 'host:pause' | 'host:resume' | 'host:end'

/**
 * The host screen's state. It keeps only what the server sent (the public view, the host's status, the clock offset
 * at receipt) and derives everything else.
 */
export function createHostModel(connection: Connection = tabConnection) {
  const { getSocket, reopenSocket, request } = connection
  const pin = signal<string | null>(null)
  const view = signal<PhaseView | null>(null)
  const status = signal<HostCounts | null>(null)
  /** Every player in join order: the whole list from the attach, then the changes each host:status carries. */
  const players = signal<readonly HostPlayer[]>([])
  /** Server time minus browser time, measured when the last view arrived. */
  const offset = signal(0)
  /** Why this browser cannot host the game at `pin` (no token, game over...): shown instead of the game. */
  const fatal = signal<ClientError | null>(null)
  /** Why the game ended by itself, when it did (the server says it as a code; the page says it in words). */
  const closed = signal<ClosedCode | null>(null)
  /** The last refused command, shown beside the controls until the next one. */
  const commandError = signal<ClientError | null>(null)
  /** With two-step join: what the join pattern on this screen is drawn from. */
  const joinSecret = signal<string | null>(null)

  const phase = computed(() => view.value?.phase ?? null)
  const paused = computed(() => view.value?.pausedAt != null)
  const locked = computed(() => status.value?.locked ?? (view.value?.phase === 'lobby' ? view.value.locked : false))
  const playerCount = computed(() => status.value?.playerCount ?? view.value?.playerCount ?? 0)
  /** Host status is the fresher count while a question is open (the public view is not re-sent on every answer). */
  const answeredCount = computed(() => {
    const v = view.value
    if (!v || (v.phase !== 'question' && v.phase !== 'reveal')) return 0
    const s = status.value
    return s && s.phase === v.phase ? Math.max(s.answeredCount, v.answeredCount) : v.answeredCount
  })
  /** The final standings, ranked the way the server ranks: equal scores share a rank. */
  const standings = computed<FinalStanding[]>(() => {
    const sorted = [...players.value].sort((a, b) => b.score - a.score)
    const ranked: FinalStanding[] = []
    sorted.forEach((p, i) => {
      const previous = ranked[i - 1]
      const rank = previous && previous.score === p.score ? previous.rank : i + 1
      ranked.push({ playerId: p.playerId, nickname: p.nickname, score: p.score, correctCount: p.correctCount, askedCount: p.askedCount, rank })
    })
    return ranked
  })

  function applyView(next: PhaseView) {
    if (next.pin !== pin.value) return
    batch(() => {
      view.value = next
      offset.value = offsetFrom(next.serverNow)
    })
  }

  function applyWhole({ players: all, joinSecret: secret, ...counts }: HostView) {
    if (counts.pin !== pin.value) return
    batch(() => {
      status.value = counts
      players.value = all
      joinSecret.value = secret ?? null
    })
  }

  function applyStatus(next: HostStatus) {
    if (next.pin !== pin.value) return
    const { changed: _, removed: __, ...counts } = next
    batch(() => {
      status.value = counts
      players.value = applyHostStatus(players.value, next)
    })
  }

  async function attach(): Promise<void> {
    const p = pin.value
    if (!p) return
    const token = hostToken.get(p)
    if (!token) {
      fatal.value = { code: ErrorCode.BadToken, message: 'no host token in this browser' }
      return
    }
    const reply = await request('host:attach', { pin: p, hostToken: token })
    if (p !== pin.value) return
    if (reply.ok) {
      batch(() => {
        fatal.value = null
        applyView(reply.data.view)
        applyWhole(reply.data.host)
      })
    } else if (reply.error.code !== 'offline' && reply.error.code !== 'timeout') {
      if (reply.error.code === ErrorCode.GameNotFound || reply.error.code === ErrorCode.BadToken) hostToken.forget(p)
      fatal.value = reply.error
    }
  }

  /** Follows the game at `pin`: attaches now and again after every reconnect. Returns the cleanup. */
  function open(gamePin: string): () => void {
    batch(() => {
      pin.value = gamePin
      view.value = null
      status.value = null
      players.value = []
      fatal.value = null
      closed.value = null
      commandError.value = null
    })
    const socket = getSocket()
    const onConnect = () => void attach()
    socket.on('connect', onConnect)
    socket.on('game:phase', applyView)
    socket.on('host:status', applyStatus)
    socket.on('game:closed', onClosed)
    if (socket.connected) void attach()
    return () => {
      socket.off('connect', onConnect)
      socket.off('game:phase', applyView)
      socket.off('host:status', applyStatus)
      socket.off('game:closed', onClosed)
      pin.value = null
    }
  }

  async function create(quizId: string, settings: GameSettingsInput): Promise<Result<{ pin: string; joinSecret: string | null }>> {
    let reply = await request('host:create', { quizId, settings })
    // The connection opened before this browser signed in carries no session: open a new one and ask once more.
    if (!reply.ok && reply.error.code === ErrorCode.SignInRequired && (await checkAccess())?.signedIn) {
      reopenSocket()
      reply = await request('host:create', { quizId, settings })
    }
    if (!reply.ok) return reply
    hostToken.set(reply.data.pin, reply.data.hostToken)
    return { ok: true, data: { pin: reply.data.pin, joinSecret: reply.data.host.joinSecret ?? null } }
  }

  async function run(result: Promise<Result<unknown>>): Promise<boolean> {
    commandError.value = null
    const reply = await result
    // A second press of a button whose step has passed did what the first meant already: nothing to show.
    if (!reply.ok && reply.error.code !== ErrorCode.StaleStep) commandError.value = reply.error
    return reply.ok
  }

  function move(name: HostMove): Promise<boolean> {
    const shown = view.value
    if (!shown) return Promise.resolve(false)
    return run(request(name, { step: stepOf(shown) }))
  }

  const onClosed = ({ code, reason }: { code: ClosedCode; reason: string }) => {
    batch(() => {
      closed.value = code
      fatal.value = { code: ErrorCode.GameOver, message: reason }
    })
  }

  return {
    pin,
    view,
    status,
    offset,
    fatal,
    closed,
    commandError,
    phase,
    paused,
    players,
    locked,
    playerCount,
    answeredCount,
    standings,
    open,
    create,
    move,
    command: (name: HostCommand) => run(request(name, {})),
    kick: (playerId: string) => run(request('host:kick', { playerId })),
    extraTime: (playerId: string, factor: ExtraTimeFactor) => run(request('host:extraTime', { playerId, factor })),
    editTeam: (team: number, change: { name?: string; color?: TeamColor }) => run(request('host:team', { team, ...change })),
    joinSecret,
    lock: (locked: boolean) => run(request('host:lock', { locked })),
  }
}

export type HostModel = ReturnType<typeof createHostModel>
export const host = createHostModel()
