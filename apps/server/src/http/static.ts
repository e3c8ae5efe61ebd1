import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express'
import fs from 'node:fs'
import path from 'node:path'

/**
 * The built web app, as a phone on a classroom's Wi-Fi wants it: the brotli or gzip copy the build wrote beside each
 * file (apps/web/precompress.ts) when the browser takes it, and the hashed files under /assets/ cached for a year
 * (their names change when they do). index.html is asked again every time, so a new build reaches everyone.
 */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const

export function webApp(webRoot: string): RequestHandler {
  const files = express.static(webRoot, { index: false, setHeaders })
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next()
    const original = req.path
    const accepted = String(req.headers['accept-encoding'] ?? '')
    const file = safeJoin(webRoot, original)
    if (file) {
      for (const encoding of ENCODINGS) {
        if (!acceptsEncoding(accepted, encoding.name) || !isFile(`${file}${encoding.suffix}`)) continue
        res.setHeader('Content-Encoding', encoding.name)
        res.setHeader('Vary', 'Accept-Encoding')
        res.type(path.extname(original))
        req.url = `${original}${encoding.suffix}`
        return files(req, res, next)
      }
      if (isFile(`${file}.br`) || isFile(`${file}.gz`)) res.setHeader('Vary', 'Accept-Encoding')
    }
    return files(req, res, next)
  }
}

function setHeaders(res: Response, file: string) {
  if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache')
  else if (file.includes(`${path.sep}assets${path.sep}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
  else res.setHeader('Cache-Control', 'public, max-age=3600')
}

/** `br;q=0` refuses; a plain or weighted mention accepts. */
function acceptsEncoding(header: string, name: string): boolean {
  return header.split(',').some((part) => {
    const [token, ...params] = part.trim().toLowerCase().split(';')
    if (token !== name) return false
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    return q === undefined || Number(q.slice(2)) > 0
  })
}

function safeJoin(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  const file = path.join(root, decoded)
  return file.startsWith(path.resolve(root) + path.sep) ? file : null
}

function isFile(file: string): boolean {
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false
}
