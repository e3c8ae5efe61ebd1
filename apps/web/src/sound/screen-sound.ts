import { useEffect } from 'preact/hooks'
import type { PhaseView } from '@cirrus/protocol'
import { PODIUM_STAGES_MS, reducedMotion } from '../components/motion.ts'
import { createSound, type Cue, type Role, type Sound } from './sound.ts'

/** One sound per role for the page's life: the projector's and the phone's (their settings are apart). */
const sounds: Partial<Record<Role, Sound>> = {}
export const soundFor = (role: Role): Sound => (sounds[role] ??= createSound(role))

/** Seconds before the deadline that tick; the last one sounds higher. */
const TICKS = [5, 4, 3, 2, 1]

/** The cue of a view: what the room hears at this moment of the game. */
export function cueOf(view: PhaseView | null, serverNow: number): Cue | null {
  if (!view) return null
  if (view.phase === 'question') {
    if (view.pausedAt !== null) return null
    if (view.startsBy !== undefined) return 'getReady'
    return view.opensAt !== undefined && serverNow < view.opensAt ? 'getReady' : 'question'
  }
  return view.phase
}

/**
 * Follows the game with sound: the cue of the phase on screen, and a tick each of the last five seconds of an open
 * question (scheduled on this browser's clock from the server's deadline and the offset between the two).
 */
export function useGameSound(role: Role, view: PhaseView | null, offset: number): Sound {
  const sound = soundFor(role)
  const deadline = view?.phase === 'question' ? view.deadline : null
  const opensAt = view?.phase === 'question' ? view.opensAt : undefined
  const startsBy = view?.phase === 'question' ? view.startsBy : undefined
  const paused = view?.pausedAt != null
  const phase = view?.phase ?? null
  useEffect(() => {
    const now = Date.now() + offset
    if (phase !== 'podium' || reducedMotion()) sound.play(cueOf(view, now))
    const timers: ReturnType<typeof setTimeout>[] = []
    // The question's loop takes over from the get-ready sting when the options open.
    if (opensAt !== undefined && opensAt > now && !paused) timers.push(setTimeout(() => sound.play(cueOf(view, Date.now() + offset)), opensAt - now))
    // The fanfare waits for first place to be shown (at once under reduced motion); a roll leads up to it.
    if (phase === 'podium' && !reducedMotion()) {
      sound.play('getReady')
      timers.push(setTimeout(() => sound.play('podium'), PODIUM_STAGES_MS[2]))
    }
    if (deadline !== null && !paused) {
      for (const seconds of TICKS) {
        const wait = deadline - seconds * 1000 - now
        if (wait >= 0) timers.push(setTimeout(() => sound.tick(seconds === 1), wait))
      }
    }
    return () => timers.forEach(clearTimeout)
  }, [phase, deadline, opensAt, startsBy, paused, offset])
  useEffect(() => () => sound.play(null), [])
  return sound
}
