import { afterEach, describe, expect, it, vi } from 'vitest'
import type { FormatId } from '@cirrus/formats'
import { runJob } from './jobs.ts'

/** A reader that throws (none is known; a format with no reader stands in) is a problem with the file, in words of Cirrus's own. */
describe('a crashed read', () => {
  afterEach(() => vi.restoreAllMocks())

  it('is read_failed with no values, its exception for the server log alone', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const done = await runJob({ kind: 'import', format: 'no-such-reader' as FormatId, content: new TextEncoder().encode('x'), fileName: 'x.txt' })
    expect(done.kind).toBe('answer')
    const preview = JSON.parse(new TextDecoder().decode((done as { json: Uint8Array }).json)) as { fileProblems: { code: string; values: object; message: string }[] }
    expect(preview.fileProblems).toEqual([
      expect.objectContaining({ code: 'read_failed', values: {}, message: 'the file could not be read: the reader failed on it; check that it is the format it says it is, or try another format' }),
    ])
    expect(log).toHaveBeenCalledWith('reading a no-such-reader file failed:', expect.any(TypeError))
  })
})
