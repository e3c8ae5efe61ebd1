import { connectionState } from '../connection.ts'
import { t } from '../i18n/i18n.ts'

/** A bar across the top while the connection is down; socket.io keeps retrying by itself. */
export function ConnectionBanner() {
  const state = connectionState.value
  return (
    <div class="connection-banner-slot" role="status" aria-live="polite">
      {state === 'reconnecting' && (
        <div class="connection-banner">
          <span class="spinner" aria-hidden="true" /> {t('connection.lost')}
        </div>
      )}
    </div>
  )
}
