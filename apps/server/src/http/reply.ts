import type { Response } from 'express'
import type { z } from 'zod'
import { ErrorCode, type ErrorBody, type ProblemsErrorBody } from '@cirrus/protocol'

export const sendError = (res: Response, status: number, error: ErrorBody | ProblemsErrorBody) => res.status(status).json({ error })

/** A 400 that lists every problem of a body or query, each with where it is, and says the first in `message`. */
export function sendInvalid(res: Response, error: z.ZodError, what: string) {
  return sendError(res, 400, invalidError(error, what))
}

/** The body of sendInvalid's refusal (also built off the event loop, by the file worker). */
export function invalidError(error: z.ZodError, what: string): ProblemsErrorBody {
  const problems = error.issues.map((issue) => ({ path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: issue.message }))
  const first = problems[0]
  const where = first?.path.length ? `${first.path.join('.')}: ` : ''
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''
  return { code: ErrorCode.InvalidPayload, message: `${what}: ${where}${first?.message ?? 'invalid'}${more}`, problems }
}
