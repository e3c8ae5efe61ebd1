import { useSignal } from '@preact/signals'
import { useEffect } from 'preact/hooks'
import { friendlyName, joinPattern, joinWindow, NicknameSchema, type GameSettingsInput, type QuizSummary, type ScoringMode } from '@cirrus/protocol'
import { access, checkAccess } from '../components/AdminUnlock.tsx'
import { host } from '../models/host.ts'
import { player } from '../models/player.ts'
import { describeError } from '../messages.ts'
import { Link, navigate } from '../router.tsx'
import '../ways.css'
import { LanguagePicker } from '../i18n/LanguagePicker.tsx'
import { formatNumber, t } from '../i18n/i18n.ts'
import { linked } from '../i18n/rich.tsx'

const TIME_CHOICES = [5, 10, 20, 30, 60, 90, 120, 240]
/** Seconds of the question alone before its options (get ready): the protocol's default, and the choices. */
const GET_READY_DEFAULT = 4
const GET_READY_CHOICES = [0, 2, 3, 4, 5, 6, 8, 10]

/** `?timeScale=10` runs every timer ten times faster: for demos and tests. */
function timeScaleFromUrl(): number | undefined {
  const value = Number(new URLSearchParams(location.search).get('timeScale'))
  return Number.isFinite(value) && value >= 1 ? value : undefined
}

