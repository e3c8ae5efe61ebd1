import { createHash, timingSafeEqual } from 'node:crypto'
import type { NextFunction, Request, Response } from 'express'
import { ADMIN_PASSWORD_HEADER, ErrorCode } from '@cirrus/protocol'
import { KeyedLimiter } from '../sockets/limits.ts'

/** Wrong passwords allowed per address: 10 at once, then one every 6 s. Guessing a real password takes ages. */
const WRONG_PASSWORDS = { capacity: 10, perSecond: 1 / 6 }

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest()

export type Access = 'granted' | 'missing' | 'wrong' | 'limited'

/**
 * Who may change the quiz library. With a password (CIRRUS_ADMIN_PASSWORD), a request must carry it in the
 * `x-cirrus-admin-password` header; without one, anyone who can reach the server may (a classroom on one laptop).
 * The comparison takes the same time whatever the guess, and wrong guesses are rate limited per address.
 */
export class AdminGate {
  private readonly expected: Buffer | null
  private readonly wrong = new KeyedLimiter(WRONG_PASSWORDS.capacity, WRONG_PASSWORDS.perSecond)

  constructor(
    password: string | null | undefined,
    private readonly now: () => number = Date.now,
  ) {
    this.expected = password ? digest(password) : null
  }

  get passwordRequired(): boolean {
    return this.expected !== null
  }

  check(req: Request): Access {
    if (!this.expected) return 'granted'
    const given = req.get(ADMIN_PASSWORD_HEADER)
    if (!given) return 'missing'
    if (timingSafeEqual(digest(given), this.expected)) return 'granted'
    return this.wrong.take(req.ip ?? 'unknown', this.now()) ? 'wrong' : 'limited'
  }

  /** Express middleware: lets the request through only with the password (or when the server has none). */
  readonly require = (req: Request, res: Response, next: NextFunction): void => {
    const access = this.check(req)
    if (access === 'granted') return next()
    if (access === 'limited') {
      res.status(429).json({ error: { code: ErrorCode.RateLimited, message: 'too many wrong passwords from this address; wait a minute' } })
      return
    }
    const message = access === 'missing' ? 'this server asks for the admin password to read or change quizzes' : 'the admin password is wrong'
    res.status(401).json({ error: { code: ErrorCode.AdminPasswordRequired, message } })
  }
}
