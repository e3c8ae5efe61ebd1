/**
 * GET /api/config: what the host screen needs to know about how phones reach this server. `joinOrigin` is the origin
 * of the join link when it is not the page's own; `joinWarning` says why phones may not reach it, for the lobby to say
 * with its fix (the words are the client's, by code).
 */
export interface ServerConfig {
  joinOrigin: string | null
  joinWarning: JoinWarning | null
}

export type JoinWarning =
  /** The join address is this machine's own name for itself (localhost): no phone can open it. */
  | { code: 'join_loopback'; host: string }
  /** The server listens only on `listening` (HOST), not on the address in the join link. */
  | { code: 'not_listening'; host: string; listening: string }
