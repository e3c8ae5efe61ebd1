/** What a burst hands over: a room's queued joins and answers (GameRoom.runQueued). */
export interface QueuedWork {
  runQueued(): void
}

/**
 * Answers wait a few ms to reach their game's engine together (room.ts), and the journal commits their rows on the
 * next turn of the event loop. In a burst (2,000 players answering in the same instant) Node reads every one of
 * them before any timer or the next turn comes, so every answer waited for the whole burst and all the
 * acknowledgements went out at its end. Here, across all the server's games, each `size` answers queued are handed
 * to their engines and committed at once, inside the read that made them `size`, and their acknowledgements go out
 * while the rest of the burst is still being read.
 */
export class AnswerBursts {
  private queued = 0
  private readonly rooms = new Set<QueuedWork>()
  private handingOver = false

  /** `commit`: commits what the journal holds now (Store.flush; each writer's own promise reports a failure). */
  constructor(
    private readonly commit: () => Promise<void>,
    private readonly size = 100,
  ) {}

  /** One answer was queued in `room`. Counts since the last hand-over, even those a room's own timer ran since. */
  answered(room: QueuedWork): void {
    this.rooms.add(room)
    if (++this.queued >= this.size) this.handOver()
  }

  /**
   * Commits what the journal holds now (a batch that closed its round), or, while handing a burst over, once every
   * room of it has run: a hundred games closing in the same burst make one transaction, not a hundred.
   */
  commitNow(): void {
    if (!this.handingOver) this.commit().catch(() => {})
  }

  private handOver(): void {
    const rooms = [...this.rooms]
    this.rooms.clear()
    this.queued = 0
    this.handingOver = true
    try {
      for (const room of rooms) room.runQueued()
    } finally {
      this.handingOver = false
    }
    this.commitNow()
  }
}
