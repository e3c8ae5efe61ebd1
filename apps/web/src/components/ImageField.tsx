import { useSignal } from '@preact/signals'
import { IMAGE_LIMITS, imageUrl, type UploadedImage } from '@cirrus/protocol'
import type { ImageRef } from '@cirrus/questions/model'
import { api } from '../api.ts'
import { formatNumber, language } from '../i18n/i18n.ts'
import { describeRefusal, type Refusal } from '../library/refusals.ts'
import { m } from '../library/words.ts'

const ACCEPT = 'image/png,image/jpeg,image/gif,image/webp'
const MB = 2 ** 20

interface ImageFieldProps {
  /** What the picture belongs to ("Picture", "Answer 2"), naming its fields. */
  label: string
  /** The button's words ("Add a picture", "Add a picture to answer 2"). */
  add: string
  /** The question's own picture (a more prominent button) rather than an option's. */
  onQuestion?: boolean
  image: ImageRef | undefined
  onChange: (image: ImageRef | undefined) => void
  problems?: string[]
}

/**
 * A picture for a question or an option in the editor: choose a file (the server re-encodes it and names it), see
 * it, say what it shows (alt text, required), or remove it. `image` is the draft's; `onChange` gets the new one.
 */
export function ImageField({ label, add, onQuestion = false, image, onChange, problems = [] }: ImageFieldProps) {
  const busy = useSignal(false)
  /** Too big to send (its size in MB), or refused by the server. */
  const refused = useSignal<number | Refusal | null>(null)
  const choose = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement
    const file = input.files?.[0]
    input.value = ''
    if (!file) return
    if (file.size > IMAGE_LIMITS.uploadBytes) return void (refused.value = file.size / MB)
    busy.value = true
    refused.value = null
    const result = await api<UploadedImage>('/api/images', { file })
    busy.value = false
    if (!result.ok) return void (refused.value = result)
    onChange({ id: result.data.id, alt: image?.alt ?? '' })
  }
  const why = refused.value
  const mb = (n: number) => new Intl.NumberFormat(language.value, { maximumFractionDigits: 1 }).format(n)
  return (
    <div class="image-field">
      {image ? (
        <div class="image-chosen">
          <img src={imageUrl(image.id)} alt="" class="image-thumb" />
          <label class="field">
            <span>{m('image.alt', { label })}</span>
            <input type="text" dir="auto" maxLength={300} value={image.alt} onInput={(e) => onChange({ ...image, alt: e.currentTarget.value })} aria-invalid={problems.length ? 'true' : undefined} placeholder={m('image.altHint')} />
          </label>
          <button type="button" class="button ghost small" onClick={() => onChange(undefined)}>
            {m('image.remove')}
          </button>
        </div>
      ) : (
        <label class={`button ${onQuestion ? 'secondary' : 'ghost'} small image-choose`}>
          {busy.value ? m('image.uploading') : add}
          <input type="file" accept={ACCEPT} class="visually-hidden" onChange={choose} disabled={busy.value} aria-label={m('image.choose', { label })} />
        </label>
      )}
      {why !== null && (
        <p class="error" role="alert">
          {typeof why === 'number' ? m('image.tooBig', { size: mb(why), limit: formatNumber(IMAGE_LIMITS.uploadBytes / MB) }) : describeRefusal(why)}
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
