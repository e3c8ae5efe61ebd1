import { useSignal } from '@preact/signals'
import { useEffect } from 'preact/hooks'
import { LIMITS, type QuestionType } from '@cirrus/questions/model'
import type { SavedQuiz } from '@cirrus/protocol'
import { api } from '../api.ts'
import { AdminGate } from '../components/AdminUnlock.tsx'
import { BankPicker } from '../components/BankPicker.tsx'
import { ExportButton } from '../components/ExportButton.tsx'
import { QuestionForm, TYPE_LABELS } from '../components/QuestionForm.tsx'
import { QuestionPreview } from '../components/QuestionPreview.tsx'
import { editor, toPublic } from '../models/quiz-editor.ts'
import { Link, navigate } from '../router.tsx'

/** Writes a new quiz (`id` absent) or edits a saved one; a built-in quiz opens read-only, with a way to copy it. */
export function QuizEditorPage({ id }: { id?: string }) {
  return (
    <main class="page editor-page">
      <p class="crumbs">
        <Link href="/" onClick={leave('/')}>
          Cirrus
        </Link>{' '}
        ›{' '}
        <Link href="/library" onClick={leave('/library')}>
          Quiz library
        </Link>
      </p>
      <AdminGate>
        <EditorLoader id={id} />
      </AdminGate>
    </main>
  )
}

/** A link out of the editor that asks first when there are unsaved changes (a reload or a closed tab asks too). */
const leave = (to: string) => (event: MouseEvent) => {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
  event.preventDefault()
  if (editor.dirty.value && !editor.builtin.value && !confirm('Leave this quiz without saving your changes?')) return
  navigate(to)
}

function EditorLoader({ id }: { id?: string }) {
  const state = useSignal<'loading' | 'ready' | string>('loading')
  useEffect(() => {
    if (!id) {
      editor.reset(null)
      state.value = 'ready'
      return
    }
    // Just saved here as a new quiz: the editor already holds it.
    if (editor.quizId.value === id && !editor.dirty.value) return void (state.value = 'ready')
    state.value = 'loading'
    void api<SavedQuiz>(`/api/quizzes/${encodeURIComponent(id)}`).then((result) => {
      if (result.ok) editor.reset(result.data)
      state.value = result.ok ? 'ready' : result.error.message
    })
  }, [id])
  if (state.value === 'loading') return <p class="muted">Loading the quiz…</p>
  if (state.value !== 'ready') {
    return (
      <p class="error" role="alert">
        {state.value}
      </p>
    )
  }
  return <Editor />
}

