import { ErrorCode } from '@cirrus/protocol'
import type { ClientError } from './connection.ts'
import { t } from './i18n/i18n.ts'

/**
 * What to tell a person for each refusal, in their language: the server's codes stay codes on the wire and are put
 * into words here, from the catalogue (errors.*). The server's own message is kept where it says more (a nickname
 * rule).
 */
const BY_CODE: Partial<Record<ClientError['code'], string>> = {
  [ErrorCode.GameNotFound]: 'errors.game_not_found',
  [ErrorCode.SignInRequired]: 'errors.sign_in_required',
  [ErrorCode.StaleStep]: 'errors.stale_step',
  [ErrorCode.LobbyLocked]: 'errors.lobby_locked',
  [ErrorCode.GameFull]: 'errors.game_full',
  [ErrorCode.NicknameTaken]: 'errors.nickname_taken',
  [ErrorCode.Kicked]: 'errors.kicked',
  [ErrorCode.BadToken]: 'errors.bad_token',
  [ErrorCode.RateLimited]: 'errors.rate_limited',
  [ErrorCode.TooLate]: 'errors.too_late',
  [ErrorCode.AlreadyAnswered]: 'errors.already_answered',
  [ErrorCode.WrongPhase]: 'errors.question_closed',
  [ErrorCode.WrongQuestion]: 'errors.question_closed',
  [ErrorCode.NoPlayers]: 'errors.no_players',
  [ErrorCode.WrongPattern]: 'errors.wrong_pattern',
  [ErrorCode.TeamPickOff]: 'errors.team_pick_off',
  [ErrorCode.QuizNotFound]: 'errors.quiz_not_found',
  offline: 'errors.offline',
  timeout: 'errors.timeout',
}

export function describeError(error: ClientError, context: { pin?: string } = {}): string {
  // A game that ended by itself says why from game:closed's code (the host screen and the phone); every other
  // game_over is the engine's "this game has (already) ended".
  if (error.code === ErrorCode.GameOver) return t('errors.game_over')
  if (error.code === ErrorCode.NicknameInvalid) return t('errors.nickname_invalid', { reason: error.message })
  const key = BY_CODE[error.code]
  if (key === 'errors.game_not_found' && !context.pin) return t('errors.game_not_found_any')
  if (key) return t(key, { pin: context.pin ?? '' })
  return error.message || t('errors.unknown')
}
