import { ownView, type Choice, type PhaseView, type PlayerView, type PublicQuestion } from '@cirrus/protocol'
import { call, connect, connected, send, type CirrusClient } from './client.ts'

export interface BotOptions {
  url: string
  pin: string
  nickname: string
  /** Picks the answer to send; random by default. */
  choose?: (question: PublicQuestion, random: () => number) => Choice
  /** Fraction of the time limit the bot may wait before answering (0..1); random within it. */
  maxDelayFraction?: number
  random?: () => number
}

/** A player that joins and answers every question by itself, as a phone would. */
export class Bot {
  readonly socket: CirrusClient
  playerId = ''
  you: PlayerView | null = null
  view: PhaseView | null = null
  answersSent = 0
  answersRefused = 0
  private timers = new Set<NodeJS.Timeout>()

  constructor(private readonly options: BotOptions) {
    this.socket = connect(options.url)
    this.socket.on('game:phase', (view) => this.onPhase(view))
  }

  async join(): Promise<void> {
    await connected(this.socket)
    const joined = await call(this.socket, 'player:join', { pin: this.options.pin, nickname: this.options.nickname })
    this.playerId = joined.playerId
    this.you = joined.you
    this.onPhase(joined.view)
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer)
    this.socket.close()
  }

  private onPhase(view: PhaseView): void {
    const previous = this.view
    this.view = view
    this.you = ownView(view) ?? this.you
    if (view.phase !== 'question' || view.pausedAt !== null) return
    if (previous?.phase === 'question' && previous.index === view.index) return
    const random = this.options.random ?? Math.random
    // During the get-ready the options are not open: think from when they are (the server's clock, as sent).
    const reading = view.opensAt !== undefined ? Math.max(0, view.opensAt - view.serverNow) : 0
    const delay = reading + random() * (this.options.maxDelayFraction ?? 0.6) * view.question.timeLimitMs
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      const choice = (this.options.choose ?? randomChoice)(view.question, random)
      this.answersSent++
      void send(this.socket, 'player:answer', { questionIndex: view.index, choice }).then((reply) => {
        if (!reply.ok) this.answersRefused++
      })
    }, delay)
    this.timers.add(timer)
  }
}

export function randomChoice(question: PublicQuestion, random: () => number): Choice {
  const pickOne = () => Math.floor(random() * question.options.length)
  switch (question.type) {
    case 'text':
      return { text: random() < 0.5 ? 'EFS' : 'not sure' }
    case 'multiple': {
      const picks = new Set<number>()
      const count = question.pick ?? 2
      while (picks.size < Math.min(count, question.options.length)) picks.add(pickOne())
      return { options: [...picks] }
    }
    case 'ordering':
      return { order: question.options.map((_, i) => i).sort(() => random() - 0.5) }
    case 'number': {
      const { min = 0, max = 100 } = question.number ?? {}
      return { number: Math.round(min + random() * (max - min)) }
    }
    default:
      return { options: [pickOne()] }
  }
}
