import { ErrorCode } from '@cirrus/protocol'
import type { ClientError } from './connection.ts'

/** What to tell a person for each refusal. The server's own message is kept where it says more (a nickname rule). */
export function describeError(error: ClientError, context: { pin?: string } = {}): string {
  const pin = context.pin ? ` ${context.pin}` : ''
  switch (error.code) {
    case ErrorCode.GameNotFound:
      return `There is no game with PIN${pin}. Check the PIN on the big screen.`
    case ErrorCode.GameOver:
      return error.message && error.message !== 'this game has ended' ? error.message : 'That game has ended.'
    case ErrorCode.SignInRequired:
      return 'This is a teacher\'s own quiz: sign in as a teacher in the Quiz library to host it.'
    case ErrorCode.StaleStep:
      return 'The game had already moved on.'
    case ErrorCode.LobbyLocked:
      return 'The host has locked this game: no one new can join. Ask them to unlock it.'
    case ErrorCode.GameFull:
      return 'This game is full.'
    case ErrorCode.NicknameTaken:
      return 'Someone in this game already has that nickname, or one that looks just like it. Pick another one.'
    case ErrorCode.NicknameInvalid:
      return `That nickname can't be used: ${error.message}.`
    case ErrorCode.Kicked:
      return 'The host removed you from this game.'
    case ErrorCode.BadToken:
      return 'This browser is not part of that game any more.'
    case ErrorCode.RateLimited:
      return 'Too many tries. Wait a few seconds and try again.'
    case ErrorCode.TooLate:
      return "Time's up: that answer came too late."
    case ErrorCode.AlreadyAnswered:
      return 'You have already answered this question.'
    case ErrorCode.WrongPhase:
    case ErrorCode.WrongQuestion:
      return 'That question is closed.'
    case ErrorCode.NoPlayers:
      return 'Wait for at least one player to join.'
    case ErrorCode.WrongPattern:
      return "Those aren't the shapes on the big screen (they change every few seconds). Look again and tap them in order."
    case ErrorCode.TeamPickOff:
      return 'The host puts players in teams in this game.'
    case ErrorCode.QuizNotFound:
      return 'That quiz no longer exists. Pick another one.'
    case 'offline':
    case 'timeout':
      return error.message
    default:
      return error.message || 'Something went wrong. Try again.'
  }
}
