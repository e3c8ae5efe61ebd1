/**
 * Messages to a game's clients that can be held back, in order, while something else goes first (a batch of
 * answers' acknowledgements). `hold` and `release` pair up; messages wait until every hold is released.
 */
export class Outbox<T> {
  private held: T[] | null = null
  private holds = 0

  constructor(private readonly deliver: (message: T) => void) {}

  send(message: T): void {
    if (this.held) this.held.push(message)
    else this.deliver(message)
  }

  hold(): void {
    this.holds++
    this.held ??= []
  }

  release(): void {
    if (this.holds > 0 && --this.holds === 0) this.flush()
  }

  /** Delivers everything held now, whatever holds remain (the game is closing). */
  flush(): void {
    const held = this.held ?? []
    this.held = null
    this.holds = 0
    for (const message of held) this.deliver(message)
  }
}
