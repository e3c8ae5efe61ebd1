import { useEffect, useMemo } from 'preact/hooks'
import type { GameReport, ReportPlayer, ReportQuestion, ReportTeam } from '@cirrus/protocol'
import { AdminGate } from '../components/AdminUnlock.tsx'
import { LanguagePicker } from '../i18n/LanguagePicker.tsx'
import { Page, PageHead } from '../components/Page.tsx'
import { RulesList, TeamBadge } from '../components/Ways.tsx'
import { formatNumber, language } from '../i18n/i18n.ts'
import { createGameReportModel } from '../models/reports.ts'
import { navigate } from '../router.tsx'
import { duration, endingText, percent, seconds, tone, when } from './format.ts'
import { QuestionBars } from './QuestionBars.tsx'
import { refusalText } from './refusals.ts'
import { Names, said } from './Theirs.tsx'
import { counted, m } from './words.ts'
import './reports.css'

type ReportModel = ReturnType<typeof createGameReportModel>

/** /reports/:gameId: one game's report for the teacher. */
export function ReportPage({ gameId }: { gameId: string }) {
  return (
    <Page class="reports game-report" crumbs={[{ href: '/reports', label: m('title') }]} language={<LanguagePicker />}>
      <AdminGate>
        <Report gameId={gameId} />
      </AdminGate>
    </Page>
  )
}

function Report({ gameId }: { gameId: string }) {
  const model = useMemo(() => createGameReportModel(gameId), [gameId])
  useEffect(() => void model.load(), [model])
  const r = model.report.value
  const refusal = model.refusal.value
  if (!r) {
    return refusal ? (
      <p class="error" role="alert">
        {refusalText(refusal)}
      </p>
    ) : (
      <p class="muted">{m('report.loading')}</p>
    )
  }

  async function remove() {
    if (!confirm(m('report.deleteConfirm'))) return
    if (await model.remove()) navigate('/reports')
  }
  const file = model.downloaded.value
  return (
    <>
      <PageHead
        title={<bdi dir="auto">{r.quizTitle}</bdi>}
        actions={
          <>
            <button type="button" class="button primary small" onClick={() => void model.save('xlsx', language.value)}>
              {said('report.download', {}, { format: <bdi dir="ltr">.xlsx</bdi> })}
            </button>
            <button type="button" class="button secondary small" onClick={() => void model.save('csv', language.value)}>
              {said('report.download', {}, { format: <bdi dir="ltr">.csv</bdi> })}
            </button>
            <button type="button" class="button ghost small" onClick={() => void remove()}>
              {m('report.delete')}
            </button>
          </>
        }
      />
      <p class="report-meta">
        {when(r.startedAt ?? r.createdAt)} · <span class={`ending ending-${r.ending}`}>{endingText(r.ending)}</span> · {duration(r.durationMs)}
      </p>
      {refusal && (
        <p class="error" role="alert">
          {refusalText(refusal)}
        </p>
      )}
      <p class="notice-line" role="status">
        {file && said('report.downloaded', {}, { file: <bdi dir="ltr">{file}</bdi> })}
      </p>
      <Overview report={r} />
      {r.teams.length > 0 && <Teams teams={r.teams} />}
      <NeedsHelp report={r} />
      <Questions model={model} />
      <Players report={r} />
    </>
  )
}

function Overview({ report: { overview: o } }: { report: GameReport }) {
  const tiles = [
    { key: 'players', value: formatNumber(o.playerCount) },
    { key: 'averageScore', value: formatNumber(o.averageScore) },
    { key: 'rightAnswers', value: percent(o.rightShare), tone: tone(o.rightShare) },
    { key: 'questionsPlayed', value: m('outOf', { n: formatNumber(o.questionsPlayed), total: formatNumber(o.questionCount) }) },
    { key: 'answered', value: percent(o.answeredShare) },
  ]
  return (
    <section class="report-section" aria-labelledby="overview-title">
      <h2 id="overview-title" class="visually-hidden">
        {m('overview.title')}
      </h2>
      <ul class="overview-tiles">
        {tiles.map((tile) => (
          <li key={tile.key} class={`overview-tile ${tile.tone ? `tone-${tile.tone}` : ''}`}>
            <span class="overview-value">{tile.value}</span>
            <span class="overview-label">{m(`overview.${tile.key}`)}</span>
          </li>
        ))}
      </ul>
      <div class="report-rules">
        <span class="report-rules-label">{m('overview.scoredBy')}</span>
        <RulesList rules={o.rules} />
      </div>
    </section>
  )
}

