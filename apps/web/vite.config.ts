import { defineConfig } from 'vite'
import preact from '@preact/preset-vite'
import { fileURLToPath } from 'node:url'
import { precompress } from './precompress.ts'

const here = fileURLToPath(new URL('.', import.meta.url))
/** The server that `vite dev` talks to (the API and socket.io); the built app is served by that server itself. */
const server = process.env.CIRRUS_SERVER ?? 'http://localhost:3000'

export default defineConfig({
  root: here,
  plugins: [preact({ devToolsEnabled: false }), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The browser never needs the built-in bank: @cirrus/questions declares `"sideEffects": false`, so the bank its
    // index builds at load time is dropped as unused (the web app imports `@cirrus/questions/model` directly).
    sourcemap: true,
  },
  server: {
    proxy: {
      '/api': server,
      '/healthz': server,
      '/socket.io': { target: server, ws: true },
    },
  },
})
