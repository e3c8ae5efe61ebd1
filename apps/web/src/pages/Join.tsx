import { useEffect, useState } from 'preact/hooks'
import { ShapePad } from '../components/Ways.tsx'
import { Page } from '../components/Page.tsx'
import { createJoinModel, type GameInfo } from '../models/join.ts'
import { navigate } from '../router.tsx'
import { t } from '../i18n/i18n.ts'
import { rich } from '../i18n/rich.tsx'
import { LanguagePicker } from '../i18n/LanguagePicker.tsx'

/** "Game 123456: title": the PIN reads left to right, the quiz's title in its own direction. */
const gameLine = (g: GameInfo) => rich('join.game', { pin: g.pin, title: `\u2068${g.quizTitle}\u2069` }, { dir: 'ltr' })

/** Join by PIN, then nickname. `/join/:pin` (the QR code's link) starts at the nickname. */
export function Join({ pin: pinFromUrl }: { pin?: string }) {
  const [join] = useState(() => createJoinModel(navigate))
  const { pin, game, nickname, busy, tapping, shapes, rerolls } = join
  const error = join.error.value?.() ?? null
  useEffect(() => join.open(pinFromUrl), [pinFromUrl])
  const chooseNickname = (event: Event) => {
    event.preventDefault()
    void join.chooseNickname()
  }

  return (
    <Page class="join" crumbs={[{ href: '/', label: 'Cirrus' }]} language={<LanguagePicker />}>
      {game.value && tapping.value ? (
        <div class="join-form">
          <h1>{t('join.tapTitle')}</h1>
          <p class="join-game">{t('join.tapHelp')}</p>
          <ShapePad value={shapes.value} onChange={join.tap} />
          <p class="error field-error" role="alert">
            {busy.value ? t('join.joining') : (error ?? '')}
          </p>
          <button type="button" class="button ghost" onClick={join.back}>
            {t('join.back')}
          </button>
        </div>
      ) : game.value?.friendlyNames ? (
        <form class="join-form" onSubmit={chooseNickname} noValidate>
          <h1>{t('join.friendlyTitle')}</h1>
          <p class="join-game">{gameLine(game.value)}</p>
          <p class="friendly-name" aria-live="polite" dir="auto">
            {nickname.value}
          </p>
          <button type="button" class="button secondary" disabled={rerolls.value === 0} onClick={join.reroll}>
            {rerolls.value > 0 ? t('join.anotherName', { count: rerolls.value }) : t('join.noMoreNames')}
          </button>
          <p class="error field-error" role="alert">
            {error ?? ''}
          </p>
          <button type="submit" class="button primary big" disabled={busy.value}>
            {busy.value ? t('join.joining') : t('join.go')}
          </button>
        </form>
      ) : game.value ? (
        <form class="join-form" onSubmit={chooseNickname} noValidate>
          <h1>{t('join.nicknameTitle')}</h1>
          <p class="join-game">{gameLine(game.value)}</p>
          <Field id="nickname" label={t('join.nickname')} error={error}>
            <input
              id="nickname"
              name="nickname"
              autoComplete="nickname"
              autoCapitalize="words"
              maxLength={20}
              dir="auto"
              value={nickname.value}
              onInput={(e) => (nickname.value = e.currentTarget.value)}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? 'nickname-error' : undefined}
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
              join.otherPin()
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
            void join.checkPin(pin.value)
          }}
          noValidate
        >
          <h1>{t('join.pinTitle')}</h1>
          <Field id="pin" label={t('join.pinLabel')} error={error}>
            <input
              id="pin"
              name="pin"
              class="pin-input"
              inputMode="numeric"
              autoComplete="off"
              pattern="[0-9]*"
              maxLength={7}
              dir="ltr"
              placeholder="123456"
              value={pin.value}
              onInput={(e) => (pin.value = e.currentTarget.value)}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? 'pin-error' : undefined}
              autoFocus
            />
          </Field>
          <button type="submit" class="button primary big" disabled={busy.value}>
            {busy.value ? t('join.checking') : t('join.enter')}
          </button>
        </form>
      )}
    </Page>
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
