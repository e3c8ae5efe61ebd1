import { z } from 'zod'
import { LIMITS, POINT_VALUES, TIME_LIMIT_SEC } from '@cirrus/questions'
import { NicknameSchema } from './nicknames.ts'
import { MAX_TEAMS, MIN_TEAMS, SCORING_MODES, TEAM_COLORS, TEAM_NAME_MAX } from './ways-to-play.ts'
import { JOIN_PATTERN_LENGTH, JOIN_SHAPES } from './join-pattern.ts'
import { GAME_LANGUAGES } from './game-language.ts'

/** Runtime checks for everything a client sends. The server parses every payload here before acting on it. */

export const PinSchema = z.string().regex(/^\d{6}$/, 'a PIN is six digits')
export const TokenSchema = z.string().min(16).max(128)
export const IdSchema = z.string().min(1).max(80)

export const GameSettingsSchema = z
  .object({
    /** Move on from reveal and leaderboard by itself, so a game runs with no one at the host's keyboard. */
    autoAdvance: z.boolean().default(false),
    /** Seconds on the reveal and on the leaderboard before auto-advance moves on. */
    revealSec: z.number().min(1).max(120).default(8),
    leaderboardSec: z.number().min(1).max(120).default(5),
    /** Overrides every question's own time limit and points when set. */
    timeLimitSec: z.number().int().min(TIME_LIMIT_SEC.min).max(TIME_LIMIT_SEC.max).nullable().default(null),
    points: z
      .union(POINT_VALUES.map((p) => z.literal(p)) as unknown as [z.ZodLiteral<0>, z.ZodLiteral<1000>, z.ZodLiteral<2000>])
      .nullable()
      .default(null),
    shuffleQuestions: z.boolean().default(false),
    shuffleOptions: z.boolean().default(false),
    /** Play only the first N questions (after shuffling). */
    questionCount: z.number().int().min(1).max(LIMITS.quizQuestions).nullable().default(null),
    showQuestionOnPlayers: z.boolean().default(false),
    /** Seconds each question shows its text alone before the options and the clock (get ready). */
    getReadySec: z.number().min(0).max(10).default(4),
    maxPlayers: z.number().int().min(1).max(5000).default(2500),
    /** Refuse nicknames with offensive words (and their l33t disguises). */
    profanityFilter: z.boolean().default(true),
    /** Divides every timer: 10 runs a game ten times faster. For tests and demos. */
    timeScale: z.number().min(1).max(1000).default(1),
    // Ways to play (docs/protocol.md, *Ways to play*).
    /** 'speed': faster right answers earn more (Kahoot's rule); 'accuracy': a right answer earns the full points. */
    scoring: z.enum(SCORING_MODES).default('speed'),
    /** The bonus for right answers in a row. */
    streakBonus: z.boolean().default(true),
    /** Points taken off for a wrong answer (not for none), never taking a score below zero. */
    wrongPenalty: z.number().int().min(0).max(1000).default(0),
    /** 0: everyone for themselves; else the number of teams. */
    teams: z.union([z.literal(0), z.number().int().min(MIN_TEAMS).max(MAX_TEAMS)]).default(0),
    /** Players may choose their team in the lobby (else they stay where they were balanced). */
    teamPick: z.boolean().default(false),
    /** With questions on players' screens, each phone shows the options in its own order. */
    optionsPerPlayer: z.boolean().default(false),
    /** After the PIN, a player taps the pattern of shapes shown on the host's screen. */
    twoStepJoin: z.boolean().default(false),
    /** Players take a generated name (adjective and animal) instead of typing one. */
    friendlyNames: z.boolean().default(false),
    /** The host screen's language when the game was created: its team names and friendly names are in it. */
    language: z.enum(GAME_LANGUAGES).default('en'),
  })
  .strict()
export type GameSettings = z.output<typeof GameSettingsSchema>
export type GameSettingsInput = z.input<typeof GameSettingsSchema>

/** The phases of a game, in the order they come. */
export const PHASES = ['lobby', 'question', 'reveal', 'leaderboard', 'podium'] as const
/**
 * The step of the game a host saw when it pressed a button: its phase and question index (-1 in the lobby). Host
 * commands that move the game carry it, and the server refuses one whose step the game has left (`stale_step`), so
 * that a double press of "Next" never skips a phase.
 */
