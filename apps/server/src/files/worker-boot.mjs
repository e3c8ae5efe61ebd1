// The file worker's entry, in plain JavaScript: a worker thread does not inherit the TypeScript loader that runs the
// server (tsx under `npm start`, Vite under Vitest), so it registers tsx's own before loading worker.ts.
import { register } from 'tsx/esm/api'

register()
await import('./worker.ts')
