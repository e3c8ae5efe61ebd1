import type { AnswerPayload, CreateGamePayload, ExtraTimePayload, HostAttachPayload, JoinPayload, KickPayload, LockPayload, MovePayload, PickTeamPayload, RejoinPayload, TeamEditPayload } from './payloads.ts'
import type { Reply } from './errors.ts'
import type { ReadyPayload } from './images.ts'
import type { HostStatus, HostView, PhaseView, PlayerView } from './views.ts'

type Ack<T> = (reply: Reply<T>) => void
type Empty = Record<string, never>

export interface Joined {
  playerId: string
  view: PhaseView
  you: PlayerView
}

/** Events a client sends. Every one takes an acknowledgement callback and gets a Reply. */
export interface ClientToServerEvents {
  'host:create': (payload: CreateGamePayload, ack: Ack<{ gameId: string; pin: string; hostToken: string; view: PhaseView; host: HostView }>) => void
  'host:attach': (payload: HostAttachPayload, ack: Ack<{ gameId: string; view: PhaseView; host: HostView }>) => void
  'host:start': (payload: MovePayload, ack: Ack<Empty>) => void
  'host:next': (payload: MovePayload, ack: Ack<Empty>) => void
  'host:endAnswering': (payload: MovePayload, ack: Ack<Empty>) => void
  'host:pause': (payload: Empty, ack: Ack<Empty>) => void
  'host:resume': (payload: Empty, ack: Ack<Empty>) => void
  'host:kick': (payload: KickPayload, ack: Ack<Empty>) => void
  'host:lock': (payload: LockPayload, ack: Ack<Empty>) => void
  'host:end': (payload: Empty, ack: Ack<Empty>) => void
  'host:extraTime': (payload: ExtraTimePayload, ack: Ack<Empty>) => void
  'host:team': (payload: TeamEditPayload, ack: Ack<Empty>) => void
  'player:team': (payload: PickTeamPayload, ack: Ack<Empty>) => void
  'player:join': (payload: JoinPayload, ack: Ack<Joined & { playerToken: string }>) => void
  'player:rejoin': (payload: RejoinPayload, ack: Ack<Joined>) => void
  'player:answer': (payload: AnswerPayload, ack: Ack<{ questionIndex: number }>) => void
  /** The phone has the open question's pictures: the clock may start (docs/protocol.md, *Pictures*). */
  'player:ready': (payload: ReadyPayload, ack: Ack<Empty>) => void
  'clock:sync': (payload: Empty, ack: Ack<{ serverNow: number }>) => void
}

/** Events the server sends. */
export interface ServerToClientEvents {
  /**
   * The game's state, to everyone in the game, whenever it changes. A player's copy of the reveal and of the podium
   * carries `you`, that player's own score, rank and result: one message per player, not the view and a second one.
   */
  'game:phase': (view: PhaseView) => void
  /** The counts, and the players that changed since the previous one, to the host alone. */
  'host:status': (status: HostStatus) => void
  /** This player's own state changed between phases (extra time given, a team picked): to that player alone. */
  'player:you': (you: PlayerView) => void
  /** This player was removed by the host; the connection closes after it. */
  'game:kicked': (info: { reason: string }) => void
  /**
   * The game ended by itself (nobody played it for the idle time, or it failed): the connection closes after it.
   * `code` says which, for the client to say in the player's language; `reason` is the same in English.
   */
  'game:closed': (info: { code: ClosedCode; reason: string }) => void
  /** Round-trip probe: acknowledge at once. The server times it to credit each player's latency. */
  'sync:probe': (info: { serverNow: number }, ack: () => void) => void
}

/** Why a game ended without its podium: nobody started it for the idle time, or it failed on the server. */
export type ClosedCode = 'idle' | 'failed'

export type ClientEventName = keyof ClientToServerEvents
