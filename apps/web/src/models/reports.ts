import { computed, signal } from '@preact/signals'
import type { GameReport, PlayerReview, ReportSummary, SessionView } from '@cirrus/protocol'
import { api, download, type ApiResult } from '../api.ts'
import { practiceApi, PracticeError } from '../practice/learner.ts'
import { reviewSeat } from '../storage.ts'

/**
 * The classroom record's pages' state: what the server sent and what it refused. A refusal is kept as its code and
 * HTTP status, not as words, so the page says it in the language on screen (reports/refusals.ts), even after a switch.
 */

/** A refusal as the server gave it; `status` 0 when the server was not reached. */
export interface Refusal {
  code: string
  status: number
}

const refusalOf = (result: Extract<ApiResult<unknown>, { ok: false }>): Refusal => ({ code: result.error.code, status: result.status })

/** /reports: the past games. */
export function createReportListModel() {
  const games = signal<ReportSummary[] | null>(null)
  const refusal = signal<Refusal | null>(null)
  async function load() {
    const result = await api<ReportSummary[]>('/api/reports')
    if (result.ok) games.value = result.data
    else refusal.value = refusalOf(result)
  }
  return { games, refusal, load }
}

/** /reports/:gameId: one game's report, its downloads and its deletion. */
export function createGameReportModel(gameId: string) {
  const path = `/api/reports/${encodeURIComponent(gameId)}`
  const report = signal<GameReport | null>(null)
  /** Why the report did not load, or why the last download or delete was refused. */
  const refusal = signal<Refusal | null>(null)
  /** The name of the file last downloaded. */
  const downloaded = signal<string | null>(null)
  const hardestFirst = signal(true)
  /** Scored questions before polls, the least often right first; else as played. */
  const questions = computed(() => {
    const all = report.value?.questions ?? []
    return hardestFirst.value ? [...all].sort((a, b) => Number(b.scored) - Number(a.scored) || a.rightShare - b.rightShare || a.index - b.index) : all
  })

  async function load() {
    const result = await api<GameReport>(path)
    if (result.ok) report.value = result.data
    else refusal.value = refusalOf(result)
  }

  /** The sheets' words in `lang` (the language on screen), their dates in this browser's time zone. */
  async function save(ext: 'xlsx' | 'csv', lang: string) {
    const query = new URLSearchParams({ lang, tz: Intl.DateTimeFormat().resolvedOptions().timeZone })
    const result = await download(`${path}.${ext}?${query}`)
    if (result.ok) {
      downloaded.value = result.data.fileName
      refusal.value = null
    } else refusal.value = refusalOf(result)
  }

  /** True once the report is gone. */
  async function remove(): Promise<boolean> {
    const result = await api(path, { method: 'DELETE' })
    if (!result.ok) refusal.value = refusalOf(result)
    return result.ok
  }

  return { report, refusal, downloaded, hardestFirst, questions, load, save, remove }
}

/** /review/:playerId: a player's own review, opened with the seat's token this browser kept. */
export function createReviewModel(playerId: string) {
  const review = signal<PlayerReview | null>(null)
  const refusal = signal<Refusal | null>(null)
  const startingPractice = signal(false)
  const practiceRefusal = signal<Refusal | null>(null)

  async function load() {
    const playerToken = reviewSeat.get(playerId)
    if (!playerToken) {
      refusal.value = { code: 'no_seat', status: 0 }
      return
    }
    const result = await api<PlayerReview>('/api/review', { json: { playerId, playerToken } })
    if (result.ok) review.value = result.data
    else refusal.value = refusalOf(result)
  }

  /** A practice session of what is due (the misses first); its id, or null when it could not start. */
  async function practiseMisses(missed: number): Promise<string | null> {
    startingPractice.value = true
    practiceRefusal.value = null
    try {
      const session = await practiceApi<SessionView>('/sessions', { json: { mode: 'due', limit: Math.min(200, Math.max(missed, 5)) } })
      return session.id
    } catch (e) {
      practiceRefusal.value = e instanceof PracticeError ? { code: e.body.code, status: e.status } : { code: 'internal', status: 0 }
      startingPractice.value = false
      return null
    }
  }

  return { review, refusal, startingPractice, practiceRefusal, load, practiseMisses }
}
