/** Every refusal the server can send, as a code a client can switch on. The message beside it is for people. */
export const ErrorCode = {
  InvalidPayload: 'invalid_payload',
  RateLimited: 'rate_limited',
  GameNotFound: 'game_not_found',
  GameOver: 'game_over',
  QuizNotFound: 'quiz_not_found',
  NotHost: 'not_host',
  NotPlayer: 'not_player',
  BadToken: 'bad_token',
  LobbyLocked: 'lobby_locked',
  GameFull: 'game_full',
  NicknameTaken: 'nickname_taken',
  NicknameInvalid: 'nickname_invalid',
  Kicked: 'kicked',
  WrongPhase: 'wrong_phase',
  WrongQuestion: 'wrong_question',
  TooLate: 'too_late',
  AlreadyAnswered: 'already_answered',
  InvalidChoice: 'invalid_choice',
  NoPlayers: 'no_players',
  Paused: 'paused',
  NotPaused: 'not_paused',
  PlayerNotFound: 'player_not_found',
  /** A host command that moves the game named a step (phase and question) the game has already left: a double press. */
  StaleStep: 'stale_step',
  /** Two-step join: the shapes tapped are not the pattern on the host's screen (it changes every few seconds). */
  WrongPattern: 'wrong_pattern',
  /** A team command in a game without teams, with a team it does not have, or a pick the host does not allow. */
  NoSuchTeam: 'no_such_team',
  TeamPickOff: 'team_pick_off',
  /** Hosting a teacher's quiz needs the teacher's sign-in when the server has a password. */
  SignInRequired: 'sign_in_required',
  /** Practice and exam (HTTP, /api/practice). */
  SessionNotFound: 'session_not_found',
  SessionOver: 'session_over',
  ExamNotFound: 'exam_not_found',
  ExamInProgress: 'exam_in_progress',
  ExamOver: 'exam_over',
  /** A problem report about a question that is neither the bank's nor one of the learner's own cards. */
  QuestionNotFound: 'question_not_found',
  /** Quiz library (HTTP, /api/quizzes). */
  QuizReadOnly: 'quiz_read_only',
  AdminPasswordRequired: 'admin_password_required',
  ImportHasProblems: 'import_has_problems',
  UnknownFormat: 'unknown_format',
  /** Reports (HTTP, /api/reports): no past game by that id (never played, deleted or past its retention). */
  ReportNotFound: 'report_not_found',
  /** Pictures (HTTP, /api/images): the upload is not a PNG, JPEG, GIF or WebP picture; no stored picture by that name. */
  NotAnImage: 'not_an_image',
  ImageNotFound: 'image_not_found',
  /** A state-changing request from a page of another origin (see docs/security.md). */
  ForbiddenOrigin: 'forbidden_origin',
  /** The server is busy with other work of this kind (imports); try again shortly. */
  Busy: 'busy',
  Internal: 'internal',
} as const
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode]

export interface ErrorBody {
  code: ErrorCode
  message: string
}

/** Every client command is acknowledged with one of these: request and reply. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: ErrorBody }

export const ok = <T>(data: T): Reply<T> => ({ ok: true, data })
export const fail = (code: ErrorCode, message: string): Reply<never> => ({ ok: false, error: { code, message } })
