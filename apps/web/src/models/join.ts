import { batch, signal } from '@preact/signals'
import { ErrorCode, friendlyName, JOIN_PATTERN_LENGTH, NAME_REROLLS, NICKNAME, NicknameSchema, PinSchema, typedNicknameRule, type GameLanguage } from '@cirrus/protocol'
import { api } from '../api.ts'
import { describeError } from '../messages.ts'
import { formatNumber, t } from '../i18n/i18n.ts'
import { playerSeat } from '../storage.ts'
import { player as playerModel, type PlayerModel } from './player.ts'

/** GET /api/games/:pin */
export interface GameInfo {
  pin: string
  phase: string
  quizTitle: string
  locked: boolean
  playerCount: number
  /** Fair play: the shapes on the big screen after the PIN; a generated name instead of a typed one. */
  twoStepJoin?: boolean
  friendlyNames?: boolean
  /** The game's language (the host's): its friendly names are drawn from that language's lists. */
  language?: GameLanguage
}

/** A refusal or a problem to show, said in the language on screen when it is shown (the language may change). */
export type Said = () => string

/**
 * A random friendly name in the game's language, whatever language this phone shows: the server accepts any
 * adjective and animal of that language's lists, and the name reads the same on the projector.
 */
const drawName = (game: GameInfo) => friendlyName(Math.floor(Math.random() * 2 ** 31), game.language ?? 'en')
const refusal = (code: ErrorCode, pin?: string): Said => () => describeError({ code, message: '' }, pin ? { pin } : {})

/** The game at `pin`, or why it cannot be joined. */
async function lookUp(pin: string): Promise<{ ok: true; game: GameInfo } | { ok: false; error: Said }> {
  const result = await api<GameInfo>(`/api/games/${encodeURIComponent(pin)}`)
  if (!result.ok) {
    if (result.status === 404) return { ok: false, error: refusal(ErrorCode.GameNotFound, pin) }
    if (result.status === 429) return { ok: false, error: refusal(ErrorCode.RateLimited) }
    return { ok: false, error: () => t(result.status === 0 ? 'join.unreachable' : 'join.lookupFailed') }
  }
  const game = result.data
  if (game.phase === 'podium') return { ok: false, error: refusal(ErrorCode.GameOver) }
  if (game.locked) return { ok: false, error: refusal(ErrorCode.LobbyLocked) }
  return { ok: true, game }
}

/**
 * The join page's state: the PIN, then the nickname (typed, or a friendly name drawn), then with two-step join the
 * shapes on the big screen. `go` moves to the player's screen once seated.
 */
export function createJoinModel(go: (path: string, options?: { replace?: boolean }) => void, player: PlayerModel = playerModel) {
  const pin = signal('')
  const game = signal<GameInfo | null>(null)
  const nickname = signal('')
  const error = signal<Said | null>(null)
  const busy = signal(false)
  /** Two-step join: the nickname is chosen, and the shapes are next (they change every few seconds, so they come last). */
  const tapping = signal(false)
  const shapes = signal<number[]>([])
  const rerolls = signal(NAME_REROLLS)

  /** From the QR code's link (`/join/:pin`): straight to the nickname, or back to the seat this browser has. */
  function open(pinFromUrl: string | undefined): void {
    // Without a PIN in the address, leave the box alone: a PIN typed before this effect ran must stay.
    if (!pinFromUrl) return
    pin.value = pinFromUrl
    if (playerSeat.get(pinFromUrl)) return go(`/play/${pinFromUrl}`, { replace: true })
    void checkPin(pinFromUrl)
  }

  async function checkPin(value: string): Promise<void> {
    const parsed = PinSchema.safeParse(value.replace(/\s+/g, ''))
    if (!parsed.success) {
      error.value = () => t('join.pinInvalid')
      return
    }
    if (playerSeat.get(parsed.data)) return go(`/play/${parsed.data}`)
    batch(() => {
      busy.value = true
      error.value = null
    })
    const found = await lookUp(parsed.data)
    batch(() => {
      busy.value = false
      if (!found.ok) {
        error.value = found.error
        return
      }
      game.value = found.game
      pin.value = parsed.data
      if (found.game.friendlyNames) nickname.value = drawName(found.game)
    })
  }

  /** The nickname is chosen: join, or with two-step join go on to the shapes. */
  async function chooseNickname(): Promise<void> {
    const g = game.value
    if (!g || busy.value) return
    const parsed = NicknameSchema.safeParse(nickname.value)
    if (!parsed.success) {
      // The rule it breaks, said in the language on screen (the schema's own message is English).
      const rule = typedNicknameRule(nickname.value)
      error.value = () => t('join.nicknameInvalid', { reason: rule ? t(`nickname.${rule}`, { max: formatNumber(rule === 'marks_stacked' ? NICKNAME.marksInARow : NICKNAME.max) }) : t('join.tryAnother') })
      return
    }
    error.value = null
    if (g.twoStepJoin) {
      batch(() => {
        shapes.value = []
        tapping.value = true
      })
      return
    }
    await send(g, parsed.data)
  }

  async function send(g: GameInfo, name: string, pattern?: number[]): Promise<void> {
    busy.value = true
    const reply = await player.join(g.pin, name, pattern)
    busy.value = false
    if (reply.ok) return go(`/play/${g.pin}`)
    batch(() => {
      // A generated name someone else drew already: draw another, without using up a re-roll.
      if (g.friendlyNames && reply.error.code === ErrorCode.NicknameTaken) nickname.value = drawName(g)
      if (reply.error.code === ErrorCode.WrongPattern) shapes.value = []
      else tapping.value = false
      error.value = () => describeError(reply.error, { pin: g.pin })
    })
  }

  /** Two-step join: the shapes tapped so far; the last one sends the join. */
  function tap(next: number[]): void {
    shapes.value = next
    const g = game.value
    if (g && next.length === JOIN_PATTERN_LENGTH) void send(g, nickname.value.trim(), next)
  }

  function reroll(): void {
    const g = game.value
    if (!g || rerolls.value === 0) return
    batch(() => {
      nickname.value = drawName(g)
      rerolls.value--
    })
  }

  /** From the shapes back to the nickname. */
  function back(): void {
    batch(() => {
      tapping.value = false
      error.value = null
    })
  }

  /** From the nickname back to the PIN. */
  function otherPin(): void {
    batch(() => {
      game.value = null
      error.value = null
    })
  }

  return { pin, game, nickname, error, busy, tapping, shapes, rerolls, open, checkPin, chooseNickname, tap, reroll, back, otherPin }
}

export type JoinModel = ReturnType<typeof createJoinModel>
