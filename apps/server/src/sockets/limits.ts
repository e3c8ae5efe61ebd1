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
    if (!this.allows(now, cost)) return false
    this.tokens -= cost
    return true
  }

  /** Whether `cost` tokens are there now, without taking them. */
  allows(now: number, cost = 1): boolean {
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.updatedAt) / 1000) * this.perSecond)
    this.updatedAt = now
    return this.tokens >= cost
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

  /** Whether the key has a token left, without taking it (an unknown key has a full bucket). */
  allows(key: string, now: number): boolean {
    return this.buckets.get(key)?.allows(now) ?? true
  }

  private sweep(now: number): void {
    if (now - this.sweptAt < 10_000) return
    this.sweptAt = now
    for (const [key, bucket] of this.buckets) if (bucket.idle(now)) this.buckets.delete(key)
  }
}

export interface Rate {
  /** Actions allowed at once. */
  capacity: number
  /** Refill, in actions per second. */
  perSecond: number
}

export interface Limits {
  /** Any event, per connection. */
  perConnection: Rate
  /** A connection that keeps flooding after being limited this many times is closed. */
  floodDisconnectAfter: number
  /** Joins and rejoins, per address. */
  joinsPerAddress: Rate
  /** Lookups of a PIN that is not running, per address: the cost of guessing. */
  missedPinsPerAddress: Rate
  /** Games created, per address. */
  createsPerAddress: Rate
  /** Open connections, per address (MAX_CONNECTIONS_PER_ADDRESS). */
  connectionsPerAddress: number
  /** HTTP requests of any kind but the web app's hashed assets, per address: the volume one address may send. */
  httpPerAddress: Rate
  /** Quiz imports (previews and commits), per address (docs/quizzes.md). */
  importsPerAddress: Rate
  /** Requests to /api/practice, per learner token (docs/practice.md). */
  practicePerLearner: Rate
  /** Requests to /api/practice, per address: a classroom behind one router shares it. */
  practicePerAddress: Rate
  /** Mock exams started, per learner: each is 65 questions to draw, write and later score. */
  examsPerLearner: Rate
  /** Mock exams started, per address. */
  examsPerAddress: Rate
}

/**
 * The limits of the edge. Generous enough for a classroom of 200 behind one school router, tight enough that a
 * flood or a PIN-guessing script gets `rate_limited` long before it hurts anyone else.
 */
export const LIMITS: Readonly<Limits> = {
  perConnection: { capacity: 40, perSecond: 20 },
  floodDisconnectAfter: 200,
  joinsPerAddress: { capacity: 300, perSecond: 10 },
  missedPinsPerAddress: { capacity: 20, perSecond: 0.5 },
  createsPerAddress: { capacity: 20, perSecond: 0.2 },
  // A school's classrooms behind one NAT router share an address: 1,000 phones fit. It is still below the usual
  // limit of open files a process starts with here only when that limit was raised; see docs/security.md.
  connectionsPerAddress: 1000,
  // Every request counts but the hashed assets (cached a year): a school's phones behind one router opening the
  // join page (the page, the config, the PIN: 3 requests each) fit 400 at once, then 40 joining a second; above
  // the practice limit, so that practice meets its own limit first. A script sending thousands a second meets
  // held refusals (SlowRefusals), which bring it to a few requests a second.
  httpPerAddress: { capacity: 1200, perSecond: 120 },
  // A teacher previews each file, perhaps twice, then commits it: 30 in a row, then one every 2 s.
  importsPerAddress: { capacity: 30, perSecond: 0.5 },
  // An honest learner answers every second or two (an answer and the next question: 2 requests); a whole mock exam
  // answered in one go (65 answers, flags, the submit, the review) fits in the burst: 120 at once, then 3 a second.
  practicePerLearner: { capacity: 120, perSecond: 3 },
  // About 30 learners behind one router answering every second, with room for all their pages loading at once.
  practicePerAddress: { capacity: 600, perSecond: 60 },
  // A mock exam lasts 90 minutes: 3 in a row (a false start, a retry), then one every 10 minutes.
  examsPerLearner: { capacity: 3, perSecond: 1 / 600 },
  // A class of 40 starting the mock exam together behind one router, then one every 30 s.
  examsPerAddress: { capacity: 40, perSecond: 1 / 30 },
}

type RateName = { [K in keyof Limits]: Limits[K] extends Rate ? K : never }[keyof Limits]
const RATE_NAMES = Object.keys(LIMITS).filter((k) => typeof LIMITS[k as keyof Limits] === 'object') as RateName[]

/**
 * The limits with the overrides of `RATE_LIMITS`, read once at start: comma-separated `name=capacity/perSecond`,
 * e.g. `RATE_LIMITS=joinsPerAddress=5000/1000,createsPerAddress=200/100`. For a load test from one address (the
 * benchmark joins thousands of players from 127.0.0.1) or a school behind one router; unset, the defaults hold.
 * A malformed value stops the start with a message rather than silently running without limits.
 */
export function limitsFromEnv(value: string | undefined): Limits {
  const limits: Limits = structuredClone(LIMITS) as Limits
  if (!value?.trim()) return limits
  for (const part of value.split(',')) {
    const match = /^\s*(\w+)\s*=\s*(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)\s*$/.exec(part)
    const name = match?.[1] as RateName | undefined
    if (!match || !name || !RATE_NAMES.includes(name)) {
      throw new Error(`RATE_LIMITS: "${part.trim()}" is not name=capacity/perSecond with a name among ${RATE_NAMES.join(', ')}`)
    }
    const rate = { capacity: Number(match[2]), perSecond: Number(match[3]) }
    if (rate.capacity < 1 || rate.perSecond <= 0) throw new Error(`RATE_LIMITS: ${name} needs a capacity of at least 1 and a positive rate`)
    limits[name] = rate
  }
  return limits
}

/** "every 10 minutes", "2 a second": a rate as a learner reads it. */
export function every(rate: Rate): string {
  const seconds = 1 / rate.perSecond
  if (seconds < 1) return `${Math.round(rate.perSecond)} a second`
  return seconds < 120 ? `every ${Math.round(seconds)} s` : `every ${Math.round(seconds / 60)} minutes`
}
