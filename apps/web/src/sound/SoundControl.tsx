import type { Role } from './sound.ts'
import { soundFor } from './screen-sound.ts'
import './sound.css'
import { t } from '../i18n/i18n.ts'

/**
 * The mute button and the volume, on the projector's bar and the phone's. The state of the audio graph is written
 * on the element (data-audio, data-loop, data-gain) so that a test can see what plays without listening.
 */
/** `compact`: the button alone (a phone has volume keys, and its top bar little room). */
export function SoundControl({ role, compact = false }: { role: Role; compact?: boolean }) {
  const sound = soundFor(role)
  const on = sound.on.value
  const audio = sound.audio.value
  return (
    <div class={`sound-control ${compact ? 'compact' : ''}`} data-audio={audio.state} data-loop={audio.loop ?? ''} data-gain={audio.gain.toFixed(2)}>
      <button type="button" class="sound-toggle" aria-pressed={on} onClick={() => sound.toggle()} title={on ? t('show.soundOn') : t('show.soundOff')}>
        <SpeakerIcon on={on} />
        <span class="sound-label">{t('show.sound')}</span>
      </button>
      {on && !compact && (
        <input
          type="range"
          class="sound-volume"
          min={0}
          max={100}
          step={5}
          value={Math.round(sound.volume.value * 100)}
          aria-label={t('show.volume')}
          onInput={(e) => sound.setVolume(Number((e.currentTarget as HTMLInputElement).value) / 100)}
        />
      )}
    </div>
  )
}

/** A speaker with sound waves, or crossed out: drawn, so it shows on machines without an emoji font. */
function SpeakerIcon({ on }: { on: boolean }) {
  return (
    <svg class="sound-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path d="M3 9h4l5-4v14l-5-4H3z" fill="currentColor" />
      {on ? (
        <path d="M15.5 8.5a5 5 0 0 1 0 7M18 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
      ) : (
        <path d="M16 9l6 6M22 9l-6 6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
      )}
    </svg>
  )
}
