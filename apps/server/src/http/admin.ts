import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import { parse as parseCookies } from 'cookie'
import type { NextFunction, Request, Response } from 'express'
import { ADMIN_PASSWORD_HEADER, ErrorCode } from '@cirrus/protocol'
import { KeyedLimiter, TokenBucket } from '../sockets/limits.ts'

/** Wrong passwords allowed per address: 10 at once, then one every 6 s. */
const WRONG_PER_ADDRESS = { capacity: 10, perSecond: 1 / 6 }
/** Wrong passwords allowed from everyone together: a botnet of addresses still guesses slowly. */
const WRONG_OVERALL = { capacity: 100, perSecond: 1 }
/** A signed-in browser stays signed in for a school day. */
export const SESSION_MS = 12 * 3600_000
export const SESSION_COOKIE = 'cirrus_teacher'

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest()

/** Who is asking: what the gate needs from an HTTP request or a socket.io handshake. */
export interface Caller {
  address: string
  headers: IncomingHttpHeaders
}

export type Access = 'granted' | 'missing' | 'wrong' | 'limited'

/**
 * The teachers' door (CIRRUS_ADMIN_PASSWORD). A browser signs in once with the password and then holds a session:
 * an HttpOnly, SameSite=Strict cookie that says "teacher until T", signed with a key derived from the password, so
 * that every process of a cluster accepts it and changing the password signs everyone out. Scripts may instead send
 * the password in the `x-cirrus-admin-password` header with each request. Either way a password is compared only
 * after the rate limit has let the attempt through (per address and overall): a limited caller is refused even with
 * the right password, so guessing costs minutes per ten tries whatever the guess. Without a password, everyone is
 * a teacher (a classroom on one laptop; see docs/security.md).
 */
export class TeacherGate {
  private readonly expected: Buffer | null
  private readonly signingKey: Buffer | null
  private readonly wrongByAddress = new KeyedLimiter(WRONG_PER_ADDRESS.capacity, WRONG_PER_ADDRESS.perSecond)
  private readonly wrongOverall: TokenBucket

  constructor(
    password: string | null | undefined,
    private readonly now: () => number = Date.now,
  ) {
    this.expected = password ? digest(password) : null
    this.signingKey = password ? createHmac('sha256', 'cirrus teacher session').update(password, 'utf8').digest() : null
    this.wrongOverall = new TokenBucket(WRONG_OVERALL.capacity, WRONG_OVERALL.perSecond, now())
  }

  get passwordRequired(): boolean {
    return this.expected !== null
  }

  /** Whether the caller is a teacher: no password set, a valid session cookie, or the right password in the header. */
  check(caller: Caller): Access {
    if (!this.expected) return 'granted'
    if (this.hasSession(caller.headers)) return 'granted'
    const given = caller.headers[ADMIN_PASSWORD_HEADER]
    if (typeof given !== 'string' || !given) return 'missing'
    return this.tryPassword(caller.address, given)
  }

  /** One password attempt: refused unheard when the caller (or everyone) has guessed wrong too often. */
  tryPassword(address: string, given: string): Exclude<Access, 'missing'> {
    if (!this.expected) return 'granted'
    const now = this.now()
    if (!this.wrongByAddress.allows(address, now) || !this.wrongOverall.allows(now)) return 'limited'
    if (timingSafeEqual(digest(given), this.expected)) return 'granted'
    this.wrongByAddress.take(address, now)
    this.wrongOverall.take(now)
    return 'wrong'
  }

  /** A session cookie's value: "<expiry>.<nonce>.<signature>". */
  newSession(): { value: string; maxAgeMs: number } {
    const expires = this.now() + SESSION_MS
    const body = `${expires}.${randomBytes(12).toString('base64url')}`
    return { value: `${body}.${this.sign(body)}`, maxAgeMs: SESSION_MS }
  }

  hasSession(headers: IncomingHttpHeaders): boolean {
    if (!this.signingKey || typeof headers.cookie !== 'string') return false
    const value = parseCookies(headers.cookie)[SESSION_COOKIE]
    const parts = value?.split('.')
    if (!parts || parts.length !== 3) return false
    const [expires, nonce, signature] = parts as [string, string, string]
    const expected = Buffer.from(this.sign(`${expires}.${nonce}`))
    const given = Buffer.from(signature)
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false
    return Number(expires) > this.now()
  }

  private sign(body: string): string {
    return createHmac('sha256', this.signingKey!).update(body).digest('base64url')
  }

  /** Express middleware: lets the request through only for a teacher (or when the server has no password). */
  readonly require = (req: Request, res: Response, next: NextFunction): void => {
    const access = this.check(callerOf(req))
    if (access === 'granted') return next()
    refuse(res, access)
  }
}

export function callerOf(req: Request): Caller {
  return { address: req.ip ?? req.socket.remoteAddress ?? 'unknown', headers: req.headers }
}

export function refuse(res: Response, access: Exclude<Access, 'granted'>): void {
  if (access === 'limited') {
    res.status(429).json({ error: { code: ErrorCode.RateLimited, message: 'too many wrong passwords; wait a few minutes before trying again' } })
    return
  }
  const message = access === 'missing' ? 'this server asks teachers to sign in first' : 'the password is wrong'
  res.status(401).json({ error: { code: ErrorCode.AdminPasswordRequired, message } })
}
