import { useSignal } from '@preact/signals'
import { useEffect } from 'preact/hooks'
import { ErrorCode, friendlyName, JOIN_PATTERN_LENGTH, NAME_REROLLS, NicknameSchema, PinSchema } from '@cirrus/protocol'
import { ShapePad } from '../components/Ways.tsx'
import { describeError } from '../messages.ts'
import { player } from '../models/player.ts'
import { Link, navigate } from '../router.tsx'
import { playerSeat } from '../storage.ts'
import { t } from '../i18n/i18n.ts'
import { rich } from '../i18n/rich.tsx'
import { LanguagePicker } from '../i18n/LanguagePicker.tsx'

/** GET /api/games/:pin */
interface GameInfo {
  pin: string
  phase: string
  quizTitle: string
  locked: boolean
  playerCount: number
  /** Fair play: the shapes on the big screen after the PIN; a generated name instead of a typed one. */
  twoStepJoin?: boolean
  friendlyNames?: boolean
}

/** A random friendly name (the server accepts any adjective and animal of its lists). */
const drawName = () => friendlyName(Math.floor(Math.random() * 2 ** 31))

type Lookup = { ok: true; game: GameInfo } | { ok: false; message: string }

async function lookUp(pin: string): Promise<Lookup> {
  try {
    const res = await fetch(`/api/games/${encodeURIComponent(pin)}`)
    if (res.status === 404) return { ok: false, message: describeError({ code: ErrorCode.GameNotFound, message: '' }, { pin }) }
    if (res.status === 429) return { ok: false, message: describeError({ code: ErrorCode.RateLimited, message: '' }) }
    if (!res.ok) return { ok: false, message: t('join.lookupFailed') }
    const game = (await res.json()) as GameInfo
    if (game.phase === 'podium') return { ok: false, message: describeError({ code: ErrorCode.GameOver, message: '' }) }
    if (game.locked) return { ok: false, message: describeError({ code: ErrorCode.LobbyLocked, message: '' }) }
    return { ok: true, game }
  } catch {
    return { ok: false, message: t('join.unreachable') }
  }
}

