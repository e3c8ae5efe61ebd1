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

/** 40 commits of 100 KB each, 4 MB through the WAL, with pauses of `pauseMs` between them or none. */
async function write4MB(db: Database.Database, pauseMs: number) {
  const insert = db.prepare('INSERT INTO row (body) VALUES (?)')
  for (let i = 0; i < 40; i++) {
    insert.run('x'.repeat(100_000))
    if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs))
    else for (const end = performance.now() + 5; performance.now() < end; ); // a busy server: the event loop never waits
  }
}

describe('Checkpointer', () => {
  it('copies the WAL back from its own thread, so the WAL is reused instead of growing', async () => {
    const { file, db, walBytes } = walDatabase()
    const checkpointer = new Checkpointer(file, (error) => expect.fail(String(error)), { intervalMs: 20 })
    await write4MB(db, 10)
    checkpointer.stop()
    expect(walBytes()).toBeLessThan(2_000_000)
    expect(db.prepare('SELECT COUNT(*) AS n FROM row').get()).toEqual({ n: 40 })
    db.close()
  })

  it('starts a long WAL over even when the writes never pause', async () => {
    const { file, db, walBytes } = walDatabase()
    const checkpointer = new Checkpointer(file, (error) => expect.fail(String(error)), { intervalMs: 20, restartFrames: 100 })
    await write4MB(db, 0)
    checkpointer.stop()
    expect(walBytes()).toBeLessThan(2_000_000)
    db.close()
  })

  it('without it, the same writes grow the WAL by all 4 MB (what the tests above would see)', async () => {
    const { db, walBytes } = walDatabase()
    await write4MB(db, 10)
    expect(walBytes()).toBeGreaterThan(4_000_000)
    db.close()
  })

  it('reports a worker that cannot work, so that the journal can checkpoint by itself again', async () => {
    let failure: unknown = null
    new Checkpointer('/nonexistent-folder/cirrus.db', (error) => (failure = error), { intervalMs: 20 })
    await waitFor(() => failure !== null, 5000)
    expect(String(failure)).toMatch(/directory does not exist|unable to open/)
  })
})
