import { render } from 'preact'
import { ConnectionBanner } from './components/Banner.tsx'
import { Home, NotFound, Practice } from './pages/Home.tsx'
import { HostGame } from './pages/HostGame.tsx'
import { HostSetup } from './pages/HostSetup.tsx'
import { ImportQuiz } from './pages/ImportQuiz.tsx'
import { Join } from './pages/Join.tsx'
import { Library } from './pages/Library.tsx'
import { Play } from './pages/Play.tsx'
import { QuizEditorPage } from './pages/QuizEditor.tsx'
import { match, pathname } from './router.tsx'
import './styles.css'

function Page({ path }: { path: string }) {
  let params: Record<string, string> | null
  if (path === '/' || path === '') return <Home />
  if (path === '/host') return <HostSetup />
  if ((params = match('/host/:pin', path))) return <HostGame key={params.pin} pin={params.pin!} />
  if (path === '/join') return <Join />
  if ((params = match('/join/:pin', path))) return <Join key={params.pin} pin={params.pin} />
  if ((params = match('/play/:pin', path))) return <Play key={params.pin} pin={params.pin!} />
  if (path === '/practice') return <Practice />
  if (path === '/library') return <Library />
  if (path === '/library/new') return <QuizEditorPage key="new" />
  if (path === '/library/import') return <ImportQuiz />
  if ((params = match('/library/:id', path))) return <QuizEditorPage key={params.id} id={params.id} />
  return <NotFound />
}

function App() {
  const path = pathname.value.replace(/\/+$/, '') || '/'
  return (
    <>
      <ConnectionBanner />
      <Page path={path} />
    </>
  )
}

render(<App />, document.getElementById('app')!)
