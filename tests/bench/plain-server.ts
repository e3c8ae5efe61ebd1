/**
 * The baseline: a plain socket.io 4 server with the game server's transport settings and nothing else. The runner
 * connects as the controller (auth `{ controller: true }`) and asks it to broadcast a payload of a given size to
 * every other connection; bots acknowledge-echo `answer` events. Run as its own process, so its memory and CPU are
 * measured like the game server's: `node --import tsx tests/bench/plain-server.ts` with PORT set. With
 * PLAIN_REVEAL_BYTES, once every client has answered a round each gets a frame of that size of its own (encoded
 * apart, as the game's reveal with each player's own result), right after the last acknowledgement.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Server } from 'socket.io'

const httpServer = http.createServer()
// The same transport settings as apps/server/src/app.ts: no client bundle, perMessageDeflate off (the default).
const io = new Server(httpServer, { serveClient: false, maxHttpBufferSize: 16_000 })

const revealBytes = Number(process.env.PLAIN_REVEAL_BYTES ?? 0)
let answered = 0
let round = 0

function revealToEach(): void {
  round++
  const seq = 1_000_000 + round
  const pad = 'x'.repeat(Math.max(0, revealBytes - JSON.stringify(['msg', { seq, pad: '' }]).length))
  for (const id of io.sockets.adapter.rooms.get('clients') ?? []) io.sockets.sockets.get(id)?.emit('msg', { seq, pad })
}

io.on('connection', (socket) => {
  if (socket.handshake.auth?.controller === true) {
    socket.on('bench:broadcast', ({ seq, bytes }: { seq: number; bytes: number }, ack: () => void) => {
      const payload = { seq, pad: '' }
      payload.pad = 'x'.repeat(Math.max(0, bytes - JSON.stringify(['msg', payload]).length))
      io.to('clients').emit('msg', payload)
      ack()
    })
    return
  }
  void socket.join('clients')
  socket.on('answer', (_payload: unknown, ack: (reply: unknown) => void) => {
    if (typeof ack === 'function') ack({ ok: true, data: {} })
    if (revealBytes > 0 && ++answered >= (io.sockets.adapter.rooms.get('clients')?.size ?? 0)) {
      answered = 0
      revealToEach()
    }
  })
})

httpServer.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`plain socket.io listening on ${(httpServer.address() as AddressInfo).port}`)
})
process.on('SIGTERM', () => io.close(() => process.exit(0)))
