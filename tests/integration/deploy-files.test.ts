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
