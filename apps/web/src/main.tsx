import { render } from 'preact'
import { ConnectionBanner } from './components/Banner.tsx'
import { Home, NotFound, Practice } from './pages/Home.tsx'
import { HostGame } from './pages/HostGame.tsx'
import { HostSetup } from './pages/HostSetup.tsx'
import { Join } from './pages/Join.tsx'
import { Play } from './pages/Play.tsx'
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
