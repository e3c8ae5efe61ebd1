import { useSignal } from '@preact/signals'
import { useEffect } from 'preact/hooks'
import { ErrorCode, NicknameSchema, PinSchema } from '@cirrus/protocol'
import { describeError } from '../messages.ts'
import { player } from '../models/player.ts'
import { Link, navigate } from '../router.tsx'
import { playerSeat } from '../storage.ts'

/** GET /api/games/:pin */
interface GameInfo {
  pin: string
  phase: string
  quizTitle: string
  locked: boolean
  playerCount: number
}

type Lookup = { ok: true; game: GameInfo } | { ok: false; message: string }

async function lookUp(pin: string): Promise<Lookup> {
  try {
    const res = await fetch(`/api/games/${encodeURIComponent(pin)}`)
    if (res.status === 404) return { ok: false, message: describeError({ code: ErrorCode.GameNotFound, message: '' }, { pin }) }
    if (res.status === 429) return { ok: false, message: describeError({ code: ErrorCode.RateLimited, message: '' }) }
    if (!res.ok) return { ok: false, message: 'Something went wrong looking up that PIN. Try again.' }
    const game = (await res.json()) as GameInfo
    if (game.phase === 'podium') return { ok: false, message: describeError({ code: ErrorCode.GameOver, message: '' }) }
    if (game.locked) return { ok: false, message: describeError({ code: ErrorCode.LobbyLocked, message: '' }) }
    return { ok: true, game }
  } catch {
    return { ok: false, message: 'Could not reach the server. Check your connection and try again.' }
  }
}

/** Join by PIN, then nickname. `/join/:pin` (the QR code's link) starts at the nickname. */
export function Join({ pin: pinFromUrl }: { pin?: string }) {
  const pin = useSignal(pinFromUrl ?? '')
  const game = useSignal<GameInfo | null>(null)
  const nickname = useSignal('')
  const error = useSignal<string | null>(null)
  const busy = useSignal(false)

  useEffect(() => {
    if (!pinFromUrl) return
    // Already seated in this game from this browser: straight back to the seat.
    if (playerSeat.get(pinFromUrl)) return navigate(`/play/${pinFromUrl}`, { replace: true })
    void checkPin(pinFromUrl)
  }, [pinFromUrl])

  async function checkPin(value: string) {
    const parsed = PinSchema.safeParse(value.replace(/\s+/g, ''))
    if (!parsed.success) {
      error.value = 'A game PIN is six digits.'
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
    } else error.value = found.message
  }

  async function join(event: Event) {
    event.preventDefault()
    const g = game.value
    if (!g || busy.value) return
    const parsed = NicknameSchema.safeParse(nickname.value)
    if (!parsed.success) {
      error.value = `That nickname can't be used: ${parsed.error.issues[0]?.message ?? 'try another'}.`
      return
    }
    busy.value = true
    error.value = null
    const reply = await player.join(g.pin, parsed.data)
    busy.value = false
    if (reply.ok) navigate(`/play/${g.pin}`)
    else error.value = describeError(reply.error, { pin: g.pin })
  }

  return (
    <main class="page join">
      <p class="crumbs">
        <Link href="/">Cirrus</Link>
      </p>
      {game.value ? (
        <form class="join-form" onSubmit={join} noValidate>
          <h1>Pick a nickname</h1>
          <p class="join-game">
            Game <strong>{game.value.pin}</strong>: {game.value.quizTitle}
          </p>
          <Field id="nickname" label="Nickname" error={error.value}>
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
            {busy.value ? 'Joining…' : "Let's go!"}
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
            Use another PIN
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
          <h1>Join a game</h1>
          <Field id="pin" label="Game PIN" error={error.value}>
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
            {busy.value ? 'Checking…' : 'Enter'}
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
