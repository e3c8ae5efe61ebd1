import { Link } from '../router.tsx'
import { t } from '../i18n/i18n.ts'
import { LanguagePicker } from '../i18n/LanguagePicker.tsx'

export function Home() {
  return (
    <main class="page home">
      <header class="home-header">
        <h1 class="logo">Cirrus</h1>
        <p class="tagline">{t('home.tagline')}</p>
        <LanguagePicker class="home-language" />
      </header>
      <nav class="home-actions" aria-label={t('home.nav')}>
        <Link href="/join" class="big-link tile-blue">
          <span class="big-link-title">{t('home.join')}</span>
          <span class="big-link-sub">{t('home.joinSub')}</span>
        </Link>
        <Link href="/host" class="big-link tile-purple">
          <span class="big-link-title">{t('home.host')}</span>
          <span class="big-link-sub">{t('home.hostSub')}</span>
        </Link>
        <Link href="/practice" class="big-link tile-green">
          <span class="big-link-title">{t('home.practise')}</span>
          <span class="big-link-sub">{t('home.practiseSub')}</span>
        </Link>
        <Link href="/library" class="big-link tile-teal">
          <span class="big-link-title">{t('home.library')}</span>
          <span class="big-link-sub">{t('home.librarySub')}</span>
        </Link>
      </nav>
      <p class="home-more">
        <Link href="/reports">{t('home.reports')}</Link>
      </p>
    </main>
  )
}

export function NotFound() {
  return (
    <main class="page narrow">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link href="/">{t('notFound.back')}</Link>
      </p>
    </main>
  )
}
