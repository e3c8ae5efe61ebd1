import { useEffect, useMemo, useRef } from 'preact/hooks'
import { DIFFICULTIES, type Question } from '@cirrus/questions/model'
import { formatNumber } from '../i18n/i18n.ts'
import { describeRefusal } from '../library/refusals.ts'
import { m, typeLabel } from '../library/words.ts'
import { BankPicker as Picker } from '../models/bank-picker.ts'

/**
 * A dialog to pick questions from the built-in bank by topic, exam domain, difficulty and words, and add them to
 * the quiz being edited. The bank's own questions keep their ids, so the same question is never added twice. The
 * bank's questions and topics are in English, as the bank is written.
 */
export function BankPicker({ open, onClose, onAdd, have }: { open: boolean; onClose: () => void; onAdd: (questions: Question[]) => void; have: Set<string> }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const bank = useMemo(() => new Picker(), [])
  const query = bank.query.value

  useEffect(() => {
    const el = dialog.current
    if (!el) return
    if (open && !el.open) el.showModal()
    if (!open && el.open) el.close()
  }, [open])

  useEffect(() => {
    if (!open) return
    // A short pause, so typing in the words box does not send a request per keystroke.
    const timer = setTimeout(() => void bank.load(query), 150)
    return () => clearTimeout(timer)
  }, [open, query])

  const page = bank.page.value
  const shown = bank.shown.value
  const refusal = bank.refusal.value
  const picked = bank.picked.value
  const fresh = shown.filter((q) => !have.has(q.id))
  const select = (value: { value: string }) => (e: Event) => (value.value = (e.currentTarget as HTMLSelectElement).value)

  return (
    <dialog ref={dialog} class="bank-picker" aria-labelledby="bank-title" onClose={onClose}>
      <div class="bank-head">
        <h2 id="bank-title">{m('bank.title')}</h2>
        <button type="button" class="button ghost small" onClick={onClose}>
          {m('bank.close')}
        </button>
      </div>
      <div class="bank-filters">
        <label class="field">
          <span>{m('bank.topic')}</span>
          <select value={bank.topic.value} onChange={select(bank.topic)}>
            <option value="">{m('bank.anyTopic')}</option>
            {page?.sections.map((s) => (
              <optgroup key={s.id} label={s.title}>
                {s.topics.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{m('bank.domain')}</span>
          <select value={bank.domain.value} onChange={select(bank.domain)}>
            <option value="">{m('bank.anyDomain')}</option>
            {page?.domains.map((d) => (
              <option key={d.id} value={String(d.id)}>
                {formatNumber(d.id)}. {d.title}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{m('bank.difficulty')}</span>
          <select value={bank.difficulty.value} onChange={select(bank.difficulty)}>
            <option value="">{m('bank.anyDifficulty')}</option>
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d}>
                {m(`difficulty.${d}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{m('bank.words')}</span>
          <input type="search" value={bank.words.value} onInput={(e) => (bank.words.value = e.currentTarget.value)} />
        </label>
      </div>
      {refusal && (
        <p class="error" role="alert">
          {describeRefusal(refusal)}
        </p>
      )}
      <p class="muted" role="status">
        {page ? m('bank.matching', { count: page.total, shown: formatNumber(shown.length), n: formatNumber(page.total) }) : m('bank.loading')}
      </p>
      <ul class="bank-list">
        {shown.map((q) => {
          const already = have.has(q.id)
          return (
            <li key={q.id} class={`bank-item ${already ? 'already' : ''}`}>
              <label class="check">
                <input type="checkbox" disabled={already} checked={already || picked.has(q.id)} onChange={() => bank.toggle(q.id)} />
                <span>
                  <strong class="bank-prompt" dir="auto">
                    {q.prompt}
                  </strong>
                  <span class="bank-meta">
                    {typeLabel(q.type)} · {m(`level.${q.difficulty}`)}
                    {q.topic ? ` · ${bank.topicTitles.value.get(q.topic) ?? q.topic}` : ''}
                    {already ? ` · ${m('bank.already')}` : ''}
                  </span>
                  <span class="bank-answer" dir="auto">
                    {m('bank.right', { answers: q.options.filter((o) => o.correct).map((o) => o.text).join(' / ') })}
                  </span>
                </span>
              </label>
            </li>
          )
        })}
      </ul>
      <div class="bank-foot">
        <button type="button" class="button primary" disabled={picked.size === 0} onClick={() => onAdd(bank.take())}>
          {picked.size ? m('bank.addSelected', { count: picked.size, n: formatNumber(picked.size) }) : m('bank.addNone')}
        </button>
        <button type="button" class="button secondary" disabled={fresh.length === 0} onClick={() => onAdd(fresh)}>
          {m('bank.addShown', { count: fresh.length, n: formatNumber(fresh.length) })}
        </button>
      </div>
    </dialog>
  )
}
