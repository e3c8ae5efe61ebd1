import { trueFalseOf } from '@cirrus/protocol'
import { t } from '../i18n/i18n.ts'

/**
 * An option's words as a game, practice or review screen says them. A true/false question's options are stored as
 * the English words "True" and "False" (the question model requires exactly those), so they are said in the
 * language on screen; every other option is the teacher's own text, shown as written.
 */
export function optionText(type: string, text: string): string {
  const which = trueFalseOf(type, text)
  return which ? t(`options.${which}`) : text
}

/** A question's options as the screen says them (see optionText). */
export const optionTexts = (question: { type: string; options: readonly string[] }): string[] => question.options.map((text) => optionText(question.type, text))
