import fs from 'node:fs'
import os from 'node:os'

/**
 * Another process's resident memory and CPU time, read from /proc (Linux): the server runs in its own process, so
 * its figures are measured apart from the bots' and the runner's.
 */
export interface ProcessSample {
  rssBytes: number
  /** User plus system CPU time, ms (clock-tick resolution, 10 ms here). */
  cpuMs: number
}

const TICK_MS = 1000 / 100 // USER_HZ is 100 on Linux whatever the kernel's HZ

export function sampleProcess(pid: number): ProcessSample {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const rssKb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1])
  // Fields after the command name (which may hold spaces), from field 3 on: utime is field 14, stime field 15.
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const ticks = Number(fields[11]) + Number(fields[12])
  if (!Number.isFinite(rssKb) || !Number.isFinite(ticks)) throw new Error(`cannot read /proc/${pid}`)
  return { rssBytes: rssKb * 1024, cpuMs: ticks * TICK_MS }
}

/** Several processes as one (the cluster's servers): memory and CPU time added up. */
export function sampleProcesses(pids: number[]): ProcessSample {
  return pids.map(sampleProcess).reduce((a, b) => ({ rssBytes: a.rssBytes + b.rssBytes, cpuMs: a.cpuMs + b.cpuMs }), { rssBytes: 0, cpuMs: 0 })
}

export function loadAverage(): number[] {
  return os.loadavg().map((l) => Math.round(l * 100) / 100)
}
