import { useSignal } from '@preact/signals'
import { useEffect } from 'preact/hooks'
import type { GameSettingsInput, QuizSummary } from '@cirrus/protocol'
import { access, checkAccess } from '../components/AdminUnlock.tsx'
import { host } from '../models/host.ts'
import { describeError } from '../messages.ts'
import { Link, navigate } from '../router.tsx'


const TIME_CHOICES = [5, 10, 20, 30, 60, 90, 120, 240]

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
  const points = useSignal('')
  const questionCount = useSignal('')
  const autoAdvance = useSignal(false)
  const shuffleQuestions = useSignal(false)
  const shuffleOptions = useSignal(false)
  const showQuestionOnPlayers = useSignal(false)
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
      showQuestionOnPlayers: showQuestionOnPlayers.value,
      timeLimitSec: timeLimit.value ? Number(timeLimit.value) : null,
      points: points.value ? (Number(points.value) as 0 | 1000 | 2000) : null,
      questionCount: count && count > 0 ? count : null,
      timeScale: timeScaleFromUrl(),
    }
    busy.value = true
    error.value = null
    const reply = await host.create(quizId.value, settings)
    busy.value = false
    if (reply.ok) navigate(`/host/${reply.data.pin}`)
    else error.value = describeError(reply.error)
  }

  const selected = quizzes.value?.find((q) => q.id === quizId.value)

  return (
    <main class="page setup">
      <p class="crumbs">
        <Link href="/">Cirrus</Link>
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
