import { z } from 'zod'
import { IMAGE_ID } from '@cirrus/questions/model'

/**
 * Pictures on questions and options. A teacher uploads one (POST /api/images, docs/quizzes.md); the server re-encodes
 * it, strips its metadata and names it by the SHA-256 of the bytes it keeps, so a URL never changes meaning and may
 * be cached for ever.
 */
export const IMAGE_LIMITS = {
  /** The largest upload, in bytes. A phone photo is 2-5 MB: the editor asks for a smaller one. */
  uploadBytes: 5 * 1024 * 1024,
  /** The largest picture accepted, in pixels (width × height), before it is scaled down. */
  inputPixels: 40_000_000,
  /** The longest side kept: a 1080p projector shows nothing finer. */
  maxSide: 1600,
} as const

/** The formats accepted, by what their bytes say (never by the uploader's name or content type). No SVG: it can carry script. */
export const IMAGE_FORMATS = ['png', 'jpeg', 'gif', 'webp'] as const
export type ImageFormat = (typeof IMAGE_FORMATS)[number]

export const ImageIdSchema = z.string().regex(IMAGE_ID, 'an image is named by 64 hex digits')

/** Where a stored image is served from. */
export function imageUrl(id: string): string {
  return `/api/images/${id}`
}

/** An image as a client shows it. */
export interface PublicImage {
  url: string
  alt: string
}

/** The reply to an upload. */
export interface UploadedImage {
  id: string
  url: string
  format: ImageFormat
  width: number
  height: number
  bytes: number
}

/** A phone has the question's pictures (or has none to load): `player:ready`. */
export const ReadySchema = z.object({ questionIndex: z.number().int().min(0).max(500) }).strict()
export type ReadyPayload = z.input<typeof ReadySchema>
