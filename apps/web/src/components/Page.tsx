import { Fragment, type ComponentChildren } from 'preact'
import { Link } from '../router.tsx'

/**
 * The frame every page shares, so that pages differ only in what they say: the trail back up (crumbs), the title
 * with the page's actions beside it, and the content. `class` names the page for its own styles.
 */

export interface Crumb {
  href: string
  label: string
}

interface PageProps {
  class?: string
  crumbs?: readonly Crumb[]
  /** The language picker, at the end of the crumbs' line (the pages a phone or a projector opens first). */
  language?: ComponentChildren
  /** The page's heading; leave it out when the content brings its own. */
  title?: ComponentChildren
  /** Buttons and links beside the title. */
  actions?: ComponentChildren
  busy?: boolean
  children?: ComponentChildren
}

export function Page({ class: className = '', crumbs, language, title, actions, busy, children }: PageProps) {
  return (
    <main class={`page ${className}`} aria-busy={busy ? 'true' : undefined}>
      {crumbs && crumbs.length > 0 && <Crumbs crumbs={crumbs} language={language} />}
      {title !== undefined && <PageHead title={title} actions={actions} />}
      {children}
    </main>
  )
}

export function Crumbs({ crumbs, language }: { crumbs: readonly Crumb[]; language?: ComponentChildren }) {
  return (
    <p class={language ? 'crumbs crumbs-with-language' : 'crumbs'}>
      {crumbs.map((crumb, i) => (
        <Fragment key={crumb.href}>
          {i > 0 && ' › '}
          <Link href={crumb.href}>{crumb.label}</Link>
        </Fragment>
      ))}
      {language}
    </p>
  )
}

/** A title with actions beside it (wrapping under it on a phone). */
export function PageHead({ title, actions }: { title: ComponentChildren; actions?: ComponentChildren }) {
  if (!actions) return <h1>{title}</h1>
  return (
    <div class="page-head">
      <h1>{title}</h1>
      <div class="page-actions">{actions}</div>
    </div>
  )
}

/**
 * A page that has only something to say: a game that cannot be shown, a page that did not load. The alert is read
 * out; the action (a link or a button) is the way on.
 */
export function MessagePage({ class: className = '', title, alert, action }: { class?: string; title?: ComponentChildren; alert: ComponentChildren; action?: ComponentChildren }) {
  return (
    <main class={`page narrow ${className}`}>
      {title !== undefined && <h1>{title}</h1>}
      <p class="error" role="alert">
        {alert}
      </p>
      {action && <p>{action}</p>}
    </main>
  )
}

/** While a page waits for the server: a line saying for what, and aria-busy for screen readers. */
export function WaitingPage({ children }: { children?: ComponentChildren }) {
  return (
    <main class="page narrow" aria-busy="true">
      {children && <p class="muted">{children}</p>}
    </main>
  )
}