export const StepSchema = z.object({ phase: z.enum(PHASES), index: z.number().int().min(-1).max(LIMITS.quizQuestions) }).strict()
export type Step = z.output<typeof StepSchema>
export const MoveSchema = z.object({ step: StepSchema }).strict()

export const CreateGameSchema = z.object({ quizId: IdSchema, settings: GameSettingsSchema.default(GameSettingsSchema.parse({})) }).strict()
export const HostAttachSchema = z.object({ pin: PinSchema, hostToken: TokenSchema }).strict()
export const EmptySchema = z.object({}).strict().optional()
export const KickSchema = z.object({ playerId: IdSchema }).strict()
export const LockSchema = z.object({ locked: z.boolean() }).strict()
/** Extra time for one player: their deadline and the speed rule's time are stretched by the factor. */
export const ExtraTimeSchema = z.object({ playerId: IdSchema, factor: z.union([z.literal(1), z.literal(1.5), z.literal(2)]) }).strict()
export const TeamIndexSchema = z.number().int().min(0).max(MAX_TEAMS - 1)
/** A team's name and colour, as the host changes them in the lobby. */
export const TeamNameSchema = z
  .string()
  .transform((s) => s.normalize('NFKC').replace(/\s+/g, ' ').trim())
  .pipe(z.string().min(1, 'a team needs a name').max(TEAM_NAME_MAX, `a team name has at most ${TEAM_NAME_MAX} characters`).regex(/^[\p{L}\p{M}\p{N} .'!?-]+$/u, "a team name uses letters, digits, spaces and . ' ! ? - only"))
export const TeamEditSchema = z.object({ team: TeamIndexSchema, name: TeamNameSchema.optional(), color: z.enum(TEAM_COLORS).optional() }).strict()
export const PickTeamSchema = z.object({ team: TeamIndexSchema }).strict()
/** `pattern`: with two-step join, the shapes shown on the host's screen, as indexes of JOIN_SHAPES. */
export const JoinPatternSchema = z.array(z.number().int().min(0).max(JOIN_SHAPES.length - 1)).length(JOIN_PATTERN_LENGTH)
/** `learnerToken`: the browser's practice profile (docs/practice.md); the player's misses enter its queue. */
export const JoinSchema = z.object({ pin: PinSchema, nickname: NicknameSchema, learnerToken: TokenSchema.optional(), pattern: JoinPatternSchema.optional() }).strict()
export const RejoinSchema = z.object({ pin: PinSchema, playerToken: TokenSchema }).strict()

/**
 * Option indexes for single, multiple, true/false and poll; typed text for "text"; for "ordering", every item's index
 * as shown, first to last; for "number", the number.
 */
export const ChoiceSchema = z.union([
  z.object({ options: z.array(z.number().int().min(0).max(LIMITS.options.max - 1)).min(1).max(LIMITS.options.max) }).strict(),
  z.object({ text: z.string().max(LIMITS.optionChars) }).strict(),
  z.object({ order: z.array(z.number().int().min(0).max(LIMITS.orderingItems.max - 1)).min(LIMITS.orderingItems.min).max(LIMITS.orderingItems.max) }).strict(),
  z.object({ number: z.number().min(-LIMITS.numberMagnitude, 'a number is at most 10^12 either way').max(LIMITS.numberMagnitude, 'a number is at most 10^12 either way') }).strict(),
])
export type Choice = z.output<typeof ChoiceSchema>

export const AnswerSchema = z.object({ questionIndex: z.number().int().min(0).max(LIMITS.quizQuestions), choice: ChoiceSchema }).strict()

export type CreateGamePayload = z.input<typeof CreateGameSchema>
export type HostAttachPayload = z.input<typeof HostAttachSchema>
export type MovePayload = z.input<typeof MoveSchema>
export type KickPayload = z.input<typeof KickSchema>
export type LockPayload = z.input<typeof LockSchema>
export type JoinPayload = z.input<typeof JoinSchema>
export type ExtraTimePayload = z.input<typeof ExtraTimeSchema>
export type TeamEditPayload = z.input<typeof TeamEditSchema>
export type PickTeamPayload = z.input<typeof PickTeamSchema>
export type RejoinPayload = z.input<typeof RejoinSchema>
export type AnswerPayload = z.input<typeof AnswerSchema>
