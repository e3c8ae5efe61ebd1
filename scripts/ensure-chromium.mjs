// The browser tests drive Debian's chromium. Install it when it is missing and we may (root with apt-get);
// otherwise say exactly what to do. Never downloads a browser of its own.
import { execSync } from 'node:child_process'
import fs from 'node:fs'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (fs.existsSync(CHROMIUM)) process.exit(0)

const canInstall = process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get')
if (!canInstall) {
  console.error(`The browser tests need Chromium at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`)
  process.exit(1)
}
console.log('Installing Debian chromium for the browser tests...')
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' })
