import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { waitFor } from '../../../../tests/support/server.ts'
import { Checkpointer } from './checkpointer.ts'

const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true })
})

/** A WAL-mode file whose connection never checkpoints by itself, as the journal's. */
function walDatabase() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cirrus-checkpoint-'))
  folders.push(folder)
  const file = path.join(folder, 'test.db')
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('wal_autocheckpoint = 0')
  db.exec('CREATE TABLE row (body TEXT)')
  return { file, db, walBytes: () => fs.statSync(`${file}-wal`).size }
}

/**
 * Commits of 100 KB until the WAL has been started over from its beginning (its header's checkpoint sequence moves
 * on) or `capMs` have passed. Between commits the event loop sleeps 10 ms (`pauses`), or there is nothing between
 * them (a checkpoint then never finds the WAL without a commit in progress). Resolves with whether the WAL was
 * started over.
 */
async function writeUntilStartedOver(db: Database.Database, file: string, between: 'pauses' | 'no pauses', capMs: number): Promise<boolean> {
  const insert = db.prepare('INSERT INTO row (body) VALUES (?)')
  insert.run('x')
  const first = walSequence(file)
  // At most 200 MB through the WAL, should nothing start it over.
  for (let commits = 0, end = performance.now() + capMs; performance.now() < end && commits < 2000; commits++) {
    insert.run('x'.repeat(100_000))
    if (between === 'pauses') await new Promise((r) => setTimeout(r, 10))
    if (walSequence(file) !== first) return true
  }
  return false
}

/** The WAL header's checkpoint sequence number: it moves on each time the WAL is started over from its beginning. */
function walSequence(file: string): number {
  const header = Buffer.alloc(16)
  const fd = fs.openSync(`${file}-wal`, 'r')
  fs.readSync(fd, header, 0, 16, 0)
  fs.closeSync(fd)
  return header.readUInt32BE(12)
}

describe('Checkpointer', () => {
  it('copies the WAL back from its own thread, so that SQLite starts it over instead of growing it', async () => {
    const { file, db, walBytes } = walDatabase()
    const checkpointer = new Checkpointer(file, (error) => expect.fail(String(error)), { intervalMs: 20 })
    expect(await writeUntilStartedOver(db, file, 'pauses', 20_000)).toBe(true)
    checkpointer.stop()
    expect(walBytes()).toBeLessThan(4_000_000)
    db.close()
  })

  it('starts a long WAL over even when the writes never pause', async () => {
    const { file, db } = walDatabase()
    const checkpointer = new Checkpointer(file, (error) => expect.fail(String(error)), { intervalMs: 20, restartFrames: 100 })
    expect(await writeUntilStartedOver(db, file, 'no pauses', 20_000)).toBe(true)
    checkpointer.stop()
    db.close()
  })

  it('without it, the WAL is never started over and grows with every commit (what the tests above would see)', async () => {
    const { file, db, walBytes } = walDatabase()
    expect(await writeUntilStartedOver(db, file, 'pauses', 600)).toBe(false)
    expect(walBytes()).toBeGreaterThan(2_000_000)
    db.close()
  })

  it('reports a worker that cannot work, so that the journal can checkpoint by itself again', async () => {
    let failure: unknown = null
    new Checkpointer('/nonexistent-folder/cirrus.db', (error) => (failure = error), { intervalMs: 20 })
    await waitFor(() => failure !== null, 5000)
    expect(String(failure)).toMatch(/directory does not exist|unable to open/)
  })
})
