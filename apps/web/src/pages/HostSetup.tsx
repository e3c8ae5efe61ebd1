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
        loadError.value = 'Could not load the quizzes. Is the server running? Reload to try again.'
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
      error.value = 'Type the nickname you will play under.'
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
      {/* The projector speaks the language chosen here (its screens are in the catalogues; this page is not yet). */}
      <p class="crumbs crumbs-with-language">
        <Link href="/">Cirrus</Link>
        <LanguagePicker />
      </p>
      <h1>Host a game</h1>
      <form onSubmit={create} class="setup-form">
        <fieldset class="quiz-list">
          <legend>Choose a quiz</legend>
          {loadError.value && <p class="error" role="alert">{loadError.value}</p>}
          {!quizzes.value && !loadError.value && <p class="muted">Loading quizzes…</p>}
          {quizzes.value?.length === 0 && <p class="muted">No quizzes yet.</p>}
          <p class="muted">
            Your own quizzes come first. <Link href="/library">Write or import a quiz</Link> in the library.
            {access.value?.passwordRequired && !access.value.signedIn && (
              <>
                {' '}
                Hosting your own quizzes needs the teachers' sign-in: <Link href="/library">sign in in the library</Link>.
              </>
            )}
          </p>
          <p class="muted note">
            The built-in quizzes are public study material: anyone may practise them, so their answers are no secret. For a
            graded game, host a quiz of your own.
          </p>
          {quizzes.value?.map((quiz) => (
            <label key={quiz.id} class={`quiz-card ${quiz.id === quizId.value ? 'selected' : ''}`}>
              <input type="radio" name="quiz" value={quiz.id} checked={quiz.id === quizId.value} onChange={() => (quizId.value = quiz.id)} />
              <span class="quiz-title">{quiz.title}</span>
              <span class="quiz-meta">
                {quiz.questionCount} questions{quiz.builtin ? ' · built in' : access.value?.signedIn === false ? " · a teacher's quiz" : ' · your quiz'}
              </span>
              {quiz.description && <span class="quiz-description">{quiz.description}</span>}
            </label>
          ))}
        </fieldset>

        <div class="setup-side">
          <fieldset class="options">
            <legend>Options</legend>
            <label class="field">
              <span>Time per question</span>
              <select value={timeLimit.value} onChange={(e) => (timeLimit.value = e.currentTarget.value)}>
                <option value="">As set in the quiz</option>
                {TIME_CHOICES.map((s) => (
                  <option key={s} value={String(s)}>
                    {s} seconds
                  </option>
                ))}
              </select>
            </label>
            <label class="field">
              <span>Get ready (the question alone first)</span>
              <select value={getReady.value} onChange={(e) => (getReady.value = e.currentTarget.value)}>
                {GET_READY_CHOICES.map((s) => (
                  <option key={s} value={String(s)}>
                    {s === 0 ? 'None: options at once' : `${s} seconds`}
                  </option>
                ))}
              </select>
            </label>
            <label class="field">
              <span>Points</span>
              <select value={points.value} onChange={(e) => (points.value = e.currentTarget.value)}>
                <option value="">As set in the quiz</option>
                <option value="1000">Standard (up to 1,000)</option>
                <option value="2000">Double (up to 2,000)</option>
                <option value="0">No points (a warm-up)</option>
              </select>
            </label>
            <label class="field">
              <span>Number of questions</span>
              <input
                type="number"
                inputMode="numeric"
                min={1}
                max={selected?.questionCount ?? 500}
                placeholder={selected ? `All ${selected.questionCount}` : 'All'}
                value={questionCount.value}
                onInput={(e) => (questionCount.value = e.currentTarget.value)}
              />
            </label>
            <Check label="Move on by itself after each reveal and leaderboard (auto-advance)" value={autoAdvance.value} set={(v) => (autoAdvance.value = v)} />
            <Check label="Shuffle the order of the questions" value={shuffleQuestions.value} set={(v) => (shuffleQuestions.value = v)} />
            <Check label="Shuffle the answer options" value={shuffleOptions.value} set={(v) => (shuffleOptions.value = v)} />
            <Check
              label="Show the question and answers on players' screens (no projector needed)"
              value={showQuestionOnPlayers.value}
              set={(v) => (showQuestionOnPlayers.value = v)}
            />
          </fieldset>

          <fieldset class="options">
            <legend>Ways to play</legend>
            <label class="field">
              <span>Scoring</span>
              <select value={scoring.value} onChange={(e) => (scoring.value = e.currentTarget.value as ScoringMode)}>
                <option value="speed">Speed: faster right answers earn more</option>
                <option value="accuracy">Accuracy: every right answer earns full points</option>
              </select>
            </label>
            <label class="field">
              <span>Wrong answers</span>
              <select value={wrongPenalty.value} onChange={(e) => (wrongPenalty.value = e.currentTarget.value)}>
                <option value="0">Cost nothing</option>
                <option value="100">Cost 100 points</option>
                <option value="250">Cost 250 points</option>
                <option value="500">Cost 500 points</option>
              </select>
            </label>
            <Check label="Bonus points for right answers in a row" value={streakBonus.value} set={(v) => (streakBonus.value = v)} />
            <label class="field">
              <span>Teams</span>
              <select value={teams.value} onChange={(e) => (teams.value = e.currentTarget.value)}>
                <option value="0">No teams: everyone for themselves</option>
                {[2, 3, 4, 5, 6, 7, 8].map((n) => (
                  <option key={n} value={String(n)}>
                    {n} teams
                  </option>
                ))}
              </select>
            </label>
            {teams.value !== '0' && <Check label="Players may pick their team (else they are shared out evenly)" value={teamPick.value} set={(v) => (teamPick.value = v)} />}
            <Check label="I play too, from this device, with the host's buttons beside my answers (no projector)" value={hostPlays.value} set={(v) => (hostPlays.value = v)} />
            {hostPlays.value && !friendlyNames.value && (
              <label class="field">
                <span>Your nickname</span>
                <input maxLength={20} value={hostNickname.value} onInput={(e) => (hostNickname.value = e.currentTarget.value)} />
              </label>
            )}
          </fieldset>

          <fieldset class="options">
            <legend>Fair play</legend>
            {(showQuestionOnPlayers.value || hostPlays.value) && (
              <Check label="Each phone shows the answers in its own order (the big screen then shows no colours)" value={optionsPerPlayer.value} set={(v) => (optionsPerPlayer.value = v)} />
            )}
            <Check label="Two-step join: after the PIN, players tap the shapes shown on the big screen" value={twoStepJoin.value} set={(v) => (twoStepJoin.value = v)} />
            <Check label="Friendly names: players get a generated name (adjective and animal) instead of typing one" value={friendlyNames.value} set={(v) => (friendlyNames.value = v)} />
          </fieldset>

          {error.value && (
            <p class="error" role="alert">
              {error.value}
            </p>
          )}
          <button type="submit" class="button primary big" disabled={!quizId.value || busy.value}>
            {busy.value ? 'Creating…' : 'Create game'}
          </button>
        </div>
      </form>
    </main>
  )
}

function Check({ label, value, set }: { label: string; value: boolean; set: (value: boolean) => void }) {
  return (
    <label class="check">
      <input type="checkbox" checked={value} onChange={(e) => set(e.currentTarget.checked)} />
      <span>{label}</span>
    </label>
  )
}
