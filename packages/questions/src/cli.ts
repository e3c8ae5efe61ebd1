/**
 * The question bank's command line: `npm run --silent questions -- <command>`.
 *   export --format json   the whole parsed bank as a JSON array on stdout
 *   stats [--json]         questions per topic, task, domain, type and difficulty, key positions and the counted shares
 *   validate               every problem of the bank and its coverage; exit 1 if any
 * Usage errors go to stderr with exit code 2.
 */
import { pathToFileURL } from 'node:url'

const USAGE = `Usage: npm run --silent questions -- <command>

Commands:
  export --format json   print the whole bank as a JSON array
  stats [--json]         count questions per topic, task, domain, type and difficulty, with the shares the rules limit
  validate               list the bank's problems (exit 1 if there are any)`

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

type Bank = typeof import('./bank/index.ts')

/** Runs one command and returns what to print; never exits the process, so it can be tested. */
export async function runCli(args: readonly string[], load: () => Promise<Bank> = () => import('./bank/index.ts')): Promise<CliResult> {
  const usage = (message: string): CliResult => ({ code: 2, stdout: '', stderr: `${message}\n\n${USAGE}\n` })
  const [command, ...rest] = args
  const flags = parseFlags(rest)
  if (typeof flags === 'string') return usage(flags)

  switch (command) {
    case 'export': {
      const unknown = Object.keys(flags).filter((f) => f !== 'format')
      if (unknown.length) return usage(`Unknown option for export: --${unknown[0]}`)
      const format = flags.format ?? 'json'
      if (format !== 'json') return usage(`Unknown export format "${format === true ? '' : format}"; the only format is json`)
      const { bank } = await load()
      return { code: 0, stdout: JSON.stringify(bank, null, 2) + '\n', stderr: '' }
    }
    case 'stats': {
      const unknown = Object.keys(flags).filter((f) => f !== 'json')
      if (unknown.length) return usage(`Unknown option for stats: --${unknown[0]}`)
      const [loaded, { bankStats, BANK_RULES }] = await Promise.all([load(), import('./bank/validate.ts')])
      const stats = bankStats(loaded.bankInputs)
      if (flags.json) return { code: 0, stdout: JSON.stringify(stats, null, 2) + '\n', stderr: '' }
      return { code: 0, stdout: formatStats(stats, loaded, BANK_RULES), stderr: '' }
    }
    case 'validate': {
      const unknown = Object.keys(flags)
      if (unknown.length) return usage(`Unknown option for validate: --${unknown[0]}`)
      let loaded: Bank
      try {
        loaded = await load()
      } catch (error) {
        return { code: 1, stdout: `${error instanceof Error ? error.message : String(error)}\n`, stderr: '' }
      }
      const { validateBank, checkCoverage } = await import('./bank/validate.ts')
      const problems = validateBank(loaded.bankInputs)
      const coverage = checkCoverage(loaded.bankInputs)
      const lines: string[] = []
      if (problems.length) lines.push(`${problems.length} problem(s) in the questions:`, ...problems.map((p) => `  ${p}`))
      if (coverage.length) lines.push(`${coverage.length} coverage problem(s):`, ...coverage.map((p) => `  ${p}`))
      if (!lines.length) return { code: 0, stdout: `The bank's ${loaded.bankInputs.length} questions are valid and its coverage is complete.\n`, stderr: '' }
      return { code: 1, stdout: lines.join('\n') + '\n', stderr: '' }
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      return command === undefined ? usage('No command given.') : { code: 0, stdout: USAGE + '\n', stderr: '' }
    default:
      return usage(`Unknown command "${command}".`)
  }
}

/** `--name value`, `--name=value` and bare `--flag`; anything else is a usage error (returned as a string). */
function parseFlags(args: readonly string[]): Record<string, string | true> | string {
  const flags: Record<string, string | true> = {}
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (!arg.startsWith('--')) return `Unexpected argument "${arg}".`
    const [name, value] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined]
    if (value !== undefined) flags[name] = value
    else if (args[i + 1] !== undefined && !args[i + 1]!.startsWith('--') && name !== 'json') flags[name] = args[++i]!
    else flags[name] = true
  }
  return flags
}

