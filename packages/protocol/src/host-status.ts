import type { HostPlayer, HostStatus } from './views.ts'

/**
 * The host's player rows after a host:status: changed rows replace the rows of the same player in place, rows of
 * players not seen before are added at the end, removed players are dropped. Returns `rows` itself when nothing
 * changed.
 */
export function applyHostStatus(rows: readonly HostPlayer[], status: HostStatus): readonly HostPlayer[] {
  if (status.changed.length === 0 && status.removed.length === 0) return rows
  const changed = new Map(status.changed.map((p) => [p.playerId, p]))
  const removed = new Set(status.removed)
  const next: HostPlayer[] = []
  for (const row of rows) {
    if (removed.has(row.playerId)) continue
    next.push(changed.get(row.playerId) ?? row)
    changed.delete(row.playerId)
  }
  for (const row of changed.values()) if (!removed.has(row.playerId)) next.push(row)
  return next
}
