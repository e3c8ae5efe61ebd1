import { useSignal } from '@preact/signals'
import { useEffect } from 'preact/hooks'
import { download, type DownloadWarning } from '../api.ts'
import { formatLabel, formats, loadFormats } from '../formats.ts'
import { language } from '../i18n/i18n.ts'
import { sayWarning } from '../library/format-words.ts'
import { describeRefusal, type Refusal } from '../library/refusals.ts'
import { m } from '../library/words.ts'

type Outcome = { saved: string; warnings: DownloadWarning[] } | { refusal: Refusal }

/**
 * A format picker and a download button for one quiz; says what the format could not carry, if anything (the
 * server's warnings come as codes and values, said in the language on screen).
 */
export function ExportButton({ quizId, title }: { quizId: string; title: string }) {
  const format = useSignal('json')
  const outcome = useSignal<Outcome | null>(null)
  useEffect(() => {
    void loadFormats()
  }, [])
  async function run() {
    outcome.value = null
    // The lines a GIFT or Kahoot file explains itself with are written in the language on screen.
    const result = await download(`/api/quizzes/${encodeURIComponent(quizId)}/export/${format.value}?${new URLSearchParams({ lang: language.value })}`)
    outcome.value = result.ok ? { saved: result.data.fileName, warnings: result.data.warnings } : { refusal: result }
  }
  const said = outcome.value
  return (
    <div class="export">
      <select aria-label={m('export.format', { title })} value={format.value} onChange={(e) => (format.value = e.currentTarget.value)}>
        {formats.value
          .filter((f) => f.canExport)
          .map((f) => (
            <option key={f.id} value={f.id}>
              {formatLabel(f.id)}
            </option>
          ))}
      </select>
      <button type="button" class="button ghost small" onClick={run}>
        {m('export.button')}
      </button>
      {said && 'refusal' in said && (
        <p class="error" role="alert">
          {describeRefusal(said.refusal)}
        </p>
      )}
      {said && 'saved' in said && (
        <p class="muted export-note" role="status">
          {said.warnings.length ? m('export.savedLeftOut', { file: said.saved, warnings: said.warnings.map(sayWarning).join('; ') }) : m('export.saved', { file: said.saved })}
        </p>
      )}
    </div>
  )
}
