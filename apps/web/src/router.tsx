import { signal } from '@preact/signals'
import type { ComponentChildren, JSX } from 'preact'

/** The client's whole router: the path is a signal, pages are picked by matching it. No history library needed. */
export const pathname = signal(location.pathname)

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', to)
  else history.pushState(null, '', to)
  pathname.value = location.pathname
  window.scrollTo(0, 0)
}

addEventListener('popstate', () => {
  pathname.value = location.pathname
})

/** Matches "/host/:pin" against a path; returns the named parts, or null. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean)
  const got = path.split('/').filter(Boolean)
  if (want.length !== got.length) return null
  const params: Record<string, string> = {}
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!
    const g = decodeURIComponent(got[i]!)
    if (w.startsWith(':')) params[w.slice(1)] = g
    else if (w !== g) return null
  }
  return params
}

type LinkProps = Omit<JSX.HTMLAttributes<HTMLAnchorElement>, 'href'> & { href: string; children: ComponentChildren }

/** An ordinary link that changes page without reloading (a modified click still opens a new tab). */
export function Link({ href, children, ...rest }: LinkProps) {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    navigate(href)
  }
  return (
    <a href={href} onClick={onClick} {...rest}>
      {children}
    </a>
  )
}
