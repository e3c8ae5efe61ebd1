import os from 'node:os'

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
