import { render } from 'preact'
import { ConnectionBanner } from './components/Banner.tsx'
import { startLanguage } from './i18n/i18n.ts'
import { ensureLearner } from './practice/learner.ts'
import { pathname } from './router.tsx'
import { RoutedPage } from './routes.tsx'
import './styles.css'

function App() {
  const path = pathname.value.replace(/\/+$/, '') || '/'
  return (
    <>
      <ConnectionBanner />
      <RoutedPage path={path} />
    </>
  )
}

// The practice profile is made on the first visit, so that a live game joined from this browser can feed it.
ensureLearner().catch(() => {})

// The browser's language (or the one chosen before) first, so the first screen is already in it.
void startLanguage().finally(() => render(<App />, document.getElementById('app')!))
