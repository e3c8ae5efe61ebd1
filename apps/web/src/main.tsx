import { render } from 'preact'
import { ConnectionBanner } from './components/Banner.tsx'
import { Home, NotFound } from './pages/Home.tsx'
import { HostGame } from './pages/HostGame.tsx'
import { HostSetup } from './pages/HostSetup.tsx'
import { ImportQuiz } from './pages/ImportQuiz.tsx'
import { Join } from './pages/Join.tsx'
import { Library } from './pages/Library.tsx'
import { Play } from './pages/Play.tsx'
import { QuizEditorPage } from './pages/QuizEditor.tsx'
import { ExamHome, ExamPage } from './practice/ExamPages.tsx'
import { ensureLearner } from './practice/learner.ts'
import { PracticeHome } from './practice/PracticeHome.tsx'
import { ProblemReportsPage } from './practice/ProblemReportsPage.tsx'
import { ProgressPage } from './practice/ProgressPage.tsx'
import { ReportPage } from './reports/ReportPage.tsx'
import { ReportsPage } from './reports/ReportsPage.tsx'
import { ReviewPage } from './reports/ReviewPage.tsx'
import { SessionPage } from './practice/SessionPage.tsx'
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
  if (path === '/practice') return <PracticeHome />
  if ((params = match('/practice/session/:id', path))) return <SessionPage key={params.id} id={params.id!} />
  if (path === '/exam') return <ExamHome />
  if ((params = match('/exam/:id', path))) return <ExamPage key={params.id} id={params.id!} />
  if (path === '/progress') return <ProgressPage />
  if (path === '/library') return <Library />
  if (path === '/library/new') return <QuizEditorPage key="new" />
  if (path === '/library/import') return <ImportQuiz />
  if (path === '/library/problem-reports') return <ProblemReportsPage />
  if (path === '/reports') return <ReportsPage />
  if ((params = match('/reports/:gameId', path))) return <ReportPage key={params.gameId} gameId={params.gameId!} />
  if ((params = match('/review/:playerId', path))) return <ReviewPage key={params.playerId} playerId={params.playerId!} />
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

// The practice profile is made on the first visit, so that a live game joined from this browser can feed it.
ensureLearner().catch(() => {})

render(<App />, document.getElementById('app')!)
