import { ErrorCode, type ErrorBody } from '@cirrus/protocol'
import { m } from './words.ts'

/** A refusal from the library's HTTP API as the page keeps it: the code and status, put into words when shown. */
export interface Refusal {
  status: number
  error: ErrorBody
}

/** Codes whose words do not depend on what the server adds to them. */
const BY_CODE: Partial<Record<ErrorBody['code'], string>> = {
  [ErrorCode.RateLimited]: 'refusals.rateLimited',
  [ErrorCode.Busy]: 'refusals.busy',
  [ErrorCode.QuizNotFound]: 'refusals.quizNotFound',
  [ErrorCode.QuizReadOnly]: 'refusals.readOnly',
  [ErrorCode.AdminPasswordRequired]: 'refusals.signInAgain',
  [ErrorCode.ForbiddenOrigin]: 'refusals.forbiddenOrigin',
  [ErrorCode.NotAnImage]: 'refusals.notAnImage',
  [ErrorCode.ImageNotFound]: 'refusals.imageNotFound',
  [ErrorCode.UnknownFormat]: 'refusals.unknownFormat',
  [ErrorCode.ImportHasProblems]: 'refusals.unreadable',
  [ErrorCode.Internal]: 'refusals.internal',
}

/**
 * What to tell the teacher, in the language on screen: the server's codes stay codes and are worded here. A
 * refusal the catalogue has no words for (a body the server found invalid) keeps the server's own English message.
 */
export function describeRefusal({ status, error }: Refusal): string {
  if (status === 0) return m('refusals.offline')
  if (status === 413) return m('refusals.tooLarge')
  const key = BY_CODE[error.code]
  return key ? m(key) : error.message
}
