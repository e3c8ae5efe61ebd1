import { parseArgs } from 'node:util'

export interface BenchOptions {
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
  /** Writes a V8 CPU profile of each game server process into this folder. */
  cpuProfDir: string | null
}

export const USAGE = `npm run bench -- [options]
  --players N            players in all (default 200; 2500 with --scenario many-games)
  --scenario S           one-game (default) or many-games (100 games unless --games says otherwise)
  --games G              games the players are dealt into (default 1, or 100 with many-games)
  --questions Q          questions per game, each one broadcast of the plain baseline (default 10)
  --reps R               repetitions, each on fresh server processes; medians are reported (default 3)
  --workers W            bot processes holding the connections (default 4)
  --answer-window-ms T   even questions: everyone answers at the same instant; odd questions: each player at a
                         random moment within T ms (default 2000)
  --join-concurrency C   connections each worker opens at a time (default 50)
  --gap-ms T             pause between the steps of a question (default 250)
  --quiz ID              the built-in quiz to play (default aws-cloud-concepts)
  --cpu-prof DIR         write a CPU profile of each game server into DIR (node --cpu-prof)
  --json                 print one JSON object instead of a table`

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      players: { type: 'string' },
      scenario: { type: 'string', default: 'one-game' },
      games: { type: 'string' },
      questions: { type: 'string', default: '10' },
      reps: { type: 'string', default: '3' },
      workers: { type: 'string', default: '4' },
      'answer-window-ms': { type: 'string', default: '2000' },
      'join-concurrency': { type: 'string', default: '50' },
      'gap-ms': { type: 'string', default: '250' },
      quiz: { type: 'string', default: 'aws-cloud-concepts' },
      'cpu-prof': { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help) usage()
  const many = values.scenario === 'many-games'
  if (!many && values.scenario !== 'one-game') usage(`unknown scenario "${values.scenario}"`)
  const options: BenchOptions = {
    players: int(values.players ?? (many ? '2500' : '200'), '--players', 1),
    games: int(values.games ?? (many ? '100' : '1'), '--games', 1),
    questions: int(values.questions, '--questions', 1),
    reps: int(values.reps, '--reps', 1),
    workers: int(values.workers, '--workers', 1),
    answerWindowMs: int(values['answer-window-ms'], '--answer-window-ms', 0),
    joinConcurrency: int(values['join-concurrency'], '--join-concurrency', 1),
    gapMs: int(values['gap-ms'], '--gap-ms', 0),
    quiz: values.quiz,
    json: values.json,
    cpuProfDir: values['cpu-prof'] ?? null,
  }
  if (options.games > options.players) usage('--games cannot exceed --players')
  return options
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
