import { parseArgs } from 'node:util'

export type Scenario = 'one-game' | 'many-games' | 'hostile' | 'cluster'
export type HammerName = 'imports' | 'practice' | 'http'

export interface BenchOptions {
  scenario: Scenario
  players: number
  games: number
  questions: number
  reps: number
  workers: number
  /** On odd questions, each player answers at a random moment within this window (even ones: all at once). */
  answerWindowMs: number
  /** Connections each worker opens at a time. */
  joinConcurrency: number
  /** Quiet time between the steps of a question (the server writes its snapshot, players read). */
  gapMs: number
  quiz: string
  json: boolean
  /** Writes a V8 CPU profile of each game and plain server process into this folder. */
  cpuProfDir: string | null
  /** Writes heap snapshots of each server before the players come and at the end (the podium), here. */
  heapSnapshotDir: string | null
  /** Writes a sampling profile of where each server allocated memory while playing (garbage included), here. */
  allocationProfileDir: string | null
  /** Hostile scenario: what hammers the server beside the game, one run each after the game alone. */
  hammers: HammerName[]
  /** Hostile scenario: requests each hammer keeps in flight. */
  hammerConcurrency: number
  /** Hostile scenario: lift the limits of imports and practice for the hammer's address, so all its work is done. */
  raiseLimits: boolean
  /** Cluster scenario: server processes behind nginx. */
  processes: number
  /**
   * The plain server also sends each client a frame of its own, the size of the game's reveal, once every client
   * has answered: the game's pattern of messages around the acknowledgements, for comparison (not the baseline).
   */
  plainReveal: boolean
}

export const USAGE = `npm run bench -- [options]
  --players N            players in all (default 200; 2500 with --scenario many-games; 2000 with cluster)
  --scenario S           one-game (default), many-games (100 games unless --games says otherwise), hostile
                         (a small game alone, then beside each hammer from another address; 30 players, 6
                         questions, 1 repetition unless given), or cluster (one game of --players and --games
                         games of 25, on one process and through nginx to --processes processes on a throwaway
                         PostgreSQL and Redis, then the owner of a game of --players killed mid-question; 1
                         repetition unless given; no plain baseline)
  --games G              games the players are dealt into (default 1, or 100 with many-games and cluster)
  --processes N          cluster: server processes behind nginx (default 2)
  --questions Q          questions per game, each one broadcast of the plain baseline (default 10)
  --reps R               repetitions, each on fresh server processes; medians are reported (default 3)
  --workers W            bot processes holding the connections (default 4)
  --answer-window-ms T   even questions: everyone answers at the same instant; odd questions: each player at a
                         random moment within T ms (default 2000)
  --join-concurrency C   connections each worker opens at a time (default 50)
  --gap-ms T             pause between the steps of a question (default 250)
  --quiz ID              the built-in quiz to play (default aws-cloud-concepts)
  --cpu-prof DIR         write a CPU profile of each game and plain server into DIR (node --cpu-prof)
  --heap-snapshot DIR    write heap snapshots of each game and plain server before the players come and at the end
                         (the podium; the plain server's last round) into DIR (open them in Chrome's memory tab)
  --alloc-profile DIR    write a sampling profile of where each game and plain server allocates memory while
                         playing, garbage included, into DIR (.heapprofile, Chrome's memory tab)
  --hammers LIST         hostile: comma-separated among imports, practice, http (default all three)
  --hammer-concurrency N hostile: requests each hammer keeps in flight (default 8)
  --raise-limits         hostile: lift the hammer's import and practice limits, so that all its work is done
  --plain-reveal         the plain server also sends each client its own reveal-sized frame once all have
                         answered, as the game does (a comparison: the issue's baseline is without it)
  --json                 print one JSON object instead of a table`

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      players: { type: 'string' },
      scenario: { type: 'string', default: 'one-game' },
      games: { type: 'string' },
      questions: { type: 'string' },
      reps: { type: 'string' },
      workers: { type: 'string', default: '4' },
      'answer-window-ms': { type: 'string', default: '2000' },
      'join-concurrency': { type: 'string', default: '50' },
      'gap-ms': { type: 'string', default: '250' },
      quiz: { type: 'string', default: 'aws-cloud-concepts' },
      'cpu-prof': { type: 'string' },
      'heap-snapshot': { type: 'string' },
      'alloc-profile': { type: 'string' },
      hammers: { type: 'string', default: 'imports,practice,http' },
      'hammer-concurrency': { type: 'string', default: '8' },
      'raise-limits': { type: 'boolean', default: false },
      processes: { type: 'string', default: '2' },
      'plain-reveal': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help) usage()
  const scenario = values.scenario as Scenario
  if (!['one-game', 'many-games', 'hostile', 'cluster'].includes(scenario)) usage(`unknown scenario "${values.scenario}"`)
  const many = scenario === 'many-games'
  const hostile = scenario === 'hostile'
  const cluster = scenario === 'cluster'
  const hammers = values.hammers.split(',').map((h) => h.trim()).filter(Boolean) as HammerName[]
  if (!hammers.length || hammers.some((h) => !['imports', 'practice', 'http'].includes(h))) usage('--hammers lists imports, practice, http')
  const options: BenchOptions = {
    scenario,
    players: int(values.players ?? (many ? '2500' : hostile ? '30' : cluster ? '2000' : '200'), '--players', 1),
    games: int(values.games ?? (many || cluster ? '100' : '1'), '--games', 1),
    questions: int(values.questions ?? (hostile ? '6' : '10'), '--questions', 1),
    reps: int(values.reps ?? (hostile || cluster ? '1' : '3'), '--reps', 1),
    workers: int(values.workers, '--workers', 1),
    answerWindowMs: int(values['answer-window-ms'], '--answer-window-ms', 0),
    joinConcurrency: int(values['join-concurrency'], '--join-concurrency', 1),
    gapMs: int(values['gap-ms'], '--gap-ms', 0),
    quiz: values.quiz,
    json: values.json,
    cpuProfDir: values['cpu-prof'] ?? null,
    heapSnapshotDir: values['heap-snapshot'] ?? null,
    allocationProfileDir: values['alloc-profile'] ?? null,
    hammers,
    hammerConcurrency: int(values['hammer-concurrency'], '--hammer-concurrency', 1),
    raiseLimits: values['raise-limits'],
    processes: int(values.processes, '--processes', 1),
    plainReveal: values['plain-reveal'],
  }
  if (options.games > options.players && !cluster) usage('--games cannot exceed --players')
  return options
}

/** Node's flags for a CPU profile of a server process, when the run asks for them. */
export function cpuProfileArgs(options: BenchOptions): string[] {
  return options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : []
}

function int(text: string, name: string, min: number): number {
  const n = Number(text)
  if (!Number.isInteger(n) || n < min) usage(`${name} is a whole number of at least ${min}`)
  return n
}

function usage(problem?: string): never {
  if (problem) console.error(`bench: ${problem}`)
  console.error(USAGE)
  process.exit(problem ? 2 : 0)
}
