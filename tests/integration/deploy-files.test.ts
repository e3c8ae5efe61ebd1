import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { repoRoot } from '../support/server.ts'

/** No Docker engine runs on these machines: the files are checked by reading them. */
const read = (file: string) => fs.readFileSync(path.join(repoRoot, file), 'utf8')

function dockerfileInstructions(text: string): { op: string; args: string }[] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [op, ...rest] = line.split(/\s+/)
      return { op: op!.toUpperCase(), args: rest.join(' ') }
    })
}

describe('Dockerfile', () => {
  const instructions = dockerfileInstructions(read('Dockerfile'))
  const ops = instructions.map((i) => i.op)

  it('builds on Node 20, installs with npm ci and runs the server', () => {
    expect(instructions[0]).toMatchObject({ op: 'FROM' })
    expect(instructions[0]!.args).toMatch(/^node:20/)
    expect(instructions.some((i) => i.op === 'RUN' && i.args.includes('npm ci'))).toBe(true)
    expect(instructions.find((i) => i.op === 'CMD')!.args).toContain('apps/server/src/main.ts')
    expect(ops).toContain('EXPOSE')
    expect(ops).toContain('HEALTHCHECK')
  })

  it('copies every file that npm ci and the server need, and each exists', () => {
    const sources = instructions.filter((i) => i.op === 'COPY').flatMap((i) => i.args.split(/\s+/).slice(0, -1))
    for (const source of sources) expect(fs.existsSync(path.join(repoRoot, source)), source).toBe(true)
    const workspaces = JSON.parse(read('package.json')).workspaces as string[]
    for (const workspace of workspaces) {
      expect(sources.some((s) => workspace.startsWith(s.replace(/\/$/, '')) || s === `${workspace}/package.json`), workspace).toBe(true)
    }
  })
})

describe('docker-compose.yml', () => {
  const compose = parse(read('docker-compose.yml'))
  const service = compose.services.cirrus

  it('builds the Dockerfile, publishes the port and keeps the database in a volume', () => {
    expect(service.build).toBe('.')
    expect(service.ports).toContain('3000:3000')
    expect(service.environment.DATABASE_URL).toMatch(/^file:\/data\//)
    expect(service.volumes[0]).toMatch(/:\/data$/)
    expect(Object.keys(compose.volumes)).toContain(service.volumes[0].split(':')[0])
  })
})

describe('docker-compose.yml, profile scale', () => {
  const compose = parse(read('docker-compose.yml'))
  const services = compose.services as Record<string, Record<string, any>>
  const scaled = Object.entries(services).filter(([, s]) => s.profiles?.includes('scale'))
  const replicas = scaled.filter(([name]) => /^cirrus-\d+$/.test(name))

  it('leaves `docker compose up` the one SQLite process: the rest waits for --profile scale', () => {
    expect(services.cirrus!.profiles).toBeUndefined()
    expect(scaled.map(([name]) => name).sort()).toEqual(['cirrus-1', 'cirrus-2', 'cirrus-3', 'lb', 'postgres', 'redis'])
  })

  it('runs three replicas of the image on PostgreSQL and Redis, each health-checked and restarted', () => {
    expect(replicas).toHaveLength(3)
    for (const [name, replica] of replicas) {
      expect(replica.build, name).toBe('.')
      expect(replica.environment.DATABASE_URL, name).toMatch(/^postgresql:\/\/[^@]+@postgres:5432\//)
      expect(replica.environment.REDIS_URL, name).toBe('redis://redis:6379')
      expect(replica.environment.TRUST_PROXY, name).toBe('1')
      expect(replica.healthcheck.test.join(' '), name).toContain('/healthz')
      expect(replica.restart, name).toBe('unless-stopped')
      expect(replica.depends_on, name).toEqual({ postgres: { condition: 'service_healthy' }, redis: { condition: 'service_healthy' } })
    }
    expect(services.postgres!.healthcheck.test).toContain('pg_isready')
    expect(services.redis!.healthcheck.test).toContain('ping')
  })

  it('keeps PostgreSQL in a volume and puts nginx, with deploy/nginx.conf, in front of every replica', () => {
    const [volume] = services.postgres!.volumes[0].split(':')
    expect(Object.keys(compose.volumes)).toContain(volume)
    const lb = services.lb!
    const [config] = lb.volumes[0].split(':')
    expect(fs.existsSync(path.join(repoRoot, config)), config).toBe(true)
    expect(Object.keys(lb.depends_on).sort()).toEqual(replicas.map(([name]) => name).sort())
    // The command maps the file's 127.0.0.1:3001-3003 to the replicas: the file names exactly that many.
    const upstreams = [...read('deploy/nginx.conf').matchAll(/^\s*server 127\.0\.0\.1:(\d+)/gm)].map((m) => m[1])
    expect(upstreams).toEqual(['3001', '3002', '3003'])
    expect(lb.command.join(' ')).toContain('cirrus-\\1:3000')
    expect(read('deploy/nginx.conf')).toMatch(/hash \$cirrus_route consistent;/)
  })
})
