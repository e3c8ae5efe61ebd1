import readXlsxFile from 'read-excel-file/universal'
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { starterQuiz } from '@cirrus/questions'
import { PHONE, SCREENSHOT_DIR, screenshot } from '../support/browser.ts'
import { rightChoice } from '../support/answers.ts'
import { call, move } from '../support/client.ts'
import { hostGame, joinGame, nextPhase } from '../support/game.ts'
import { answerOnPhone, joinFromLink, useServerAndBrowser, waitForPhase } from './helpers.ts'

/**
 * The classroom record in a real browser: two players on 360 px phones in a game without a projector (questions on
 * their screens) see the explanation at each reveal and open their own review at the end; a teacher on a laptop
 * finds the game from the home page, reads its report and downloads it.
 */

const env = useServerAndBrowser()
const LAPTOP = { width: 1366, height: 900 } as const
const phone = () => env.browser.context({ viewport: PHONE, isMobile: true, hasTouch: true })

describe('reports and reviews in the browser', () => {
  it('a phone shows the explanation at the reveal and its own review at the end; the teacher reads and downloads the report', async () => {
    const quiz = starterQuiz
    const game = await hostGame(env.server.url, quiz.id, { questionCount: 3, showQuestionOnPlayers: true })
    const ada = await (await phone()).newPage()
    const bruno = await (await phone()).newPage()
    await joinFromLink(ada, env.server.url, game.pin, 'Ada')
    await joinFromLink(bruno, env.server.url, game.pin, 'Bruno')

    // Ada is always right; Bruno misses the first question. Linus joins (from a script) after the first.
    let linus: Awaited<ReturnType<typeof joinGame>> | null = null
    for (let i = 0; i < 3; i++) {
      const question = quiz.questions[i]!
      const opened = nextPhase(game.host, 'question')
      await move(game.host, i === 0 ? 'host:start' : 'host:next')
      await opened
      const shown = question.options.map((o) => o.text)
      const revealed = nextPhase(game.host, 'reveal')
      if (linus) await call(linus.socket, 'player:answer', { questionIndex: i, choice: rightChoice(question) })
      await answerOnPhone(ada, question, shown, true, true)
      await answerOnPhone(bruno, question, shown, i !== 0, true)
      await revealed
      await waitForPhase(bruno, 'reveal')
      // No projector: the phone itself says why the answer is right.
      await bruno.getByText(question.explanation).waitFor()
      if (i === 0) await screenshot(bruno, 'review-00-phone-reveal-explanation')
      const board = nextPhase(game.host, 'leaderboard')
      await move(game.host, 'host:next')
      await board
      if (i === 0) linus = await joinGame(env.server.url, game.pin, 'Linus')
    }
    const podium = nextPhase(game.host, 'podium')
    await move(game.host, 'host:next')
    await podium

    // Bruno's phone: right answers out of the questions played, then his own review.
    await waitForPhase(bruno, 'podium')
    await bruno.getByText(/2 of 3 right/).waitFor()
    await screenshot(bruno, 'review-01-phone-podium')
    await bruno.getByRole('link', { name: 'Review my answers' }).click()
    await bruno.waitForURL(/\/review\//)
    await bruno.getByRole('heading', { name: 'Your game, Bruno' }).waitFor()
    const cards = bruno.locator('.review-card')
    await expect.poll(() => cards.count()).toBe(3)
    const missed = cards.nth(0)
    expect(await missed.locator('.review-card-verdict').textContent()).toContain('Wrong')
    expect(await missed.locator('.review-right').textContent()).toBe(quiz.questions[0]!.options.filter((o) => o.correct).map((o) => o.text).join(', '))
    await missed.getByText(quiz.questions[0]!.explanation).waitFor()
    await screenshot(bruno, 'review-02-phone-review')
    await bruno.screenshot({ path: `${SCREENSHOT_DIR}/review-03-phone-review-full.png`, fullPage: true })

    // The review still opens after a reload (it is kept by player id, not by the game's live seat).
    await bruno.reload()
    await bruno.getByRole('heading', { name: 'Your game, Bruno' }).waitFor()

    // "Practise my misses": the browser joined with its practice profile, so the miss is due there now.
    await bruno.getByText(/The question you got wrong is in your practice queue/).waitFor()
    await bruno.getByRole('button', { name: 'Practise my misses' }).click()
    await bruno.waitForURL(/\/practice\/session\//)
    await bruno.getByText(quiz.questions[0]!.prompt).waitFor()

    // The teacher, on a laptop: home page, reports, the game.
    const teacher = await (await env.browser.context({ viewport: LAPTOP, acceptDownloads: true })).newPage()
    await teacher.goto(env.server.url)
    await teacher.getByRole('link', { name: 'Reports of past games' }).click()
    await teacher.getByRole('heading', { name: 'Reports' }).waitFor()
    const row = teacher.locator('.games-table tbody tr').first()
    await row.getByText('Every question played').waitFor()
    expect(await row.locator('td').nth(2).textContent()).toBe('3')
    await screenshot(teacher, 'report-00-list')
    await row.getByRole('link', { name: quiz.title }).click()
    await teacher.getByRole('heading', { name: quiz.title }).waitFor()
    await teacher.getByRole('heading', { name: 'Who needs help' }).waitFor()
    const players = teacher.locator('.player-row summary')
    await expect.poll(() => players.count()).toBe(3)
    const rows = await players.allTextContents()
    expect(rows.find((r) => r.includes('Ada'))).toContain('3 of 3 right')
    expect(rows.find((r) => r.includes('Bruno'))).toContain('2 of 3 right')
    expect(rows.find((r) => r.includes('Linus'))).toContain('2 of 2 right')
    // The first question, the one Bruno missed, comes first: hardest first.
    await expect.poll(() => teacher.locator('.question-card .question-prompt').first().textContent()).toBe(quiz.questions[0]!.prompt)
    await screenshot(teacher, 'report-01-game')
    await teacher.screenshot({ path: `${SCREENSHOT_DIR}/report-02-game-full.png`, fullPage: true })
    await teacher.locator('.player-row summary', { hasText: 'Linus' }).click()
    await teacher.getByText(/Joined after question 1/).waitFor()
    await teacher.locator('.player-row', { hasText: 'Linus' }).screenshot({ path: `${SCREENSHOT_DIR}/report-03-player-answers.png` })

    const download = teacher.waitForEvent('download')
    await teacher.getByRole('button', { name: 'Download .xlsx' }).click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^cirrus-report-.*\.xlsx$/)
    const bytes = fs.readFileSync((await file.path())!)
    const sheets = await readXlsxFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
    // A row per player, in the order of the page (by rank).
    const onPage = rows.map((r) => ['Ada', 'Bruno', 'Linus'].find((n) => r.includes(n)))
    expect(sheets.find((s) => s.sheet === 'Final scores')!.data.slice(1).map((r) => r[1])).toEqual(onPage)
    await game.host.close()
    linus?.socket.close()
  }, 120_000)
})

