import type { IncomingHttpHeaders } from 'node:http'

/**
 * Which web pages may change things here or open a socket: pages of the server's own origin (the Host the request
 * came to), PUBLIC_URL's, and those listed in ALLOWED_ORIGINS. A request without an Origin header is not from a
 * browser page (the simulator, bots, curl) and is let through: origins guard against other sites' pages acting
 * with a visitor's browser, not against programs, which the rate limits and the teacher's sign-in govern.
 */
export class OriginPolicy {
  private readonly listed: ReadonlySet<string>

  constructor(allowed: readonly string[]) {
    this.listed = new Set(allowed.map((origin) => new URL(origin).origin))
  }

  /** ALLOWED_ORIGINS (comma-separated origins) and PUBLIC_URL; a malformed entry stops the start with a message. */
  static fromEnv(allowedOrigins: string | undefined, publicUrl: string | null): OriginPolicy {
    const entries = (allowedOrigins ?? '').split(',').map((s) => s.trim()).filter(Boolean)
    for (const entry of entries) {
      if (!URL.canParse(entry) || !/^https?:$/.test(new URL(entry).protocol)) throw new Error(`ALLOWED_ORIGINS: "${entry}" is not an origin like https://quiz.school.example`)
    }
    return new OriginPolicy(publicUrl ? [...entries, publicUrl] : entries)
  }

  allows(headers: IncomingHttpHeaders): boolean {
    const origin = headers.origin
    if (origin === undefined) return true
    if (!URL.canParse(origin)) return false // includes "null": a sandboxed frame, a file, a redirect across sites
    const url = new URL(origin)
    if (url.host === headers.host) return true
    return this.listed.has(url.origin)
  }
}

/** Methods that change nothing and so need no origin check. */
export const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS'])
