import type { IncomingHttpHeaders } from 'node:http'
import proxyaddr from 'proxy-addr'

/** Which hops of X-Forwarded-For are believed: express's own `trust proxy` rule (see `trustFromEnv`). */
export type Trust = (address: string, hop: number) => boolean

/** Trust nobody: the address is the connection's own, and X-Forwarded-For is ignored. */
export const TRUST_NONE: Trust = () => false

/**
 * `TRUST_PROXY`, read once at start, as express's `trust proxy` takes it: a number of proxy hops in front of the
 * server (`1` behind one nginx), or a comma-separated list of proxy addresses, subnets or the names `loopback`,
 * `linklocal` and `uniquelocal`. The client's address is then the last X-Forwarded-For entry that a trusted proxy
 * did not write: never the first entry, which the client writes itself. `true` (trust every hop) is refused: it
 * would let any client choose its own address and walk around every per-address limit.
 */
export function trustFromEnv(value: string | undefined): Trust {
  const text = value?.trim()
  if (!text || text === '0' || text === 'false') return TRUST_NONE
  if (/^\d+$/.test(text)) {
    const hops = Number(text)
    return (_address, hop) => hop < hops
  }
  if (text === 'true') throw new Error('TRUST_PROXY=true would believe any client about its own address; give the number of proxies in front of Cirrus (e.g. 1) or their addresses')
  try {
    return proxyaddr.compile(text.split(',').map((s) => s.trim()).filter(Boolean))
  } catch (error) {
    throw new Error(`TRUST_PROXY "${text}" is neither a number of hops nor a list of addresses: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/**
 * The address a request or connection comes from, as the per-address limits count it: the connection's own,
 * or, behind trusted proxies, the address the nearest untrusted hop forwarded for.
 */
export function clientAddress(remoteAddress: string | undefined, headers: IncomingHttpHeaders, trust: Trust = TRUST_NONE): string {
  if (!remoteAddress) return 'unknown'
  if (trust === TRUST_NONE) return remoteAddress
  // proxy-addr reads the request's socket and its X-Forwarded-For header; this is the shape it needs.
  const request = { headers, socket: { remoteAddress }, connection: { remoteAddress } } as unknown as Parameters<typeof proxyaddr>[0]
  return proxyaddr(request, trust)
}
