import type { Note, Tune, Voice } from './tunes.ts'

/**
 * Plays tunes with the Web Audio API: one AudioContext, one master gain (the volume and the mute), a scheduler that
 * looks 250 ms ahead and queues each note at its exact time on the audio clock (a setTimeout alone would jitter).
 */
const LOOKAHEAD_S = 0.25
const WAKE_MS = 80

const frequency = (pitch: number) => 440 * 2 ** ((pitch - 69) / 12)

export class Synth {
  readonly context: AudioContext
  readonly master: GainNode
  /** The playing loop (lobby, question), if any, and where its scheduler has reached. */
  private loop: { tune: Tune; startedAt: number; scheduledTo: number; timer: ReturnType<typeof setInterval> } | null = null
  private noise: AudioBuffer | null = null

  constructor() {
    this.context = new AudioContext()
    this.master = this.context.createGain()
    this.master.connect(this.context.destination)
  }

  setVolume(level: number): void {
    this.master.gain.setTargetAtTime(level, this.context.currentTime, 0.03)
  }

  /** Plays a tune once from now (a sting, a tick), over whatever loop is playing. */
  once(tune: Tune): void {
    const start = this.context.currentTime + 0.02
    for (const note of tune.notes) this.play(note, start + note.at * stepSeconds(tune), stepSeconds(tune))
  }

  /** Starts a loop (stopping the one before). */
  startLoop(tune: Tune): void {
    this.stopLoop()
    const startedAt = this.context.currentTime + 0.05
    const timer = setInterval(() => this.schedule(), WAKE_MS)
    this.loop = { tune, startedAt, scheduledTo: startedAt, timer }
    this.schedule()
  }

  stopLoop(): void {
    if (!this.loop) return
    clearInterval(this.loop.timer)
    this.loop = null
  }

  close(): void {
    this.stopLoop()
    void this.context.close().catch(() => {})
  }

  private schedule(): void {
    const loop = this.loop
    if (!loop) return
    const step = stepSeconds(loop.tune)
    const until = this.context.currentTime + LOOKAHEAD_S
    const period = loop.tune.length * step
    while (loop.scheduledTo < until) {
      const from = loop.scheduledTo
      const to = Math.min(until, from + period)
      const cycleStart = loop.startedAt + Math.floor((from - loop.startedAt) / period + 1e-9) * period
      for (const note of loop.tune.notes) {
        for (const base of [cycleStart, cycleStart + period]) {
          const at = base + note.at * step
          if (at >= from && at < to) this.play(note, at, step)
        }
      }
      loop.scheduledTo = to
    }
  }

  private play(note: Note, at: number, step: number): void {
    const length = note.steps * step
    const level = note.level ?? 0.5
    if (note.voice === 'kick') return this.kick(at, level)
    if (note.voice === 'hat') return this.hat(at, level)
    const { type, attack, release, cutoff } = VOICES[note.voice]
    const osc = this.context.createOscillator()
    osc.type = type
    osc.frequency.setValueAtTime(frequency(note.pitch), at)
    const gain = this.context.createGain()
    gain.gain.setValueAtTime(0, at)
    gain.gain.linearRampToValueAtTime(level * 0.3, at + attack)
    gain.gain.setTargetAtTime(0, at + Math.max(attack, length - release), release / 3)
    const filter = this.context.createBiquadFilter()
    filter.type = 'lowpass'
    filter.frequency.value = cutoff
    osc.connect(filter).connect(gain).connect(this.master)
    osc.start(at)
    osc.stop(at + length + release)
  }

  private kick(at: number, level: number): void {
    const osc = this.context.createOscillator()
    osc.frequency.setValueAtTime(140, at)
    osc.frequency.exponentialRampToValueAtTime(40, at + 0.12)
    const gain = this.context.createGain()
    gain.gain.setValueAtTime(level * 0.6, at)
    gain.gain.exponentialRampToValueAtTime(0.001, at + 0.2)
    osc.connect(gain).connect(this.master)
    osc.start(at)
    osc.stop(at + 0.22)
  }

  private hat(at: number, level: number): void {
    const source = this.context.createBufferSource()
    source.buffer = this.noise ??= makeNoise(this.context)
    const filter = this.context.createBiquadFilter()
    filter.type = 'highpass'
    filter.frequency.value = 7000
    const gain = this.context.createGain()
    gain.gain.setValueAtTime(level * 0.25, at)
    gain.gain.exponentialRampToValueAtTime(0.001, at + 0.05)
    source.connect(filter).connect(gain).connect(this.master)
    source.start(at)
    source.stop(at + 0.06)
  }
}

const VOICES: Record<Exclude<Voice, 'kick' | 'hat'>, { type: OscillatorType; attack: number; release: number; cutoff: number }> = {
  bass: { type: 'triangle', attack: 0.01, release: 0.08, cutoff: 900 },
  pad: { type: 'sawtooth', attack: 0.3, release: 0.4, cutoff: 1400 },
  lead: { type: 'square', attack: 0.01, release: 0.1, cutoff: 3000 },
  pluck: { type: 'triangle', attack: 0.005, release: 0.12, cutoff: 4000 },
  brass: { type: 'sawtooth', attack: 0.04, release: 0.25, cutoff: 2200 },
  tick: { type: 'sine', attack: 0.002, release: 0.04, cutoff: 8000 },
}

const stepSeconds = (tune: Tune) => 60 / tune.stepsPerMinute

function makeNoise(context: AudioContext): AudioBuffer {
  const buffer = context.createBuffer(1, context.sampleRate * 0.1, context.sampleRate)
  const data = buffer.getChannelData(0)
  // Noise for the hi-hat; Math.random is fine here, this is sound, not the game.
  for (let i = 0; i < data.length; i++) data[i] = Math.random() * 2 - 1
  return buffer
}
