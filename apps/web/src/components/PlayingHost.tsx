import { useEffect } from 'preact/hooks'
import { createConnection } from '../connection.ts'
import { describeError } from '../messages.ts'
import { createHostModel } from '../models/host.ts'
import { hostToken } from '../storage.ts'
import { ExtraTimePanel } from './Ways.tsx'
import { counted, formatNumber, t } from '../i18n/i18n.ts'

/**
 * The host who plays (a study group with no projector): the host's controls above their own answers, on the same
 * phone. The host's seat is a second connection (a connection holds one seat); it carries the same public views as
 * every player's, so the answer key reaches this phone only at the reveal, like everyone's.
 */
const playingHost = createHostModel(createConnection())

/** Whether this browser created the game at `pin` (and so may run it from the phone). */
export function hostsHere(pin: string): boolean {
  return hostToken.get(pin) !== null
}

export function PlayingHost({ pin }: { pin: string }) {
  useEffect(() => playingHost.open(pin), [pin])
  const view = playingHost.view.value
  if (playingHost.fatal.value || !view) return null
  const paused = playingHost.paused.value
  const players = playingHost.playerCount.value
  const end = () => {
    if (confirm(t('host.endConfirm'))) void playingHost.command('host:end')
  }
  return (
    <section class="playing-host" aria-label={t('playingHost.label')}>
      <span class="playing-host-status">
        {view.phase === 'lobby' && (
          <>
            PIN <strong dir="ltr">{view.pin}</strong> · {counted('host.players', players)}
          </>
        )}
        {view.phase === 'question' && t('host.answered', { n: formatNumber(playingHost.answeredCount.value), count: players })}
        {view.phase === 'reveal' && t('playingHost.answersIn')}
        {view.phase === 'leaderboard' && t('host.leaderboard')}
        {view.phase === 'podium' && t('playingHost.gameOver')}
      </span>
      {view.phase === 'lobby' && (
        <button type="button" class="button primary small" disabled={players === 0} onClick={() => playingHost.move('host:start')}>
          {t('host.start')}
        </button>
      )}
      {view.phase === 'question' && (
        <>
          <button type="button" class="button secondary small" onClick={() => playingHost.command(paused ? 'host:resume' : 'host:pause')}>
            {paused ? t('host.resume') : t('host.pause')}
          </button>
          <button type="button" class="button primary small" onClick={() => playingHost.move('host:endAnswering')}>
            {t('show.endAnswering')}
          </button>
        </>
      )}
      {(view.phase === 'reveal' || view.phase === 'leaderboard') && (
        <button type="button" class="button primary small" onClick={() => playingHost.move('host:next')}>
          {view.phase === 'reveal' ? t('host.leaderboard') : view.index + 1 >= view.totalQuestions ? t('host.podium') : t('host.nextQuestion')}
        </button>
      )}
      {view.phase !== 'lobby' && view.phase !== 'podium' && (
        <button type="button" class="button ghost small" onClick={end}>
          {t('host.endGame')}
        </button>
      )}
      {view.phase !== 'podium' && <ExtraTimePanel players={playingHost.players.value} onChange={(id, factor) => void playingHost.extraTime(id, factor)} />}
      {playingHost.commandError.value && (
        <p class="error" role="alert">
          {describeError(playingHost.commandError.value)}
        </p>
      )}
    </section>
  )
}
