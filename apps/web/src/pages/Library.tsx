import { useEffect, useMemo } from 'preact/hooks'
import type { QuizSummary } from '@cirrus/protocol'
import { AdminGate } from '../components/AdminUnlock.tsx'
import { ExportButton } from '../components/ExportButton.tsx'
import { Page } from '../components/Page.tsx'
import { formatNumber } from '../i18n/i18n.ts'
import { describeRefusal } from '../library/refusals.ts'
import { formatWhen, m, speak } from '../library/words.ts'
import { LibraryList } from '../models/library.ts'
import { Link } from '../router.tsx'
import './library.css'

/** The quiz library: the teacher's own quizzes and the built-in ones, with search, and what can be done to each. */
export function Library() {
  return (
    <Page
      class="library"
      crumbs={[{ href: '/', label: 'Cirrus' }]}
      title={m('list.title')}
      actions={
        <>
          <Link href="/library/new" class="button primary">
            {m('list.newQuiz')}
          </Link>
          <Link href="/library/import" class="button secondary">
            {m('list.import')}
          </Link>
          <Link href="/reports" class="button ghost">
            {m('list.gameReports')}
          </Link>
          <Link href="/library/problem-reports" class="button ghost">
            {m('list.problemReports')}
          </Link>
        </>
      }
    >
      <AdminGate>
        <QuizList />
      </AdminGate>
    </Page>
  )
}

function QuizList() {
  const list = useMemo(() => new LibraryList(), [])
  const search = list.search.value
  useEffect(() => {
    // A short pause after typing, so a search is not sent per keystroke.
    const timer = setTimeout(() => void list.load(), list.quizzes.peek() ? 200 : 0)
    return () => clearTimeout(timer)
  }, [search])

  const quizzes = list.quizzes.value
  const refusal = list.refusal.value
  const notice = list.notice.value
  const own = list.own.value
  return (
    <>
      <label class="field search">
        <span>{m('list.search')}</span>
        <input type="search" value={search} onInput={(e) => (list.search.value = e.currentTarget.value)} placeholder={m('list.searchHint')} />
      </label>
      {refusal && (
        <p class="error" role="alert">
          {describeRefusal(refusal)}
        </p>
      )}
      <p class="notice-line" role="status">
        {notice && speak(notice)}
      </p>
      {!quizzes && !refusal && <p class="muted">{m('list.loading')}</p>}
      {quizzes && (
        <>
          <section aria-labelledby="own-quizzes">
            <h2 id="own-quizzes">{m('list.yours')}</h2>
            {own.length === 0 && <p class="muted">{search ? m('list.noneMatch') : m('list.noneYet')}</p>}
            <ul class="library-list">
              {own.map((quiz) => (
                <QuizRow key={quiz.id} quiz={quiz} list={list} />
              ))}
            </ul>
          </section>
          <section aria-labelledby="builtin-quizzes">
            <h2 id="builtin-quizzes">{m('list.builtin')}</h2>
            <p class="muted">{m('list.builtinNote')}</p>
            <ul class="library-list">
              {list.builtin.value.map((quiz) => (
                <QuizRow key={quiz.id} quiz={quiz} list={list} />
              ))}
            </ul>
          </section>
        </>
      )}
    </>
  )
}

function QuizRow({ quiz, list }: { quiz: QuizSummary; list: LibraryList }) {
  const editPath = `/library/${encodeURIComponent(quiz.id)}`
  const title = { title: quiz.title }
  return (
    <li class="library-item">
      <div class="library-text">
        <h3 class="quiz-title" dir="auto">
          <Link href={editPath}>{quiz.title}</Link>
        </h3>
        <p class="quiz-meta">
          {m('list.questions', { count: quiz.questionCount, n: formatNumber(quiz.questionCount) })}
          {' · '}
          {quiz.builtin ? m('list.builtinMeta') : m('list.changed', { when: formatWhen(quiz.updatedAt) })}
        </p>
        {quiz.description && (
          <p class="quiz-description" dir="auto">
            {quiz.description}
          </p>
        )}
      </div>
      <div class="library-actions">
        <Link href={editPath} class="button ghost small" aria-label={m(quiz.builtin ? 'list.viewQuiz' : 'list.editQuiz', title)}>
          {quiz.builtin ? m('list.view') : m('list.edit')}
        </Link>
        <button type="button" class="button ghost small" onClick={() => void list.duplicate(quiz)} aria-label={m('list.duplicateQuiz', title)}>
          {m('list.duplicate')}
        </button>
        <Link href={`/host?quiz=${encodeURIComponent(quiz.id)}`} class="button ghost small" aria-label={m('list.hostQuiz', title)}>
          {m('list.host')}
        </Link>
        {!quiz.builtin &&
          (list.confirming.value === quiz.id ? (
            <span class="confirm">
              <button type="button" class="button danger small" onClick={() => void list.remove(quiz)}>
                {m('list.confirmDelete')}
              </button>
              <button type="button" class="button ghost small" onClick={() => (list.confirming.value = null)}>
                {m('list.keep')}
              </button>
            </span>
          ) : (
            <button type="button" class="button ghost small" onClick={() => (list.confirming.value = quiz.id)} aria-label={m('list.deleteQuiz', title)}>
              {m('list.delete')}
            </button>
          ))}
        <ExportButton quizId={quiz.id} title={quiz.title} />
      </div>
    </li>
  )
}
