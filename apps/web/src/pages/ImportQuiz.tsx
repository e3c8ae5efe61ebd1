import { useSignal } from '@preact/signals'
import { useEffect } from 'preact/hooks'
import type { ImportResult } from '@cirrus/formats'
import { IMPORT_MAX_BYTES, type ImportCommitted } from '@cirrus/protocol'
import { api } from '../api.ts'
import { AdminGate } from '../components/AdminUnlock.tsx'
import { TYPE_LABELS } from '../components/QuestionForm.tsx'
import { formats, loadFormats } from '../formats.ts'
import { Link, navigate } from '../router.tsx'

/** Import a file: choose it, see every question that will be created and every problem, and only then save. */
export function ImportQuiz() {
  return (
    <main class="page import-page">
      <p class="crumbs">
        <Link href="/">Cirrus</Link> › <Link href="/library">Quiz library</Link>
      </p>
      <h1>Import a quiz</h1>
      <AdminGate>
        <Importer />
      </AdminGate>
    </main>
  )
}

function Importer() {
  const file = useSignal<File | null>(null)
  const format = useSignal('')
  const preview = useSignal<ImportResult | null>(null)
  const title = useSignal('')
  const error = useSignal<string | null>(null)
  const busy = useSignal(false)
  useEffect(() => {
    void loadFormats()
  }, [])

  const query = (extra: Record<string, string> = {}) =>
    new URLSearchParams({ ...(format.value ? { format: format.value } : {}), fileName: file.value?.name ?? '', ...extra }).toString()

  /** The server refuses (and stops reading) a file over the limit: say so before sending it. */
  const tooBig = (f: File) => f.size > IMPORT_MAX_BYTES && `the file is larger than the ${IMPORT_MAX_BYTES / 2 ** 20} MB an import takes: split it into smaller files`

  async function read() {
    if (!file.value) return
    error.value = null
    const big = tooBig(file.value)
    if (big) {
      preview.value = null
      return void (error.value = big)
    }
    busy.value = true
    const result = await api<ImportResult>(`/api/quizzes/import/preview?${query()}`, { file: file.value })
    busy.value = false
    preview.value = result.ok ? result.data : null
    if (result.ok) title.value = result.data.title ?? ''
    else error.value = result.error.message
  }
  useEffect(() => {
    void read()
  }, [file.value, format.value])

  async function commit(onlyGood: boolean) {
    if (!file.value || tooBig(file.value)) return
    busy.value = true
    const result = await api<ImportCommitted>(`/api/quizzes/import?${query({ title: title.value, ...(onlyGood ? { only: 'good' } : {}) })}`, { file: file.value })
    busy.value = false
    if (!result.ok) return void (error.value = result.error.message)
    navigate(`/library/${encodeURIComponent(result.data.quiz.id)}`)
  }

  const p = preview.value
  const good = p?.questions.filter((q) => q.question).length ?? 0
  const bad = (p?.questions.length ?? 0) - good
  const readable = p !== null && p.fileProblems.length === 0
  const labelOf = (id: string) => formats.value.find((f) => f.id === id)?.label ?? id
  return (
    <div class="importer">
      <div class="import-choose">
        <label class="field">
          <span>Quiz file</span>
          <input
            type="file"
            accept={formats.value.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',') || undefined}
            onChange={(e) => {
              file.value = e.currentTarget.files?.[0] ?? null
            }}
          />
        </label>
        <label class="field">
          <span>Format</span>
          <select value={format.value} onChange={(e) => (format.value = e.currentTarget.value)}>
            <option value="">Guess from the file</option>
            {formats.value
              .filter((f) => f.canImport)
              .map((f) => (
                <option key={f.id} value={f.id}>
                  {f.label}
                </option>
              ))}
          </select>
        </label>
      </div>
      <p class="muted">
        Cirrus reads its own JSON, CSV, Kahoot spreadsheets (.xlsx), Moodle GIFT and Moodle XML, and Anki text. Nothing is saved until you choose to import.
      </p>
      {busy.value && <p class="muted">Reading…</p>}
      {error.value && (
        <p class="error" role="alert">
          {error.value}
        </p>
      )}
      {p && (
        <section class="import-preview" aria-label="What will be imported">
          <h2>
            {labelOf(p.format)}: {p.questions.length} {p.questions.length === 1 ? 'question' : 'questions'} found
          </h2>
          {p.fileProblems.length > 0 && (
            <div class="error" role="alert">
              <p>This file cannot be imported:</p>
              <ul>
                {p.fileProblems.map((fp, i) => (
                  <li key={i}>
                    <strong>{fp.location}</strong>: {fp.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {readable && (
            <p class={bad ? 'problem-summary' : 'notice'} role="status">
              {bad === 0
                ? `All ${good} questions are ready to import.`
                : `${bad} of ${p.questions.length} questions have problems (listed below). Fix the file and choose it again, or import only the ${good} good ones.`}
            </p>
          )}
          <ol class="import-list">
            {p.questions.map((item, i) => (
              <li key={i} class={`import-item ${item.question ? 'good' : 'bad'}`}>
                <p class="import-where">
                  <span class="import-badge">{item.question ? 'Ready' : 'Problem'}</span> {item.location}
                  {item.question && ` · ${TYPE_LABELS[item.question.type]}`}
                </p>
                {item.question ? (
                  <>
                    <p class="import-prompt">{item.question.prompt}</p>
                    <ul class="import-options">
                      {item.question.options.map((o, j) => (
                        <li key={j} class={o.correct ? 'right' : ''}>
                          {o.correct ? '✓ ' : ''}
                          {o.text}
                        </li>
                      ))}
                    </ul>
                    {item.pictures?.length ? (
                      <p class="import-pictures">
                        {item.pictures.length === 1 ? 'Picture' : 'Pictures'} brought along: {item.pictures.map((p) => `${p.name} (${p.target === 'question' ? 'the question' : `answer ${p.target + 1}`})`).join(', ')}
                      </p>
                    ) : null}
                    {item.notes?.length ? (
                      <ul class="import-notes" aria-label="Changed or left out">
                        {item.notes.map((n, j) => (
                          <li key={j}>{n}</li>
                        ))}
                      </ul>
                    ) : null}
                  </>
                ) : (
                  <ul class="field-problems">
                    {item.problems.map((pr, j) => (
                      <li key={j}>{pr.message}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
          {readable && good > 0 && (
            <div class="import-commit">
              <label class="field">
                <span>Title of the new quiz</span>
                <input type="text" maxLength={120} value={title.value} onInput={(e) => (title.value = e.currentTarget.value)} />
              </label>
              {bad === 0 ? (
                <button type="button" class="button primary big" disabled={busy.value} onClick={() => commit(false)}>
                  Import {good} {good === 1 ? 'question' : 'questions'}
                </button>
              ) : (
                <button type="button" class="button warning big" disabled={busy.value} onClick={() => commit(true)}>
                  Import only the {good} good {good === 1 ? 'question' : 'questions'}
                </button>
              )}
            </div>
          )}
        </section>
      )}
    </div>
  )
}
