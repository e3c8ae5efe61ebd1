import { ErrorCode } from '@cirrus/protocol'
import type { ClientError } from './connection.ts'
import { t } from './i18n/i18n.ts'

/**
 * What to tell a person for each refusal, in their language: the server's codes stay codes on the wire and are put
 * into words here, from the catalogue. Every code has its words (the compiler wants one for each), so the server's
 * English message never reaches the screen; a code only the HTTP pages get (practice, the library, reports), which
 * those pages word themselves, says the general "something went wrong" if it ever came here.
 */
const BY_CODE: Record<ClientError['code'], string> = {
  [ErrorCode.GameNotFound]: 'errors.game_not_found',
  // A game that ended by itself says why from game:closed's code (the host screen and the phone); every other
  // game_over is the engine's "this game has (already) ended".
  [ErrorCode.GameOver]: 'errors.game_over',
  [ErrorCode.SignInRequired]: 'errors.sign_in_required',
  [ErrorCode.StaleStep]: 'errors.stale_step',
  [ErrorCode.LobbyLocked]: 'errors.lobby_locked',
  [ErrorCode.GameFull]: 'errors.game_full',
  [ErrorCode.NicknameTaken]: 'errors.nickname_taken',
  // The profanity filter, or a name that is not one of the game's generated names.
  [ErrorCode.NicknameInvalid]: 'errors.nickname_invalid',
  [ErrorCode.Kicked]: 'errors.kicked',
  [ErrorCode.BadToken]: 'errors.bad_token',
  [ErrorCode.NotHost]: 'host.notHost',
  [ErrorCode.NotPlayer]: 'play.noSeat',
  [ErrorCode.RateLimited]: 'errors.rate_limited',
  [ErrorCode.TooLate]: 'errors.too_late',
  [ErrorCode.AlreadyAnswered]: 'errors.already_answered',
  [ErrorCode.WrongPhase]: 'errors.question_closed',
  [ErrorCode.WrongQuestion]: 'errors.question_closed',
  [ErrorCode.InvalidChoice]: 'errors.invalid_choice',
  [ErrorCode.NoPlayers]: 'errors.no_players',
  [ErrorCode.Paused]: 'errors.paused',
  [ErrorCode.NotPaused]: 'errors.not_paused',
  [ErrorCode.PlayerNotFound]: 'errors.player_not_found',
  [ErrorCode.WrongPattern]: 'errors.wrong_pattern',
  [ErrorCode.NoSuchTeam]: 'errors.no_such_team',
  [ErrorCode.TeamPickOff]: 'errors.team_pick_off',
  [ErrorCode.QuizNotFound]: 'errors.quiz_not_found',
  [ErrorCode.InvalidPayload]: 'errors.invalid_payload',
  [ErrorCode.Busy]: 'errors.busy',
  [ErrorCode.Internal]: 'errors.unknown',
  offline: 'errors.offline',
  timeout: 'errors.timeout',
  // Never sent on the game's socket: the HTTP pages word these by their own catalogues.
  [ErrorCode.SessionNotFound]: 'errors.unknown',
  [ErrorCode.SessionOver]: 'errors.unknown',
  [ErrorCode.ExamNotFound]: 'errors.unknown',
  [ErrorCode.ExamInProgress]: 'errors.unknown',
  [ErrorCode.ExamOver]: 'errors.unknown',
  [ErrorCode.QuestionNotFound]: 'errors.unknown',
  [ErrorCode.QuizReadOnly]: 'errors.unknown',
  [ErrorCode.AdminPasswordRequired]: 'errors.unknown',
  [ErrorCode.ImportHasProblems]: 'errors.unknown',
  [ErrorCode.UnknownFormat]: 'errors.unknown',
  [ErrorCode.ReportNotFound]: 'errors.unknown',
  [ErrorCode.NotAnImage]: 'errors.unknown',
  [ErrorCode.ImageNotFound]: 'errors.unknown',
  [ErrorCode.ForbiddenOrigin]: 'errors.unknown',
}

export function describeError(error: ClientError, context: { pin?: string } = {}): string {
  const key = BY_CODE[error.code] ?? 'errors.unknown'
  if (key === 'errors.game_not_found' && !context.pin) return t('errors.game_not_found_any')
  return t(key, { pin: context.pin ?? '' })
}
