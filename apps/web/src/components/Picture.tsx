import type { PublicImage } from '@cirrus/protocol'

/**
 * A question's picture: as large as the screen allows without pushing the answers off it, its alt text for screen
 * readers. Decoded before the question's time starts (media.ts), so it never pops in late.
 */
export function QuestionPicture({ image, class: className = '' }: { image: PublicImage | undefined; class?: string }) {
  if (!image) return null
  return (
    <figure class={`question-picture ${className}`}>
      <img src={image.url} alt={image.alt} decoding="async" />
    </figure>
  )
}

/** An option's picture, inside its tile or button. */
export function OptionPicture({ image }: { image: PublicImage | null | undefined }) {
  if (!image) return null
  return <img class="option-picture" src={image.url} alt={image.alt} decoding="async" />
}
