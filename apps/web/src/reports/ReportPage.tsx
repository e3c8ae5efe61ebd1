import { useSignal } from '@preact/signals'
import { useEffect } from 'preact/hooks'
import type { GameReport, ReportPlayer, ReportQuestion, ReportTeam } from '@cirrus/protocol'
import { api, download } from '../api.ts'
import { AdminGate } from '../components/AdminUnlock.tsx'
import { RulesList, TeamBadge } from '../components/Ways.tsx'
import { Link, navigate } from '../router.tsx'
import { ENDING_TEXT, duration, percent, seconds, tone, when } from './format.ts'
import { QuestionBars } from './QuestionBars.tsx'
import './reports.css'

/** /reports/:gameId: one game's report for the teacher. */
export function ReportPage({ gameId }: { gameId: string }) {
  return (
    <main class="page reports game-report">
      <p class="crumbs">
        <Link href="/reports">Reports</Link>
      </p>
      <AdminGate>
        <Report gameId={gameId} />
      </AdminGate>
    </main>
  )
}

function Report({ gameId }: { gameId: string }) {
  const report = useSignal<GameReport | null>(null)
  const error = useSignal<string | null>(null)
  const notice = useSignal<string | null>(null)
  useEffect(() => {
    void api<GameReport>(`/api/reports/${encodeURIComponent(gameId)}`).then((result) => {
      if (result.ok) report.value = result.data
      else error.value = result.error.message
    })
  }, [gameId])

  async function save(ext: 'xlsx' | 'csv') {
    const lang = navigator.language ? `?lang=${encodeURIComponent(navigator.language)}` : ''
    const result = await download(`/api/reports/${encodeURIComponent(gameId)}.${ext}${lang}`)
    if (result.ok) notice.value = `Downloaded ${result.data.fileName}.`
    else error.value = result.error.message
  }

  async function remove() {
    if (!confirm('Delete this report? Every nickname and answer of this game is deleted for good.')) return
    const result = await api(`/api/reports/${encodeURIComponent(gameId)}`, { method: 'DELETE' })
    if (result.ok) navigate('/reports')
    else error.value = result.error.message
  }

  const r = report.value
  if (!r) {
    return error.value ? (
      <p class="error" role="alert">
        {error.value}
      </p>
    ) : (
      <p class="muted">Loading the report…</p>
    )
  }
  return (
    <>
      <header class="report-head">
        <div>
          <h1>{r.quizTitle}</h1>
          <p class="report-meta">
            {when(r.startedAt ?? r.createdAt)} · <span class={`ending ending-${r.ending}`}>{ENDING_TEXT[r.ending]}</span> · {duration(r.durationMs)}
          </p>
        </div>
        <div class="page-actions">
          <button type="button" class="button primary small" onClick={() => void save('xlsx')}>
            Download .xlsx
          </button>
          <button type="button" class="button secondary small" onClick={() => void save('csv')}>
            Download .csv
          </button>
          <button type="button" class="button ghost small" onClick={() => void remove()}>
            Delete report
          </button>
        </div>
      </header>
      {error.value && (
        <p class="error" role="alert">
          {error.value}
        </p>
      )}
      <p class="notice-line" role="status">
        {notice.value}
      </p>
      <Overview report={r} />
      {r.teams.length > 0 && <Teams teams={r.teams} />}
      <NeedsHelp report={r} />
      <Questions report={r} />
      <Players report={r} />
    </>
  )
}

