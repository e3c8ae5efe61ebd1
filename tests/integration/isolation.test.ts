import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { starterQuiz } from '@cirrus/questions'
import { call, connect, connected, type CirrusClient, move } from '../support/client.ts'
import { rightChoice } from '../support/answers.ts'
import { hostGame, nextPhase } from '../support/game.ts'
import { startServer, type TestServer } from '../support/server.ts'

let server: TestServer
beforeAll(async () => {
  server = await startServer()
})
afterAll(async () => {
  await server?.close()
})

/** Every raw frame the client receives, as the text on the wire. */
function recordFrames(socket: CirrusClient): string[] {
  const frames: string[] = []
  socket.io.engine.on('packet', (packet: { type: string; data?: unknown }) => {
    if (packet.type === 'message') frames.push(String(packet.data))
  })
  return frames
}

async function recordedPlayer(url: string, pin: string, nickname: string) {
  const socket = connect(url)
  await connected(socket)
  const frames = recordFrames(socket)
  const joined = await call(socket, 'player:join', { pin, nickname })
  return { socket, frames, ...joined }
}

describe('two games on one server', () => {
  it('never see each other\'s events', async () => {
    const a = await hostGame(server.url, starterQuiz.id, { questionCount: 2 })
    const b = await hostGame(server.url, starterQuiz.id, { questionCount: 2 })
    expect(a.pin).not.toBe(b.pin)
    const pa = await recordedPlayer(server.url, a.pin, 'AliceOfA')
    const pb = await recordedPlayer(server.url, b.pin, 'BobOfB')
    const hostFramesA = recordFrames(a.host)

    for (const [game, player] of [[a, pa], [b, pb]] as const) {
      const q = nextPhase(player.socket, 'question')
      await move(game.host, 'host:start')
      await q
      const reveal = nextPhase(player.socket, 'reveal')
      await call(player.socket, 'player:answer', { questionIndex: 0, choice: rightChoice(starterQuiz.questions[0]!) })
      await reveal
    }
    await call(b.host, 'host:end', {})
    await new Promise((r) => setTimeout(r, 300))

    expect(pa.frames.length).toBeGreaterThan(2)
    for (const frame of [...pa.frames, ...hostFramesA]) {
      expect(frame).not.toContain(b.pin)
      expect(frame).not.toContain('BobOfB')
      expect(frame).not.toContain('"podium"') // game B ended; game A did not
    }
    for (const frame of pb.frames) {
      expect(frame).not.toContain(a.pin)
      expect(frame).not.toContain('AliceOfA')
    }
    for (const s of [pa.socket, pb.socket, a.host, b.host]) s.close()
  })
})

describe('the answer key', () => {
  it('is absent from every frame sent before the reveal, to players and host alike', async () => {
    const game = await hostGame(server.url, starterQuiz.id)
    const hostFrames = recordFrames(game.host)
    const ada = await recordedPlayer(server.url, game.pin, 'Ada')
    const bob = await recordedPlayer(server.url, game.pin, 'Bob')

    for (const [i, question] of starterQuiz.questions.entries()) {
      const shown = nextPhase(ada.socket, 'question')
      await move(game.host, i === 0 ? 'host:start' : 'host:next')
      await shown
      const marks = [ada.frames.length, bob.frames.length, hostFrames.length]
      const reveal = nextPhase(ada.socket, 'reveal')
      await call(ada.socket, 'player:answer', { questionIndex: i, choice: rightChoice(question) })
      await new Promise((r) => setTimeout(r, 50))
      const beforeReveal = [...ada.frames.slice(marks[0]), ...bob.frames.slice(marks[1]), ...hostFrames.slice(marks[2])]
      await move(game.host, 'host:endAnswering')
      await reveal

      const secrets = [question.explanation, ...(question.type === 'text' ? question.options.map((o) => o.text) : [])]
      for (const frame of beforeReveal) {
        expect(frame).not.toMatch(/"correct(?!Count")/) // correctCount is a tally, not the key
        expect(frame).not.toMatch(/acceptedAnswers|explanation/)
        for (const secret of secrets) expect(frame).not.toContain(secret)
      }
      if (i + 1 < starterQuiz.questions.length) {
        const board = nextPhase(ada.socket, 'leaderboard')
        await move(game.host, 'host:next')
        await board
      }
    }
    for (const s of [ada.socket, bob.socket, game.host]) s.close()
  })
})
