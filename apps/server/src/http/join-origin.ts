import os from 'node:os'
import type { JoinWarning } from '@cirrus/protocol'

export interface JoinOriginInput {
  /** PUBLIC_URL: where the teacher says the server is reached (a name, or a proxy's address). */
  publicUrl: string | null
  /** The Host header of the page asking: the address the host's browser used. */
  requestHost: string | undefined
  interfaces?: NodeJS.Dict<os.NetworkInterfaceInfo[]>
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/

/**
 * The origin phones should open for the join link and QR code, or null when the host's own address will do.
 * A host page opened at localhost would print a link no phone can reach: then this machine's first LAN address
 * (IPv4, not internal) is used, with the same port. PUBLIC_URL, when set, always wins.
 */
export function joinOrigin({ publicUrl, requestHost, interfaces = os.networkInterfaces() }: JoinOriginInput): string | null {
  if (publicUrl) return new URL(publicUrl).origin
  if (!requestHost) return null
  const url = new URL(`http://${requestHost}`)
  if (!LOOPBACK.test(url.hostname)) return null
  const lan = Object.values(interfaces)
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal)
  return lan ? `http://${lan.address}${url.port ? `:${url.port}` : ''}` : null
}

const WILDCARD = new Set(['', '::', '0.0.0.0'])
const LOOPBACK_ADDRESS = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/
const IP_LITERAL = /^(\d+\.\d+\.\d+\.\d+|\[[0-9a-f:.]+\])$/i

/**
 * Whether the join link (`joinOrigin`, else the address the host's page used) is one phones can reach, knowing the
 * address the server listens on (`listening`: `::` or `0.0.0.0` for every interface, or one address, from HOST).
 */
export function joinWarning({ joinOrigin: origin, requestHost, listening }: { joinOrigin: string | null; requestHost: string | undefined; listening: string | null }): JoinWarning | null {
  const effective = origin ?? (requestHost ? `http://${requestHost}` : null)
  if (!effective) return null
  const { hostname, host } = new URL(effective)
  if (LOOPBACK.test(hostname)) return { code: 'join_loopback', host }
  if (listening === null || WILDCARD.has(listening)) return null
  const bare = hostname.replace(/^\[|\]$/g, '')
  // The server listens on one address: a link to any other address (or any name, when that address is loopback) fails.
  if (LOOPBACK_ADDRESS.test(listening) || (IP_LITERAL.test(hostname) && bare !== listening)) return { code: 'not_listening', host: hostname, listening }
  return null
}
