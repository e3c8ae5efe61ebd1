// Builds the web app when apps/web/dist is missing or older than any of its sources, so `npm start` is quick
// on the second run and still right after a change.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = path.join(root, 'apps/web/dist/index.html')
const sources = ['apps/web/src', 'apps/web/index.html', 'apps/web/vite.config.ts', 'apps/web/precompress.ts', 'apps/web/public', 'packages/protocol/src', 'packages/questions/src']

function newest(p) {
  if (!fs.existsSync(p)) return 0
  const stat = fs.statSync(p)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(0, ...fs.readdirSync(p).map((name) => newest(path.join(p, name))))
}

const builtAt = fs.existsSync(dist) ? fs.statSync(dist).mtimeMs : 0
const changedAt = Math.max(...sources.map((s) => newest(path.join(root, s))))
if (builtAt >= changedAt) {
  console.log('web app is up to date')
} else {
  console.log('building the web app...')
  execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', 'apps/web', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' })
}
