/** Whether this screen's user asked for less motion: the show's moments then appear at once, without animation. */
export const reducedMotion = (): boolean => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches

/** The podium's reveal: third, then second, then first (with confetti and the fanfare), in ms from its start. */
export const PODIUM_STAGES_MS = [700, 2300, 4200] as const
