import { useSignal } from '@preact/signals'
import { useEffect } from 'preact/hooks'
import type { ReportSummary } from '@cirrus/protocol'
import { api } from '../api.ts'
import { AdminGate } from '../components/AdminUnlock.tsx'
import { Link } from '../router.tsx'
import { ENDING_TEXT, when } from './format.ts'
import './reports.css'

/** /reports: every past game, newest first, for the teacher. */
export function ReportsPage() {
  return (
    <main class="page reports">
      <p class="crumbs">
        <Link href="/">Cirrus</Link> › <Link href="/library">Quiz library</Link>
      </p>
      <h1>Reports</h1>
      <p class="muted">Every game played on this server, newest first: who took part, how each question went and who needs help.</p>
      <AdminGate>
        <GameList />
      </AdminGate>
    </main>
  )
}

function GameList() {
  const games = useSignal<ReportSummary[] | null>(null)
  const error = useSignal<string | null>(null)
  useEffect(() => {
    void api<ReportSummary[]>('/api/reports').then((result) => {
      if (result.ok) games.value = result.data
      else error.value = result.error.message
    })
  }, [])

  if (error.value) {
    return (
      <p class="error" role="alert">
        {error.value}
      </p>
    )
  }
  if (!games.value) return <p class="muted">Loading games…</p>
  if (games.value.length === 0) {
    return (
      <p class="notice">
        No games yet. <Link href="/host">Host a game</Link>: its report appears here once it starts.
      </p>
    )
  }
  return (
    <table class="report-table games-table">
      <thead>
        <tr>
          <th scope="col">Played</th>
          <th scope="col">Quiz</th>
          <th scope="col" class="num">
            Players
          </th>
          <th scope="col" class="num">
            Questions
          </th>
          <th scope="col">How it ended</th>
        </tr>
      </thead>
      <tbody>
        {games.value.map((g) => (
          <tr key={g.gameId}>
            <td>{when(g.startedAt ?? g.createdAt)}</td>
            <td>
              <Link href={`/reports/${g.gameId}`} class="game-link">
                {g.quizTitle}
              </Link>
            </td>
            <td class="num">{g.playerCount}</td>
            <td class="num">
              {g.questionsPlayed} of {g.questionCount}
            </td>
            <td>
              <span class={`ending ending-${g.ending}`}>{ENDING_TEXT[g.ending]}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
