/**
 * A true/false question's options are stored as the English words "True" and "False" (the question model requires
 * exactly those), so each screen and download says them in its own language: which of the two a stored option is, or
 * null for any other question's option (the teacher's own text, shown as written).
 */
export function trueFalseOf(type: string, text: string): 'true' | 'false' | null {
  if (type !== 'truefalse') return null
  const word = text.trim().toLowerCase()
  return word === 'true' || word === 'false' ? word : null
}
