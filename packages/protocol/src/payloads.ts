import { z } from 'zod'
import { LIMITS, POINT_VALUES, TIME_LIMIT_SEC } from '@cirrus/questions'
import { NicknameSchema } from './nicknames.ts'

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
    maxPlayers: z.number().int().min(1).max(5000).default(2500),
    /** Refuse nicknames with offensive words (and their l33t disguises). */
    profanityFilter: z.boolean().default(true),
    /** Divides every timer: 10 runs a game ten times faster. For tests and demos. */
    timeScale: z.number().min(1).max(1000).default(1),
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
/** `learnerToken`: the browser's practice profile (docs/practice.md); the player's misses enter its queue. */
export const JoinSchema = z.object({ pin: PinSchema, nickname: NicknameSchema, learnerToken: TokenSchema.optional() }).strict()
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
export type RejoinPayload = z.input<typeof RejoinSchema>
export type AnswerPayload = z.input<typeof AnswerSchema>
