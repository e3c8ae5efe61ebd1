import { defineConfig } from 'vite'
import preact from '@preact/preset-vite'
import { fileURLToPath } from 'node:url'

const here = fileURLToPath(new URL('.', import.meta.url))
/** The server that `vite dev` talks to (the API and socket.io); the built app is served by that server itself. */
const server = process.env.CIRRUS_SERVER ?? 'http://localhost:3000'

export default defineConfig({
  root: here,
  plugins: [preact({ devToolsEnabled: false })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      // The protocol imports limits from @cirrus/questions, whose index also builds the built-in question bank at
      // load time. The browser never needs the bank: let it be dropped as unused.
      treeshake: { moduleSideEffects: (id: string) => !/packages\/questions\/src\/(starter|builtin|bank\/)/.test(id) },
    },
  },
  server: {
    proxy: {
      '/api': server,
      '/healthz': server,
      '/socket.io': { target: server, ws: true },
    },
  },
})