/** A team game's teams, ranked as the podium ranked them, with their players. */
function Teams({ teams }: { teams: ReportTeam[] }) {
  return (
    <section class="report-section" aria-labelledby="teams-title">
      <h2 id="teams-title">{m('teams.title')}</h2>
      <ol class="report-teams">
        {teams.map((team) => (
          <li key={team.team} class={`report-team team-edge-${team.color}`}>
            <span class="report-team-rank" aria-label={m('teams.rank', { rank: formatNumber(team.rank) })}>
              {formatNumber(team.rank)}
            </span>
            <span class="report-team-name" dir="auto">
              {team.name}
            </span>
            <span class="report-team-score">{formatNumber(team.score)}</span>
            <span class="report-team-members">
              {team.members.length > 0
                ? said('teams.memberList', { players: counted('teams.members', team.members.length) }, { names: <Names names={team.members.map((p) => p.nickname)} /> })
                : counted('teams.members', 0)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  )
}

function NeedsHelp({ report }: { report: GameReport }) {
  const { players, questions, threshold } = report.needsHelp
  const least = percent(threshold)
  return (
    <section class="report-section needs-help" aria-labelledby="help-title">
      <h2 id="help-title">{m('help.title')}</h2>
      <div class="help-columns">
        <div>
          <h3>{m('help.under', { percent: least })}</h3>
          {players.length ? (
            <ul class="help-list">
              {players.map((p) => (
                <li key={p.playerId}>
                  <span class="help-name" dir="auto">
                    {p.nickname}
                  </span>
                  <span class={`help-figure tone-${tone(p.rightShare)}`}>{m('outOf', { n: formatNumber(p.correct), total: formatNumber(p.asked) })}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">{m('help.nobody', { percent: least })}</p>
          )}
        </div>
        <div>
          <h3>{m('help.missed')}</h3>
          {questions.length ? (
            <ol class="help-list">
              {questions.map((q) => (
                <li key={q.index}>
                  <a href={`#question-${q.index + 1}`} class="help-name">
                    {said('questions.numbered', { n: formatNumber(q.index + 1) }, { prompt: q.prompt })}
                  </a>
                  <span class={`help-figure tone-${tone(q.rightShare)}`}>{m('questions.right', { percent: percent(q.rightShare) })}</span>
                </li>
              ))}
            </ol>
          ) : (
            <p class="muted">{m('help.none', { percent: least })}</p>
          )}
        </div>
      </div>
    </section>
  )
}

function Questions({ model }: { model: ReportModel }) {
  const hardestFirst = model.hardestFirst
  return (
    <section class="report-section" aria-labelledby="questions-title">
      <div class="section-head">
        <h2 id="questions-title">{m('questions.title')}</h2>
        <div class="seg-toggle" role="group" aria-label={m('questions.order')}>
          <button type="button" aria-pressed={hardestFirst.value} onClick={() => (hardestFirst.value = true)}>
            {m('questions.hardestFirst')}
          </button>
          <button type="button" aria-pressed={!hardestFirst.value} onClick={() => (hardestFirst.value = false)}>
            {m('questions.asPlayed')}
          </button>
        </div>
      </div>
      {model.questions.value.length === 0 && <p class="muted">{m('questions.none')}</p>}
      <ol class="question-cards">
        {model.questions.value.map((q) => (
          <QuestionCard key={q.index} question={q} />
        ))}
      </ol>
    </section>
  )
}

function QuestionCard({ question: q }: { question: ReportQuestion }) {
  return (
    <li class="question-card" id={`question-${q.index + 1}`}>
      <div class="question-card-head">
        <span class="q-number">{m('questions.number', { n: formatNumber(q.index + 1) })}</span>
        <h3 class="question-prompt" dir="auto">
          {q.prompt}
        </h3>
        {q.scored ? (
          <span class={`question-share tone-${tone(q.rightShare)}`}>{m('questions.right', { percent: percent(q.rightShare) })}</span>
        ) : (
          <span class="question-share">{m('questions.poll')}</span>
        )}
      </div>
      <QuestionBars question={q} />
      <p class="question-facts muted">
        {counted('questions.answered', q.answered, { total: formatNumber(q.asked) })} · {m('questions.average', { time: seconds(q.averageMs) })}
        {q.rightAnswer && !q.options.length && <> · {said('questions.rightAnswer', {}, { answer: <strong dir="auto">{q.rightAnswer}</strong> })}</>}
      </p>
      {q.explanation && (
        <p class="question-explanation" dir="auto">
          {q.explanation}
        </p>
      )}
    </li>
  )
}

/** Which of the optional columns the players' table has: Team in a team game, Extra time when anyone had it. */
function columnsOf(report: GameReport) {
  return { team: report.teams.length > 0, extraTime: report.players.some((p) => p.extraTime !== null) }
}

function Players({ report }: { report: GameReport }) {
  const columns = columnsOf(report)
  return (
    <section class={`report-section ${columns.team ? 'with-team' : ''} ${columns.extraTime ? 'with-extra-time' : ''}`} aria-labelledby="players-title">
      <h2 id="players-title">{m('players.title')}</h2>
      {report.players.length === 0 && <p class="muted">{m('players.none')}</p>}
      <p class="player-grid player-head" aria-hidden="true">
        <span>#</span>
        <span>{m('players.player')}</span>
        {columns.team && <span>{m('players.team')}</span>}
        <span class="num">{m('players.score')}</span>
        <span>{m('players.rightAnswers')}</span>
        <span class="num">{m('players.averageTime')}</span>
        {columns.extraTime && <span>{m('players.extraTime')}</span>}
      </p>
      <ol class="player-rows">
        {report.players.map((p) => (
          <PlayerRow key={p.playerId} player={p} report={report} columns={columns} />
        ))}
      </ol>
    </section>
  )
}

const MARKS = { right: '✓', partly: '◐', wrong: '✗', none: '–', poll: '•' } as const

function PlayerRow({ player: p, report, columns }: { player: ReportPlayer; report: GameReport; columns: ReturnType<typeof columnsOf> }) {
  return (
    <li class="player-row">
      <details>
        <summary class="player-grid">
          <span class="player-rank">{formatNumber(p.rank)}</span>
          <span class="player-name" dir="auto">
            {p.nickname}
          </span>
          {columns.team && <span class="player-team">{p.team ? <TeamBadge team={p.team} /> : <span class="muted">–</span>}</span>}
          <span class="player-score">{formatNumber(p.score)}</span>
          <span class="player-right">
            <span class="mini-track" aria-hidden="true">
              <span class={`mini-fill tone-${tone(p.rightShare)}`} style={{ width: `${p.asked ? (100 * p.correct) / p.asked : 0}%` }} />
            </span>
            {counted('players.right', p.correct, { total: formatNumber(p.asked) })}
          </span>
          <span class="player-time">{seconds(p.averageMs)}</span>
          {columns.extraTime && <span class="player-extra-time">{p.extraTime === null ? '' : m('players.extraFactor', { factor: formatNumber(p.extraTime) })}</span>}
        </summary>
        <table class="report-table answers-table">
          <thead>
            <tr>
              <th scope="col">{m('answers.question')}</th>
              <th scope="col">{m('answers.answer')}</th>
              <th scope="col" class="num">
                {m('answers.points')}
              </th>
              <th scope="col" class="num">
                {m('answers.time')}
              </th>
            </tr>
          </thead>
          <tbody>
            {p.answers.map((a) => {
              const q = report.questions[a.index]!
              const verdict = !a.answered ? 'none' : !q.scored ? 'poll' : a.correct ? 'right' : a.credit > 0 ? 'partly' : 'wrong'
              return (
                <tr key={a.index} class={`verdict-${verdict}`}>
                  <td>{said('questions.numbered', { n: formatNumber(a.index + 1) }, { prompt: q.prompt })}</td>
                  <td>
                    <span class="verdict-mark" aria-hidden="true">
                      {MARKS[verdict]}
                    </span>{' '}
                    {a.answered ? <bdi dir="auto">{a.answer}</bdi> : <span class="muted">{m('answers.none')}</span>}
                    {verdict !== 'none' && <span class="visually-hidden"> ({m(`answers.verdict.${verdict}`)})</span>}
                  </td>
                  <td class="num">{formatNumber(a.points)}</td>
                  <td class="num">{seconds(a.elapsedMs)}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
        {p.answers.length < report.questions.length && (
          <p class="muted joined-late">{counted('players.joinedLate', p.asked, { question: formatNumber(report.questions.length - p.answers.length) })}</p>
        )}
      </details>
    </li>
  )
}
