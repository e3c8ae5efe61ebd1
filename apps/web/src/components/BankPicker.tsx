import { useSignal } from '@preact/signals'
import { useEffect, useRef } from 'preact/hooks'
import type { Question } from '@cirrus/questions/model'
import type { BankPage } from '@cirrus/protocol'
import { api } from '../api.ts'
import { TYPE_LABELS } from './QuestionForm.tsx'

/**
 * A dialog to pick questions from the built-in bank by topic, exam domain, difficulty and words, and add them to
 * the quiz being edited. The bank's own questions keep their ids, so the same question is never added twice.
 */
export function BankPicker({ open, onClose, onAdd, have }: { open: boolean; onClose: () => void; onAdd: (questions: Question[]) => void; have: Set<string> }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const topic = useSignal('')
  const domain = useSignal('')
  const difficulty = useSignal('')
  const words = useSignal('')
  const page = useSignal<BankPage | null>(null)
  const error = useSignal<string | null>(null)
  const picked = useSignal<Set<string>>(new Set())

  useEffect(() => {
    const el = dialog.current
    if (!el) return
    if (open && !el.open) el.showModal()
    if (!open && el.open) el.close()
  }, [open])

  useEffect(() => {
    if (!open) return
    const params = new URLSearchParams()
    if (topic.value) params.set('topic', topic.value)
    if (domain.value) params.set('domain', domain.value)
    if (difficulty.value) params.set('difficulty', difficulty.value)
    if (words.value.trim()) params.set('q', words.value.trim())
    const timer = setTimeout(async () => {
      const result = await api<BankPage>(`/api/bank?${params}`)
      if (result.ok) {
        page.value = result.data
        error.value = null
      } else error.value = result.error.message
    }, 150)
    return () => clearTimeout(timer)
  }, [open, topic.value, domain.value, difficulty.value, words.value])

  const toggle = (id: string) => {
    const next = new Set(picked.value)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    picked.value = next
  }
  const shown = page.value?.questions ?? []
  const topicTitles = new Map(page.value?.sections.flatMap((s) => s.topics.map((t) => [t.id, t.title] as const)))
  const add = () => {
    onAdd(shown.filter((q) => picked.value.has(q.id)))
    picked.value = new Set()
  }
  const addAllShown = () => onAdd(shown.filter((q) => !have.has(q.id)))

  return (
    <dialog ref={dialog} class="bank-picker" aria-labelledby="bank-title" onClose={onClose}>
      <div class="bank-head">
        <h2 id="bank-title">Add questions from the built-in bank</h2>
        <button type="button" class="button ghost small" onClick={onClose}>
          Close
        </button>
      </div>
      <div class="bank-filters">
        <label class="field">
          <span>Topic</span>
          <select value={topic.value} onChange={(e) => (topic.value = e.currentTarget.value)}>
            <option value="">Any topic</option>
            {page.value?.sections.map((s) => (
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
          <span>Exam domain</span>
          <select value={domain.value} onChange={(e) => (domain.value = e.currentTarget.value)}>
            <option value="">Any domain</option>
            {page.value?.domains.map((d) => (
              <option key={d.id} value={String(d.id)}>
                {d.id}. {d.title}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>Difficulty</span>
          <select value={difficulty.value} onChange={(e) => (difficulty.value = e.currentTarget.value)}>
            <option value="">Any difficulty</option>
            <option value="easy">Easy</option>
            <option value="medium">Medium</option>
            <option value="hard">Hard</option>
          </select>
        </label>
        <label class="field">
          <span>Words in the question</span>
          <input type="search" value={words.value} onInput={(e) => (words.value = e.currentTarget.value)} />
        </label>
      </div>
      {error.value && (
        <p class="error" role="alert">
          {error.value}
        </p>
      )}
      <p class="muted" role="status">
        {page.value ? `${shown.length} of ${page.value.total} questions match` : 'Loading the bank…'}
      </p>
      <ul class="bank-list">
        {shown.map((q) => {
          const already = have.has(q.id)
          return (
            <li key={q.id} class={`bank-item ${already ? 'already' : ''}`}>
              <label class="check">
                <input type="checkbox" disabled={already} checked={already || picked.value.has(q.id)} onChange={() => toggle(q.id)} />
                <span>
                  <strong class="bank-prompt">{q.prompt}</strong>
                  <span class="bank-meta">
                    {TYPE_LABELS[q.type]} · {q.difficulty}
                    {q.topic ? ` · ${topicTitles.get(q.topic) ?? q.topic}` : ''}
                    {already ? ' · already in the quiz' : ''}
                  </span>
                  <span class="bank-answer">Right: {q.options.filter((o) => o.correct).map((o) => o.text).join(' / ')}</span>
                </span>
              </label>
            </li>
          )
        })}
      </ul>
      <div class="bank-foot">
        <button type="button" class="button primary" disabled={picked.value.size === 0} onClick={add}>
          Add {picked.value.size || ''} selected
        </button>
        <button type="button" class="button secondary" disabled={shown.every((q) => have.has(q.id))} onClick={addAllShown}>
          Add all {shown.filter((q) => !have.has(q.id)).length} shown
        </button>
      </div>
    </dialog>
  )
}
