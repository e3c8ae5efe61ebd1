import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto'

/** A secret that proves a seat (host or player). Only its hash is kept, in memory and in the database. */
export function newToken(): string {
  return randomBytes(24).toString('base64url')
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url')
}

export function newId(): string {
  return randomUUID()
}

/** Six digits, never starting with 0 so that it reads the same wherever it is typed. */
export function randomPin(): string {
  return String(randomInt(100_000, 1_000_000))
}
