import { useSignal } from '@preact/signals'
import { useEffect } from 'preact/hooks'
import type { QuizSummary, SavedQuiz } from '@cirrus/protocol'
import { api } from '../api.ts'
import { AdminGate } from '../components/AdminUnlock.tsx'
import { ExportButton } from '../components/ExportButton.tsx'
import { Link } from '../router.tsx'

/** The quiz library: the teacher's own quizzes and the built-in ones, with search, and what can be done to each. */
export function Library() {
  return (
    <main class="page library">
      <p class="crumbs">
        <Link href="/">Cirrus</Link>
      </p>
      <div class="page-head">
        <h1>Quiz library</h1>
        <div class="page-actions">
          <Link href="/library/new" class="button primary">
            New quiz
          </Link>
          <Link href="/library/import" class="button secondary">
            Import a file
          </Link>
          <Link href="/reports" class="button ghost">
            Game reports
          </Link>
          <Link href="/library/problem-reports" class="button ghost">
            Problem reports
          </Link>
        </div>
      </div>
      <AdminGate>
        <QuizList />
      </AdminGate>
    </main>
  )
}

function QuizList() {
  const search = useSignal('')
  const quizzes = useSignal<QuizSummary[] | null>(null)
  const error = useSignal<string | null>(null)
  const notice = useSignal<string | null>(null)

  async function load(q: string) {
    const result = await api<QuizSummary[]>(`/api/quizzes${q.trim() ? `?q=${encodeURIComponent(q.trim())}` : ''}`)
    if (result.ok) {
      quizzes.value = result.data
      error.value = null
    } else error.value = result.error.message
  }
  useEffect(() => {
    // A short pause after typing, so a search is not sent per keystroke.
    const timer = setTimeout(() => void load(search.value), quizzes.value ? 200 : 0)
    return () => clearTimeout(timer)
  }, [search.value])

  async function duplicate(quiz: QuizSummary) {
    const result = await api<SavedQuiz>(`/api/quizzes/${encodeURIComponent(quiz.id)}/duplicate`, { method: 'POST' })
    if (!result.ok) return void (error.value = result.error.message)
    notice.value = `Made "${result.data.title}". It is at the top of the list.`
    await load(search.value)
  }

  async function remove(quiz: QuizSummary) {
    const result = await api<null>(`/api/quizzes/${encodeURIComponent(quiz.id)}`, { method: 'DELETE' })
    if (!result.ok) return void (error.value = result.error.message)
    notice.value = `Deleted "${quiz.title}".`
    await load(search.value)
  }

  const own = quizzes.value?.filter((q) => !q.builtin) ?? []
  const builtin = quizzes.value?.filter((q) => q.builtin) ?? []
  return (
    <>
      <label class="field search">
        <span>Search by title or description</span>
        <input type="search" value={search.value} onInput={(e) => (search.value = e.currentTarget.value)} placeholder="e.g. S3, week 3" />
      </label>
      {error.value && (
        <p class="error" role="alert">
          {error.value}
        </p>
      )}
      <p class="notice-line" role="status">
        {notice.value}
      </p>
      {!quizzes.value && !error.value && <p class="muted">Loading quizzes…</p>}
      {quizzes.value && (
        <>
          <section aria-labelledby="own-quizzes">
            <h2 id="own-quizzes">Your quizzes</h2>
            {own.length === 0 && (
              <p class="muted">{search.value ? 'None of your quizzes matches.' : 'None yet: write one, import a file, or duplicate a built-in quiz.'}</p>
            )}
            <ul class="library-list">
              {own.map((quiz) => (
                <QuizRow key={quiz.id} quiz={quiz} onDuplicate={duplicate} onDelete={remove} />
              ))}
            </ul>
          </section>
          <section aria-labelledby="builtin-quizzes">
            <h2 id="builtin-quizzes">Built in</h2>
            <p class="muted">These come with Cirrus and cannot change; duplicate one to edit your own copy.</p>
            <ul class="library-list">
              {builtin.map((quiz) => (
                <QuizRow key={quiz.id} quiz={quiz} onDuplicate={duplicate} onDelete={remove} />
              ))}
            </ul>
          </section>
        </>
      )}
    </>
  )
}

function QuizRow({ quiz, onDuplicate, onDelete }: { quiz: QuizSummary; onDuplicate: (q: QuizSummary) => void; onDelete: (q: QuizSummary) => void }) {
  const confirming = useSignal(false)
  const editPath = `/library/${encodeURIComponent(quiz.id)}`
  return (
    <li class="library-item">
      <div class="library-text">
        <h3 class="quiz-title">
          <Link href={editPath}>{quiz.title}</Link>
        </h3>
        <p class="quiz-meta">
          {quiz.questionCount} {quiz.questionCount === 1 ? 'question' : 'questions'}
          {quiz.builtin ? ' · built in' : ` · changed ${new Date(quiz.updatedAt).toLocaleString()}`}
        </p>
        {quiz.description && <p class="quiz-description">{quiz.description}</p>}
      </div>
      <div class="library-actions">
        <Link href={editPath} class="button ghost small" aria-label={`${quiz.builtin ? 'View' : 'Edit'} ${quiz.title}`}>
          {quiz.builtin ? 'View' : 'Edit'}
        </Link>
        <button type="button" class="button ghost small" onClick={() => onDuplicate(quiz)} aria-label={`Duplicate ${quiz.title}`}>
          Duplicate
        </button>
        <Link href={`/host?quiz=${encodeURIComponent(quiz.id)}`} class="button ghost small" aria-label={`Host ${quiz.title}`}>
          Host
        </Link>
        {!quiz.builtin &&
          (confirming.value ? (
            <span class="confirm">
              <button type="button" class="button danger small" onClick={() => onDelete(quiz)}>
                Yes, delete
              </button>
              <button type="button" class="button ghost small" onClick={() => (confirming.value = false)}>
                Keep
              </button>
            </span>
          ) : (
            <button type="button" class="button ghost small" onClick={() => (confirming.value = true)} aria-label={`Delete ${quiz.title}`}>
              Delete
            </button>
          ))}
        <ExportButton quizId={quiz.id} title={quiz.title} />
      </div>
    </li>
  )
}