/** Join by PIN, then nickname. `/join/:pin` (the QR code's link) starts at the nickname. */
export function Join({ pin: pinFromUrl }: { pin?: string }) {
  const pin = useSignal(pinFromUrl ?? '')
  const game = useSignal<GameInfo | null>(null)
  const nickname = useSignal('')
  const error = useSignal<string | null>(null)
  const busy = useSignal(false)
  /** Two-step join: the nickname is chosen, and the shapes are next (they change every few seconds, so they come last). */
  const tapping = useSignal(false)
  const shapes = useSignal<number[]>([])
  const rerolls = useSignal(NAME_REROLLS)

  useEffect(() => {
    if (!pinFromUrl) return
    // Already seated in this game from this browser: straight back to the seat.
    if (playerSeat.get(pinFromUrl)) return navigate(`/play/${pinFromUrl}`, { replace: true })
    void checkPin(pinFromUrl)
  }, [pinFromUrl])

  async function checkPin(value: string) {
    const parsed = PinSchema.safeParse(value.replace(/\s+/g, ''))
    if (!parsed.success) {
      error.value = t('join.pinInvalid')
      return
    }
    if (playerSeat.get(parsed.data)) return navigate(`/play/${parsed.data}`)
    busy.value = true
    error.value = null
    const found = await lookUp(parsed.data)
    busy.value = false
    if (found.ok) {
      game.value = found.game
      pin.value = parsed.data
      if (found.game.friendlyNames) nickname.value = drawName()
    } else error.value = found.message
  }

  async function join(event: Event) {
    event.preventDefault()
    const g = game.value
    if (!g || busy.value) return
    const parsed = NicknameSchema.safeParse(nickname.value)
    if (!parsed.success) {
      error.value = t('join.nicknameInvalid', { reason: parsed.error.issues[0]?.message ?? t('join.tryAnother') })
      return
    }
    error.value = null
    if (g.twoStepJoin) {
      shapes.value = []
      tapping.value = true
      return
    }
    await send(g, parsed.data)
  }

  async function send(g: GameInfo, name: string, pattern?: number[]) {
    busy.value = true
    const reply = await player.join(g.pin, name, pattern)
    busy.value = false
    if (reply.ok) return navigate(`/play/${g.pin}`)
    // A generated name someone else drew already: draw another, without using up a re-roll.
    if (g.friendlyNames && reply.error.code === ErrorCode.NicknameTaken) nickname.value = drawName()
    if (reply.error.code === ErrorCode.WrongPattern) shapes.value = []
    else tapping.value = false
    error.value = describeError(reply.error, { pin: g.pin })
  }

  function tap(next: number[]) {
    shapes.value = next
    const g = game.value
    if (g && next.length === JOIN_PATTERN_LENGTH) void send(g, nickname.value.trim(), next)
  }

  return (
    <main class="page join">
      <p class="crumbs crumbs-with-language">
        <Link href="/">Cirrus</Link>
        <LanguagePicker />
      </p>
      {game.value && tapping.value ? (
        <div class="join-form">
          <h1>{t('join.tapTitle')}</h1>
          <p class="join-game">{t('join.tapHelp')}</p>
          <ShapePad value={shapes.value} onChange={tap} />
          <p class="error field-error" role="alert">
            {busy.value ? t('join.joining') : (error.value ?? '')}
          </p>
          <button type="button" class="button ghost" onClick={() => ((tapping.value = false), (error.value = null))}>
            {t('join.back')}
          </button>
        </div>
      ) : game.value?.friendlyNames ? (
        <form class="join-form" onSubmit={join} noValidate>
          <h1>{t('join.friendlyTitle')}</h1>
          <p class="join-game">{rich('join.game', { pin: game.value.pin, title: game.value.quizTitle })}</p>
          <p class="friendly-name" aria-live="polite">
            {nickname.value}
          </p>
          <button type="button" class="button secondary" disabled={rerolls.value === 0} onClick={() => ((nickname.value = drawName()), rerolls.value--)}>
            {rerolls.value > 0 ? t('join.anotherName', { count: rerolls.value }) : t('join.noMoreNames')}
          </button>
          <p class="error field-error" role="alert">
            {error.value ?? ''}
          </p>
          <button type="submit" class="button primary big" disabled={busy.value}>
            {busy.value ? t('join.joining') : t('join.go')}
          </button>
        </form>
      ) : game.value ? (
        <form class="join-form" onSubmit={join} noValidate>
          <h1>{t('join.nicknameTitle')}</h1>
          <p class="join-game">{rich('join.game', { pin: game.value.pin, title: game.value.quizTitle })}</p>
          <Field id="nickname" label={t('join.nickname')} error={error.value}>
            <input
              id="nickname"
              name="nickname"
              autoComplete="nickname"
              autoCapitalize="words"
              maxLength={20}
              value={nickname.value}
              onInput={(e) => (nickname.value = e.currentTarget.value)}
              aria-invalid={error.value ? 'true' : undefined}
              aria-describedby={error.value ? 'nickname-error' : undefined}
              autoFocus
            />
          </Field>
          <button type="submit" class="button primary big" disabled={busy.value}>
            {busy.value ? t('join.joining') : t('join.go')}
          </button>
          <button
            type="button"
            class="button ghost"
            onClick={() => {
              game.value = null
              error.value = null
              if (pinFromUrl) navigate('/join', { replace: true })
            }}
          >
            {t('join.otherPin')}
          </button>
        </form>
      ) : (
        <form
          class="join-form"
          onSubmit={(e) => {
            e.preventDefault()
            void checkPin(pin.value)
          }}
          noValidate
        >
          <h1>{t('join.pinTitle')}</h1>
          <Field id="pin" label={t('join.pinLabel')} error={error.value}>
            <input
              id="pin"
              name="pin"
              class="pin-input"
              inputMode="numeric"
              autoComplete="off"
              pattern="[0-9]*"
              maxLength={7}
              placeholder="123456"
              value={pin.value}
              onInput={(e) => (pin.value = e.currentTarget.value)}
              aria-invalid={error.value ? 'true' : undefined}
              aria-describedby={error.value ? 'pin-error' : undefined}
              autoFocus
            />
          </Field>
          <button type="submit" class="button primary big" disabled={busy.value}>
            {busy.value ? t('join.checking') : t('join.enter')}
          </button>
        </form>
      )}
    </main>
  )
}

function Field({ id, label, error, children }: { id: string; label: string; error: string | null; children: preact.ComponentChildren }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children}
      <p id={`${id}-error`} class="error field-error" role="alert">
        {error ?? ''}
      </p>
    </div>
  )
}