function Editor() {
  const bankOpen = useSignal(false)
  const status = editor.status
  const saving = useSignal(false)
  const readOnly = editor.builtin.value
  const questions = editor.questions.value
  const problems = editor.questionProblems.value
  const current = editor.current.value
  const index = editor.selected.value

  useEffect(() => {
    // Leaving with unsaved changes asks first (a reload or a closed tab would lose them).
    const warn = (event: BeforeUnloadEvent) => {
      if (editor.dirty.value && !editor.builtin.value) event.preventDefault()
    }
    addEventListener('beforeunload', warn)
    return () => removeEventListener('beforeunload', warn)
  }, [])

  async function save(event: Event) {
    event.preventDefault()
    saving.value = true
    const isNew = !editor.quizId.value
    const result = await editor.save()
    saving.value = false
    if (result.ok && isNew) navigate(`/library/${encodeURIComponent(result.data.id)}`, { replace: true })
  }

  async function duplicate() {
    const result = await api<SavedQuiz>(`/api/quizzes/${encodeURIComponent(editor.quizId.value!)}/duplicate`, { method: 'POST' })
    if (!result.ok) return void (status.value = { text: result.error.message, error: true })
    editor.reset(result.data)
    navigate(`/library/${encodeURIComponent(result.data.id)}`)
  }

  function moveAndKeepFocus(i: number, by: -1 | 1) {
    editor.move(i, by)
    // Keep the keyboard on the question that moved: on the same button, or the other one once it reaches an end.
    const to = i + by
    const last = editor.questions.value.length - 1
    const same = by < 0 ? to > 0 : to < last
    const button = (by < 0) === same ? 'up' : 'down'
    requestAnimationFrame(() => document.getElementById(`move-${button}-${to}`)?.focus())
  }

  const quizProblems = editor.quizProblems.value
  const titleProblems = quizProblems.filter((p) => p.path[0] === 'title').map((p) => p.message)
  const count = editor.problemCount.value
  const savedId = editor.quizId.value

  return (
    <form class="editor" onSubmit={save}>
      <div class="page-head">
        <h1>{readOnly ? editor.title.value : savedId ? 'Edit quiz' : 'New quiz'}</h1>
        <div class="page-actions">
          {savedId && !editor.dirty.value && (
            <Link href={`/host?quiz=${encodeURIComponent(savedId)}`} class="button secondary">
              Host this quiz
            </Link>
          )}
          {readOnly ? (
            <button type="button" class="button primary" onClick={duplicate}>
              Duplicate to edit
            </button>
          ) : (
            <button type="submit" class="button primary" disabled={saving.value || count > 0 || !editor.dirty.value}>
              {saving.value ? 'Saving…' : editor.dirty.value || !savedId ? 'Save quiz' : 'Saved'}
            </button>
          )}
        </div>
      </div>
      {readOnly && <p class="notice">This quiz is built in and cannot change. Duplicate it to make a copy of your own.</p>}
      <p class={status.value?.error ? 'error' : 'notice-line'} role={status.value?.error ? 'alert' : 'status'}>
        {status.value?.text}
      </p>
      {/* Not on a quiz nobody has touched yet: a new, empty quiz is not ten mistakes. */}
      {!readOnly && count > 0 && (editor.dirty.value || savedId) && (
        <p class="problem-summary" role="status">
          {count === 1 ? '1 problem to fix before saving' : `${count} problems to fix before saving`}
        </p>
      )}

      <fieldset class="quiz-fields" disabled={readOnly}>
        <label class="field">
          <span>Title</span>
          <input type="text" maxLength={LIMITS.titleChars + 20} value={editor.title.value} onInput={(e) => (editor.title.value = e.currentTarget.value)} aria-invalid={titleProblems.length ? 'true' : undefined} />
        </label>
        {titleProblems.length > 0 && <ul class="field-problems">{titleProblems.map((m) => <li key={m}>{m}</li>)}</ul>}
        <label class="field">
          <span>Description</span>
          <input type="text" maxLength={1000} value={editor.description.value} onInput={(e) => (editor.description.value = e.currentTarget.value)} placeholder="optional" />
        </label>
      </fieldset>

      <div class="editor-body">
        <nav class="question-nav" aria-label="Questions">
          <h2>Questions ({questions.length})</h2>
          <ol class="question-list">
            {questions.map((q, i) => (
              <li key={q.id + i} class={`question-item ${i === index ? 'selected' : ''} ${problems[i]?.length ? 'has-problems' : ''}`}>
                <button
                  type="button"
                  class="question-pick"
                  aria-current={i === index ? 'true' : undefined}
                  onClick={() => (editor.selected.value = i)}
                >
                  {/* Named by what it shows (axe: the accessible name holds the visible text). */}
                  <span class="question-number">
                    <span class="visually-hidden">Question </span>
                    {i + 1}
                  </span>
                  <span class="question-snippet">{q.prompt.trim() || 'Untitled question'}</span>
                  <span class="question-kind">
                    {TYPE_LABELS[q.type].split(' (')[0]}
                    {problems[i]?.length ? ` · ${problems[i]!.length} to fix` : ''}
                  </span>
                </button>
                {!readOnly && (
                  <span class="question-tools">
                    <button type="button" id={`move-up-${i}`} class="icon-button" aria-label={`Move question ${i + 1} up`} disabled={i === 0} onClick={() => moveAndKeepFocus(i, -1)}>
                      ↑
                    </button>
                    <button
                      type="button"
                      id={`move-down-${i}`}
                      class="icon-button"
                      aria-label={`Move question ${i + 1} down`}
                      disabled={i === questions.length - 1}
                      onClick={() => moveAndKeepFocus(i, 1)}
                    >
                      ↓
                    </button>
                    <button type="button" class="icon-button" aria-label={`Delete question ${i + 1}`} disabled={questions.length === 1} onClick={() => editor.remove(i)}>
                      ✕
                    </button>
                  </span>
                )}
              </li>
            ))}
          </ol>
          {!readOnly && (
            <div class="add-question">
              <AddQuestion />
              <button type="button" class="button secondary" onClick={() => (bankOpen.value = true)}>
                Add from the bank
              </button>
            </div>
          )}
          {savedId && <ExportButton quizId={savedId} title={editor.title.value} />}
        </nav>

        {current && (
          <div class="question-pane">
            <fieldset class="plain" disabled={readOnly}>
              <QuestionForm editor={editor} index={index} question={current} problems={problems[index] ?? []} />
            </fieldset>
            <QuestionPreview question={toPublic(current)} />
          </div>
        )}
      </div>
      <BankPicker
        open={bankOpen.value}
        have={new Set(questions.map((q) => q.id))}
        onClose={() => (bankOpen.value = false)}
        onAdd={(picked) => {
          const added = editor.addFromBank(picked)
          status.value = { text: `Added ${added} ${added === 1 ? 'question' : 'questions'} from the bank.`, error: false }
          bankOpen.value = false
        }}
      />
    </form>
  )
}

function AddQuestion() {
  const type = useSignal<QuestionType>('single')
  return (
    <span class="add-row">
      <select aria-label="Type of the new question" value={type.value} onChange={(e) => (type.value = e.currentTarget.value as QuestionType)}>
        {(Object.keys(TYPE_LABELS) as QuestionType[]).map((t) => (
          <option key={t} value={t}>
            {TYPE_LABELS[t]}
          </option>
        ))}
      </select>
      <button type="button" class="button secondary" onClick={() => editor.add(type.value)}>
        Add question
      </button>
    </span>
  )
}
