import { useSignal } from '@preact/signals'
import { PROBLEM_REASON_TEXT, PROBLEM_REPORT, type ProblemReason, type ProblemReportReceipt } from '@cirrus/protocol'
import { practiceApi } from './learner.ts'

/**
 * "Report a problem with this question": a closed disclosure under every practice question, every question of
 * an exam's review and every built-in question of a live game's review. Open, it asks why (wrong key, unclear, outdated, other) and for an optional comment (needed for
 * "other"), and sends it to the teacher's list (POST /api/practice/problem-reports).
 */
export function ReportProblem({ questionKey, context }: { questionKey: string; context: 'practice' | 'exam' | 'game' }) {
  const open = useSignal(false)
  const reason = useSignal<ProblemReason | null>(null)
  const comment = useSignal('')
  const busy = useSignal(false)
  const error = useSignal<string | null>(null)
  const sent = useSignal<ProblemReportReceipt | null>(null)
  const id = `report-${questionKey.replace(/[^A-Za-z0-9_-]/g, '-')}`

  if (sent.value) {
    return (
      <p class="report-sent" role="status">
        {sent.value.updated ? 'Thanks: your earlier report of this question was replaced by this one.' : 'Thanks: your report was sent to the teacher.'}
      </p>
    )
  }
  if (!open.value) {
    return (
      <button type="button" class="link report-open" aria-expanded="false" aria-controls={id} onClick={() => (open.value = true)}>
        Report a problem with this question
      </button>
    )
  }

  const needsComment = reason.value === 'other' && !comment.value.trim()
  async function send(event: Event) {
    event.preventDefault()
    if (!reason.value || needsComment) return
    busy.value = true
    error.value = null
    try {
      sent.value = await practiceApi<ProblemReportReceipt>('/problem-reports', { json: { questionKey, reason: reason.value, comment: comment.value.trim(), context } })
    } catch (e) {
      error.value = (e as Error).message
    } finally {
      busy.value = false
    }
  }

  return (
    <form class="report" id={id} onSubmit={send} aria-label="Report a problem with this question">
      <fieldset>
        <legend>What is wrong with this question?</legend>
        {PROBLEM_REPORT.reasons.map((r) => (
          <label key={r} class="check">
            <input type="radio" name={`${id}-reason`} value={r} checked={reason.value === r} onChange={() => (reason.value = r)} />
            <span>{PROBLEM_REASON_TEXT[r]}</span>
          </label>
        ))}
      </fieldset>
      <label class="field">
        <span>Comment {reason.value === 'other' ? '(say what the problem is)' : '(optional)'}</span>
        <textarea
          rows={3}
          maxLength={PROBLEM_REPORT.commentChars}
          value={comment.value}
          onInput={(e) => (comment.value = e.currentTarget.value)}
          placeholder="e.g. the AWS page now says…"
        />
        <span class="muted small">
          {comment.value.length}/{PROBLEM_REPORT.commentChars}
        </span>
      </label>
      {error.value && (
        <p class="error" role="alert">
          {error.value}
        </p>
      )}
      <div class="session-actions">
        <button type="submit" class="button secondary" disabled={busy.value || !reason.value || needsComment}>
          Send the report
        </button>
        <button type="button" class="button ghost" onClick={() => (open.value = false)}>
          Cancel
        </button>
      </div>
    </form>
  )
}
