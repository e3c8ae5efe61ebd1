import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { starterQuiz } from '@cirrus/questions'
import { rightChoice } from '../support/answers.ts'
import { PHONE, PROJECTOR, screenshot } from '../support/browser.ts'
import { call, move } from '../support/client.ts'
import { hostGame, joinGame, nextPhase } from '../support/game.ts'
import { expectAccessible, useServerAndBrowser, waitForPhase } from './helpers.ts'

/** The app in each player's language: chosen from the browser, switchable, remembered; Arabic right to left. */

const env = useServerAndBrowser()
const phone = async (locale: string) => (await env.browser.context({ viewport: PHONE, isMobile: true, hasTouch: true, locale })).newPage()

const HOME_TITLE: Record<string, string> = { en: 'Join a game', es: 'Unirse a una partida', fr: 'Rejoindre une partie', de: 'Einem Spiel beitreten', 'pt-BR': 'Entrar em um jogo', ar: 'انضم إلى لعبة' }
const LOCALE: Record<string, string> = { en: 'en-GB', es: 'es-ES', fr: 'fr-FR', de: 'de-DE', 'pt-BR': 'pt-BR', ar: 'ar-EG' }

const langOf = (page: Page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }))

/** Joins from the QR code's link whatever the language: the nickname box and the form's button, by their place. */
async function joinIn(page: Page, pin: string, nickname: string, welcome: string) {
  await page.goto(`${env.server.url}/join/${pin}`)
  await page.locator('#nickname').fill(nickname)
  await page.locator('.join-form button[type=submit]').click()
  await page.waitForURL(`**/play/${pin}`)
  await page.getByRole('heading', { name: welcome }).waitFor()
}

