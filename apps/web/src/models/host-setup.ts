import { batch, computed, signal } from '@preact/signals'
import { friendlyName, joinPattern, joinWindow, NicknameSchema, type GameSettingsInput, type QuizSummary, type ScoringMode } from '@cirrus/protocol'
import { api } from '../api.ts'
import { describeError } from '../messages.ts'
import { language, t } from '../i18n/i18n.ts'
import { host as hostModel, type HostModel } from './host.ts'
import { player as playerModel, type PlayerModel } from './player.ts'

/** Seconds of the question alone before its options (get ready): the protocol's default. */
export const GET_READY_DEFAULT = 4

/** The host setup page's choices, as its controls hold them ('' in a select or box: as set in the quiz). */
export interface SetupForm {
  timeLimit: string
  getReady: string
  points: string
  questionCount: string
  autoAdvance: boolean
  shuffleQuestions: boolean
  shuffleOptions: boolean
  showQuestionOnPlayers: boolean
  // Ways to play (docs/protocol.md, *Ways to play*).
  scoring: ScoringMode
  streakBonus: boolean
  wrongPenalty: string
  teams: string
  teamPick: boolean
  optionsPerPlayer: boolean
  twoStepJoin: boolean
  friendlyNames: boolean
  /** The host who plays: from this device, with the host's controls beside the answers (no projector). */
  hostPlays: boolean
  hostNickname: string
}

type KeysOf<V> = { [K in keyof SetupForm]: SetupForm[K] extends V ? K : never }[keyof SetupForm]
/** The form's yes-or-no choices (check boxes), and the ones a select or a box holds. */
export type SetupFlag = KeysOf<boolean>
export type SetupText = KeysOf<string>

export const SETUP_DEFAULTS: SetupForm = {
  timeLimit: '',
  getReady: String(GET_READY_DEFAULT),
  points: '',
  questionCount: '',
  autoAdvance: false,
  shuffleQuestions: false,
  shuffleOptions: false,
  showQuestionOnPlayers: false,
  scoring: 'speed',
  streakBonus: true,
  wrongPenalty: '0',
  teams: '0',
  teamPick: false,
  optionsPerPlayer: false,
  twoStepJoin: false,
  friendlyNames: false,
  hostPlays: false,
  hostNickname: '',
}

/** The game's settings from the form. `timeScale` (tests and demos) runs every timer that many times faster. */
export function gameSettings(form: SetupForm, timeScale?: number): GameSettingsInput {
  const count = form.questionCount ? Number(form.questionCount) : null
  // The host who plays has no projector: the question must be on the phones.
  const onPhones = form.showQuestionOnPlayers || form.hostPlays
  return {
    autoAdvance: form.autoAdvance,
    shuffleQuestions: form.shuffleQuestions,
    shuffleOptions: form.shuffleOptions,
    showQuestionOnPlayers: onPhones,
    scoring: form.scoring,
    streakBonus: form.streakBonus,
    wrongPenalty: Number(form.wrongPenalty),
    teams: Number(form.teams),
    teamPick: form.teamPick,
    optionsPerPlayer: form.optionsPerPlayer && onPhones,
    twoStepJoin: form.twoStepJoin,
    friendlyNames: form.friendlyNames,
    timeLimitSec: form.timeLimit ? Number(form.timeLimit) : null,
    getReadySec: Number(form.getReady),
    points: form.points ? (Number(form.points) as 0 | 1000 | 2000) : null,
    questionCount: count && count > 0 ? count : null,
    timeScale,
  }
}

/** A refusal or a problem to show, said in the language on screen when it is shown (the language may change). */
type Said = () => string

/**
 * The host setup page's state: the quizzes to choose from, the choices, and creating the game (and, for the host
 * who plays, taking a seat in it). `go` moves to the game's screen.
 */
export function createHostSetupModel(go: (path: string) => void, host: HostModel = hostModel, player: PlayerModel = playerModel) {
  const quizzes = signal<QuizSummary[] | null>(null)
  const loadFailed = signal(false)
  const quizId = signal<string | null>(null)
  const form = signal<SetupForm>(SETUP_DEFAULTS)
  const busy = signal(false)
  const error = signal<Said | null>(null)

  const selected = computed(() => quizzes.value?.find((q) => q.id === quizId.value) ?? null)
  const onPhones = computed(() => form.value.showQuestionOnPlayers || form.value.hostPlays)

  function set<K extends keyof SetupForm>(key: K, value: SetupForm[K]): void {
    form.value = { ...form.value, [key]: value }
  }

  /** Loads the quizzes; `wanted` (the library's "Host" button) is preselected when it is one of them. */
  async function load(wanted: string | null): Promise<void> {
    const result = await api<QuizSummary[]>('/api/quizzes')
    if (!result.ok) {
      loadFailed.value = true
      return
    }
    batch(() => {
      quizzes.value = result.data
      quizId.value ??= result.data.find((q) => q.id === wanted)?.id ?? result.data[0]?.id ?? null
    })
  }

  async function create(timeScale?: number): Promise<void> {
    const id = quizId.value
    if (!id || busy.value) return
    const choices = form.value
    // The game speaks the language of this screen: its team names and friendly names are in it (docs/protocol.md).
    const settings = { ...gameSettings(choices, timeScale), language: language.value }
    const nickname = choices.friendlyNames ? friendlyName(Math.floor(Math.random() * 2 ** 31), settings.language) : choices.hostNickname
    if (choices.hostPlays && !NicknameSchema.safeParse(nickname).success) {
      error.value = () => t('hostSetup.nicknameNeeded')
      return
    }
    batch(() => {
      busy.value = true
      error.value = null
    })
    const reply = await host.create(id, settings)
    if (!reply.ok) {
      batch(() => {
        busy.value = false
        error.value = () => describeError(reply.error)
      })
      return
    }
    const { pin, joinSecret } = reply.data
    if (!choices.hostPlays) return go(`/host/${pin}`)
    // The host takes a seat too, on this tab's connection; the host's own seat moves to a second one (PlayingHost).
    const seated = await player.join(pin, NicknameSchema.parse(nickname), joinSecret ? joinPattern(joinSecret, joinWindow(Date.now() + host.offset.value)) : undefined)
    busy.value = false
    if (seated.ok) go(`/play/${pin}`)
    else error.value = () => describeError(seated.error, { pin })
  }

  return { quizzes, loadFailed, quizId, form, busy, error, selected, onPhones, set, load, create }
}

export type HostSetupModel = ReturnType<typeof createHostSetupModel>
