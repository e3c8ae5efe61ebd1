import { useEffect, useMemo } from 'preact/hooks'
import { formatNumber, t } from '../i18n/i18n.ts'
import { linked } from '../i18n/rich.tsx'
import { AdminGate } from '../components/AdminUnlock.tsx'
import { LanguagePicker } from '../i18n/LanguagePicker.tsx'
import { Page } from '../components/Page.tsx'
import { createReportListModel } from '../models/reports.ts'
import { Link } from '../router.tsx'
import { endingText, when } from './format.ts'
import { refusalText } from './refusals.ts'
import { m } from './words.ts'
import './reports.css'

/** /reports: every past game, newest first, for the teacher. */
export function ReportsPage() {
  return (
    <Page class="reports" crumbs={[{ href: '/', label: 'Cirrus' }, { href: '/library', label: t('home.library') }]} language={<LanguagePicker />} title={m('title')}>
      <p class="muted">{m('intro')}</p>
      <AdminGate>
        <GameList />
      </AdminGate>
    </Page>
  )
}

function GameList() {
  const model = useMemo(createReportListModel, [])
  useEffect(() => void model.load(), [model])
  const games = model.games.value

  if (model.refusal.value) {
    return (
      <p class="error" role="alert">
        {refusalText(model.refusal.value)}
      </p>
    )
  }
  if (!games) return <p class="muted">{m('list.loading')}</p>
  if (games.length === 0) return <p class="notice">{linked('reports:list.none', '/host')}</p>
  return (
    <table class="report-table games-table">
      <thead>
        <tr>
          <th scope="col">{m('list.played')}</th>
          <th scope="col">{m('list.quiz')}</th>
          <th scope="col" class="num">
            {m('list.players')}
          </th>
          <th scope="col" class="num">
            {m('list.questions')}
          </th>
          <th scope="col">{m('list.ending')}</th>
        </tr>
      </thead>
      <tbody>
        {games.map((g) => (
          <tr key={g.gameId}>
            <td>{when(g.startedAt ?? g.createdAt)}</td>
            <td>
              <Link href={`/reports/${g.gameId}`} class="game-link" dir="auto">
                {g.quizTitle}
              </Link>
            </td>
            <td class="num">{formatNumber(g.playerCount)}</td>
            <td class="num">{m('outOf', { n: formatNumber(g.questionsPlayed), total: formatNumber(g.questionCount) })}</td>
            <td>
              <span class={`ending ending-${g.ending}`}>{endingText(g.ending)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
