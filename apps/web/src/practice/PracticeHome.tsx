import { useEffect, useMemo } from 'preact/hooks'
import { Link } from '../router.tsx'
import { Page } from '../components/Page.tsx'
import { LanguagePicker } from '../i18n/LanguagePicker.tsx'
import { counted, formatNumber, language, t } from '../i18n/i18n.ts'
import { createPracticeHome } from '../models/practice-home.ts'
import { LIMITS, parseLimit, TIMERS, toggled, type Mode } from '../models/practice-rules.ts'
import { catalog, loadCatalog } from './topics.ts'
import { problemText } from './words.ts'
import './practice.css'

/** Why a start waits for the learner: nothing due, or no topic picked. */
const MISSING: Record<Mode, string> = { due: 'practiceHome.nothingDueShort', domains: 'practiceHome.pickDomain', topics: 'practiceHome.pickTopic' }

/** /practice: choose what to practise (what's due, exam domains or topics), how many, and whether timed. */
export function PracticeHome() {
  const model = useMemo(createPracticeHome, [])
  const { progress, mode, domains, topics, limit, timer, missing, refusal, starting, dueOf } = model

  useEffect(() => {
    void loadCatalog()
    void model.load()
  }, [model])

  const due = model.due.value
  const start = (event: Event) => {
    event.preventDefault()
    void model.start()
  }
  // Worded when shown, so that a change of language re-words it.
  const error = refusal.value ? problemText(refusal.value) : missing.value ? t(MISSING[missing.value]) : ''

  return (
    <Page class="practice" crumbs={[{ href: '/', label: 'Cirrus' }]} language={<LanguagePicker />} title={t('practiceHome.title')}>
      <p class="muted">{t('practiceHome.intro')}</p>

      <nav class="practice-links" aria-label={t('practiceHome.nav')}>
        <Link href="/exam" class="practice-link">
          <strong>{t(model.openExam.value ? 'practiceHome.resumeExam' : 'practiceHome.mockExam')}</strong>
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

        {mode.value === 'due' && <p class="notice">{due > 0 ? counted('practiceHome.dueNotice', due) : t('practiceHome.nothingDue')}</p>}

        {mode.value === 'domains' && (
          <fieldset class="pick-list">
            <legend class="visually-hidden">{t('practiceHome.domains')}</legend>
            {catalog.value?.domains.map((d) => (
              <label class="check pick" key={d.id}>
                <input type="checkbox" checked={domains.value.includes(d.id)} onChange={() => (domains.value = toggled(domains.value, d.id))} />
                <span>
                  <strong dir="auto">{d.title}</strong>
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
              <legend dir="auto">{d.title}</legend>
              <div class="topic-grid">
                {catalog
                  .value!.topics.filter((topic) => topic.domain === d.id)
                  .map((topic) => (
                    <label class="check pick" key={topic.id}>
                      <input type="checkbox" checked={topics.value.includes(topic.id)} onChange={() => (topics.value = toggled(topics.value, topic.id))} />
                      <span>
                        <span dir="auto">{topic.title}</span>{' '}
                        <span class="muted">
                          ({formatNumber(topic.questionCount)}
                          {dueOf(topic.id, 'topics') ? `, ${t('practiceHome.dueCount', { n: formatNumber(dueOf(topic.id, 'topics')) })}` : ''})
                        </span>
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
          {error}
        </p>
        <button class="button primary big" type="submit" disabled={starting.value}>
          {t('practiceHome.start')}
        </button>
      </form>
    </Page>
  )
}

/** A whole percentage as the language writes it (24% / 24 % / ٢٤٪). */
const formatPercent = (percent: number) => new Intl.NumberFormat(language.value, { style: 'percent' }).format(percent / 100)
