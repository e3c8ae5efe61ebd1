import { useSignal } from '@preact/signals'
import { useEffect } from 'preact/hooks'
import type { ProgressView, SessionView, StartSessionInput } from '@cirrus/protocol'
import { Link, navigate } from '../router.tsx'
import { practiceApi, PracticeError } from './learner.ts'
import { catalog, loadCatalog } from './topics.ts'
import './practice.css'

type Mode = 'due' | 'domains' | 'topics'
const ALL_DOMAINS = [1, 2, 3, 4]
const LIMITS = [10, 20, 50, null] as const
const TIMERS = [null, 30, 60, 90] as const

/** /practice: choose what to practise (what's due, exam domains or topics), how many, and whether timed. */
export function PracticeHome() {
  const progress = useSignal<ProgressView | null>(null)
  const mode = useSignal<Mode>('domains')
  const domains = useSignal<number[]>([])
  const topics = useSignal<string[]>([])
  const limit = useSignal<number | null>(10)
  const timer = useSignal<number | null>(null)
  const error = useSignal<string | null>(null)
  const busy = useSignal(false)

  useEffect(() => {
    void loadCatalog()
    practiceApi<ProgressView>('/progress').then(
      (p) => {
        progress.value = p
        if (p.totals.due > 0) mode.value = 'due'
      },
      (e: PracticeError) => (error.value = e.message),
    )
  }, [])

  const due = progress.value?.totals.due ?? 0
  const openExam = progress.value?.exams.find((e) => e.status === 'open')
  const toggle = <T,>(list: T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item])
  // No domain picked means every domain: the defaults start a session (they used to answer "Pick at least one domain").
  const chosenDomains = domains.value.length > 0 ? domains.value : ALL_DOMAINS
  const ready = mode.value === 'due' ? due > 0 : mode.value === 'domains' ? true : topics.value.length > 0

  async function start(event: Event) {
    event.preventDefault()
    if (!ready) {
      error.value = mode.value === 'due' ? 'Nothing is due right now.' : `Pick at least one ${mode.value === 'domains' ? 'domain' : 'topic'}.`
      return
    }
    const base = { limit: limit.value, timerSec: timer.value }
    const body: StartSessionInput =
      mode.value === 'due' ? { mode: 'due', ...base } : mode.value === 'domains' ? { mode: 'domains', domains: chosenDomains, ...base } : { mode: 'topics', topics: topics.value, ...base }
    busy.value = true
    error.value = null
    try {
      const session = await practiceApi<SessionView>('/sessions', { json: body })
      navigate(`/practice/session/${session.id}`)
    } catch (e) {
      error.value = (e as Error).message
      busy.value = false
    }
  }

  const dueOf = (id: string, list: 'domains' | 'topics') => progress.value?.[list].find((r) => r.id === id)?.due ?? 0

  return (
    <main class="page practice">
      <p class="crumbs">
        <Link href="/">Cirrus</Link>
      </p>
      <h1>Practise alone</h1>
      <p class="muted">One question at a time, with the explanation after each answer. What you miss comes back sooner; what you know, later.</p>

      <nav class="practice-links" aria-label="Practice">
        <Link href="/exam" class="practice-link">
          <strong>{openExam ? 'Resume your mock exam' : 'Mock exam'}</strong>
          <span>65 questions, 90 minutes, scored like CLF-C02</span>
        </Link>
        <Link href="/progress" class="practice-link">
          <strong>Your progress</strong>
          <span>
            {progress.value ? `${progress.value.totals.seen} of ${progress.value.totals.questions} questions seen, ${due} due` : 'Mastery by domain and topic'}
          </span>
        </Link>
      </nav>

      <form class="practice-form" onSubmit={start}>
        <fieldset class="choice-row">
          <legend>What to practise</legend>
          <label class={`seg ${mode.value === 'due' ? 'on' : ''}`}>
            <input type="radio" name="mode" checked={mode.value === 'due'} onChange={() => (mode.value = 'due')} />
            What's due <span class="count">{due}</span>
          </label>
          <label class={`seg ${mode.value === 'domains' ? 'on' : ''}`}>
            <input type="radio" name="mode" checked={mode.value === 'domains'} onChange={() => (mode.value = 'domains')} />
            Exam domains
          </label>
          <label class={`seg ${mode.value === 'topics' ? 'on' : ''}`}>
            <input type="radio" name="mode" checked={mode.value === 'topics'} onChange={() => (mode.value = 'topics')} />
            Topics
          </label>
        </fieldset>

        {mode.value === 'due' && (
          <p class="notice">{due > 0 ? `${due} question${due === 1 ? ' is' : 's are'} due: missed ones first.` : 'Nothing is due right now. Pick domains or topics to learn something new.'}</p>
        )}

        {mode.value === 'domains' && (
          <fieldset class="pick-list">
            <legend class="visually-hidden">Exam domains</legend>
            {catalog.value?.domains.map((d) => (
              <label class="check pick" key={d.id}>
                <input type="checkbox" checked={domains.value.includes(d.id)} onChange={() => (domains.value = toggle(domains.value, d.id))} />
                <span>
                  <strong>{d.title}</strong>
                  <span class="muted"> · {d.weight}% of the exam · {d.questionCount} questions{dueOf(String(d.id), 'domains') ? ` · ${dueOf(String(d.id), 'domains')} due` : ''}</span>
                </span>
              </label>
            ))}
          </fieldset>
        )}

        {mode.value === 'topics' &&
          catalog.value?.domains.map((d) => (
            <fieldset class="pick-list" key={d.id}>
              <legend>{d.title}</legend>
              <div class="topic-grid">
                {catalog.value!.topics
                  .filter((t) => t.domain === d.id)
                  .map((t) => (
                    <label class="check pick" key={t.id}>
                      <input type="checkbox" checked={topics.value.includes(t.id)} onChange={() => (topics.value = toggle(topics.value, t.id))} />
                      <span>
                        {t.title} <span class="muted">({t.questionCount}{dueOf(t.id, 'topics') ? `, ${dueOf(t.id, 'topics')} due` : ''})</span>
                      </span>
                    </label>
                  ))}
              </div>
            </fieldset>
          ))}

        <div class="practice-options">
          <label class="field">
            <span id="limit-label">Questions</span>
            <select aria-labelledby="limit-label" value={String(limit.value)} onChange={(e) => (limit.value = parseLimit((e.target as HTMLSelectElement).value))}>
              {LIMITS.map((l) => (
                <option value={String(l)} key={String(l)}>
                  {l === null ? 'Until none are left' : l}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            <span id="timer-label">Timer</span>
            <select aria-labelledby="timer-label" value={String(timer.value)} onChange={(e) => (timer.value = parseLimit((e.target as HTMLSelectElement).value))}>
              {TIMERS.map((t) => (
                <option value={String(t)} key={String(t)}>
                  {t === null ? 'Off: take your time' : `${t} seconds a question`}
                </option>
              ))}
            </select>
          </label>
        </div>

        <p class="error" role="alert">
          {error.value ?? ''}
        </p>
        <button class="button primary big" type="submit" disabled={busy.value}>
          Start practising
        </button>
      </form>
    </main>
  )
}

const parseLimit = (value: string): number | null => (value === 'null' ? null : Number(value))
