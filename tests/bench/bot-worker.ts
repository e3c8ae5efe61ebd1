/**
 * A bot worker: one child process of the benchmark holding many socket.io-client connections, each a player of a
 * game (or a bare client of the plain server). It stamps the moment each connection receives each message and
 * reports, on request, when the last of its connections had it. Started by fleet.ts; commands arrive over IPC.
 *
 * Keys a connection can receive (first receipt only):
 *   game mode  `<phase>:<index>` for each game:phase view (`question:0`, `reveal:0`, `leaderboard:0`, `podium:-`),
 *              `you:<index>` for the player's own result of that round (score and rank), which its reveal carries
 *              `back:<phase>:<index>` for the view in the reply to a `player:rejoin` after a reconnection (rejoin)
 *   plain mode `plain:<seq>` for the plain server's broadcast number seq
 */
import { ownView, type PhaseView, type PublicQuestion, type Reply } from '@cirrus/protocol'
import { randomChoice } from '../support/bot.ts'
import { connect, type CirrusClient } from '../support/client.ts'
import { wallNow, type AnswerResult, type AwaitResult, type ConnectResult, type Request, type Response, type Seat, type WorkerCommand } from './messages.ts'

interface Connection {
  seat: Seat
  socket: CirrusClient
  joined: boolean
  /** Keys this connection has received. */
  seen: Set<string>
  question: { index: number; question: PublicQuestion } | null
}

let connections: Connection[] = []
let messages = 0
let revealBytes = 0
/** The questions whose reveal frame was measured (once per question per worker: a stringify for every one would slow the bots). */
const revealsMeasured = new Set<number>()
/** Per key: per PIN, how many connections have it and when the last one got it. */
const receipts = new Map<string, Map<string, { count: number; lastAt: number }>>()
const waiters = new Set<() => void>()

function receive(connection: Connection, key: string): void {
  const at = wallNow()
  if (connection.seen.has(key)) return
  connection.seen.add(key)
  let byPin = receipts.get(key)
  if (!byPin) receipts.set(key, (byPin = new Map()))
  const entry = byPin.get(connection.seat.pin)
  if (entry) {
    entry.count++
    entry.lastAt = Math.max(entry.lastAt, at)
  } else byPin.set(connection.seat.pin, { count: 1, lastAt: at })
  for (const wake of waiters) wake()
}

function open(url: string, mode: 'game' | 'plain', seat: Seat, timeoutMs: number, rejoin = false): Promise<Connection> {
  // Reconnection off: a connection the server drops is a failure to report, not one to hide by retrying (unless the
  // run is about coming back: rejoin). The PIN in the handshake lets a load balancer route by game (docs/scaling.md).
  const socket = connect(url, { autoConnect: false, ...(seat.pin ? { query: { pin: seat.pin } } : {}) })
  socket.io.reconnection(false)
  const connection: Connection = { seat, socket, joined: false, seen: new Set(), question: null }
  socket.io.on('packet', (packet) => {
    if (packet.type === 2 || packet.type === 3) messages++ // EVENT, ACK
  })
  if (mode === 'plain') {
    socket.on('msg' as never, ((payload: { seq: number }) => receive(connection, `plain:${payload.seq}`)) as never)
  } else {
    socket.on('game:phase', (view: PhaseView) => {
      receive(connection, `${view.phase}:${'index' in view ? view.index : '-'}`)
      if (view.phase === 'reveal' && !revealsMeasured.has(view.index)) {
        revealsMeasured.add(view.index)
        revealBytes = Math.max(revealBytes, JSON.stringify(['game:phase', view]).length)
      }
      if (view.phase === 'question') connection.question = { index: view.index, question: view.question }
      const last = ownView(view)?.lastResult
      if (last) receive(connection, `you:${last.index}`)
    })
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`no ${mode === 'game' ? 'join' : 'connection'} within ${timeoutMs} ms`)), timeoutMs)
    const fail = (error: Error) => {
      clearTimeout(timer)
      socket.close()
      reject(error)
    }
    socket.once('connect_error', (error) => fail(new Error(`connect_error: ${error.message}`)))
    socket.once('connect', () => {
      if (mode === 'plain') {
        clearTimeout(timer)
        connection.joined = true
        return resolve(connection)
      }
      socket.emit('player:join', { pin: seat.pin, nickname: seat.nickname }, (reply: Reply<{ view: PhaseView; playerToken: string }>) => {
        if (!reply.ok) return fail(new Error(`${reply.error.code}: ${reply.error.message}`))
        clearTimeout(timer)
        connection.joined = true
        const view = reply.data.view
        if (view.phase === 'question') connection.question = { index: view.index, question: view.question }
        if (rejoin) takeSeatAgain(connection, reply.data.playerToken)
        resolve(connection)
      })
    })
    socket.connect()
  })
}

