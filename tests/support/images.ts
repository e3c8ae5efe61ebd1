import sharp from 'sharp'
import { api } from './http.ts'

/** A small picture in each accepted format, drawn here (a red square on blue), with camera metadata where it can carry it. */
export async function picture(format: 'png' | 'jpeg' | 'gif' | 'webp', size = 64): Promise<Buffer> {
  const base = sharp({ create: { width: size, height: size, channels: 3, background: '#1558c0' } }).composite([
    { input: { create: { width: size / 2, height: size / 2, channels: 3, background: '#c8102e' } }, left: size / 4, top: size / 4 },
  ])
  const withMeta = format === 'gif' ? base : base.withExif({ IFD0: { Copyright: 'SECRET-CAMERA-OWNER', Artist: 'SECRET-CAMERA-OWNER' } })
  return withMeta.toFormat(format).toBuffer()
}

/** Uploads bytes as a file to /api/images, with the content type a browser would claim. */
export async function upload(base: string, bytes: Uint8Array | string, type = 'image/png') {
  return api(base, '/api/images', { file: bytes, headers: { 'content-type': type } })
}
