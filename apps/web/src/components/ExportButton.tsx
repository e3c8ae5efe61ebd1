import { useSignal } from '@preact/signals'
import { useEffect } from 'preact/hooks'
import { download } from '../api.ts'
import { formats, loadFormats } from '../formats.ts'

/** A format picker and a download button for one quiz; says what the format could not carry, if anything. */
export function ExportButton({ quizId, title }: { quizId: string; title: string }) {
  const format = useSignal('json')
  const message = useSignal<{ text: string; error: boolean } | null>(null)
  useEffect(() => {
    void loadFormats()
  }, [])
  async function run() {
    message.value = null
    const result = await download(`/api/quizzes/${encodeURIComponent(quizId)}/export/${format.value}`)
    if (!result.ok) message.value = { text: result.error.message, error: true }
    else if (result.data.warnings.length) message.value = { text: `Saved ${result.data.fileName}. Left out: ${result.data.warnings.join('; ')}`, error: false }
    else message.value = { text: `Saved ${result.data.fileName}`, error: false }
  }
  return (
    <div class="export">
      <select aria-label={`Export format for ${title}`} value={format.value} onChange={(e) => (format.value = e.currentTarget.value)}>
        {formats.value
          .filter((f) => f.canExport)
          .map((f) => (
            <option key={f.id} value={f.id}>
              {f.label}
            </option>
          ))}
      </select>
      <button type="button" class="button ghost small" onClick={run}>
        Export
      </button>
      {message.value && (
        <p class={message.value.error ? 'error' : 'muted export-note'} role={message.value.error ? 'alert' : 'status'}>
          {message.value.text}
        </p>
      )}
    </div>
  )
}
