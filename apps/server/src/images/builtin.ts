import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'
import { BUILTIN_PICTURES } from '@cirrus/questions'
import type { ImageFormat } from '@cirrus/protocol'
import type { ImageStore } from '../db/images.ts'

/** Where the pictures that ship with Cirrus are (packages/questions/images). */
export const BUILTIN_PICTURES_DIR = fileURLToPath(new URL('../../../../packages/questions/images/', import.meta.url))

/**
 * Stores the shipped pictures at start, as they are: they are Cirrus's own files, named by the SHA-256 of their
 * bytes (BUILTIN_PICTURES), so a built-in question's picture is there whatever the database. A file whose bytes no
 * longer match its name is refused loudly: a question would otherwise show the wrong picture.
 */
export async function loadBuiltinPictures(images: ImageStore, dir = BUILTIN_PICTURES_DIR): Promise<void> {
  for (const [file, id] of Object.entries(BUILTIN_PICTURES)) {
    const bytes = fs.readFileSync(dir + file)
    const actual = createHash('sha256').update(bytes).digest('hex')
    if (actual !== id) throw new Error(`built-in picture ${file} has SHA-256 ${actual}, not the ${id} its questions name`)
    const meta = await sharp(bytes).metadata()
    await images.put({ id, format: meta.format as ImageFormat, width: meta.width ?? 0, height: meta.height ?? 0, bytes })
  }
}
