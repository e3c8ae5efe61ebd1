import { useEffect } from 'preact/hooks'
import { createConnection } from '../connection.ts'
import { describeError } from '../messages.ts'
import { createHostModel } from '../models/host.ts'
import { hostToken } from '../storage.ts'
import { ExtraTimePanel } from './Ways.tsx'

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
    if (confirm('End the game now and go to the podium?')) void playingHost.command('host:end')
  }
  return (
    <section class="playing-host" aria-label="Host controls">
      <span class="playing-host-status">
        {view.phase === 'lobby' && (
          <>
            PIN <strong>{view.pin}</strong> · {players} {players === 1 ? 'player' : 'players'}
          </>
        )}
        {view.phase === 'question' && `${playingHost.answeredCount.value} of ${players} answered`}
        {view.phase === 'reveal' && 'Answers are in'}
        {view.phase === 'leaderboard' && 'Leaderboard'}
        {view.phase === 'podium' && 'Game over'}
      </span>
      {view.phase === 'lobby' && (
        <button type="button" class="button primary small" disabled={players === 0} onClick={() => playingHost.move('host:start')}>
          Start
        </button>
      )}
      {view.phase === 'question' && (
        <>
          <button type="button" class="button secondary small" onClick={() => playingHost.command(paused ? 'host:resume' : 'host:pause')}>
            {paused ? 'Resume' : 'Pause'}
          </button>
          <button type="button" class="button primary small" onClick={() => playingHost.move('host:endAnswering')}>
            End answering
          </button>
        </>
      )}
      {(view.phase === 'reveal' || view.phase === 'leaderboard') && (
        <button type="button" class="button primary small" onClick={() => playingHost.move('host:next')}>
          {view.phase === 'reveal' ? 'Leaderboard' : view.index + 1 >= view.totalQuestions ? 'Podium' : 'Next question'}
        </button>
      )}
      {view.phase !== 'lobby' && view.phase !== 'podium' && (
        <button type="button" class="button ghost small" onClick={end}>
          End game
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
