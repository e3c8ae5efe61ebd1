import { useMemo } from 'preact/hooks'
import { PROBLEM_REPORT } from '@cirrus/protocol'
import { formatNumber } from '../i18n/i18n.ts'
import { m, problemText, reasonText } from './exam-words.ts'
import { createReportForm } from './report-model.ts'

/**
 * "Report a problem with this question": a closed disclosure under every practice question, every question of
 * an exam's review and every built-in question of a live game's review. Open, it asks why (wrong key, unclear, outdated, other) and for an optional comment (needed for
 * "other"), and sends it to the teacher's list (POST /api/practice/problem-reports).
 */
export function ReportProblem({ questionKey, context }: { questionKey: string; context: 'practice' | 'exam' | 'game' }) {
  const form = useMemo(() => createReportForm(questionKey, context), [questionKey, context])
  const id = `report-${questionKey.replace(/[^A-Za-z0-9_-]/g, '-')}`

  if (form.sent.value) {
    return (
      <p class="report-sent" role="status">
        {m(form.sent.value.updated ? 'report.replaced' : 'report.sent')}
      </p>
    )
  }
  if (!form.open.value) {
    return (
      <button type="button" class="link report-open" aria-expanded="false" aria-controls={id} onClick={() => (form.open.value = true)}>
        {m('report.open')}
      </button>
    )
  }

  const onSubmit = (event: Event) => {
    event.preventDefault()
    void form.send()
  }
  return (
    <form class="report" id={id} onSubmit={onSubmit} aria-label={m('report.open')}>
      <fieldset>
        <legend>{m('report.legend')}</legend>
        {PROBLEM_REPORT.reasons.map((r) => (
          <label key={r} class="check">
            <input type="radio" name={`${id}-reason`} value={r} checked={form.reason.value === r} onChange={() => (form.reason.value = r)} />
            <span>{reasonText(r)}</span>
          </label>
        ))}
      </fieldset>
      <label class="field">
        <span>{m(form.reason.value === 'other' ? 'report.commentNeeded' : 'report.commentOptional')}</span>
        <textarea
          rows={3}
          dir="auto"
          maxLength={PROBLEM_REPORT.commentChars}
          value={form.comment.value}
          onInput={(e) => (form.comment.value = e.currentTarget.value)}
          placeholder={m('report.placeholder')}
        />
        <span class="muted small">
          {formatNumber(form.comment.value.length)}/{formatNumber(PROBLEM_REPORT.commentChars)}
        </span>
      </label>
      {form.refusal.value && (
        <p class="error" role="alert">
          {problemText(form.refusal.value)}
        </p>
      )}
      <div class="session-actions">
        <button type="submit" class="button secondary" disabled={!form.ready.value}>
          {m('report.send')}
        </button>
        <button type="button" class="button ghost" onClick={() => (form.open.value = false)}>
          {m('report.cancel')}
        </button>
      </div>
    </form>
  )
}
