/**
 * The show's music, as data: each tune is a list of notes on a grid of steps (an eighth note each) that the synth
 * (synth.ts) plays with the Web Audio API. Nothing is fetched: every sound is made in the browser, so there is no
 * licence to track and nothing to download on a classroom's Wi-Fi.
 */

export type Voice = 'bass' | 'pad' | 'lead' | 'pluck' | 'brass' | 'kick' | 'hat' | 'tick'

export interface Note {
  /** Step from the tune's start. */
  at: number
  /** MIDI note number (60 is middle C); ignored by the drums. */
  pitch: number
  /** Length in steps. */
  steps: number
  voice: Voice
  /** 0..1 */
  level?: number
}

export interface Tune {
  /** Steps per minute (eighth notes: twice the beats per minute). */
  stepsPerMinute: number
  /** Loops forever when set, after `length` steps; otherwise plays once. */
  loop: boolean
  length: number
  notes: Note[]
}

/** Notes of a chord, one per step, in turn: an arpeggio. */
function arpeggio(start: number, pitches: number[], steps: number, voice: Voice, level = 0.5): Note[] {
  return Array.from({ length: steps }, (_, i) => ({ at: start + i, pitch: pitches[i % pitches.length]!, steps: 1, voice, level }))
}

/** The lobby: a bright, unhurried four-chord loop (C, A minor, F, G) while players arrive. */
const LOBBY_CHORDS = [
  [60, 64, 67, 72],
  [57, 60, 64, 69],
  [53, 57, 60, 65],
  [55, 59, 62, 67],
]
export const LOBBY: Tune = {
  stepsPerMinute: 200,
  loop: true,
  length: 64,
  notes: LOBBY_CHORDS.flatMap((chord, bar) => [
    { at: bar * 16, pitch: chord[0]! - 24, steps: 6, voice: 'bass' as const, level: 0.7 },
    { at: bar * 16 + 8, pitch: chord[0]! - 12, steps: 6, voice: 'bass' as const, level: 0.5 },
    ...arpeggio(bar * 16, [...chord, chord[2]! + 12, ...chord.slice(1).reverse()], 16, 'pluck', 0.35),
    { at: bar * 16, pitch: chord[1]!, steps: 16, voice: 'pad' as const, level: 0.18 },
    { at: bar * 16, pitch: chord[2]!, steps: 16, voice: 'pad' as const, level: 0.18 },
  ]),
}

/** A question: a driving pulse in A minor, kick on the beat and a hat between, so the room feels the clock. */
const QUESTION_BASS = [45, 45, 45, 45, 41, 41, 43, 43]
export const QUESTION: Tune = {
  stepsPerMinute: 260,
  loop: true,
  length: 32,
  notes: [
    ...QUESTION_BASS.flatMap((pitch, i) => [
      { at: i * 4, pitch: pitch - 12, steps: 1, voice: 'bass' as const, level: 0.8 },
      { at: i * 4 + 2, pitch, steps: 1, voice: 'bass' as const, level: 0.5 },
    ]),
    ...Array.from({ length: 8 }, (_, i) => ({ at: i * 4, pitch: 0, steps: 1, voice: 'kick' as const, level: 0.8 })),
    ...Array.from({ length: 16 }, (_, i) => ({ at: i * 2 + 1, pitch: 0, steps: 1, voice: 'hat' as const, level: 0.3 })),
    ...arpeggio(16, [69, 72, 76, 72], 16, 'pluck', 0.25),
  ],
}

/** The get-ready moment: a short rising roll while the question is read. */
export const GET_READY: Tune = {
  stepsPerMinute: 480,
  loop: false,
  length: 16,
  notes: Array.from({ length: 12 }, (_, i) => ({ at: i, pitch: 57 + i, steps: 1, voice: 'pluck' as const, level: 0.2 + i * 0.03 })),
}

/** The reveal: a quick rising major arpeggio and a held chord. */
export const REVEAL: Tune = {
  stepsPerMinute: 600,
  loop: false,
  length: 16,
  notes: [
    ...[60, 64, 67, 72].map((pitch, i) => ({ at: i, pitch, steps: 2, voice: 'lead' as const, level: 0.5 })),
    ...[72, 76, 79].map((pitch) => ({ at: 4, pitch, steps: 10, voice: 'brass' as const, level: 0.35 })),
    { at: 4, pitch: 48, steps: 10, voice: 'bass' as const, level: 0.7 },
  ],
}

/** The podium: a fanfare, three calls and a long chord, for the moment first place is shown. */
export const FANFARE: Tune = {
  stepsPerMinute: 300,
  loop: false,
  length: 40,
  notes: [
    ...[
      [0, 67],
      [1, 67],
      [2, 67],
      [3, 72],
      [8, 69],
      [9, 69],
      [10, 69],
      [11, 74],
      [16, 71],
      [17, 72],
      [18, 74],
    ].map(([at, pitch]) => ({ at: at!, pitch: pitch!, steps: at! % 8 === 3 ? 4 : 1, voice: 'brass' as const, level: 0.5 })),
    ...[72, 76, 79, 84].map((pitch) => ({ at: 20, pitch, steps: 18, voice: 'brass' as const, level: 0.35 })),
    { at: 20, pitch: 36, steps: 18, voice: 'bass' as const, level: 0.8 },
    ...[0, 8, 16, 20].map((at) => ({ at, pitch: 0, steps: 1, voice: 'kick' as const, level: 0.9 })),
  ],
}

/** One tick of the last five seconds: a short wooden click, higher on the last second. */
export function tick(last: boolean): Tune {
  return { stepsPerMinute: 600, loop: false, length: 2, notes: [{ at: 0, pitch: last ? 96 : 88, steps: 1, voice: 'tick', level: 0.6 }] }
}
