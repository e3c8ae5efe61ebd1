import type { IncomingHttpHeaders } from 'node:http'

/**
 * The address a request or connection comes from, as the per-address limits count it. Behind a reverse proxy
 * (TRUST_PROXY=1) that is the first X-Forwarded-For entry; otherwise the header is ignored, since anyone can send it.
 */
export function clientAddress(remoteAddress: string | undefined, headers: IncomingHttpHeaders): string {
  const forwarded = headers['x-forwarded-for']
  if (process.env.TRUST_PROXY === '1' && typeof forwarded === 'string') return forwarded.split(',')[0]!.trim()
  return remoteAddress ?? 'unknown'
}
