import { useSignal } from '@preact/signals'
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks'
import { t } from '../i18n/i18n.ts'

/**
 * Ending a question early for everyone takes two presses: *End answering*, then *Yes, end now*. The first press
 * moves the focus to *Keep going*, so a stray Space or Enter (a presenter's clicker, a leaning elbow) cancels rather
 * than ends; Escape cancels too. Nothing has the focus by default while a question is open.
 */
export function EndAnswering({ onEnd, resetKey }: { onEnd: () => void; resetKey: string }) {
  const asking = useSignal(false)
  const keep = useRef<HTMLButtonElement>(null)
  const first = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    asking.value = false
  }, [resetKey])
  // A layout effect, not a deferred one: the focus must be on Keep going (and Escape heard) before the next key.
  useLayoutEffect(() => {
    if (!asking.value) return
    keep.current?.focus({ preventScroll: true })
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && cancel()
    addEventListener('keydown', onKey)
    return () => removeEventListener('keydown', onKey)
  }, [asking.value])
  function cancel() {
    asking.value = false
    // Back to the button that asked, once it is there again.
    requestAnimationFrame(() => first.current?.focus({ preventScroll: true }))
  }
  if (!asking.value) {
    return (
      <button ref={first} type="button" class="button primary" onClick={() => (asking.value = true)}>
        {t('show.endAnswering')}
      </button>
    )
  }
  return (
    <span class="confirm-inline" role="group" aria-label={t('show.endConfirm')}>
      <span class="confirm-question">{t('show.endConfirm')}</span>
      <button type="button" class="button warning" onClick={onEnd}>
        {t('show.endYes')}
      </button>
      <button ref={keep} type="button" class="button secondary" onClick={cancel}>
        {t('show.keepGoing')}
      </button>
    </span>
  )
}
