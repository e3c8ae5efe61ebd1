import http from 'node:http'
import { afterAll, describe, expect, it } from 'vitest'
import { createCirrus } from '@cirrus/server'
import { api } from '../support/http.ts'
import { startServer, tempDatabaseUrl, type TestServer } from '../support/server.ts'

const servers: TestServer[] = []
afterAll(async () => {
  for (const s of servers) await s.close()
})

describe('GET /api/config', () => {
  it('gives the join origin from PUBLIC_URL, whatever address the host page uses', async () => {
    const server = await startServer({ publicUrl: 'http://quiz.school.example:8080/' })
    servers.push(server)
    // The test server listens on 127.0.0.1 only, which phones cannot reach: the lobby is warned, and told why.
    expect((await api(server.url, '/api/config')).body).toEqual({
      joinOrigin: 'http://quiz.school.example:8080',
      joinWarning: { code: 'not_listening', host: 'quiz.school.example', listening: '127.0.0.1' },
    })
  })

  it('leaves the join origin to the page when the page is open at an address phones can reach', async () => {
    const server = await startServer()
    servers.push(server)
    // fetch may not set Host; node:http may, as a browser at that name would.
    const body = await new Promise<string>((resolve, reject) => {
      http.get(`${server.url}/api/config`, { headers: { host: 'quiz.school.example' } }, (res) => {
        let text = ''
        res.on('data', (chunk) => (text += chunk)).on('end', () => resolve(text))
      }).on('error', reject)
    })
    expect(JSON.parse(body)).toEqual({ joinOrigin: null, joinWarning: { code: 'not_listening', host: 'quiz.school.example', listening: '127.0.0.1' } })
  })

  it('refuses to start with a PUBLIC_URL that is not a URL', async () => {
    await expect(createCirrus({ databaseUrl: tempDatabaseUrl(), webRoot: null, publicUrl: 'quiz night' })).rejects.toThrow(/PUBLIC_URL "quiz night" is not a URL/)
  })
})
