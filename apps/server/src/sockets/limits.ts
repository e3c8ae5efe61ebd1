/** A token bucket: `capacity` actions at once, refilled at `perSecond`. Time is passed in, so it is easy to test. */
export class TokenBucket {
  private tokens: number
  private updatedAt: number

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    now: number,
  ) {
    this.tokens = capacity
    this.updatedAt = now
  }

  take(now: number, cost = 1): boolean {
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.updatedAt) / 1000) * this.perSecond)
    this.updatedAt = now
    if (this.tokens < cost) return false
    this.tokens -= cost
    return true
  }

  /** Full again: nothing to remember about this key. */
  idle(now: number): boolean {
    return this.tokens + ((now - this.updatedAt) / 1000) * this.perSecond >= this.capacity
  }
}

/** One bucket per key (an address), forgotten once it has refilled, so the map cannot grow without bound. */
export class KeyedLimiter {
  private readonly buckets = new Map<string, TokenBucket>()
  private sweptAt = 0

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
  ) {}

  take(key: string, now: number): boolean {
    this.sweep(now)
    let bucket = this.buckets.get(key)
    if (!bucket) this.buckets.set(key, (bucket = new TokenBucket(this.capacity, this.perSecond, now)))
    return bucket.take(now)
  }

  private sweep(now: number): void {
    if (now - this.sweptAt < 10_000) return
    this.sweptAt = now
    for (const [key, bucket] of this.buckets) if (bucket.idle(now)) this.buckets.delete(key)
  }
}

/**
 * The limits of the edge. Generous enough for a classroom of 200 behind one school router, tight enough that a
 * flood or a PIN-guessing script gets `rate_limited` long before it hurts anyone else.
 */
export const LIMITS = {
  /** Any event, per connection. */
  perConnection: { capacity: 40, perSecond: 20 },
  /** A connection that keeps flooding after being limited this many times is closed. */
  floodDisconnectAfter: 200,
  /** Joins and rejoins, per address. */
  joinsPerAddress: { capacity: 300, perSecond: 10 },
  /** Lookups of a PIN that is not running, per address: the cost of guessing. */
  missedPinsPerAddress: { capacity: 20, perSecond: 0.5 },
  /** Games created, per address. */
  createsPerAddress: { capacity: 20, perSecond: 0.2 },
} as const
