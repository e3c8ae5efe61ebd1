import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import type { Plugin } from 'vite'

/** What is worth compressing: text. Source maps are only fetched by developer tools, so they stay as they are. */
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt|wasm)$/

/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every text file of the build, once, at the highest levels, so
 * the server sends them as they are (apps/server/src/http/static.ts) instead of compressing on every phone's request.
 */
export function precompress(): Plugin {
  let outDir = 'dist'
  return {
    name: 'cirrus-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
    },
    closeBundle() {
      for (const file of walk(outDir)) {
        if (!COMPRESSIBLE.test(file)) continue
        const body = fs.readFileSync(file)
        if (body.length < 1024) continue
        fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }))
        fs.writeFileSync(`${file}.gz`, zlib.gzipSync(body, { level: 9 }))
      }
    },
  }
}

function* walk(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* walk(full)
    else yield full
  }
}
