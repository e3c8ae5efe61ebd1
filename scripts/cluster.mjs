// `npm run cluster -- --processes N --port P`: N Cirrus processes (ports P+1 ... P+N, loopback) behind nginx on port
// P, against the DATABASE_URL (PostgreSQL) and REDIS_URL in the environment. It restarts a process that exits (as
// systemd's Restart=always or a container's restart policy would) and stops everything on SIGINT or SIGTERM. nginx's
// configuration is deploy/nginx.conf with this run's ports, pid and log paths (written into a folder of its own).
// A line `cluster: process <i> pid <pid> port <port>` is printed at each (re)start, `cluster: ready` once all answer.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`)
  if (i === -1) return fallback
  const value = Number(process.argv[i + 1])
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} wants a positive whole number`)
  return value
}

const processes = option('processes', 3)
const port = option('port', 3000)
const databaseUrl = process.env.DATABASE_URL ?? ''
if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
  console.error('cluster: DATABASE_URL must name a PostgreSQL database (postgres://...): several processes cannot share a SQLite file')
  process.exit(2)
}
if (!process.env.REDIS_URL) console.warn('cluster: REDIS_URL is not set: the processes run without the Redis adapter (docs/scaling.md)')

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cirrus-cluster-'))
const ports = Array.from({ length: processes }, (_, i) => port + 1 + i)

/** deploy/nginx.conf with this run's lines (each one the file marks `# cluster: ...`). */
function nginxConfig() {
  let text = fs.readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8')
  text = text.replace(/^pid .*$/m, `pid ${dir}/nginx.pid;`)
  text = text.replaceAll('/tmp/cirrus-nginx-', `${dir}/nginx-`)
  text = text.replace(/^(\s*)listen \d+;.*$/m, `$1listen 127.0.0.1:${port};`)
  const servers = /^(\s*)server 127\.0\.0\.1:\d+ (.*?);.*\n(?:\s*server 127\.0\.0\.1:.*\n)*/m
  const [, indent, params] = text.match(servers)
  text = text.replace(servers, ports.map((p) => `${indent}server 127.0.0.1:${p} ${params};\n`).join(''))
  return text
}

const confFile = path.join(dir, 'nginx.conf')
fs.writeFileSync(confFile, nginxConfig())

let stopping = false
const children = new Map() // index -> child process

function prefix(stream, label) {
  let rest = ''
  stream.on('data', (chunk) => {
    const lines = (rest + chunk).split('\n')
    rest = lines.pop()
    for (const line of lines) process.stdout.write(`[${label}] ${line}\n`)
  })
}

function startServer(index) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(ports[index]), HOST: '127.0.0.1', TRUST_PROXY: process.env.TRUST_PROXY ?? '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.set(index, child)
  prefix(child.stdout, `cirrus ${index + 1}`)
  prefix(child.stderr, `cirrus ${index + 1}`)
  console.log(`cluster: process ${index + 1} pid ${child.pid} port ${ports[index]}`)
  child.on('exit', (code, signal) => {
    if (stopping) return
    console.log(`cluster: process ${index + 1} exited (${signal ?? code}); starting it again`)
    setTimeout(() => !stopping && startServer(index), 500)
  })
}

async function healthy(p) {
  const res = await fetch(`http://127.0.0.1:${p}/healthz`).catch(() => null)
  return res?.ok ?? false
}

const nginx = spawn('nginx', ['-c', confFile, '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'] })
nginx.on('exit', (code, signal) => {
  if (stopping) return
  console.error(`cluster: nginx exited (${signal ?? code}); stopping`)
  void stop(1)
})
// One at a time: the first migrates the database, the others find nothing to do (and wait on its lock otherwise).
for (let i = 0; i < processes; i++) {
  startServer(i)
  while (!stopping && !(await healthy(ports[i]))) await new Promise((r) => setTimeout(r, 200))
}
while (!stopping && !(await healthy(port))) await new Promise((r) => setTimeout(r, 200))
console.log(`cluster: ready on http://127.0.0.1:${port} (${processes} processes, nginx config ${confFile})`)

async function stop(code) {
  if (stopping) return
  stopping = true
  console.log('cluster: stopping')
  const exits = [...children.values()].filter((c) => c.exitCode === null && c.signalCode === null).map((c) => new Promise((r) => c.once('exit', r)))
  for (const child of children.values()) child.kill('SIGTERM')
  const late = setTimeout(() => {
    for (const child of children.values()) child.kill('SIGKILL')
  }, 20_000)
  await Promise.all(exits)
  clearTimeout(late)
  if (nginx.exitCode === null) {
    const gone = new Promise((r) => nginx.once('exit', r))
    nginx.kill('SIGQUIT')
    await gone
  }
  fs.rmSync(dir, { recursive: true, force: true })
  process.exit(code)
}
process.on('SIGINT', () => void stop(0))
process.on('SIGTERM', () => void stop(0))
