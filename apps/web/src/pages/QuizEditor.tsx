import { useSignal } from '@preact/signals'
import { useEffect } from 'preact/hooks'
import { LIMITS, QUESTION_TYPES, type QuestionType } from '@cirrus/questions/model'
import type { SavedQuiz } from '@cirrus/protocol'
import { api } from '../api.ts'
import { AdminGate } from '../components/AdminUnlock.tsx'
import { BankPicker } from '../components/BankPicker.tsx'
import { ExportButton } from '../components/ExportButton.tsx'
import { Page, PageHead } from '../components/Page.tsx'
import { QuestionForm } from '../components/QuestionForm.tsx'
import { QuestionPreview } from '../components/QuestionPreview.tsx'
import { formatNumber } from '../i18n/i18n.ts'
import { sayNote } from '../library/format-words.ts'
import { problemsAt } from '../library/problems.ts'
import { describeRefusal, type Refusal } from '../library/refusals.ts'
import { libraryCrumbs, m, speak, typeLabel, typeName } from '../library/words.ts'
import { leftOutOnImport } from '../models/importer.ts'
import { editor, toPublic, type Placeholders } from '../models/quiz-editor.ts'
import { Link, navigate } from '../router.tsx'
import './library.css'

/** Writes a new quiz (`id` absent) or edits a saved one; a built-in quiz opens read-only, with a way to copy it. */
export function QuizEditorPage({ id }: { id?: string }) {
  return (
    <Page class="editor-page" crumbs={libraryCrumbs()}>
      <AdminGate>
        <EditorLoader id={id} />
      </AdminGate>
    </Page>
  )
}

/**
 * Any link out of the page asks first when there are unsaved changes (a reload or a closed tab asks too): heard
 * before the link's own handler, which leaves a click alone once it is cancelled.
 */
function useLeaveGuard() {
  useEffect(() => {
    const guard = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href]')
      if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
      if (editor.dirty.value && !editor.builtin.value && !confirm(m('editor.leave'))) {
        event.preventDefault()
        event.stopPropagation()
      }
    }
    const warn = (event: BeforeUnloadEvent) => {
      if (editor.dirty.value && !editor.builtin.value) event.preventDefault()
    }
    document.addEventListener('click', guard, true)
    addEventListener('beforeunload', warn)
    return () => {
      document.removeEventListener('click', guard, true)
      removeEventListener('beforeunload', warn)
    }
  }, [])
}

function EditorLoader({ id }: { id?: string }) {
  const state = useSignal<'loading' | 'ready' | Refusal>('loading')
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
      state.value = result.ok ? 'ready' : result
    })
  }, [id])
  if (state.value === 'loading') return <p class="muted">{m('editor.loading')}</p>
  if (state.value !== 'ready') {
    return (
      <p class="error" role="alert">
        {describeRefusal(state.value)}
      </p>
    )
  }
  return <Editor />
}

/** What the server left out when it saved the import that opened this quiz, said until the teacher leaves it. */
function LeftOutOnImport() {
  const said = leftOutOnImport.value
  useEffect(() => () => void (leftOutOnImport.value = null), [])
  if (!said || said.quizId !== editor.quizId.value) return null
  return (
    <div class="notice" role="status">
      <p>{m('import.savedNotes')}</p>
      <ul class="import-notes">
        {said.notes.map((n, i) => (
          <li key={i}>{sayNote(n)}</li>
        ))}
      </ul>
    </div>
  )
}

/** The preview's stand-ins for what is not written yet. */
const placeholders = (): Placeholders => ({
  prompt: m('preview.prompt'),
  option: (type, i) => m(type === 'ordering' ? 'form.item' : 'form.answer', { n: formatNumber(i + 1) }),
})