/** From now on, each reconnection takes the seat again (as the web app does); the reply's view is `back:…`. */
function takeSeatAgain(connection: Connection, playerToken: string): void {
  const { socket, seat } = connection
  socket.io.reconnection(true)
  const rejoin = () => {
    socket.emit('player:rejoin', { pin: seat.pin, playerToken }, (reply: Reply<{ view: PhaseView }>) => {
      // Refused while the game is still being taken over: asked again shortly, on this connection or the next.
      if (!reply.ok) return void setTimeout(() => socket.connected && rejoin(), 250)
      const view = reply.data.view
      receive(connection, `back:${view.phase}:${'index' in view ? view.index : '-'}`)
      if (view.phase === 'question') connection.question = { index: view.index, question: view.question }
    })
  }
  socket.on('connect', rejoin)
  // A refused handshake (the game is being taken over) or a failed one through nginx leaves the socket inactive,
  // which socket.io does not retry: it is opened again here, as the web app's reconnecting state does.
  const retry = () => setTimeout(() => !socket.active && connections.includes(connection) && socket.connect(), 250)
  socket.on('connect_error', retry)
  socket.on('disconnect', retry)
}

async function connectAll(command: Extract<WorkerCommand, { cmd: 'connect' }>): Promise<ConnectResult> {
  const result: ConnectResult = { joined: 0, failed: 0, errors: [], lastJoinedAt: 0 }
  let nextSeat = 0
  // A fixed number of seats opening at a time: thousands of simultaneous handshakes only overflow accept queues.
  const lane = async () => {
    while (nextSeat < command.seats.length) {
      const seat = command.seats[nextSeat++]!
      try {
        connections.push(await open(command.url, command.mode, seat, command.timeoutMs, command.rejoin))
        result.joined++
        result.lastJoinedAt = wallNow()
      } catch (error) {
        result.failed++
        if (result.errors.length < 5) result.errors.push((error as Error).message)
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, command.concurrency) }, lane))
  return result
}

function answerAll(command: Extract<WorkerCommand, { cmd: 'answer' }>): Promise<AnswerResult> {
  const result: AnswerResult = { latencies: [], refused: 0, failed: 0, errors: [] }
  const random = Math.random
  let outstanding = 0
  return new Promise((resolve) => {
    const settle = () => --outstanding === 0 && resolve(result)
    const note = (error: string) => result.errors.length < 5 && result.errors.push(error)
    const sendOne = (connection: Connection) => {
      const sentAt = wallNow()
      const acked = (error: Error | null, reply?: Reply<unknown>) => {
        if (error) {
          result.failed++
          note(error.message)
        } else if (reply && !reply.ok) {
          result.refused++
          note(`${reply.error.code}: ${reply.error.message}`)
        } else result.latencies.push(wallNow() - sentAt)
        settle()
      }
      if (!connection.seat.pin) {
        ;(connection.socket.timeout(command.timeoutMs) as unknown as { emit: (...args: unknown[]) => void }).emit('answer', { questionIndex: command.index, choice: { options: [0] } }, acked)
        return
      }
      const open = connection.question
      if (!open || open.index !== command.index) {
        result.failed++
        note(`question ${command.index} never reached this player`)
        return settle()
      }
      connection.socket.timeout(command.timeoutMs).emit('player:answer', { questionIndex: open.index, choice: randomChoice(open.question, random) }, acked as never)
    }
    const ready = connections.filter((c) => c.joined)
    outstanding = ready.length
    if (outstanding === 0) return resolve(result)
    for (const connection of ready) {
      if (command.windowMs > 0) setTimeout(() => sendOne(connection), random() * command.windowMs)
      else sendOne(connection)
    }
  })
}

function awaitKey(command: Extract<WorkerCommand, { cmd: 'await' }>): Promise<AwaitResult> {
  const expected = connections.filter((c) => c.joined).length
  const report = (): AwaitResult => {
    const byPin = receipts.get(command.key) ?? new Map()
    let received = 0
    const lastAtByPin: Record<string, number | null> = {}
    for (const c of connections) if (c.joined) lastAtByPin[c.seat.pin] ??= null
    for (const [pin, entry] of byPin) {
      received += entry.count
      lastAtByPin[pin] = entry.lastAt
    }
    return { received, missing: expected - received, lastAtByPin }
  }
  return new Promise((resolve) => {
    const check = () => {
      const count = [...(receipts.get(command.key)?.values() ?? [])].reduce((n, e) => n + e.count, 0)
      if (count < expected) return
      done()
    }
    const done = () => {
      clearTimeout(timer)
      waiters.delete(check)
      resolve(report())
    }
    const timer = setTimeout(done, command.timeoutMs)
    waiters.add(check)
    check()
  })
}

async function run(command: WorkerCommand): Promise<unknown> {
  switch (command.cmd) {
    case 'connect':
      return connectAll(command)
    case 'answer':
      return answerAll(command)
    case 'await':
      return awaitKey(command)
    case 'count': {
      const counted = messages
      messages = 0
      return { messages: counted, revealBytes }
    }
    case 'disconnect':
      for (const c of connections) c.socket.close()
      connections = []
      receipts.clear()
      messages = 0
      revealBytes = 0
      revealsMeasured.clear()
      return {}
  }
}

process.on('message', (request: Request) => {
  run(request).then(
    (result) => process.send!({ id: request.id, ok: true, result } satisfies Response),
    (error: Error) => process.send!({ id: request.id, ok: false, error: error.stack ?? String(error) } satisfies Response),
  )
})
process.on('disconnect', () => process.exit(0))
