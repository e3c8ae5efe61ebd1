import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createCirrus } from './app.ts'
import { optionsFromEnv } from './config.ts'

const port = Number(process.env.PORT ?? 3000)
const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist')

const cirrus = await createCirrus(optionsFromEnv(process.env, webRoot))
const bound = await cirrus.listen(port, process.env.HOST)
console.log(`Cirrus is listening on http://localhost:${bound}`)

let closing = false
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (closing) return
    closing = true
    console.log(`${signal}: accepting what is in flight, writing it, and closing`)
    cirrus.close().then(
      () => process.exit(0),
      (error) => {
        console.error('could not close cleanly:', error)
        process.exit(1)
      },
    )
  })
}