function Overview({ report: { overview: o } }: { report: GameReport }) {
  const tiles = [
    { label: 'Players', value: String(o.playerCount) },
    { label: 'Average score', value: o.averageScore.toLocaleString() },
    { label: 'Right answers', value: percent(o.rightShare), tone: tone(o.rightShare) },
    { label: 'Questions played', value: `${o.questionsPlayed} of ${o.questionCount}` },
    { label: 'Answered', value: percent(o.answeredShare) },
  ]
  return (
    <section class="report-section" aria-labelledby="overview-title">
      <h2 id="overview-title" class="visually-hidden">
        Overview
      </h2>
      <ul class="overview-tiles">
        {tiles.map((t) => (
          <li key={t.label} class={`overview-tile ${t.tone ? `tone-${t.tone}` : ''}`}>
            <span class="overview-value">{t.value}</span>
            <span class="overview-label">{t.label}</span>
          </li>
        ))}
      </ul>
      <div class="report-rules">
        <span class="report-rules-label">Scored by</span>
        <RulesList rules={o.rules} />
      </div>
    </section>
  )
}

/** A team game's teams, ranked as the podium ranked them, with their players. */
function Teams({ teams }: { teams: ReportTeam[] }) {
  return (
    <section class="report-section" aria-labelledby="teams-title">
      <h2 id="teams-title">Teams</h2>
      <ol class="report-teams">
        {teams.map((t) => (
          <li key={t.team} class={`report-team team-edge-${t.color}`}>
            <span class="report-team-rank" aria-label={`Rank ${t.rank}`}>
              {t.rank}
            </span>
            <span class="report-team-name">{t.name}</span>
            <span class="report-team-score">{t.score.toLocaleString()}</span>
            <span class="report-team-members">
              {t.members.length} {t.members.length === 1 ? 'player' : 'players'}
              {t.members.length > 0 && `: ${t.members.map((m) => m.nickname).join(', ')}`}
            </span>
          </li>
        ))}
      </ol>
    </section>
  )
}

/** "2× time": a player's extra time, as the host's list showed it. */
const extraTimeText = (factor: number | null) => (factor === null ? '' : `${factor}× time`)

