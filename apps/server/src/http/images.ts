import express, { Router, type NextFunction, type Request, type Response } from 'express'
import { ErrorCode, IMAGE_LIMITS, ImageIdSchema, imageUrl, type ProblemsErrorBody, type UploadedImage } from '@cirrus/protocol'
import { questionImages, type ImageRef, type Question } from '@cirrus/questions'
import { note, type ImportedPicture, type ImportNote } from '@cirrus/formats'
import type { ImageStore } from '../db/images.ts'
import { contentType, reencode } from '../images/encode.ts'
import type { TeacherGate } from './admin.ts'
import { sendError } from './reply.ts'

/** Pictures decoded at once; more wait for a 503 and try again, so that uploads never crowd out the live games. */
const MAX_AT_ONCE = 2

/**
 * /api/images: a teacher uploads a picture (the body is the file itself), the server re-encodes it (images/encode.ts)
 * and keeps it under the SHA-256 of the bytes it wrote; anyone fetches it by that name, as phones in a game must.
 * A name is unguessable and never changes meaning, so the answer is cached for a year and never revalidated.
 */
export function imageRoutes(images: ImageStore, admin: TeacherGate): Router {
  const router = Router()
  const body = express.raw({ type: () => true, limit: IMAGE_LIMITS.uploadBytes })
  let decoding = 0
  const slot = (_req: Request, res: Response, next: NextFunction) => {
    if (decoding >= MAX_AT_ONCE) {
      res.setHeader('Retry-After', '2')
      res.setHeader('Connection', 'close')
      return sendError(res, 503, { code: ErrorCode.Busy, message: 'the server is reading other pictures; try again in a moment' })
    }
    next()
  }

  router.post('/api/images', admin.require, slot, body, async (req, res) => {
    const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0)
    if (bytes.length === 0) return sendError(res, 415, { code: ErrorCode.NotAnImage, message: 'the upload is empty: choose a PNG, JPEG, GIF or WebP picture' })
    decoding++
    try {
      const encoded = await reencode(bytes)
      if (!encoded.ok) return sendError(res, 415, { code: ErrorCode.NotAnImage, message: encoded.message })
      await images.put(encoded.image)
      const { id, format, width, height } = encoded.image
      res.status(201).json({ id, url: imageUrl(id), format, width, height, bytes: encoded.image.bytes.length } satisfies UploadedImage)
    } finally {
      decoding--
    }
  })

  router.get('/api/images/:id', async (req, res) => {
    const id = ImageIdSchema.safeParse(req.params.id)
    if (!id.success) return sendError(res, 404, { code: ErrorCode.ImageNotFound, message: 'no picture by that name' })
    const etag = `"${id.data}"`
    if (req.headers['if-none-match'] === etag) return res.status(304).end()
    const image = await images.get(id.data)
    if (!image) return sendError(res, 404, { code: ErrorCode.ImageNotFound, message: 'no picture by that name' })
    res.setHeader('Content-Type', contentType(image.format))
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
    res.setHeader('ETag', etag)
    // Opened on its own, the picture is a document with no script and no plugins, whatever a browser makes of it.
    res.setHeader('Content-Security-Policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox")
    res.setHeader('Content-Disposition', 'inline')
    res.end(image.bytes)
  })

  router.use('/api/images', (error: { type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (error.type !== 'entity.too.large') return next(error)
    res.setHeader('Connection', 'close') // the rest of the file is not read
    sendError(res, 413, { code: ErrorCode.InvalidPayload, message: `the picture is larger than the ${IMAGE_LIMITS.uploadBytes / 2 ** 20} MB an upload takes: save it smaller (a projector shows at most 1920 × 1080) and upload it again` })
  })
  return router
}

/**
 * The pictures a quiz names that are not stored, as problems of the quiz (a 400 like any other): a quiz never
 * points at a picture the phones cannot fetch.
 */
export async function missingImages(images: ImageStore, questions: readonly Question[]): Promise<ProblemsErrorBody | null> {
  const refs = questions.flatMap((q, i) => [
    ...(q.image ? [{ id: q.image.id, path: ['questions', i, 'image'] }] : []),
    ...q.options.flatMap((o, j) => (o.image ? [{ id: o.image.id, path: ['questions', i, 'options', j, 'image'] }] : [])),
  ])
  if (!refs.length) return null
  const stored = await images.existing(refs.map((r) => r.id))
  const problems = refs.filter((r) => !stored.has(r.id)).map((r) => ({ path: r.path, message: 'this picture is not on the server: upload it again' }))
  if (!problems.length) return null
  return { code: ErrorCode.InvalidPayload, message: `the quiz: ${problems[0]!.path.join('.')}: ${problems[0]!.message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`, problems }
}

/**
 * An import's pictures kept and put on its questions (the question's, or an answer's where its type may show one):
 * each is decoded and re-encoded like an upload, never kept as the file carried it. What cannot come is said in words.
 */
export async function attachPictures(images: ImageStore, questions: readonly Question[], pictures: readonly (readonly ImportedPicture[])[]): Promise<{ questions: Question[]; notes: ImportNote[] }> {
  const notes: ImportNote[] = []
  const out: Question[] = []
  for (const [i, question] of questions.entries()) {
    let q = question
    for (const picture of pictures[i] ?? []) {
      const encoded = await reencode(Buffer.from(picture.base64, 'base64'))
      if (!encoded.ok) {
        notes.push(note('saved_picture_unreadable', { question: i + 1, name: picture.name }))
        continue
      }
      await images.put(encoded.image)
      const ref = { id: encoded.image.id, alt: (picture.alt || picture.name).slice(0, 300) }
      if (picture.target === 'question') q = { ...q, image: ref }
      else if ((q.type === 'single' || q.type === 'multiple' || q.type === 'poll') && q.options[picture.target]) q = { ...q, options: q.options.map((o, j) => (j === picture.target ? { ...o, image: ref } : o)) }
      else notes.push(note('saved_picture_on_answer', { question: i + 1, name: picture.name }))
    }
    out.push(q)
  }
  return { questions: out, notes }
}

/** The bytes of every stored picture the questions name, by id, for the exports that carry pictures. */
export async function picturesOf(images: ImageStore, questions: readonly Question[]): Promise<Record<string, { format: string; base64: string }>> {
  const ids = [...new Set(questions.flatMap((q) => questionImages(q).map((i) => i.id)))]
  const out: Record<string, { format: string; base64: string }> = {}
  for (const id of ids) {
    const image = await images.get(id)
    if (image) out[id] = { format: image.format, base64: image.bytes.toString('base64') }
  }
  return out
}

/** Questions without the pictures they name that this server does not have (an imported file named, not carried, them). */
export async function withStoredPictures(images: ImageStore, questions: readonly Question[]): Promise<{ questions: Question[]; notes: ImportNote[] }> {
  const stored = await images.existing(questions.flatMap((q) => questionImages(q).map((i) => i.id)))
  const notes: ImportNote[] = []
  const kept = questions.map((q, i) => {
    const keep = (ref: ImageRef | undefined, where: { of: 'question' } | { of: 'answer'; n: number }) => {
      if (!ref || stored.has(ref.id)) return ref
      notes.push(note('saved_picture_not_carried', { question: i + 1, ...where, alt: ref.alt }))
      return undefined
    }
    const image = keep(q.image, { of: 'question' })
    const { image: _, ...rest } = q
    return { ...rest, ...(image && { image }), options: q.options.map(({ image: optionImage, ...o }, j) => { const kept = keep(optionImage, { of: 'answer', n: j + 1 }); return kept ? { ...o, image: kept } : o }) }
  })
  return { questions: kept, notes }
}
