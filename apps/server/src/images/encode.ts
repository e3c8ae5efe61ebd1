import { createHash } from 'node:crypto'
import sharp from 'sharp'
import { IMAGE_FORMATS, IMAGE_LIMITS, type ImageFormat } from '@cirrus/protocol'
import type { StoredImage } from '../db/images.ts'

// One libvips thread per picture: a 2-core classroom server keeps its other core for the live games.
sharp.concurrency(1)
// Nothing is cached between uploads: each is decoded once and the server's memory stays its games'.
sharp.cache(false)

export type Encoded = { ok: true; image: StoredImage } | { ok: false; message: string }

const NAMES: Record<ImageFormat, string> = { png: 'PNG', jpeg: 'JPEG', gif: 'GIF', webp: 'WebP' }

/**
 * An uploaded picture as the server keeps it: decoded by libvips (sharp), which reads the bytes themselves (never
 * the file's name or the uploader's content type), refused unless they are a PNG, JPEG, GIF or WebP picture, turned
 * upright by its EXIF orientation, scaled down to IMAGE_LIMITS.maxSide, and written again in the same format with no
 * metadata (EXIF, GPS, XMP, ICC comments are dropped: sharp keeps none unless asked). Anything hidden after or inside
 * the original (a script appended to a PNG) does not survive, because only the decoded pixels are written.
 */
export async function reencode(input: Buffer): Promise<Encoded> {
  let format: string | undefined
  try {
    const meta = await sharp(input, { limitInputPixels: IMAGE_LIMITS.inputPixels, failOn: 'error' }).metadata()
    format = meta.format
  } catch (error) {
    const why = String((error as Error).message ?? error)
    if (/pixel limit/i.test(why)) return { ok: false, message: `the picture is larger than ${IMAGE_LIMITS.inputPixels / 1e6} megapixels: make it smaller and upload it again` }
    return { ok: false, message: 'this file is not a picture Cirrus can read: upload a PNG, JPEG, GIF or WebP picture' }
  }
  if (!format || !(IMAGE_FORMATS as readonly string[]).includes(format)) {
    const what = format === 'svg' ? 'an SVG drawing (it can carry scripts, so Cirrus does not take it)' : `a ${String(format).toUpperCase()} file`
    return { ok: false, message: `this file is ${what}: upload a PNG, JPEG, GIF or WebP picture` }
  }
  const kind = format as ImageFormat
  try {
    // Animated GIFs and WebPs keep their frames; everything else is one picture.
    const animated = kind === 'gif' || kind === 'webp'
    let pipeline = sharp(input, { limitInputPixels: IMAGE_LIMITS.inputPixels, failOn: 'error', animated })
      .rotate()
      .resize({ width: IMAGE_LIMITS.maxSide, height: IMAGE_LIMITS.maxSide, fit: 'inside', withoutEnlargement: true })
    pipeline = kind === 'png' ? pipeline.png({ compressionLevel: 9 }) : kind === 'jpeg' ? pipeline.jpeg({ quality: 85, mozjpeg: true }) : kind === 'gif' ? pipeline.gif() : pipeline.webp({ quality: 85 })
    const { data, info } = await pipeline.toBuffer({ resolveWithObject: true })
    const id = createHash('sha256').update(data).digest('hex')
    return { ok: true, image: { id, format: kind, width: info.width, height: info.pageHeight ?? info.height, bytes: data } }
  } catch {
    return { ok: false, message: `this ${NAMES[kind]} picture is damaged and cannot be read: save it again and upload the new file` }
  }
}

/** The content type a stored picture is served with: the server's own format, never the uploader's header. */
export function contentType(format: ImageFormat): string {
  return `image/${format}`
}
