import type { ImageFormat } from '@cirrus/protocol'
import type { Db } from './client.ts'

export interface StoredImage {
  id: string
  format: ImageFormat
  width: number
  height: number
  bytes: Buffer
}

/**
 * Pictures, in the Image table through Prisma (the same queries on SQLite and PostgreSQL). Off the real-time path:
 * the editor uploads, the browsers fetch each picture once and cache it.
 */
export class ImageStore {
  constructor(private readonly db: Db) {}

  /** Keeps an image; the same bytes (the same name) are kept once. */
  async put(image: StoredImage): Promise<void> {
    const { id, ...rest } = image
    await this.db.image.upsert({ where: { id }, create: { id, ...rest, bytes: new Uint8Array(rest.bytes) }, update: {} })
  }

  async get(id: string): Promise<StoredImage | null> {
    const row = await this.db.image.findUnique({ where: { id } })
    return row && { id: row.id, format: row.format as ImageFormat, width: row.width, height: row.height, bytes: Buffer.from(row.bytes) }
  }

  /** Which of these names are stored. */
  async existing(ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set()
    const rows = await this.db.image.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true } })
    return new Set(rows.map((r) => r.id))
  }
}
