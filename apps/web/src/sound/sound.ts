import { batch, signal } from '@preact/signals'
import { Synth } from './synth.ts'
import { FANFARE, GET_READY, LOBBY, QUESTION, REVEAL, tick, type Tune } from './tunes.ts'

/**
 * The sound of one screen: on or off and the volume, remembered in this browser per role (the projector's sound is on
 * until muted; a phone's is off until its player turns it on, so thirty phones do not play over the projector), and
 * the cue the game is at. Browsers start audio only after a tap or a key: until then the context is suspended and the
 * first tap anywhere starts it.
 */
export type Role = 'host' | 'player'
export type Cue = 'lobby' | 'getReady' | 'question' | 'reveal' | 'leaderboard' | 'podium'

const TUNES: Record<Cue, Tune> = { lobby: LOBBY, getReady: GET_READY, question: QUESTION, reveal: REVEAL, leaderboard: LOBBY, podium: FANFARE }
/** The leaderboard plays the lobby's tune, softer, under the talking. */
const CUE_LEVEL: Partial<Record<Cue, number>> = { leaderboard: 0.6 }

interface Saved {
  on: boolean
  volume: number
}

const key = (role: Role) => `cirrus:sound:${role}`

function load(role: Role): Saved {
  const fallback = { on: role === 'host', volume: 0.7 }
  try {
    const saved = JSON.parse(localStorage.getItem(key(role)) ?? 'null') as Partial<Saved> | null
    if (!saved) return fallback
    return { on: typeof saved.on === 'boolean' ? saved.on : fallback.on, volume: clamp(Number(saved.volume ?? fallback.volume)) }
  } catch {
    return fallback
  }
}

const clamp = (v: number) => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0.7)

export function createSound(role: Role) {
  const saved = load(role)
  const on = signal(saved.on)
  const volume = signal(saved.volume)
  const cue = signal<Cue | null>(null)
  /** What the audio graph is doing, read back from it: the context's state, the master gain, the loop playing. */
  const audio = signal<{ state: AudioContextState | 'none'; gain: number; loop: Cue | null }>({ state: 'none', gain: 0, loop: null })
  let synth: Synth | null = null
  let loopCue: Cue | null = null

  const save = () => {
    try {
      localStorage.setItem(key(role), JSON.stringify({ on: on.value, volume: volume.value }))
    } catch {
      /* storage disabled: the choice lasts for this page */
    }
  }

  const level = () => (on.value ? volume.value * (cue.value ? (CUE_LEVEL[cue.value] ?? 1) : 1) : 0)

  function report() {
    audio.value = { state: synth?.context.state ?? 'none', gain: synth ? level() : 0, loop: synth && on.value ? loopCue : null }
  }

  /** The synth, made on first need (an AudioContext costs the phone little, but nothing until sound is wanted). */
  function ensure(): Synth | null {
    if (synth || !on.value || typeof AudioContext === 'undefined') return synth
    synth = new Synth()
    synth.context.addEventListener('statechange', report)
    synth.setVolume(level())
    return synth
  }

  function unlock() {
    if (synth?.context.state === 'suspended') void synth.context.resume().then(report, report)
  }
  addEventListener('pointerdown', unlock, true)
  addEventListener('keydown', unlock, true)

  /** Moves to a cue: a loop starts (lobby, question, leaderboard), a sting plays once (get ready, reveal, podium). */
  function play(next: Cue | null) {
    if (next === cue.value) return
    cue.value = next
    const s = ensure()
    if (!s) return report()
    s.setVolume(level())
    const tune = next ? TUNES[next] : null
    if (tune?.loop) {
      if (loopCue === null || TUNES[loopCue] !== tune) s.startLoop(tune)
      loopCue = next
    } else {
      s.stopLoop()
      loopCue = null
      if (tune) s.once(tune)
    }
    unlock()
    report()
  }

  /** One tick of the last five seconds. */
  function tickOnce(last: boolean) {
    if (on.value && synth) synth.once(tick(last))
  }

  function toggle() {
    batch(() => {
      on.value = !on.value
    })
    save()
    if (on.value) {
      const s = ensure()
      const current = cue.value
      if (s && current && TUNES[current].loop) {
        s.startLoop(TUNES[current])
        loopCue = current
      }
      unlock()
    } else {
      synth?.stopLoop()
      loopCue = null
    }
    synth?.setVolume(level())
    report()
  }

  function setVolume(value: number) {
    volume.value = clamp(value)
    save()
    synth?.setVolume(level())
    report()
  }

  function dispose() {
    removeEventListener('pointerdown', unlock, true)
    removeEventListener('keydown', unlock, true)
    synth?.close()
    synth = null
    loopCue = null
    cue.value = null
    report()
  }

  return { role, on, volume, cue, audio, play, tick: tickOnce, toggle, setVolume, dispose }
}

export type Sound = ReturnType<typeof createSound>
