import { Link } from '../router.tsx'

export function Home() {
  return (
    <main class="page home">
      <header class="home-header">
        <h1 class="logo">Cirrus</h1>
        <p class="tagline">Live quizzes for the classroom, and a place to practise for the AWS Cloud Practitioner exam.</p>
      </header>
      <nav class="home-actions" aria-label="Start">
        <Link href="/join" class="big-link tile-blue">
          <span class="big-link-title">Join a game</span>
          <span class="big-link-sub">Got a PIN? Play on your phone.</span>
        </Link>
        <Link href="/host" class="big-link tile-purple">
          <span class="big-link-title">Host a game</span>
          <span class="big-link-sub">Pick a quiz and put it on the big screen.</span>
        </Link>
        <Link href="/practice" class="big-link tile-green">
          <span class="big-link-title">Practise alone</span>
          <span class="big-link-sub">Practice that adapts to what you know, and a mock exam.</span>
        </Link>
        <Link href="/library" class="big-link tile-teal">
          <span class="big-link-title">Quiz library</span>
          <span class="big-link-sub">Write, import and export your own quizzes.</span>
        </Link>
      </nav>
      <p class="home-more">
        <Link href="/reports">Reports of past games</Link>
      </p>
    </main>
  )
}

export function NotFound() {
  return (
    <main class="page narrow">
      <h1>Page not found</h1>
      <p>There is nothing at this address.</p>
      <p>
        <Link href="/">Back to the start</Link>
      </p>
    </main>
  )
}
