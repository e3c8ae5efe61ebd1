import { render } from 'preact'
import { ConnectionBanner } from './components/Banner.tsx'
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

render(<App />, document.getElementById('app')!)