function NeedsHelp({ report }: { report: GameReport }) {
  const { players, questions, threshold } = report.needsHelp
  return (
    <section class="report-section needs-help" aria-labelledby="help-title">
      <h2 id="help-title">Who needs help</h2>
      <div class="help-columns">
        <div>
          <h3>Under {percent(threshold)} right</h3>
          {players.length ? (
            <ul class="help-list">
              {players.map((p) => (
                <li key={p.playerId}>
                  <span class="help-name">{p.nickname}</span>
                  <span class={`help-figure tone-${tone(p.rightShare)}`}>
                    {p.correct} of {p.asked}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">Nobody: every player got at least {percent(threshold)} right.</p>
          )}
        </div>
        <div>
          <h3>Most missed questions</h3>
          {questions.length ? (
            <ol class="help-list">
              {questions.map((q) => (
                <li key={q.index}>
                  <a href={`#question-${q.index + 1}`} class="help-name">
                    Q{q.index + 1}. {q.prompt}
                  </a>
                  <span class={`help-figure tone-${tone(q.rightShare)}`}>{percent(q.rightShare)} right</span>
                </li>
              ))}
            </ol>
          ) : (
            <p class="muted">None: the room got every question at least {percent(threshold)} right.</p>
          )}
        </div>
      </div>
    </section>
  )
}

function Questions({ report }: { report: GameReport }) {
  const hardestFirst = useSignal(true)
  const sorted = hardestFirst.value
    ? [...report.questions].sort((a, b) => Number(b.scored) - Number(a.scored) || a.rightShare - b.rightShare || a.index - b.index)
    : report.questions
  return (
    <section class="report-section" aria-labelledby="questions-title">
      <div class="section-head">
        <h2 id="questions-title">Questions</h2>
        <div class="seg-toggle" role="group" aria-label="Order">
          <button type="button" aria-pressed={hardestFirst.value} onClick={() => (hardestFirst.value = true)}>
            Hardest first
          </button>
          <button type="button" aria-pressed={!hardestFirst.value} onClick={() => (hardestFirst.value = false)}>
            As played
          </button>
        </div>
      </div>
      {report.questions.length === 0 && <p class="muted">No question was played.</p>}
      <ol class="question-cards">
        {sorted.map((q) => (
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
        <span class="q-number">Q{q.index + 1}</span>
        <h3 class="question-prompt">{q.prompt}</h3>
        {q.scored ? (
          <span class={`question-share tone-${tone(q.rightShare)}`}>{percent(q.rightShare)} right</span>
        ) : (
          <span class="question-share">poll</span>
        )}
      </div>
      <QuestionBars question={q} />
      <p class="question-facts muted">
        {q.answered} of {q.asked} answered · average {seconds(q.averageMs)}
        {q.rightAnswer && !q.options.length && (
          <>
            {' '}
            · right answer: <strong>{q.rightAnswer}</strong>
          </>
        )}
      </p>
      {q.explanation && <p class="question-explanation">{q.explanation}</p>}
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
      <h2 id="players-title">Players</h2>
      {report.players.length === 0 && <p class="muted">Nobody played.</p>}
      <p class="player-grid player-head" aria-hidden="true">
        <span>#</span>
        <span>Player (open for each answer)</span>
        {columns.team && <span>Team</span>}
        <span class="num">Score</span>
        <span>Right answers</span>
        <span class="num">Avg time</span>
        {columns.extraTime && <span>Extra time</span>}
      </p>
      <ol class="player-rows">
        {report.players.map((p) => (
          <PlayerRow key={p.playerId} player={p} report={report} columns={columns} />
        ))}
      </ol>
    </section>
  )
}

function PlayerRow({ player: p, report, columns }: { player: ReportPlayer; report: GameReport; columns: ReturnType<typeof columnsOf> }) {
  return (
    <li class="player-row">
      <details>
        <summary class="player-grid">
          <span class="player-rank">{p.rank}</span>
          <span class="player-name">{p.nickname}</span>
          {columns.team && <span class="player-team">{p.team ? <TeamBadge team={p.team} /> : <span class="muted">–</span>}</span>}
          <span class="player-score">{p.score.toLocaleString()}</span>
          <span class="player-right" aria-label={`${p.correct} of ${p.asked} right`}>
            <span class="mini-track" aria-hidden="true">
              <span class={`mini-fill tone-${tone(p.rightShare)}`} style={{ width: `${p.asked ? (100 * p.correct) / p.asked : 0}%` }} />
            </span>
            {p.correct} of {p.asked} right
          </span>
          <span class="player-time">{seconds(p.averageMs)}</span>
          {columns.extraTime && (
            <span class="player-extra-time" aria-label={p.extraTime === null ? 'usual time' : `extra time: ${extraTimeText(p.extraTime)}`}>
              {extraTimeText(p.extraTime)}
            </span>
          )}
        </summary>
        <table class="report-table answers-table">
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Answer</th>
              <th scope="col" class="num">
                Points
              </th>
              <th scope="col" class="num">
                Time
              </th>
            </tr>
          </thead>
          <tbody>
            {p.answers.map((a) => {
              const q = report.questions[a.index]!
              const verdict = !a.answered ? 'none' : !q.scored ? 'poll' : a.correct ? 'right' : a.credit > 0 ? 'partly' : 'wrong'
              return (
                <tr key={a.index} class={`verdict-${verdict}`}>
                  <td>
                    Q{a.index + 1}. {q.prompt}
                  </td>
                  <td>
                    <span class="verdict-mark" aria-hidden="true">
                      {{ right: '✓', partly: '◐', wrong: '✗', none: '–', poll: '•' }[verdict]}
                    </span>{' '}
                    {a.answered ? a.answer : <span class="muted">no answer</span>}
                    <span class="visually-hidden"> ({{ right: 'right', partly: 'partly right', wrong: 'wrong', none: '', poll: 'poll' }[verdict]})</span>
                  </td>
                  <td class="num">{a.points.toLocaleString()}</td>
                  <td class="num">{seconds(a.elapsedMs)}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
        {p.answers.length < report.questions.length && (
          <p class="muted joined-late">Joined after question {report.questions.length - p.answers.length}: counted out of the {p.asked} questions they were in the game for.</p>
        )}
      </details>
    </li>
  )
}
