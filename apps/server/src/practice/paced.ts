/**
 * Work that holds the event loop for long stretches, done one piece at a time and each followed by a rest as long
 * as `restRatio` times the piece itself. Starting a mock exam and scoring one are such pieces: scoring writes 65
 * items, 65 cards and 65 log entries in one Prisma transaction, 120-200 ms on this project's machine during which
 * no live game's answer is acknowledged. Eight learners submitting together held the loop for a second on end;
 * paced, the games get the loop back between every two pieces, and exam work takes at most 1 / (1 + restRatio) of
 * it however many arrive. At most `maxWaiting` pieces wait; `run` refuses more (null), and the caller answers busy.
 */
export class Paced {
  private tail: Promise<void> = Promise.resolve()
  private waiting = 0

  constructor(
    private readonly restRatio = 1,
    private readonly maxWaiting = 200,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** Pieces waiting their turn now (the one running is not counted). */
  get queued(): number {
    return this.waiting
  }

  run<T>(work: () => Promise<T>): Promise<T> | null {
    if (this.waiting >= this.maxWaiting) return null
    this.waiting++
    let took = 0
    const result = this.tail.then(async () => {
      this.waiting--
      const startedAt = this.clock()
      try {
        return await work()
      } finally {
        took = this.clock() - startedAt
      }
    })
    const rest = () => new Promise<void>((resolve) => setTimeout(resolve, took * this.restRatio))
    this.tail = result.then(rest, rest)
    return result
  }
}
