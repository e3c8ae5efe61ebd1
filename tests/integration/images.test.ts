import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { IMAGE_LIMITS, type PhaseView } from '@cirrus/protocol'
import { BUILTIN_PICTURES, moreWaysQuiz } from '@cirrus/questions'
import { call, move, send } from '../support/client.ts'
import { hostGame, joinGame, nextPhase } from '../support/game.ts'
import { api } from '../support/http.ts'
import { picture, upload } from '../support/images.ts'
import { startServer, type TestServer } from '../support/server.ts'

/**
 * Pictures against a real server and a real SQLite file: uploaded in every accepted format, re-encoded without
 * their metadata and served by their own name with long caching; refused when too large, not a picture, disguised,
 * or SVG; a quiz may name only stored pictures; and a game's clock waits for the phones to have them.
 */

let server: TestServer
beforeAll(async () => {
  server = await startServer()
})
afterAll(async () => {
  await server?.close()
})

describe('uploading and serving pictures', () => {
  it.each(['png', 'jpeg', 'gif', 'webp'] as const)('a %s is re-encoded, stripped of its metadata and served under its SHA-256 with long caching', async (format) => {
    const original = await picture(format)
    if (format !== 'gif') expect(original.includes('SECRET-CAMERA-OWNER')).toBe(true)
    // The browser's claimed type is ignored: what the bytes are decides.
    const res = await upload(server.url, original, 'application/octet-stream')
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    expect(res.body).toMatchObject({ format, width: 64, height: 64, url: `/api/images/${res.body.id}` })
    expect(res.body.id).toMatch(/^[0-9a-f]{64}$/)

    const served = await fetch(server.url + res.body.url)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe(`image/${format}`)
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')
    expect(served.headers.get('etag')).toBe(`"${res.body.id}"`)
    const bytes = Buffer.from(await served.arrayBuffer())
    expect(bytes.includes('SECRET-CAMERA-OWNER')).toBe(false)
    const meta = await sharp(bytes).metadata()
    expect(meta.exif).toBeUndefined()
    expect([meta.format, meta.width]).toEqual([format, 64])
    // A browser that has it asks again with its ETag and is told it is unchanged.
    expect((await fetch(server.url + res.body.url, { headers: { 'if-none-match': `"${res.body.id}"` } })).status).toBe(304)
    // The same picture again is the same name.
    expect((await upload(server.url, original)).body.id).toBe(res.body.id)
  })

  it('a large photo is scaled down to the longest side kept', async () => {
    const big = await sharp({ create: { width: 3000, height: 1500, channels: 3, background: '#888' } }).jpeg().toBuffer()
    const res = await upload(server.url, big, 'image/jpeg')
    expect(res.body).toMatchObject({ format: 'jpeg', width: IMAGE_LIMITS.maxSide, height: IMAGE_LIMITS.maxSide / 2 })
  })

  it('refuses a file too large, one that is not a picture, a disguised page, an SVG and an empty upload, each with the reason', async () => {
    const tooLarge = Buffer.concat([await picture('png'), Buffer.alloc(IMAGE_LIMITS.uploadBytes)])
    const large = await upload(server.url, tooLarge)
    expect(large.status).toBe(413)
    expect(large.body.error.message).toBe('the picture is larger than the 5 MB an upload takes: save it smaller (a projector shows at most 1920 × 1080) and upload it again')

    const notAPicture = await upload(server.url, 'Question,Answer\nWhat is 2+2?,4\n', 'text/csv')
    expect(notAPicture.status).toBe(415)
    expect(notAPicture.body.error).toEqual({ code: 'not_an_image', message: 'this file is not a picture Cirrus can read: upload a PNG, JPEG, GIF or WebP picture' })

    // A page named and typed as a PNG: the bytes say otherwise.
    const disguised = await upload(server.url, '<html><script>alert(document.cookie)</script></html>', 'image/png')
    expect(disguised.status).toBe(415)
    expect(disguised.body.error.code).toBe('not_an_image')

    const svg = await upload(server.url, '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>', 'image/svg+xml')
    expect(svg.status).toBe(415)
    expect(svg.body.error.message).toBe('this file is an SVG drawing (it can carry scripts, so Cirrus does not take it): upload a PNG, JPEG, GIF or WebP picture')

    const truncated = (await picture('jpeg', 256)).subarray(0, 300)
    const broken = await upload(server.url, truncated, 'image/jpeg')
    expect(broken.status).toBe(415)

    expect((await upload(server.url, new Uint8Array(0))).body.error.message).toBe('the upload is empty: choose a PNG, JPEG, GIF or WebP picture')
  })

  it('a PNG with a script appended (a polyglot) keeps its pixels and loses the script', async () => {
    const polyglot = Buffer.concat([await picture('png'), Buffer.from('<script>alert(1)</script>')])
    const res = await upload(server.url, polyglot)
    expect(res.status).toBe(201)
    const bytes = Buffer.from(await (await fetch(server.url + res.body.url)).arrayBuffer())
    expect(bytes.includes('<script>')).toBe(false)
  })

  it('an unknown or malformed name is 404', async () => {
    expect((await fetch(`${server.url}/api/images/${'0'.repeat(64)}`)).status).toBe(404)
    expect((await fetch(`${server.url}/api/images/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404)
  })
})

describe('pictures in quizzes and games', () => {
  it('a quiz may name only stored pictures', async () => {
    const missing = await api(server.url, '/api/quizzes', {
      json: { title: 'Maps', questions: [{ id: 'q', type: 'single', prompt: 'Which?', image: { id: 'f'.repeat(64), alt: 'A map' }, options: [{ text: 'A', correct: true }, { text: 'B', correct: false }] }] },
    })
    expect(missing.status).toBe(400)
    expect(missing.body.error.problems).toEqual([{ path: ['questions', 0, 'image'], message: 'this picture is not on the server: upload it again' }])
    const noAlt = await api(server.url, '/api/quizzes', {
      json: { title: 'Maps', questions: [{ id: 'q', type: 'single', prompt: 'Which?', image: { id: 'f'.repeat(64), alt: ' ' }, options: [{ text: 'A', correct: true }, { text: 'B', correct: false }] }] },
    })
    expect(noAlt.body.error.problems[0].message).toBe('an image needs alt text: say in a few words what it shows')
  })

  it("a question's clock starts once every phone has its pictures", async () => {
    const map = (await upload(server.url, await picture('png'))).body
    const flag = (await upload(server.url, await picture('webp'))).body
    const quiz = await api(server.url, '/api/quizzes', {
      json: {
        title: 'Maps',
        questions: [
          {
            id: 'q',
            type: 'single',
            prompt: 'Which flag is drawn?',
            image: { id: map.id, alt: 'A red square on blue' },
            options: [
              { text: 'This one', correct: true, image: { id: flag.id, alt: 'A flag' } },
              { text: 'Another', correct: false },
            ],
          },
        ],
      },
    })
    expect(quiz.status, JSON.stringify(quiz.body)).toBe(201)
    const game = await hostGame(server.url, quiz.body.id)
    const ada = await joinGame(server.url, game.pin, 'Ada')
    const bob = await joinGame(server.url, game.pin, 'Bob')
    const first = nextPhase(ada.socket, 'question')
    await move(game.host, 'host:start')
    const waiting = await first
    expect(waiting.startsBy).toBeGreaterThan(waiting.serverNow)
    expect(waiting.question.image).toEqual({ url: map.url, alt: 'A red square on blue' })
    expect(waiting.question.optionImages).toEqual([{ url: flag.url, alt: 'A flag' }, null])
    const early = await send(ada.socket, 'player:answer', { questionIndex: 0, choice: { options: [0] } })
    expect(early.ok === false && early.error.code).toBe('wrong_phase')

    // Each phone fetches the pictures, then says so; the clock starts with the last one.
    for (const url of [map.url, flag.url]) expect((await fetch(server.url + url)).status).toBe(200)
    await call(ada.socket, 'player:ready', { questionIndex: 0 })
    const started = next(bob.socket)
    const readyAt = Date.now()
    await call(bob.socket, 'player:ready', { questionIndex: 0 })
    const running = await started
    expect(running.startsBy).toBeUndefined()
    expect(running.deadline - running.serverNow).toBeGreaterThan(19_000)
    expect(running.serverNow - readyAt).toBeLessThan(1000)
    expect(await call(ada.socket, 'player:answer', { questionIndex: 0, choice: { options: [0] } })).toEqual({ questionIndex: 0 })
    for (const s of [ada.socket, bob.socket, game.host]) s.disconnect()
  })
})

describe('pictures carried by imported files', () => {
  it('a Moodle XML file with pictures is saved with them, re-encoded and served; the preview names them without their bytes', async () => {
    const file = readFileSync(new URL('../../packages/formats/fixtures/moodle-real.xml', import.meta.url))
    const preview = await api(server.url, '/api/quizzes/import/preview?format=moodle-xml', { file })
    expect(preview.status).toBe(200)
    const map = preview.body.questions[2]
    expect(map.pictures.map((p: { name: string; base64: string }) => [p.name, p.base64])).toEqual([
      ['black sea.png', ''],
      ['flag.jpg', ''],
    ])
    const saved = await api(server.url, '/api/quizzes/import?format=moodle-xml&title=Seas', { file })
    expect(saved.status, JSON.stringify(saved.body)).toBe(201)
    const quiz = (await api(server.url, `/api/quizzes/${saved.body.quiz.id}`)).body
    const question = quiz.questions[2]
    expect(question.image).toMatchObject({ alt: 'A map with one sea in blue' })
    expect(question.options[0].image).toMatchObject({ alt: 'A red flag' })
    expect(quiz.questions[3].image).toMatchObject({ alt: 'red' })
    for (const id of [question.image.id, question.options[0].image.id]) {
      const served = await fetch(`${server.url}/api/images/${id}`)
      expect(served.status).toBe(200)
      expect((await sharp(Buffer.from(await served.arrayBuffer())).metadata()).width).toBeGreaterThan(0)
    }
  })
})

describe('pictures across servers', () => {
  it('a quiz exported as Cirrus JSON or Moodle XML carries its pictures to another server; CSV says it leaves them out', async () => {
    const map = (await upload(server.url, await picture('png', 32))).body
    const created = await api(server.url, '/api/quizzes', {
      json: { title: 'Carried', questions: [{ id: 'q', type: 'single', prompt: 'Which map?', image: { id: map.id, alt: 'A blue map' }, options: [{ text: 'This', correct: true, image: { id: map.id, alt: 'The same map' } }, { text: 'That', correct: false }] }] },
    })
    const other = await startServer()
    try {
      for (const format of ['json', 'moodle-xml'] as const) {
        const file = await fetch(`${server.url}/api/quizzes/${created.body.id}/export/${format}`)
        expect(JSON.parse(decodeURIComponent(file.headers.get('x-cirrus-export-warnings')!))).toEqual([])
        const imported = await api(other.url, `/api/quizzes/import?format=${format}`, { file: new Uint8Array(await file.arrayBuffer()) })
        expect(imported.status, JSON.stringify(imported.body)).toBe(201)
        const [q] = (await api(other.url, `/api/quizzes/${imported.body.quiz.id}`)).body.questions
        expect([q.image.alt, q.options[0].image.alt]).toEqual(['A blue map', 'The same map'])
        expect((await fetch(`${other.url}/api/images/${q.image.id}`)).status).toBe(200)
      }
      // A JSON file that only names a picture this server lacks: the quiz comes without it, and the reply says so.
      const named = await api(other.url, '/api/quizzes/import?format=json', {
        file: JSON.stringify({ title: 'Named', questions: [{ id: 'q', type: 'single', prompt: 'Which map?', image: { id: 'c'.repeat(64), alt: 'A lost map' }, options: [{ text: 'A', correct: true }, { text: 'B', correct: false }] }] }),
      })
      expect(named.status).toBe(201)
      expect(named.body.notes.map((n: { message: string }) => n.message)).toEqual(['question 1: the picture "A lost map" was named but not carried by the file, so it is left out: add it in the editor'])
      expect(named.body.notes[0]).toMatchObject({ code: 'saved_picture_not_carried', values: { question: 1, of: 'question', alt: 'A lost map' } })
      const csv = await fetch(`${server.url}/api/quizzes/${created.body.id}/export/csv`)
      expect(JSON.parse(decodeURIComponent(csv.headers.get('x-cirrus-export-warnings')!))).toEqual([
        'question 1 ("Which map?"): its pictures are left out; CSV spreadsheet cannot carry pictures (Cirrus JSON and Moodle XML can)',
      ])
    } finally {
      await other.close()
    }
  })
})

function next(socket: Parameters<typeof nextPhase>[0]): Promise<Extract<PhaseView, { phase: 'question' }>> {
  return nextPhase(socket, 'question')
}

describe('built-in pictures', () => {
  it('ship in packages/questions/images, are named by their bytes, served from a fresh server and used by a built-in quiz', async () => {
    const dir = new URL('../../packages/questions/images/', import.meta.url)
    for (const [file, id] of Object.entries(BUILTIN_PICTURES)) {
      const bytes = readFileSync(new URL(file, dir))
      expect(createHash('sha256').update(bytes).digest('hex'), file).toBe(id)
      const served = await fetch(`${server.url}/api/images/${id}`)
      expect(served.status).toBe(200)
      expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true)
    }
    const quiz = (await api(server.url, `/api/quizzes/${moreWaysQuiz.id}`)).body
    expect(quiz.questions.map((q: { type: string }) => q.type)).toEqual(['single', 'ordering', 'number', 'poll'])
    expect(quiz.questions[0].image.id).toBe(BUILTIN_PICTURES['region-zones.png'])
    // Hosted like any built-in quiz: its first question waits for the phones to have the picture.
    const game = await hostGame(server.url, moreWaysQuiz.id)
    const ada = await joinGame(server.url, game.pin, 'Ada')
    const first = nextPhase(ada.socket, 'question')
    await move(game.host, 'host:start')
    const view = await first
    expect(view.question.image).toEqual({ url: `/api/images/${BUILTIN_PICTURES['region-zones.png']}`, alt: moreWaysQuiz.questions[0]!.image!.alt })
    expect(view.startsBy).toBeDefined()
    for (const s of [ada.socket, game.host]) s.disconnect()
  })
})
