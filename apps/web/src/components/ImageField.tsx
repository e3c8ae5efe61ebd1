import { useSignal } from '@preact/signals'
import { IMAGE_LIMITS, imageUrl, type UploadedImage } from '@cirrus/protocol'
import type { ImageRef } from '@cirrus/questions/model'
import { api } from '../api.ts'

const ACCEPT = 'image/png,image/jpeg,image/gif,image/webp'

/**
 * A picture for a question or an option in the editor: choose a file (the server re-encodes it and names it), see
 * it, say what it shows (alt text, required), or remove it. `image` is the draft's; `onChange` gets the new one.
 */
export function ImageField({ label, image, onChange, problems = [] }: { label: string; image: ImageRef | undefined; onChange: (image: ImageRef | undefined) => void; problems?: string[] }) {
  const busy = useSignal(false)
  const error = useSignal<string | null>(null)
  const choose = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement
    const file = input.files?.[0]
    input.value = ''
    if (!file) return
    if (file.size > IMAGE_LIMITS.uploadBytes) {
      error.value = `This picture is ${(file.size / 2 ** 20).toFixed(1)} MB; the limit is ${IMAGE_LIMITS.uploadBytes / 2 ** 20} MB. Save it smaller and try again.`
      return
    }
    busy.value = true
    error.value = null
    const result = await api<UploadedImage>('/api/images', { file })
    busy.value = false
    if (!result.ok) {
      error.value = result.error.message[0]!.toUpperCase() + result.error.message.slice(1) + '.'
      return
    }
    onChange({ id: result.data.id, alt: image?.alt ?? '' })
  }
  return (
    <div class="image-field">
      {image ? (
        <div class="image-chosen">
          <img src={imageUrl(image.id)} alt="" class="image-thumb" />
          <label class="field">
            <span>{label}: what it shows (read aloud to players who cannot see it)</span>
            <input type="text" maxLength={300} value={image.alt} onInput={(e) => onChange({ ...image, alt: e.currentTarget.value })} aria-invalid={problems.length ? 'true' : undefined} placeholder="e.g. a map of Europe with the Danube in blue" />
          </label>
          <button type="button" class="button ghost small" onClick={() => onChange(undefined)}>
            Remove picture
          </button>
        </div>
      ) : (
        <label class={`button ${label === 'Picture' ? 'secondary' : 'ghost'} small image-choose`}>
          {busy.value ? 'Uploading…' : `Add a picture${label === 'Picture' ? '' : ` to ${label.toLowerCase()}`}`}
          <input type="file" accept={ACCEPT} class="visually-hidden" onChange={choose} disabled={busy.value} aria-label={`${label}: choose a PNG, JPEG, GIF or WebP file`} />
        </label>
      )}
      {error.value && (
        <p class="error" role="alert">
          {error.value}
        </p>
      )}
      {problems.map((p, i) => (
        <p key={i} class="field-problems">
          {p}
        </p>
      ))}
    </div>
  )
}
