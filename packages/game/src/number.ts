import type { NumberSpec } from '@cirrus/questions'
import type { PublicNumber } from '@cirrus/protocol'

/**
 * Number questions, like Moodle's numerical: a number is right for an accepted value when it is within the value's
 * tolerance (the ends included), and earns the best credit of the values it is within. A relative slack of one part
 * in 10^9 absorbs floating-point noise (0.1 + 0.2 is within 0 of 0.3; a range 0.1 to 0.3 stored as 0.2 ± 0.1 keeps
 * its ends).
 */
export function numberCredit(spec: NumberSpec | undefined, answer: number): number {
  if (!spec || !Number.isFinite(answer)) return 0
  let best = 0
  for (const { value, tolerance, credit } of spec.answers) {
    const slack = 1e-9 * Math.max(1, Math.abs(value), tolerance)
    if (Math.abs(answer - value) <= tolerance + slack) best = Math.max(best, credit)
  }
  return best
}

/** What a phone needs to take a number (the slider's ends and step when it has both ends, the unit), never the accepted numbers. */
export function publicNumber(spec: NumberSpec): PublicNumber {
  const { min, max, step, unit } = spec
  return { ...(min !== undefined && max !== undefined && { min, max }), ...(step !== undefined && { step }), ...(unit !== undefined && { unit }) }
}
