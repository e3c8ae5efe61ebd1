/**
 * Collects rows on the real-time path and writes them in one transaction a few times a second, so that no
 * answer waits for the database. Rows are written in the order they were added (a player before its answers).
 */
export class WriteQueue<Row> {
  private pending: Row[] = []
  private timer: NodeJS.Timeout | null = null
  private writing: Promise<void> = Promise.resolve()

  constructor(
    private readonly write: (rows: Row[]) => Promise<void>,
    private readonly intervalMs = 50,
    private readonly onError: (error: unknown, rows: Row[]) => void = (error) => console.error('write failed', error),
  ) {}

  add(row: Row): void {
    this.pending.push(row)
    this.timer ??= setTimeout(() => void this.flush(), this.intervalMs)
  }

  get size(): number {
    return this.pending.length
  }

  /** Writes everything added so far; resolves when it is in the database. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    const rows = this.pending
    this.pending = []
    this.writing = this.writing.then(async () => {
      if (rows.length === 0) return
      try {
        await this.write(rows)
      } catch (error) {
        this.onError(error, rows)
      }
    })
    return this.writing
  }
}