describe('languages', () => {
  it("opens in the browser's language, on a phone and a projector", { timeout: 90_000 }, async () => {
    for (const [code, title] of Object.entries(HOME_TITLE)) {
      const page = await phone(LOCALE[code]!)
      await page.goto(env.server.url)
      await page.getByText(title, { exact: true }).waitFor()
      expect(await langOf(page)).toEqual({ lang: code, dir: code === 'ar' ? 'rtl' : 'ltr' })
      await screenshot(page, `lang-home-phone-${code}`)
      await page.context().close()
    }
    const projector = await (await env.browser.context({ viewport: PROJECTOR, locale: 'es-ES' })).newPage()
    await projector.goto(env.server.url)
    await projector.getByText(HOME_TITLE.es!, { exact: true }).waitFor()
    await screenshot(projector, 'lang-home-projector-es')
  })

  it('switches, remembers the choice, lays Arabic out right to left, and says server refusals in the chosen language', { timeout: 60_000 }, async () => {
    const page = await phone('en-US')
    await page.goto(`${env.server.url}/join`)
    await page.getByLabel('Language').selectOption('es')
    await page.getByLabel('PIN de la partida').waitFor()
    await page.reload()
    await page.getByLabel('PIN de la partida').waitFor() // remembered
    // The server's refusal comes as a code; the phone says it in Spanish.
    await page.getByLabel('PIN de la partida').fill('000000')
    await page.getByRole('button', { name: 'Entrar' }).click()
    await page.getByText('No hay ninguna partida con el PIN 000000').waitFor()
    await screenshot(page, 'lang-join-wrong-pin-es')
    await page.getByLabel('Idioma').selectOption('ar')
    await page.getByLabel('رمز اللعبة').waitFor()
    expect(await langOf(page)).toEqual({ lang: 'ar', dir: 'rtl' })
    // Right to left: the PIN box's label sits at the right edge.
    const label = await page.getByText('رمز اللعبة', { exact: true }).boundingBox()
    expect(label!.x + label!.width).toBeGreaterThan(PHONE.width / 2)
    await screenshot(page, 'lang-join-ar')
    await expectAccessible(page, 'the join page in Arabic')
  })

  it('says why a nickname cannot be used in the phone’s language: the rule it breaks, and the server’s refusal', { timeout: 60_000 }, async () => {
    const game = await hostGame(env.server.url, starterQuiz.id)
    const alert = (page: Page) => page.getByRole('alert').filter({ hasText: /\S/ }).first()
    const tryName = async (page: Page, nickname: string) => {
      await page.locator('#nickname').fill(nickname)
      await page.locator('.join-form button[type=submit]').click()
    }
    const es = await phone('es-ES')
    await es.goto(`${env.server.url}/join/${game.pin}`)
    // Checked on the phone before it asks the server: the rule, in Spanish, with the language's numbers.
    await tryName(es, '<b>Ana</b>')
    await alert(es).getByText("Ese apodo no se puede usar: un apodo solo puede tener letras, números, espacios y . _ ' ! ? -.").waitFor()
    await tryName(es, 'Za\u0300\u0301\u0302\u0303\u0304')
    await alert(es).getByText('Ese apodo no se puede usar: un apodo no puede acumular más de 4 acentos en una letra.').waitFor()
    await screenshot(es, 'lang-join-nickname-rule-es')
    // Refused by the server (the profanity filter): its English message never shows.
    const ar = await phone('ar-EG')
    await ar.goto(`${env.server.url}/join/${game.pin}`)
    await tryName(ar, 'f.u.c.k')
    await alert(ar).getByText('لا يمكن استخدام هذا الاسم في هذه اللعبة. اختر اسمًا آخر.').waitFor()
    expect(await alert(ar).textContent()).not.toMatch(/[a-z]{4}/)
    await screenshot(ar, 'lang-join-nickname-refused-ar')
    await expectAccessible(ar, 'a refused nickname in Arabic')
    game.host.close()
  })

  it('plays a game on phones in Spanish and Arabic', { timeout: 90_000 }, async () => {
    const game = await hostGame(env.server.url, 'starter-cloud-basics', { questionCount: 2, showQuestionOnPlayers: true })
    const es = await phone('es-ES')
    const ar = await phone('ar-EG')
    await joinIn(es, game.pin, 'Ana', '¡Estás dentro!')
    await joinIn(ar, game.pin, 'Omar', 'أنت في اللعبة!')
    await screenshot(es, 'lang-game-es-01-lobby')
    await screenshot(ar, 'lang-game-ar-01-lobby')
    const bot = await joinGame(env.server.url, game.pin, 'Bea')
    const opened = nextPhase(game.host, 'question')
    await move(game.host, 'host:start')
    const view = await opened
    await waitForPhase(es, 'question')
    await waitForPhase(ar, 'question')
    await screenshot(es, 'lang-game-es-02-question')
    await screenshot(ar, 'lang-game-ar-02-question')
    await expectAccessible(ar, 'a question in Arabic')
    const q = starterQuiz.questions.find((x) => x.prompt === view.question.prompt)!
    const revealed = nextPhase(game.host, 'reveal')
    await call(bot.socket, 'player:answer', { questionIndex: view.index, choice: rightChoice(q, view.question.options) })
    await move(game.host, 'host:endAnswering')
    await revealed
    await es.locator('.chase').waitFor()
    expect(await es.locator('.chase').textContent()).toMatch(/^Estás a [\d.]+ puntos de Bea$/)
    expect(await ar.locator('.chase').textContent()).toContain('Bea')
    await screenshot(es, 'lang-game-es-03-reveal')
    await screenshot(ar, 'lang-game-ar-03-reveal')
    await call(game.host, 'host:end', {})
    await waitForPhase(es, 'podium')
    await waitForPhase(ar, 'podium')
    await es.getByRole('heading', { name: 'Resultados finales' }).waitFor()
    await ar.getByRole('heading', { name: 'النتائج النهائية' }).waitFor()
    await es.locator('.podium-step.first.shown').waitFor()
    await ar.locator('.podium-step.first.shown').waitFor()
    await screenshot(es, 'lang-game-es-04-podium')
    await screenshot(ar, 'lang-game-ar-04-podium')
  })

  it('plays a game on phones in French, German and Portuguese', { timeout: 90_000 }, async () => {
    const words = [
      { code: 'fr', nickname: 'Chloé', youreIn: 'Vous y êtes !', lockedIn: 'Réponse enregistrée', final: 'Résultats finaux', tally: 'bonnes réponses : 1 sur 1' },
      { code: 'de', nickname: 'Jonas', youreIn: 'Du bist dabei!', lockedIn: 'Antwort abgegeben', final: 'Endergebnis', tally: '1 von 1 richtig' },
      { code: 'pt-BR', nickname: 'Bruna', youreIn: 'Você entrou!', lockedIn: 'Resposta enviada', final: 'Resultado final', tally: 'acertos: 1 de 1' },
    ]
    const game = await hostGame(env.server.url, 'starter-cloud-basics', { questionCount: 1 })
    const phones = await Promise.all(words.map((w) => phone(LOCALE[w.code]!)))
    for (const [i, w] of words.entries()) {
      await joinIn(phones[i]!, game.pin, w.nickname, w.youreIn)
      expect(await langOf(phones[i]!)).toEqual({ lang: w.code, dir: 'ltr' })
      await screenshot(phones[i]!, `lang-game-${w.code}-01-lobby`)
    }
    await joinGame(env.server.url, game.pin, 'Bea') // does not answer: the question stays open after the phones'
    const opened = nextPhase(game.host, 'question')
    await move(game.host, 'host:start')
    const view = await opened
    const q = starterQuiz.questions.find((x) => x.prompt === view.question.prompt)!
    const right = rightChoice(q, view.question.options)
    for (const [i, w] of words.entries()) {
      const page = phones[i]!
      await waitForPhase(page, 'question')
      await screenshot(page, `lang-game-${w.code}-02-question`)
      await expectAccessible(page, `a question in ${w.code}`)
      // The buttons are in the order of the options: tap the right ones (and send, for multiple response).
      if (!('options' in right)) throw new Error(`the first question is a ${q.type} question: this test taps options`)
      for (const i of right.options) await page.locator('.answer-grid .answer').nth(i).click()
      if (q.type === 'multiple') await page.locator('.multiple .submit').click()
      await page.getByText(w.lockedIn).first().waitFor()
    }
    await call(game.host, 'host:end', {})
    for (const [i, w] of words.entries()) {
      await waitForPhase(phones[i]!, 'podium')
      await phones[i]!.getByRole('heading', { name: w.final }).waitFor()
      await phones[i]!.locator('.podium-step.first.shown').waitFor()
      await phones[i]!.getByText(w.tally).waitFor()
      await screenshot(phones[i]!, `lang-game-${w.code}-03-podium`)
    }
  })

  /** The host setup page in the host's language: its labels and button in that language's words. */
  const SETUP = {
    es: { getReady: 'Prepárate (primero la pregunta sola)', count: 'Número de preguntas', teams: 'Equipos', create: 'Crear partida' },
    ar: { getReady: 'استعد (السؤال وحده أولًا)', count: 'عدد الأسئلة', teams: 'الفرق', create: 'إنشاء اللعبة' },
  }
  async function createGameIn(host: Page, code: keyof typeof SETUP, questions = 2, teams = 0): Promise<string> {
    await host.goto(`${env.server.url}/host`)
    await host.getByRole('radio', { name: /Cloud basics/ }).check()
    await host.getByLabel(SETUP[code].getReady).selectOption('2')
    await host.getByLabel(SETUP[code].count).fill(String(questions))
    // A select's name ends with its chosen option: the label is where the name starts.
    if (teams) await host.getByLabel(new RegExp(`^${SETUP[code].teams}`)).selectOption(String(teams))
    await screenshot(host, `lang-host-setup-${code}`)
    await host.getByRole('button', { name: SETUP[code].create }).click()
    await host.waitForURL(/\/host\/\d{6}$/)
    await host.locator('.lobby-pin').waitFor()
    return new URL(host.url()).pathname.split('/').pop()!
  }

  it('sets up a game in Spanish and Arabic on a phone, plurals and numbers in the language', { timeout: 60_000 }, async () => {
    // Numbers in the digits this browser's Intl gives the language (Arabic's may be ١٬٠٠٠ or 1,000 by ICU version).
    type Digits = (n: number) => string
    for (const [code, title, options] of [
      ['es', 'Organizar una partida', (d: Digits) => [`Normal (hasta ${d(1000)})`, '5 segundos', '2 equipos', 'Cuestan 100 puntos']],
      ['ar', 'استضافة لعبة', (d: Digits) => [`عادي (حتى ${d(1000)})`, `${d(5)} ثوانٍ`, 'فريقان', `تكلّف ${d(100)} نقطة`]],
    ] as const) {
      const page = await phone(LOCALE[code]!)
      await page.goto(`${env.server.url}/host`)
      await page.getByRole('heading', { name: title }).waitFor()
      expect(await langOf(page)).toEqual({ lang: code, dir: code === 'ar' ? 'rtl' : 'ltr' })
      const digits = await page.evaluate((lang) => [1000, 5, 100].map((n) => new Intl.NumberFormat(lang).format(n)), code)
      const d: Digits = (n) => digits[[1000, 5, 100].indexOf(n)]!
      for (const option of options(d)) expect(await page.locator('option').filter({ hasText: option }).count(), option).toBeGreaterThan(0)
      await screenshot(page, `lang-host-setup-phone-${code}`)
      await page.context().close()
    }
  })

  it('shows the practice home, a timed question card and a refusal in Spanish and Arabic on a phone', { timeout: 60_000 }, async () => {
    for (const [code, title, start, timer, check, gone] of [
      ['es', 'Practicar a solas', 'Empezar a practicar', '30 segundos por pregunta', 'Comprobar', 'Esta sesión de práctica ya no existe. Empieza una nueva.'],
      ['ar', 'تدرّب وحدك', 'ابدأ التدريب', 'ثانية للسؤال', 'تحقّق', 'جلسة التدريب هذه لم تعد موجودة. ابدأ جلسة جديدة.'],
    ] as const) {
      const page = await phone(LOCALE[code]!)
      await page.goto(`${env.server.url}/practice`)
      await page.getByRole('heading', { name: title }).waitFor()
      await page.getByRole('button', { name: start }).waitFor()
      expect(await page.locator('option').filter({ hasText: timer }).count(), timer).toBeGreaterThan(0)
      await screenshot(page, `lang-practice-home-phone-${code}`)
      // A session's question card and the session page around it, with the practice timer counting down in the language's digits.
      await page.locator('select[aria-labelledby=timer-label]').selectOption('30')
      await page.getByRole('button', { name: start }).click()
      await page.waitForURL(/\/practice\/session\//)
      await page.locator('.pq-option, .pq-text, .order-list, .number-answer').first().waitFor()
      await page.getByRole('button', { name: check, exact: true }).waitFor()
      const timerSeconds = async () => {
        const text = (await page.getByRole('timer').textContent()) ?? ''
        const n = Number(text.replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d))).replace(/\D/g, ''))
        const digits = await page.evaluate(([lang, n]) => new Intl.NumberFormat(lang).format(n), [code, n] as const)
        expect(text).toBe(`${digits} ${code === 'ar' ? 'ث' : 's'}`)
        return n
      }
      const first = await timerSeconds()
      expect(first).toBeGreaterThan(25)
      expect(first).toBeLessThanOrEqual(30)
      await page.waitForFunction((before) => !document.querySelector('[role=timer]')?.textContent?.includes(before), (await page.getByRole('timer').textContent())!)
      expect(await timerSeconds()).toBeLessThan(first)
      await screenshot(page, `lang-practice-question-phone-${code}`)
      // A session that no longer exists: the server's refusal (a code) is said in the language on screen.
      await page.goto(`${env.server.url}/practice/session/no-such-session`)
      await page.getByRole('alert').filter({ hasText: gone }).waitFor()
      await screenshot(page, `lang-practice-session-gone-phone-${code}`)
      await page.context().close()
    }
  })

  it('says a true/false question\'s options in Spanish on the projector and the phone', { timeout: 90_000 }, async () => {
    // The starter's second question is true/false; its options are stored as "True" and "False".
    expect(starterQuiz.questions[1]!.type).toBe('truefalse')
    const host = await (await env.browser.context({ viewport: PROJECTOR, locale: 'es-ES' })).newPage()
    const pin = await createGameIn(host, 'es', 2)
    const player = await phone('es-ES')
    await joinIn(player, pin, 'Zoe', '¡Estás dentro!')
    await host.getByRole('button', { name: 'Empezar', exact: true }).click()
    await player.getByRole('button', { name: 'Triángulo rojo', exact: true }).click()
    await waitForPhase(host, 'reveal')
    await host.locator('.host-controls .button.primary').click()
    await host.getByRole('button', { name: 'Siguiente pregunta' }).click()

    await host.locator('.host-question:not(.getting-ready) .prompt', { hasText: starterQuiz.questions[1]!.prompt }).waitFor()
    expect(await host.locator('.host-question .option-text').allTextContents()).toEqual(['Verdadero', 'Falso'])
    await player.getByRole('button', { name: 'Verdadero', exact: true }).waitFor()
    expect(await player.locator('.answer-text').allTextContents()).toEqual(['Verdadero', 'Falso'])
    await screenshot(host, 'lang-projector-es-truefalse-question')
    await screenshot(player, 'lang-phone-es-truefalse-question')
    await player.getByRole('button', { name: 'Falso', exact: true }).click()

    await waitForPhase(host, 'reveal')
    expect(await host.locator('.option-grid .option-text').allTextContents()).toEqual(['Verdadero', 'Falso'])
    await waitForPhase(player, 'reveal')
    expect((await player.locator('.result-title').textContent())!.trim()).toBe('¡Correcto!')
    await screenshot(host, 'lang-projector-es-truefalse-reveal')
  })

  /** A whole game's words in each language, on the projector and the phone, as a class would read them. */
  const GAME = {
    es: {
      start: 'Empezar', extraTime: 'Tiempo extra', timeFor: 'Tiempo para Zoe', rename: /^Renombrar Cohetes Rojos$/, yourTeam: 'Tu equipo:', extraNote: /^Tienes 2× el tiempo en cada pregunta\.$/,
      firstShape: 'Triángulo rojo', caption: '1 de 1 respondieron', verdicts: ['¡Correcto!', 'Incorrecto'], leaderboard: 'Clasificación', podium: 'Podio', final: 'Resultados finales', points: /^[\d.]+ puntos?$/,
    },
    ar: {
      start: 'ابدأ', extraTime: 'وقت إضافي', timeFor: 'الوقت لـ Zoe', rename: /^إعادة تسمية الصواريخ الحمراء$/, yourTeam: 'فريقك:', extraNote: /^لديك الوقت ×\S+ في كل سؤال\.$/,
      firstShape: 'مثلث أحمر', caption: /من .* أجابوا/, verdicts: ['صحيح!', 'خطأ'], leaderboard: 'لوحة الترتيب', podium: 'منصة التتويج', final: 'النتائج النهائية', points: /نقط|نقاط/,
    },
  } as const
  const dirOf = (page: Page, selector: string) => page.locator(selector).first().getAttribute('dir')
  /** The QR code wholly below the top bar, Start wholly on screen, nothing scrolled: the lobby fits this screen. */
  async function expectLobbyFits(host: Page, size: { width: number; height: number }) {
    await host.setViewportSize(size)
    await host.waitForFunction(() => document.querySelector('.lobby-qr img') !== null)
    const [qr, bar, start] = await Promise.all(['.lobby-qr img', '.host-bar', '.lobby-controls .button.primary'].map((s) => host.locator(s).boundingBox()))
    expect(qr!.y, `the QR code's top edge at ${size.width}x${size.height}`).toBeGreaterThanOrEqual(bar!.y + bar!.height)
    expect(start!.y + start!.height, `Start at ${size.width}x${size.height}`).toBeLessThanOrEqual(size.height)
    expect(await host.locator('.host-main').evaluate((e) => e.scrollTop)).toBe(0)
  }

  for (const code of ['es', 'ar'] as const) {
    const words = GAME[code]
    it(`plays a whole game in ${code} on a 1280x720 projector and a phone: lobby with teams and extra time, get-ready, question, reveal, leaderboard, podium`, { timeout: 120_000 }, async () => {
      const host = await (await env.browser.context({ viewport: { width: 1280, height: 720 }, locale: LOCALE[code] })).newPage()
      const pin = await createGameIn(host, code, 1, 2)
      const player = await phone(LOCALE[code]!)
      await joinIn(player, pin, 'Zoe', code === 'es' ? '¡Estás dentro!' : 'أنت في اللعبة!')
      expect(await langOf(host)).toEqual({ lang: code, dir: code === 'ar' ? 'rtl' : 'ltr' })

      // The lobby: the PIN and the join address read left to right, the quiz's title and names in their own direction.
      await host.locator('.team-column .chip-name', { hasText: 'Zoe' }).waitFor()
      expect(await dirOf(host, '.lobby-pin')).toBe('ltr')
      expect(await dirOf(host, '.lobby-instruction strong')).toBe('ltr')
      expect(await dirOf(host, '.lobby-quiz')).toBe('auto')
      expect(await dirOf(host, '.chip-name')).toBe('auto')
      await host.getByRole('button', { name: words.rename }).waitFor()
      // Arabic mirrors the lobby: the QR code on the left of the PIN, on the right in Spanish.
      const [qr, digits] = await Promise.all([host.locator('.lobby-qr').boundingBox(), host.locator('.lobby-pin').boundingBox()])
      expect(qr!.x < digits!.x).toBe(code === 'ar')
      await expectLobbyFits(host, { width: 1920, height: 1080 })
      await screenshot(host, `lang-projector-${code}-01-lobby-1080p`)
      await expectLobbyFits(host, { width: 1280, height: 720 })
      await screenshot(host, `lang-projector-${code}-01-lobby`)
      await expectAccessible(host, `the projector's lobby in ${code}`)

      // The host gives Zoe double time from the folded panel; her phone says so, in her language.
      await host.getByText(words.extraTime, { exact: true }).click()
      await host.getByLabel(words.timeFor).selectOption('2')
      await player.locator('.extra-time-note').waitFor()
      expect((await player.locator('.extra-time-note').textContent())!.trim()).toMatch(words.extraNote)
      await screenshot(host, `lang-projector-${code}-02-extra-time`)
      await expectAccessible(host, `the extra time panel in ${code}`)
      await host.getByText(words.extraTime, { exact: true }).click()
      expect(await player.locator('.play-team').textContent()).toContain(words.yourTeam)
      expect(await dirOf(player, '.lobby-nickname')).toBe('auto')
      expect(await dirOf(player, '.play-name')).toBe('auto')
      await screenshot(player, `lang-phone-${code}-01-lobby`)
      await expectAccessible(player, `the phone's lobby in ${code}`)

      await host.getByRole('button', { name: words.start, exact: true }).click()
      await host.locator('.host-question.getting-ready').waitFor()
      await screenshot(host, `lang-projector-${code}-03-get-ready`)
      await host.locator('.host-question:not(.getting-ready)').waitFor()
      expect(await dirOf(host, '.prompt')).toBe('auto')
      expect(await dirOf(host, '.option-text')).toBe('auto')
      await screenshot(host, `lang-projector-${code}-04-question`)
      await expectAccessible(host, `the projector's question in ${code}`)
      // The phone names the shapes in its language.
      const shape = player.getByRole('button', { name: words.firstShape, exact: true })
      await shape.waitFor()
      expect(await dirOf(player, '.answer-text')).toBe('auto')
      await screenshot(player, `lang-phone-${code}-02-question`)
      await expectAccessible(player, `the phone's question in ${code}`)
      await shape.click()

      await waitForPhase(host, 'reveal')
      await host.locator('.chart-caption', { hasText: words.caption }).waitFor()
      await screenshot(host, `lang-projector-${code}-05-reveal`)
      await expectAccessible(host, `the projector's reveal in ${code}`)
      await waitForPhase(player, 'reveal')
      expect(words.verdicts).toContain((await player.locator('.result-title').textContent())!.trim())
      await screenshot(player, `lang-phone-${code}-03-reveal`)
      await expectAccessible(player, `the phone's reveal in ${code}`)

      await host.locator('.host-controls .button.primary').click()
      await host.getByRole('heading', { name: words.leaderboard }).waitFor()
      await screenshot(host, `lang-projector-${code}-06-leaderboard`)
      await expectAccessible(host, `the projector's leaderboard in ${code}`)
      await host.getByRole('button', { name: words.podium, exact: true }).click()
      await host.getByRole('heading', { name: words.podium }).waitFor()
      await host.getByRole('heading', { name: words.final }).waitFor()
      await host.locator('.podium-step.first.shown').waitFor()
      expect(await dirOf(host, '.podium-name')).toBe('auto')
      expect((await host.locator('.podium-step.first .podium-score').textContent())!.trim()).toMatch(words.points)
      await screenshot(host, `lang-projector-${code}-07-podium`)
      await expectAccessible(host, `the projector's podium in ${code}`)
      await player.getByRole('heading', { name: words.final }).waitFor()
      await player.locator('.podium-step.first.shown').waitFor()
      await screenshot(player, `lang-phone-${code}-04-podium`)
      await expectAccessible(player, `the phone's podium in ${code}`)
    })
  }
})