function Editor() {
  const bankOpen = useSignal(false)
  const saving = useSignal(false)
  useLeaveGuard()
  const status = editor.status.value
  const readOnly = editor.builtin.value
  const questions = editor.questions.value
  const problems = editor.questionProblems.value
  const current = editor.current.value
  const index = editor.selected.value

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
    if (!result.ok) return void (editor.status.value = { refusal: result })
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

  const titleProblems = problemsAt(editor.quizProblems.value, 'title')
  const count = editor.problemCount.value
  const savedId = editor.quizId.value
  const dirty = editor.dirty.value
  const number = (i: number) => formatNumber(i + 1)

  return (
    <form class="editor" onSubmit={save}>
      <PageHead
        title={readOnly ? <span dir="auto">{editor.title.value}</span> : savedId ? m('editor.editTitle') : m('editor.newTitle')}
        actions={
          <>
            {savedId && !dirty && (
              <Link href={`/host?quiz=${encodeURIComponent(savedId)}`} class="button secondary">
                {m('editor.host')}
              </Link>
            )}
            {readOnly ? (
              <button type="button" class="button primary" onClick={duplicate}>
                {m('editor.duplicate')}
              </button>
            ) : (
              <button type="submit" class="button primary" disabled={saving.value || count > 0 || !dirty}>
                {saving.value ? m('editor.saving') : dirty || !savedId ? m('editor.save') : m('editor.savedButton')}
              </button>
            )}
          </>
        }
      />
      {readOnly && <p class="notice">{m('editor.builtinNote')}</p>}
      <LeftOutOnImport />
      {status && 'refusal' in status ? (
        <p class="error" role="alert">
          {describeRefusal(status.refusal)}
        </p>
      ) : (
        <p class="notice-line" role="status">
          {status && speak(status.said)}
        </p>
      )}
      {/* Not on a quiz nobody has touched yet: a new, empty quiz is not ten mistakes. */}
      {!readOnly && count > 0 && (dirty || savedId) && (
        <p class="problem-summary" role="status">
          {m('editor.problemCount', { count, n: formatNumber(count) })}
        </p>
      )}

      <fieldset class="quiz-fields" disabled={readOnly}>
        <label class="field">
          <span>{m('editor.title')}</span>
          <input type="text" dir="auto" maxLength={LIMITS.titleChars + 20} value={editor.title.value} onInput={(e) => (editor.title.value = e.currentTarget.value)} aria-invalid={titleProblems.length ? 'true' : undefined} />
        </label>
        {titleProblems.length > 0 && <ul class="field-problems">{titleProblems.map((p) => <li key={p}>{p}</li>)}</ul>}
        <label class="field">
          <span>{m('editor.description')}</span>
          <input type="text" dir="auto" maxLength={1000} value={editor.description.value} onInput={(e) => (editor.description.value = e.currentTarget.value)} placeholder={m('form.optional')} />
        </label>
      </fieldset>

      <div class="editor-body">
        <nav class="question-nav" aria-label={m('editor.questionsNav')}>
          <h2>{m('editor.questions', { n: formatNumber(questions.length) })}</h2>
          <ol class="question-list">
            {questions.map((q, i) => (
              <li key={q.id + i} class={`question-item ${i === index ? 'selected' : ''} ${problems[i]?.length ? 'has-problems' : ''}`}>
                <button type="button" class="question-pick" aria-current={i === index ? 'true' : undefined} onClick={() => (editor.selected.value = i)}>
                  {/* Named by what it shows (axe: the accessible name holds the visible text). */}
                  <span class="question-number">
                    <span class="visually-hidden">{m('editor.questionWord')} </span>
                    {number(i)}
                  </span>
                  <span class="question-snippet" dir="auto">
                    {q.prompt.trim() || m('editor.untitled')}
                  </span>
                  <span class="question-kind">
                    {typeName(q.type)}
                    {problems[i]?.length ? ` · ${m('editor.toFix', { count: problems[i]!.length, n: formatNumber(problems[i]!.length) })}` : ''}
                  </span>
                </button>
                {!readOnly && (
                  <span class="question-tools">
                    <button type="button" id={`move-up-${i}`} class="icon-button" aria-label={m('editor.moveUp', { n: number(i) })} disabled={i === 0} onClick={() => moveAndKeepFocus(i, -1)}>
                      ↑
                    </button>
                    <button
                      type="button"
                      id={`move-down-${i}`}
                      class="icon-button"
                      aria-label={m('editor.moveDown', { n: number(i) })}
                      disabled={i === questions.length - 1}
                      onClick={() => moveAndKeepFocus(i, 1)}
                    >
                      ↓
                    </button>
                    <button type="button" class="icon-button" aria-label={m('editor.remove', { n: number(i) })} disabled={questions.length === 1} onClick={() => editor.remove(i)}>
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
                {m('editor.fromBank')}
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
            <QuestionPreview question={toPublic(current, placeholders())} />
          </div>
        )}
      </div>
      <BankPicker
        open={bankOpen.value}
        have={new Set(questions.map((q) => q.id))}
        onClose={() => (bankOpen.value = false)}
        onAdd={(picked) => {
          const added = editor.addFromBank(picked)
          editor.status.value = { said: { key: 'editor.added', values: { count: added } } }
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
      <select aria-label={m('editor.newType')} value={type.value} onChange={(e) => (type.value = e.currentTarget.value as QuestionType)}>
        {QUESTION_TYPES.map((t) => (
          <option key={t} value={t}>
            {typeLabel(t)}
          </option>
        ))}
      </select>
      <button type="button" class="button secondary" onClick={() => editor.add(type.value)}>
        {m('editor.add')}
      </button>
    </span>
  )
}
