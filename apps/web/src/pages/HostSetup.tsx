import { useEffect, useState } from 'preact/hooks'
import { access, checkAccess } from '../models/access.ts'
import { createHostSetupModel, type SetupFlag, type SetupForm, type SetupText } from '../models/host-setup.ts'
import { Page } from '../components/Page.tsx'
import { navigate } from '../router.tsx'
import '../ways.css'
import { LanguagePicker } from '../i18n/LanguagePicker.tsx'
import { counted, formatNumber, t } from '../i18n/i18n.ts'
import { linked } from '../i18n/rich.tsx'

const TIME_CHOICES = [5, 10, 20, 30, 60, 90, 120, 240]
/** Seconds of the question alone before its options (get ready). */
const GET_READY_CHOICES = [0, 2, 3, 4, 5, 6, 8, 10]

/** `?timeScale=10` runs every timer ten times faster: for demos and tests. */
function timeScaleFromUrl(): number | undefined {
  const value = Number(new URLSearchParams(location.search).get('timeScale'))
  return Number.isFinite(value) && value >= 1 ? value : undefined
}

export function HostSetup() {
  const [setup] = useState(() => createHostSetupModel(navigate))
  const { quizzes, quizId, busy, error } = setup
  const form = setup.form.value
  /** A check box bound to one of the form's choices. */
  const check = (key: SetupFlag, label: string) => (
    <Check label={label} value={form[key]} set={(v) => setup.set(key, v)} />
  )
  /** A select or box bound to one of the form's text choices. */
  const bind = (key: SetupText) => ({
    value: form[key],
    onInput: (e: { currentTarget: { value: string } }) => setup.set(key, e.currentTarget.value as SetupForm[typeof key]),
  })

  useEffect(() => {
    void checkAccess()
    // The library's "Host" button names the quiz to preselect.
    void setup.load(new URLSearchParams(location.search).get('quiz'))
  }, [])

  const submit = (event: Event) => {
    event.preventDefault()
    void setup.create(timeScaleFromUrl())
  }
  const selected = setup.selected.value

  return (
    // The projector speaks the language chosen here.
    <Page class="setup" crumbs={[{ href: '/', label: 'Cirrus' }]} language={<LanguagePicker />} title={t('hostSetup.title')}>
      <form onSubmit={submit} class="setup-form">
        <fieldset class="quiz-list">
          <legend>{t('hostSetup.chooseQuiz')}</legend>
          {setup.loadFailed.value && <p class="error" role="alert">{t('hostSetup.loadFailed')}</p>}
          {!quizzes.value && !setup.loadFailed.value && <p class="muted">{t('hostSetup.loading')}</p>}
          {quizzes.value?.length === 0 && <p class="muted">{t('hostSetup.none')}</p>}
          <p class="muted">
            {linked('hostSetup.ownFirst', '/library')}
            {access.value?.passwordRequired && !access.value.signedIn && (
              <>
                {' '}
                {linked('hostSetup.signInNeeded', '/library')}
              </>
            )}
          </p>
          <p class="muted note">
            {t('hostSetup.builtinNote')}
          </p>
          {quizzes.value?.map((quiz) => (
            <label key={quiz.id} class={`quiz-card ${quiz.id === quizId.value ? 'selected' : ''}`}>
              <input type="radio" name="quiz" value={quiz.id} checked={quiz.id === quizId.value} onChange={() => (quizId.value = quiz.id)} />
              <span class="quiz-title" dir="auto">{quiz.title}</span>
              <span class="quiz-meta">
                {counted('hostSetup.questions', quiz.questionCount)} · {t(quiz.builtin ? 'hostSetup.builtin' : access.value?.signedIn === false ? 'hostSetup.teachersQuiz' : 'hostSetup.yourQuiz')}
              </span>
              {quiz.description && <span class="quiz-description" dir="auto">{quiz.description}</span>}
            </label>
          ))}
        </fieldset>

        <div class="setup-side">
          <fieldset class="options">
            <legend>{t('hostSetup.options')}</legend>
            <label class="field">
              <span>{t('hostSetup.timePerQuestion')}</span>
              <select {...bind('timeLimit')}>
                <option value="">{t('hostSetup.asInQuiz')}</option>
                {TIME_CHOICES.map((s) => (
                  <option key={s} value={String(s)}>
                    {counted('hostSetup.seconds', s)}
                  </option>
                ))}
              </select>
            </label>
            <label class="field">
              <span>{t('hostSetup.getReady')}</span>
              <select {...bind('getReady')}>
                {GET_READY_CHOICES.map((s) => (
                  <option key={s} value={String(s)}>
                    {s === 0 ? t('hostSetup.getReadyNone') : counted('hostSetup.seconds', s)}
                  </option>
                ))}
              </select>
            </label>
            <label class="field">
              <span>{t('hostSetup.points')}</span>
              <select {...bind('points')}>
                <option value="">{t('hostSetup.asInQuiz')}</option>
                <option value="1000">{t('hostSetup.pointsStandard', { max: formatNumber(1000) })}</option>
                <option value="2000">{t('hostSetup.pointsDouble', { max: formatNumber(2000) })}</option>
                <option value="0">{t('hostSetup.pointsNone')}</option>
              </select>
            </label>
            <label class="field">
              <span>{t('hostSetup.questionCount')}</span>
              <input
                type="number"
                inputMode="numeric"
                min={1}
                max={selected?.questionCount ?? 500}
                placeholder={selected ? t('hostSetup.allOf', { n: formatNumber(selected.questionCount) }) : t('hostSetup.all')}
                {...bind('questionCount')}
              />
            </label>
            {check('autoAdvance', t('hostSetup.autoAdvance'))}
            {check('shuffleQuestions', t('hostSetup.shuffleQuestions'))}
            {check('shuffleOptions', t('hostSetup.shuffleOptions'))}
            {check('showQuestionOnPlayers', t('hostSetup.showOnPlayers'))}
          </fieldset>

          <fieldset class="options">
            <legend>{t('hostSetup.ways')}</legend>
            <label class="field">
              <span>{t('hostSetup.scoring')}</span>
              <select {...bind('scoring')}>
                <option value="speed">{t('hostSetup.speed')}</option>
                <option value="accuracy">{t('hostSetup.accuracy')}</option>
              </select>
            </label>
            <label class="field">
              <span>{t('hostSetup.wrongAnswers')}</span>
              <select {...bind('wrongPenalty')}>
                <option value="0">{t('hostSetup.costNothing')}</option>
                {[100, 250, 500].map((n) => (
                  <option key={n} value={String(n)}>
                    {counted('hostSetup.cost', n)}
                  </option>
                ))}
              </select>
            </label>
            {check('streakBonus', t('hostSetup.streakBonus'))}
            <label class="field">
              <span>{t('hostSetup.teams')}</span>
              <select {...bind('teams')}>
                <option value="0">{t('hostSetup.noTeams')}</option>
                {[2, 3, 4, 5, 6, 7, 8].map((n) => (
                  <option key={n} value={String(n)}>
                    {counted('hostSetup.teamCount', n)}
                  </option>
                ))}
              </select>
            </label>
            {form.teams !== '0' && check('teamPick', t('hostSetup.teamPick'))}
            {check('hostPlays', t('hostSetup.hostPlays'))}
            {form.hostPlays && !form.friendlyNames && (
              <label class="field">
                <span>{t('hostSetup.nickname')}</span>
                <input maxLength={20} dir="auto" {...bind('hostNickname')} />
              </label>
            )}
          </fieldset>

          <fieldset class="options">
            <legend>{t('hostSetup.fairPlay')}</legend>
            {setup.onPhones.value && check('optionsPerPlayer', t('hostSetup.optionsPerPlayer'))}
            {check('twoStepJoin', t('hostSetup.twoStepJoin'))}
            {check('friendlyNames', t('hostSetup.friendlyNames'))}
            {/* The game takes this page's language for the words it makes up (docs/protocol.md, *Ways to play*). */}
            {(form.teams !== '0' || form.friendlyNames) && <p class="muted">{t('hostSetup.namesLanguage')}</p>}
          </fieldset>

          {error.value && (
            <p class="error" role="alert">
              {error.value()}
            </p>
          )}
          <button type="submit" class="button primary big" disabled={!quizId.value || busy.value}>
            {busy.value ? t('hostSetup.creating') : t('hostSetup.create')}
          </button>
        </div>
      </form>
    </Page>
  )
}

function Check({ label, value, set }: { label: string; value: boolean; set: (value: boolean) => void }) {
  return (
    <label class="check">
      <input type="checkbox" checked={value} onChange={(e) => set(e.currentTarget.checked)} />
      <span>{label}</span>
    </label>
  )
}