export function HostSetup() {
  const quizzes = useSignal<QuizSummary[] | null>(null)
  const loadError = useSignal<string | null>(null)
  const quizId = useSignal<string | null>(null)
  const timeLimit = useSignal('')
  const getReady = useSignal(String(GET_READY_DEFAULT))
  const points = useSignal('')
  const questionCount = useSignal('')
  const autoAdvance = useSignal(false)
  const shuffleQuestions = useSignal(false)
  const shuffleOptions = useSignal(false)
  const showQuestionOnPlayers = useSignal(false)
  // Ways to play (docs/protocol.md, *Ways to play*).
  const scoring = useSignal<ScoringMode>('speed')
  const streakBonus = useSignal(true)
  const wrongPenalty = useSignal('0')
  const teams = useSignal('0')
  const teamPick = useSignal(false)
  const optionsPerPlayer = useSignal(false)
  const twoStepJoin = useSignal(false)
  const friendlyNames = useSignal(false)
  /** The host who plays: from this device, with the host's controls beside the answers (no projector). */
  const hostPlays = useSignal(false)
  const hostNickname = useSignal('')
  const busy = useSignal(false)
  const error = useSignal<string | null>(null)

  useEffect(() => {
    void checkAccess()
    fetch('/api/quizzes')
      .then((res) => (res.ok ? (res.json() as Promise<QuizSummary[]>) : Promise.reject(new Error(String(res.status)))))
      .then((list) => {
        quizzes.value = list
        // The library's "Host" button names the quiz to preselect.
        const wanted = new URLSearchParams(location.search).get('quiz')
        quizId.value ??= list.find((q) => q.id === wanted)?.id ?? list[0]?.id ?? null
      })
      .catch(() => {
        loadError.value = 'hostSetup.loadFailed'
      })
  }, [])

  async function create(event: Event) {
    event.preventDefault()
    if (!quizId.value || busy.value) return
    const count = questionCount.value ? Number(questionCount.value) : null
    const settings: GameSettingsInput = {
      autoAdvance: autoAdvance.value,
      shuffleQuestions: shuffleQuestions.value,
      shuffleOptions: shuffleOptions.value,
      // The host who plays has no projector: the question must be on the phones.
      showQuestionOnPlayers: showQuestionOnPlayers.value || hostPlays.value,
      scoring: scoring.value,
      streakBonus: streakBonus.value,
      wrongPenalty: Number(wrongPenalty.value),
      teams: Number(teams.value),
      teamPick: teamPick.value,
      optionsPerPlayer: optionsPerPlayer.value && (showQuestionOnPlayers.value || hostPlays.value),
      twoStepJoin: twoStepJoin.value,
      friendlyNames: friendlyNames.value,
      timeLimitSec: timeLimit.value ? Number(timeLimit.value) : null,
      getReadySec: Number(getReady.value),
      points: points.value ? (Number(points.value) as 0 | 1000 | 2000) : null,
      questionCount: count && count > 0 ? count : null,
      timeScale: timeScaleFromUrl(),
    }
    const nickname = friendlyNames.value ? friendlyName(Math.floor(Math.random() * 2 ** 31)) : hostNickname.value
    if (hostPlays.value && !NicknameSchema.safeParse(nickname).success) {
      error.value = t('hostSetup.nicknameNeeded')
      return
    }
    busy.value = true
    error.value = null
    const reply = await host.create(quizId.value, settings)
    if (!reply.ok) {
      busy.value = false
      error.value = describeError(reply.error)
      return
    }
    if (!hostPlays.value) return navigate(`/host/${reply.data.pin}`)
    // The host takes a seat too, on this tab's connection; the host's own seat moves to a second one (PlayingHost).
    const { pin, joinSecret } = reply.data
    const seated = await player.join(pin, NicknameSchema.parse(nickname), joinSecret ? joinPattern(joinSecret, joinWindow(Date.now() + host.offset.value)) : undefined)
    busy.value = false
    if (seated.ok) navigate(`/play/${pin}`)
    else error.value = describeError(seated.error, { pin })
  }

  const selected = quizzes.value?.find((q) => q.id === quizId.value)

  return (
    <main class="page setup">
      {/* The projector speaks the language chosen here. */}
      <p class="crumbs crumbs-with-language">
        <Link href="/">Cirrus</Link>
        <LanguagePicker />
      </p>
      <h1>{t('hostSetup.title')}</h1>
      <form onSubmit={create} class="setup-form">
        <fieldset class="quiz-list">
          <legend>{t('hostSetup.chooseQuiz')}</legend>
          {loadError.value && <p class="error" role="alert">{t(loadError.value)}</p>}
          {!quizzes.value && !loadError.value && <p class="muted">{t('hostSetup.loading')}</p>}
          {quizzes.value?.length === 0 && <p class="muted">{t('hostSetup.none')}</p>}
          <p class="muted">
            {linked('hostSetup.ownFirst', '/library')}
            {access.value?.passwordRequired && !access.value.signedIn && (
              <>
                {' '}
                {linked('hostSetup.signInNeeded', '/library')}
              </>
            )}
          </p>
          <p class="muted note">
            {t('hostSetup.builtinNote')}
          </p>
          {quizzes.value?.map((quiz) => (
            <label key={quiz.id} class={`quiz-card ${quiz.id === quizId.value ? 'selected' : ''}`}>
              <input type="radio" name="quiz" value={quiz.id} checked={quiz.id === quizId.value} onChange={() => (quizId.value = quiz.id)} />
              <span class="quiz-title" dir="auto">{quiz.title}</span>
              <span class="quiz-meta">
                {counted('hostSetup.questions', quiz.questionCount)} · {t(quiz.builtin ? 'hostSetup.builtin' : access.value?.signedIn === false ? 'hostSetup.teachersQuiz' : 'hostSetup.yourQuiz')}
              </span>
              {quiz.description && <span class="quiz-description" dir="auto">{quiz.description}</span>}
            </label>
          ))}
        </fieldset>

        <div class="setup-side">
          <fieldset class="options">
            <legend>{t('hostSetup.options')}</legend>
            <label class="field">
              <span>{t('hostSetup.timePerQuestion')}</span>
              <select value={timeLimit.value} onChange={(e) => (timeLimit.value = e.currentTarget.value)}>
                <option value="">{t('hostSetup.asInQuiz')}</option>
                {TIME_CHOICES.map((s) => (
                  <option key={s} value={String(s)}>
                    {counted('hostSetup.seconds', s)}
                  </option>
                ))}
              </select>
            </label>
            <label class="field">
              <span>{t('hostSetup.getReady')}</span>
              <select value={getReady.value} onChange={(e) => (getReady.value = e.currentTarget.value)}>
                {GET_READY_CHOICES.map((s) => (
                  <option key={s} value={String(s)}>
                    {s === 0 ? t('hostSetup.getReadyNone') : counted('hostSetup.seconds', s)}
                  </option>
                ))}
              </select>
            </label>
            <label class="field">
              <span>{t('hostSetup.points')}</span>
              <select value={points.value} onChange={(e) => (points.value = e.currentTarget.value)}>
                <option value="">{t('hostSetup.asInQuiz')}</option>
                <option value="1000">{t('hostSetup.pointsStandard', { max: formatNumber(1000) })}</option>
                <option value="2000">{t('hostSetup.pointsDouble', { max: formatNumber(2000) })}</option>
                <option value="0">{t('hostSetup.pointsNone')}</option>
              </select>
            </label>
            <label class="field">
              <span>{t('hostSetup.questionCount')}</span>
              <input
                type="number"
                inputMode="numeric"
                min={1}
                max={selected?.questionCount ?? 500}
                placeholder={selected ? t('hostSetup.allOf', { n: formatNumber(selected.questionCount) }) : t('hostSetup.all')}
                value={questionCount.value}
                onInput={(e) => (questionCount.value = e.currentTarget.value)}
              />
            </label>
            <Check label={t('hostSetup.autoAdvance')} value={autoAdvance.value} set={(v) => (autoAdvance.value = v)} />
            <Check label={t('hostSetup.shuffleQuestions')} value={shuffleQuestions.value} set={(v) => (shuffleQuestions.value = v)} />
            <Check label={t('hostSetup.shuffleOptions')} value={shuffleOptions.value} set={(v) => (shuffleOptions.value = v)} />
            <Check
              label={t('hostSetup.showOnPlayers')}
              value={showQuestionOnPlayers.value}
              set={(v) => (showQuestionOnPlayers.value = v)}
            />
          </fieldset>

          <fieldset class="options">
            <legend>{t('hostSetup.ways')}</legend>
            <label class="field">
              <span>{t('hostSetup.scoring')}</span>
              <select value={scoring.value} onChange={(e) => (scoring.value = e.currentTarget.value as ScoringMode)}>
                <option value="speed">{t('hostSetup.speed')}</option>
                <option value="accuracy">{t('hostSetup.accuracy')}</option>
              </select>
            </label>
            <label class="field">
              <span>{t('hostSetup.wrongAnswers')}</span>
              <select value={wrongPenalty.value} onChange={(e) => (wrongPenalty.value = e.currentTarget.value)}>
                <option value="0">{t('hostSetup.costNothing')}</option>
                {[100, 250, 500].map((n) => (
                  <option key={n} value={String(n)}>
                    {counted('hostSetup.cost', n)}
                  </option>
                ))}
              </select>
            </label>
            <Check label={t('hostSetup.streakBonus')} value={streakBonus.value} set={(v) => (streakBonus.value = v)} />
            <label class="field">
              <span>{t('hostSetup.teams')}</span>
              <select value={teams.value} onChange={(e) => (teams.value = e.currentTarget.value)}>
                <option value="0">{t('hostSetup.noTeams')}</option>
                {[2, 3, 4, 5, 6, 7, 8].map((n) => (
                  <option key={n} value={String(n)}>
                    {counted('hostSetup.teamCount', n)}
                  </option>
                ))}
              </select>
            </label>
            {teams.value !== '0' && <Check label={t('hostSetup.teamPick')} value={teamPick.value} set={(v) => (teamPick.value = v)} />}
            <Check label={t('hostSetup.hostPlays')} value={hostPlays.value} set={(v) => (hostPlays.value = v)} />
            {hostPlays.value && !friendlyNames.value && (
              <label class="field">
                <span>{t('hostSetup.nickname')}</span>
                <input maxLength={20} value={hostNickname.value} onInput={(e) => (hostNickname.value = e.currentTarget.value)} />
              </label>
            )}
          </fieldset>

          <fieldset class="options">
            <legend>{t('hostSetup.fairPlay')}</legend>
            {(showQuestionOnPlayers.value || hostPlays.value) && (
              <Check label={t('hostSetup.optionsPerPlayer')} value={optionsPerPlayer.value} set={(v) => (optionsPerPlayer.value = v)} />
            )}
            <Check label={t('hostSetup.twoStepJoin')} value={twoStepJoin.value} set={(v) => (twoStepJoin.value = v)} />
            <Check label={t('hostSetup.friendlyNames')} value={friendlyNames.value} set={(v) => (friendlyNames.value = v)} />
          </fieldset>

          {error.value && (
            <p class="error" role="alert">
              {error.value}
            </p>
          )}
          <button type="submit" class="button primary big" disabled={!quizId.value || busy.value}>
            {busy.value ? t('hostSetup.creating') : t('hostSetup.create')}
          </button>
        </div>
      </form>
    </main>
  )
}

/** A counted message: `count` picks the plural form, `n` is the number in the language's digits. */
function counted(key: string, count: number): string {
  return t(key, { count, n: formatNumber(count) })
}

function Check({ label, value, set }: { label: string; value: boolean; set: (value: boolean) => void }) {
  return (
    <label class="check">
      <input type="checkbox" checked={value} onChange={(e) => set(e.currentTarget.checked)} />
      <span>{label}</span>
    </label>
  )
}
