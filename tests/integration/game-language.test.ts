import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { starterQuiz } from '@cirrus/questions'
import { friendlyName, type GameLanguage, type PhaseView } from '@cirrus/protocol'
import { connect, connected, send, type CirrusClient } from '../support/client.ts'
import { hostGame } from '../support/game.ts'
import { spawnServer, startServer, tempDatabaseUrl, type ServerProcess, type TestServer } from '../support/server.ts'

/** A game in the host's language (docs/protocol.md, *Ways to play*): its team names and the friendly names it takes. */

let server: TestServer
beforeAll(async () => {
  server = await startServer()
})
afterAll(async () => {
  await server?.close()
})

const opened: CirrusClient[] = []
afterEach(() => {
  for (const socket of opened.splice(0)) socket.close()
})

async function phone(url: string): Promise<CirrusClient> {
  const socket = connect(url)
  opened.push(socket)
  await connected(socket)
  return socket
}

const teamsIn = (view: PhaseView) => (view.phase === 'lobby' ? view.teams.map((t) => t.name) : [])

async function lookUp(url: string, pin: string): Promise<{ language: GameLanguage; friendlyNames: boolean }> {
  return (await fetch(`${url}/api/games/${pin}`)).json()
}

describe('a game in Spanish', () => {
  it('has Spanish team names, seats a Spanish friendly name and refuses an English one', async () => {
    const game = await hostGame(server.url, starterQuiz.id, { teams: 2, friendlyNames: true, language: 'es' })
    opened.push(game.host)
    expect(await lookUp(server.url, game.pin)).toMatchObject({ friendlyNames: true, language: 'es' })

    const ana = await phone(server.url)
    const english = await send(ana, 'player:join', { pin: game.pin, nickname: friendlyName(0, 'en') })
    expect(english.ok === false && english.error.code).toBe('nickname_invalid')
    const seated = await send(ana, 'player:join', { pin: game.pin, nickname: friendlyName(0, 'es') })
    if (!seated.ok) throw new Error(seated.error.message)
    expect(seated.data.you.nickname).toBe('Nutria Valiente')
    expect(seated.data.you.team?.name).toBe('Cohetes Rojos')
    expect(teamsIn(seated.data.view)).toEqual(['Cohetes Rojos', 'Ballenas Azules'])

    // Names are names: another player's phone sees the same Spanish ones.
    const bea = await phone(server.url)
    const second = await send(bea, 'player:join', { pin: game.pin, nickname: friendlyName(1, 'es') })
    if (!second.ok) throw new Error(second.error.message)
    expect(second.data.you).toMatchObject({ nickname: 'Nutria Veloz', team: { name: 'Ballenas Azules' } })
    expect(teamsIn(second.data.view)).toEqual(['Cohetes Rojos', 'Ballenas Azules'])
  })

  it('is English unless the host says, and refuses a language the game does not speak', async () => {
    const game = await hostGame(server.url, starterQuiz.id, { teams: 2, friendlyNames: true })
    opened.push(game.host)
    expect((await lookUp(server.url, game.pin)).language).toBe('en')
    const ada = await phone(server.url)
    const spanish = await send(ada, 'player:join', { pin: game.pin, nickname: 'Nutria Valiente' })
    expect(spanish.ok === false && spanish.error.code).toBe('nickname_invalid')
    const seated = await send(ada, 'player:join', { pin: game.pin, nickname: 'Brave Otter' })
    expect(seated.ok && seated.data.you.team?.name).toBe('Red Rockets')

    const host = await phone(server.url)
    const italian = await send(host, 'host:create', { quizId: starterQuiz.id, settings: { language: 'it' as GameLanguage } })
    expect(italian.ok === false && italian.error.code).toBe('invalid_payload')
  })
})

describe('a restart', () => {
  let proc: ServerProcess[] = []
  afterEach(async () => {
    for (const s of proc) await s.stop('SIGKILL')
    proc = []
  })

  it("keeps the game's language (SIGKILL, then a new process): French names are still the ones taken", async () => {
    const databaseUrl = tempDatabaseUrl('language-restart')
    const first = await spawnServer({ databaseUrl })
    proc.push(first)
    const game = await hostGame(first.url, starterQuiz.id, { teams: 2, friendlyNames: true, language: 'fr' })
    game.host.close()
    await first.stop('SIGKILL')
    const second = await spawnServer({ databaseUrl, port: first.port })
    proc.push(second)

    expect(await lookUp(second.url, game.pin)).toMatchObject({ friendlyNames: true, language: 'fr' })
    const chloe = await phone(second.url)
    const english = await send(chloe, 'player:join', { pin: game.pin, nickname: 'Brave Otter' })
    expect(english.ok === false && english.error.code).toBe('nickname_invalid')
    const seated = await send(chloe, 'player:join', { pin: game.pin, nickname: 'Loutre Agile' })
    expect(seated.ok && seated.data.you.team?.name).toBe('Fusées Rouges')
  }, 60_000)
})
