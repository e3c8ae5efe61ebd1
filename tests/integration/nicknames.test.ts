import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { starterQuiz } from '@cirrus/questions'
import { call, connect, connected, send, type CirrusClient } from '../support/client.ts'
import { hostGame, type HostedGame } from '../support/game.ts'
import { startServer, type TestServer } from '../support/server.ts'

let server: TestServer
const opened: CirrusClient[] = []
beforeAll(async () => {
  server = await startServer()
})
afterAll(async () => {
  for (const socket of opened) socket.close()
  await server?.close()
})

async function client(): Promise<CirrusClient> {
  const socket = connect(server.url, { reconnection: false })
  opened.push(socket)
  await connected(socket)
  return socket
}

async function game(settings: { profanityFilter?: boolean } = {}): Promise<HostedGame> {
  const hosted = await hostGame(server.url, starterQuiz.id, settings)
  opened.push(hosted.host)
  return hosted
}

describe('nicknames, against a real server', () => {
  it('refuses a lookalike of a seated nickname with nickname_taken, and says what is wrong with an invisible one', async () => {
    const { pin, host, hostToken } = await game()
    const alice = await client()
    expect(await send(alice, 'player:join', { pin, nickname: 'Alice' })).toMatchObject({ ok: true, data: { you: { nickname: 'Alice' } } })

    // A refused join leaves the connection free to try again.
    const tryer = await client()
    const join = (nickname: string) => send(tryer, 'player:join', { pin, nickname })
    for (const lookalike of ['Аlice', 'ALICE', 'аlice', 'Ａｌｉｃｅ', 'AIice']) {
      expect(await join(lookalike), lookalike).toMatchObject({ ok: false, error: { code: 'nickname_taken' } })
    }
    const invisible = { ok: false, error: { code: 'invalid_payload', message: 'nickname: a nickname cannot contain invisible characters' } }
    expect(await join('Alice\u200b')).toMatchObject(invisible)
    expect(await join('\u3164')).toMatchObject(invisible)
    expect(await join('Bob\u3164')).toMatchObject(invisible)
    expect(await join('Alice\u2060')).toMatchObject(invisible)
    expect(await join('\u202eecilA')).toMatchObject({ ok: false, error: { code: 'invalid_payload', message: expect.stringMatching(/direction of text/) } })

    // None of them took a seat; spaced out, it is another name.
    expect((await call(host, 'host:attach', { pin, hostToken })).host.players.map((p) => p.nickname)).toEqual(['Alice'])
    expect(await join('A l i c e')).toMatchObject({ ok: true, data: { you: { nickname: 'A l i c e' } } })
  })

  it('lets names of every script in', async () => {
    const { pin } = await game()
    for (const nickname of ['محمد', 'अनुष्का', '王芳', 'José', 'Nguyễn Phúc', 'Shitij', 'Fu Li', 'Scunthorpe', 'Cassandra']) {
      const socket = await client()
      expect(await send(socket, 'player:join', { pin, nickname }), nickname).toMatchObject({ ok: true, data: { you: { nickname } } })
    }
  })

  it('refuses f.u.c.k and its kin with the filter on, and lets them in with it off', async () => {
    const filtered = await game()
    const tryer = await client()
    for (const nickname of ['f.u.c.k', 'f u c k', 'f_u_c_k', 'f-u-c-k', 'fuuuck', 'fuсk']) {
      expect(await send(tryer, 'player:join', { pin: filtered.pin, nickname }), nickname).toMatchObject({ ok: false, error: { code: 'nickname_invalid' } })
    }
    const relaxed = await game({ profanityFilter: false })
    expect(await send(tryer, 'player:join', { pin: relaxed.pin, nickname: 'f.u.c.k' })).toMatchObject({ ok: true })
  })
})
