import { useEffect, useMemo } from 'preact/hooks'
import type { ImportedQuestion } from '@cirrus/formats'
import { AdminGate } from '../components/AdminUnlock.tsx'
import { Page } from '../components/Page.tsx'
import { formatLabel, formats, loadFormats } from '../formats.ts'
import { formatNumber } from '../i18n/i18n.ts'
import { sayNote, sayPlace, sayProblem } from '../library/format-words.ts'
import { describeRefusal } from '../library/refusals.ts'
import { libraryCrumbs, m, typeLabel } from '../library/words.ts'
import { Importer } from '../models/importer.ts'
import { navigate } from '../router.tsx'
import './library.css'

/**
 * Import a file: choose it, see every question that will be created and every problem, and only then save. The
 * places, problems and notes the reader reports (packages/formats: "row 3", "answer 2 is empty") come as codes and
 * values, said in the language on screen (library/format-words.ts).
 */
export function ImportQuiz() {
  return (
    <Page class="import-page" crumbs={libraryCrumbs()} title={m('import.title')}>
      <AdminGate>
        <ImportForm />
      </AdminGate>
    </Page>
  )
}

const counted = (key: string, count: number, values: Record<string, string> = {}) => m(key, { count, n: formatNumber(count), ...values })

function ImportForm() {
  const importer = useMemo(() => new Importer(), [])
  useEffect(() => {
    void loadFormats()
  }, [])
  const file = importer.file.value
  const format = importer.format.value
  useEffect(() => {
    void importer.read()
  }, [file, format])

  async function commit(onlyGood: boolean) {
    const id = await importer.commit(onlyGood)
    if (id) navigate(`/library/${encodeURIComponent(id)}`)
  }

  const p = importer.preview.value
  const good = importer.good.value
  const bad = importer.bad.value
  const readable = importer.readable.value
  const trouble = importer.trouble.value
  const busy = importer.busy.value
  return (
    <div class="importer">
      <div class="import-choose">
        <label class="field">
          <span>{m('import.file')}</span>
          <input
            type="file"
            accept={formats.value.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',') || undefined}
            onChange={(e) => {
              importer.file.value = e.currentTarget.files?.[0] ?? null
            }}
          />
        </label>
        <label class="field">
          <span>{m('import.format')}</span>
          <select value={format} onChange={(e) => (importer.format.value = e.currentTarget.value)}>
            <option value="">{m('import.guess')}</option>
            {formats.value
              .filter((f) => f.canImport)
              .map((f) => (
                <option key={f.id} value={f.id}>
                  {formatLabel(f.id)}
                </option>
              ))}
          </select>
        </label>
      </div>
      <p class="muted">{m('import.reads')}</p>
      {busy && <p class="muted">{m('import.reading')}</p>}
      {trouble && (
        <p class="error" role="alert">
          {'tooBig' in trouble ? m('import.tooBig', { limit: formatNumber(trouble.tooBig) }) : describeRefusal(trouble.refusal)}
        </p>
      )}
      {p && (
        <section class="import-preview" aria-label={m('import.previewLabel')}>
          <h2>{counted('import.found', p.questions.length, { format: formatLabel(p.format) })}</h2>
          {p.fileProblems.length > 0 && (
            <div class="error" role="alert">
              <p>{m('import.cannot')}</p>
              <ul>
                {p.fileProblems.map((fp, i) => (
                  <li key={i}>
                    <strong dir="auto">{sayPlace(fp.place)}</strong>: {sayProblem(fp)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {readable && (
            <p class={bad ? 'problem-summary' : 'notice'} role="status">
              {bad === 0 ? counted('import.allReady', good) : `${m('import.someBad', { count: bad, bad: formatNumber(bad), total: formatNumber(p.questions.length) })} ${good ? counted('import.orGood', good) : m('import.fixFile')}`}
            </p>
          )}
          <ol class="import-list">
            {p.questions.map((item, i) => (
              <ImportItem key={i} item={item} />
            ))}
          </ol>
          {readable && good > 0 && (
            <div class="import-commit">
              <label class="field">
                <span>{m('import.newTitle')}</span>
                <input type="text" dir="auto" maxLength={120} value={importer.title.value} onInput={(e) => (importer.title.value = e.currentTarget.value)} />
              </label>
              {bad === 0 ? (
                <button type="button" class="button primary big" disabled={busy} onClick={() => commit(false)}>
                  {counted('import.importAll', good)}
                </button>
              ) : (
                <button type="button" class="button warning big" disabled={busy} onClick={() => commit(true)}>
                  {counted('import.importGood', good)}
                </button>
              )}
            </div>
          )}
        </section>
      )}
    </div>
  )
}

/** One question as the file gave it: ready (with its answers, pictures and what was changed) or its problems. */
function ImportItem({ item }: { item: ImportedQuestion }) {
  const q = item.question
  const where = (target: 'question' | number) => (target === 'question' ? m('import.theQuestion') : m('import.answerN', { n: formatNumber(target + 1) }))
  return (
    <li class={`import-item ${q ? 'good' : 'bad'}`}>
      <p class="import-where">
        <span class="import-badge">{q ? m('import.ready') : m('import.problem')}</span> <span dir="auto">{sayPlace(item.place)}</span>
        {q && ` · ${typeLabel(q.type)}`}
      </p>
      {q ? (
        <>
          <p class="import-prompt" dir="auto">
            {q.prompt}
          </p>
          <ul class="import-options">
            {q.options.map((o, j) => (
              <li key={j} class={o.correct ? 'right' : ''} dir="auto">
                {o.correct ? '✓ ' : ''}
                {o.text}
              </li>
            ))}
          </ul>
          {item.pictures?.length ? (
            <p class="import-pictures">
              {counted('import.pictures', item.pictures.length, { list: item.pictures.map((pic) => m('import.pictureOf', { name: pic.name, target: where(pic.target) })).join(', ') })}
            </p>
          ) : null}
          {item.notes?.length ? (
            <ul class="import-notes" aria-label={m('import.notes')}>
              {item.notes.map((n, j) => (
                <li key={j}>{sayNote(n)}</li>
              ))}
            </ul>
          ) : null}
        </>
      ) : (
        <ul class="field-problems">
          {item.problems.map((pr, j) => (
            <li key={j}>
              {/* A problem on another line than the question's first (a GIFT block's brace) says its own. */}
              {pr.location !== item.location && <span dir="auto">{sayPlace(pr.place)}: </span>}
              {sayProblem(pr)}
            </li>
          ))}
        </ul>
      )}
    </li>
  )
}
