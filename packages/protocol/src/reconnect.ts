/**
 * How a client retries a lost connection (socket.io-client's Manager options). Retrying at most about a second
 * apart puts a phone back in its seat within a second of its network returning, even after minutes asleep; the
 * randomization spreads a whole classroom's retries after a server restart.
 */
export const RECONNECT_OPTIONS = {
  reconnection: true,
  reconnectionDelay: 250,
  reconnectionDelayMax: 800,
  randomizationFactor: 0.25,
} as const