function formatStats(
  stats: import('./bank/validate.ts').BankStats,
  { TOPICS: topics, DOMAINS: domains, TASKS: tasks, sectionOfTopic }: Bank,
  rules: typeof import('./bank/validate.ts').BANK_RULES,
): string {
  const table = (title: string, header: string[], rows: (string | number)[][]) => {
    const all = [header, ...rows.map((r) => r.map(String))]
    const widths = header.map((_, c) => Math.max(...all.map((r) => r[c]!.length)))
    const line = (r: string[]) => r.map((cell, c) => (c === r.length - 1 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ')
    return [title, line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line), ''].join('\n')
  }
  const pct = (n: number) => (stats.total ? `${Math.round((100 * n) / stats.total)}%` : '-')
  const topicRows = Object.entries(stats.byTopic).map(([topic, n]) => [
    topic,
    sectionOfTopic(topic)?.id ?? '?',
    topic in topics ? String(topics[topic as keyof typeof topics]) : '?',
    n,
  ])
  const domainRows = Object.entries(stats.byDomain).map(([d, n]) => {
    const weight = (domains as Record<string, { weight: number }>)[d]?.weight
    return [
      d,
      (domains as Record<string, { title: string }>)[d]?.title ?? '?',
      weight === undefined ? '?' : `${weight}%`,
      weight === undefined ? '-' : `${weight - rules.domainShareTolerance}-${weight + rules.domainShareTolerance}%`,
      `${stats.shares.byDomain[d] ?? 0}%`,
      n,
    ]
  })
  const taskRows = Object.entries(stats.byTask).map(([id, n]) => {
    const task = tasks.find((t) => t.id === id)
    return [id, task ? String(task.domain) : '?', task?.title ?? '(unknown task)', n < rules.minPerTask ? `${n} (< ${rules.minPerTask})` : n]
  })
  const range = (r: { min: number; max: number }) => `${r.min * 100}-${r.max * 100}%`
  const single = stats.byType.single ?? 0
  const trueFalse = stats.trueFalseKeys.true + stats.trueFalseKeys.false
  return [
    `Questions: ${stats.total} (at least ${rules.minQuestions})`,
    '',
    table('By topic', ['topic', 'section', 'domain', 'questions'], topicRows),
    table(`By task (at least ${rules.minPerTask} each)`, ['task', 'domain', 'title', 'questions'], taskRows),
    table('By domain', ['domain', 'title', 'exam', 'allowed', 'bank', 'questions'], domainRows),
    table('By type', ['type', 'share', 'questions'], Object.entries(stats.byType).map(([t, n]) => [t, pct(n), n])),
    table('By difficulty', ['difficulty', 'share', 'questions'], Object.entries(stats.byDifficulty).map(([d, n]) => [d, pct(n), n])),
    table(`Single-answer keys by position (${range(rules.singleKeyShare)} each)`, ['position', 'share', 'questions'], Object.entries(stats.keyPositions).map(([p, n]) => [p, `${stats.shares.keyPositions[p] ?? 0}%`, n])),
    table('Other shares', ['share', 'limit', 'value', 'questions'], [
      ['key is the longest option', `at most ${rules.maxLongestKeyShare * 100}%`, `${stats.shares.longestKey}%`, `${stats.longestKey} of ${single}`],
      ['true/false and typed', `at most ${rules.maxTrueFalseTextShare * 100}%`, `${stats.shares.trueFalseAndText}%`, `${(stats.byType.truefalse ?? 0) + (stats.byType.text ?? 0)} of ${stats.total}`],
      ['ordering and number', `at most ${rules.maxOrderingNumberShare * 100}%`, `${stats.shares.orderingAndNumber}%`, `${(stats.byType.ordering ?? 0) + (stats.byType.number ?? 0)} of ${stats.total}`],
      ['true/false keyed True', range(rules.trueShare), `${stats.shares.trueFalseTrue}%`, `${stats.trueFalseKeys.true} of ${trueFalse}`],
    ]),
  ].join('\n')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await runCli(process.argv.slice(2))
  if (result.stdout) process.stdout.write(result.stdout)
  if (result.stderr) process.stderr.write(result.stderr)
  process.exitCode = result.code
}
