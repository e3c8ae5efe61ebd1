import { signal } from '@preact/signals'
import type { ComponentType, VNode } from 'preact'
import { match } from './router.tsx'
import { MessagePage, WaitingPage } from './components/Page.tsx'
import { t } from './i18n/i18n.ts'

/**
 * Every page of the app, each loaded on first visit by a dynamic import: a phone opening the join link downloads
 * the join page (and then the player's screen), never the editor, the reports or the practice room. The loaded
 * modules are kept, so coming back to a page is instant.
 */
type Params = Record<string, string>
interface Route {
  path: string
  load: () => Promise<ComponentType<any>>
  props?: (params: Params) => Record<string, unknown>
  /** Pages a visitor of this one is about to need, fetched once it shows (the join page warms the player's screen). */
  warm?: () => unknown
}

const home = () => import('./pages/Home.tsx').then((m) => m.Home)
const hostGame = () => import('./pages/HostGame.tsx').then((m) => m.HostGame)
const play = () => import('./pages/Play.tsx').then((m) => m.Play)
const join = () => import('./pages/Join.tsx').then((m) => m.Join)
const editor = () => import('./pages/QuizEditor.tsx').then((m) => m.QuizEditorPage)
const exam = () => import('./practice/ExamPages.tsx')

const ROUTES: Route[] = [
  { path: '/', load: home },
  { path: '/host', load: () => import('./pages/HostSetup.tsx').then((m) => m.HostSetup), warm: hostGame },
  { path: '/host/:pin', load: hostGame, props: (p) => ({ key: p.pin, pin: p.pin }) },
  { path: '/join', load: join, warm: play },
  { path: '/join/:pin', load: join, props: (p) => ({ key: p.pin, pin: p.pin }), warm: play },
  { path: '/play/:pin', load: play, props: (p) => ({ key: p.pin, pin: p.pin }) },
  { path: '/practice', load: () => import('./practice/PracticeHome.tsx').then((m) => m.PracticeHome) },
  { path: '/practice/session/:id', load: () => import('./practice/SessionPage.tsx').then((m) => m.SessionPage), props: (p) => ({ key: p.id, id: p.id }) },
  { path: '/exam', load: () => exam().then((m) => m.ExamHome) },
  { path: '/exam/:id', load: () => exam().then((m) => m.ExamPage), props: (p) => ({ key: p.id, id: p.id }) },
  { path: '/progress', load: () => import('./practice/ProgressPage.tsx').then((m) => m.ProgressPage) },
  { path: '/library', load: () => import('./pages/Library.tsx').then((m) => m.Library) },
  { path: '/library/new', load: editor, props: () => ({ key: 'new' }) },
  { path: '/library/import', load: () => import('./pages/ImportQuiz.tsx').then((m) => m.ImportQuiz) },
  { path: '/library/problem-reports', load: () => import('./practice/ProblemReportsPage.tsx').then((m) => m.ProblemReportsPage) },
  { path: '/reports', load: () => import('./reports/ReportsPage.tsx').then((m) => m.ReportsPage) },
  { path: '/reports/:gameId', load: () => import('./reports/ReportPage.tsx').then((m) => m.ReportPage), props: (p) => ({ key: p.gameId, gameId: p.gameId }) },
  { path: '/review/:playerId', load: () => import('./reports/ReviewPage.tsx').then((m) => m.ReviewPage), props: (p) => ({ key: p.playerId, playerId: p.playerId }) },
  { path: '/library/:id', load: editor, props: (p) => ({ key: p.id, id: p.id }) },
]

const notFound = () => import('./pages/Home.tsx').then((m) => m.NotFound)

/** Loaded pages by route path; a failed load (the Wi-Fi dropped mid-download) is kept as an error to retry. */
const loaded = signal<Record<string, ComponentType<any> | Error>>({})
const loading = new Set<string>()

function load(key: string, loader: () => Promise<ComponentType<any>>, warm?: () => unknown): void {
  if (loading.has(key)) return
  loading.add(key)
  loader().then(
    (component) => {
      loaded.value = { ...loaded.value, [key]: component }
      warm?.()
    },
    (error: unknown) => {
      loading.delete(key)
      loaded.value = { ...loaded.value, [key]: error instanceof Error ? error : new Error(String(error)) }
    },
  )
}

function retry(key: string) {
  const { [key]: _, ...rest } = loaded.value
  loaded.value = rest
}

/** The page for a path: rendered once its module is here, with a quiet placeholder meanwhile. */
export function RoutedPage({ path }: { path: string }): VNode {
  let route: Route = { path: '*', load: notFound }
  let params: Params = {}
  for (const candidate of ROUTES) {
    const found = match(candidate.path, path)
    if (found) {
      ;[route, params] = [candidate, found]
      break
    }
  }
  const key = route.path
  const page = loaded.value[key]
  if (!page) {
    load(key, route.load, route.warm)
    return <WaitingPage />
  }
  if (page instanceof Error) {
    return (
      <MessagePage
        alert={t('page.loadFailed')}
        action={
          <button type="button" class="button primary" onClick={() => retry(key)}>
            {t('page.tryAgain')}
          </button>
        }
      />
    )
  }
  const Page = page
  return <Page {...(route.props?.(params) ?? {})} />
}
