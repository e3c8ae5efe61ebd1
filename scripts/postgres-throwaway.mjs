// A throwaway PostgreSQL for tests and the cluster: initdb into a fresh folder, pg_ctl start on a loopback port,
// pg_ctl stop -m immediate at the end. Debian's package (`apt-get install -y postgresql`) puts the programs in
// /usr/lib/postgresql/<version>/bin and starts no server by itself. PostgreSQL refuses to run as root: as root the
// programs run as the `postgres` user the package creates (runuser), as anyone else as that user.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export function postgresBin() {
  const base = '/usr/lib/postgresql'
  const versions = fs.existsSync(base) ? fs.readdirSync(base).sort((a, b) => Number(b) - Number(a)) : []
  for (const version of versions) {
    const bin = path.join(base, version, 'bin')
    if (fs.existsSync(path.join(bin, 'initdb'))) return bin
  }
  try {
    return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim()
  } catch {
    throw new Error('no PostgreSQL programs found: install them (Debian: apt-get install -y postgresql) or give TEST_POSTGRES_URL')
  }
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
    server.once('error', reject)
  })
}

/** Starts a PostgreSQL of its own; returns its URL (user postgres, no password, database postgres) and a stop(). */
export async function startPostgres({ port, label = 'cirrus-pg' } = {}) {
  const bin = postgresBin()
  port ??= await freePort()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${label}-`))
  const asRoot = process.getuid?.() === 0
  if (asRoot) execFileSync('chown', ['postgres', dir])
  const run = (program, args) => {
    const [command, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, program), ...args]] : [path.join(bin, program), args]
    execFileSync(command, argv, { stdio: ['ignore', 'ignore', 'inherit'] })
  }
  run('initdb', ['-D', path.join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync'])
  // fsync off: a throwaway database never outlives a crash of its machine, and tests are I/O-bound without it.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300`
  run('pg_ctl', ['-D', path.join(dir, 'data'), '-l', path.join(dir, 'log'), '-o', options, '-w', 'start'])
  let stopped = false
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    dir,
    stop() {
      if (stopped) return
      stopped = true
      try {
        run('pg_ctl', ['-D', path.join(dir, 'data'), '-m', 'immediate', '-w', 'stop'])
      } finally {
        fs.rmSync(dir, { recursive: true, force: true })
      }
    },
  }
}
