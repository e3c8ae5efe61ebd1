import { describe, expect, it } from 'vitest'
import { sqliteDate } from './sqlite-journal.ts'

describe('dates in SQLite rows', () => {
  it("are Prisma's format to the millisecond, whichever second was formatted last", () => {
    const prisma = (at: number) => new Date(at).toISOString().replace('Z', '+00:00')
    const start = Date.UTC(2026, 11, 31, 23, 59, 59, 990) // a year's last second: every field of the prefix changes
    const times = [start, start + 0.4, start + 9.7, start + 10, start + 10.2, start + 1000.5, start - 86_400_000 + 0.999, 0, start + 5]
    for (const at of times) expect(sqliteDate(at)).toBe(prisma(at))
    expect(sqliteDate(start + 10)).toBe('2027-01-01T00:00:00.000+00:00')
  })
})
