import { useSignal } from '@preact/signals'
import { useEffect } from 'preact/hooks'
import type { ProgressView, SessionView, StartSessionInput } from '@cirrus/protocol'
import { Link, navigate } from '../router.tsx'
import { formatNumber, language, t } from '../i18n/i18n.ts'
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
      error.value = t(mode.value === 'due' ? 'practiceHome.nothingDueShort' : mode.value === 'domains' ? 'practiceHome.pickDomain' : 'practiceHome.pickTopic')
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
      <h1>{t('practiceHome.title')}</h1>
      <p class="muted">{t('practiceHome.intro')}</p>

      <nav class="practice-links" aria-label={t('practiceHome.nav')}>
        <Link href="/exam" class="practice-link">
          <strong>{t(openExam ? 'practiceHome.resumeExam' : 'practiceHome.mockExam')}</strong>
          <span>{t('practiceHome.examSub', { questions: formatNumber(65), minutes: formatNumber(90) })}</span>
        </Link>
        <Link href="/progress" class="practice-link">
          <strong>{t('practiceHome.progress')}</strong>
          <span>
            {progress.value
              ? t('practiceHome.progressSeen', { seen: formatNumber(progress.value.totals.seen), total: formatNumber(progress.value.totals.questions), due: formatNumber(due) })
              : t('practiceHome.progressSub')}
          </span>
        </Link>
      </nav>

      <form class="practice-form" onSubmit={start}>
        <fieldset class="choice-row">
          <legend>{t('practiceHome.what')}</legend>
          <label class={`seg ${mode.value === 'due' ? 'on' : ''}`}>
            <input type="radio" name="mode" checked={mode.value === 'due'} onChange={() => (mode.value = 'due')} />
            {t('practiceHome.due')} <span class="count">{formatNumber(due)}</span>
          </label>
          <label class={`seg ${mode.value === 'domains' ? 'on' : ''}`}>
            <input type="radio" name="mode" checked={mode.value === 'domains'} onChange={() => (mode.value = 'domains')} />
            {t('practiceHome.domains')}
          </label>
          <label class={`seg ${mode.value === 'topics' ? 'on' : ''}`}>
            <input type="radio" name="mode" checked={mode.value === 'topics'} onChange={() => (mode.value = 'topics')} />
            {t('practiceHome.topics')}
          </label>
        </fieldset>

        {mode.value === 'due' && (
          <p class="notice">{due > 0 ? counted('practiceHome.dueNotice', due) : t('practiceHome.nothingDue')}</p>
        )}

        {mode.value === 'domains' && (
          <fieldset class="pick-list">
            <legend class="visually-hidden">{t('practiceHome.domains')}</legend>
            {catalog.value?.domains.map((d) => (
              <label class="check pick" key={d.id}>
                <input type="checkbox" checked={domains.value.includes(d.id)} onChange={() => (domains.value = toggle(domains.value, d.id))} />
                <span>
                  <strong>{d.title}</strong>
                  <span class="muted">
                    {' · '}
                    {t('practiceHome.weight', { percent: formatPercent(d.weight) })} · {counted('practiceHome.questionCount', d.questionCount)}
                    {dueOf(String(d.id), 'domains') ? ` · ${t('practiceHome.dueCount', { n: formatNumber(dueOf(String(d.id), 'domains')) })}` : ''}
                  </span>
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
                        {t.title} <span class="muted">({formatNumber(t.questionCount)}
                          {dueOf(t.id, 'topics') ? `, ${tr('practiceHome.dueCount', { n: formatNumber(dueOf(t.id, 'topics')) })}` : ''})</span>
                      </span>
                    </label>
                  ))}
              </div>
            </fieldset>
          ))}

        <div class="practice-options">
          <label class="field">
            <span id="limit-label">{t('practiceHome.questions')}</span>
            <select aria-labelledby="limit-label" value={String(limit.value)} onChange={(e) => (limit.value = parseLimit((e.target as HTMLSelectElement).value))}>
              {LIMITS.map((l) => (
                <option value={String(l)} key={String(l)}>
                  {l === null ? t('practiceHome.untilNone') : formatNumber(l)}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            <span id="timer-label">{t('practiceHome.timer')}</span>
            <select aria-labelledby="timer-label" value={String(timer.value)} onChange={(e) => (timer.value = parseLimit((e.target as HTMLSelectElement).value))}>
              {TIMERS.map((sec) => (
                <option value={String(sec)} key={String(sec)}>
                  {sec === null ? t('practiceHome.timerOff') : counted('practiceHome.perQuestion', sec)}
                </option>
              ))}
            </select>
          </label>
        </div>

        <p class="error" role="alert">
          {error.value ?? ''}
        </p>
        <button class="button primary big" type="submit" disabled={busy.value}>
          {t('practiceHome.start')}
        </button>
      </form>
    </main>
  )
}

/** A counted message: `count` picks the plural form, `n` is the number in the language's digits. */
const counted = (key: string, count: number) => t(key, { count, n: formatNumber(count) })
const tr = t // the topic list's `t` is a topic
/** A whole percentage as the language writes it (24% / 24 % / ٢٤٪). */
const formatPercent = (percent: number) => new Intl.NumberFormat(language.value, { style: 'percent' }).format(percent / 100)

const parseLimit = (value: string): number | null => (value === 'null' ? null : Number(value))
