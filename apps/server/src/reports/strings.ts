/**
 * Every word the report's downloads put in a spreadsheet, in one table per language, so that a translation is one
 * more table and nothing else. Only English exists today; `stringsFor` falls back to it for any other language
 * (the `lang` query of the downloads, or the browser's Accept-Language).
 */
export const EN = {
  sheetOverview: 'Overview',
  sheetScores: 'Final scores',
  sheetAnswers: 'Answers',
  sheetQuestions: 'Questions',
  sheetTeams: 'Teams',
  quiz: 'Quiz',
  played: 'Played on',
  ended: 'Ended',
  duration: 'Duration (minutes)',
  players: 'Players',
  questionsPlayed: 'Questions played',
  questionsInQuiz: 'Questions in the quiz',
  averageScore: 'Average score',
  rightShare: 'Right answers (%)',
  answeredShare: 'Answered (%)',
  needsHelp: 'Needs help (under {percent}% right)',
  mostMissed: 'Most missed questions',
  scoring: 'Scoring',
  streakBonus: 'Bonus for right answers in a row',
  wrongPenalty: 'Points off for a wrong answer',
  teams: 'Teams',
  noTeams: 'none (everyone for themselves)',
  yes: 'yes',
  no: 'no',
  team: 'Team',
  colour: 'Colour',
  teamPlayers: 'Players',
  members: 'Members',
  extraTime: 'Extra time (× the time)',
  rank: 'Rank',
  player: 'Player',
  score: 'Score',
  correct: 'Right answers',
  asked: 'Questions in the game for',
  answered: 'Answered',
  averageTime: 'Average time (s)',
  question: 'Question',
  questionNumber: 'Q{n}',
  number: '#',
  type: 'Type',
  answer: 'Answer',
  result: 'Result',
  points: 'Points',
  time: 'Time (s)',
  rightAnswer: 'Right answer',
  explanation: 'Explanation',
  inGame: 'Players in the game',
  right: 'right',
  partly: 'partly right',
  wrong: 'wrong',
  noAnswer: 'no answer',
  opinion: 'answered (poll)',
  option: 'Option {n}: picks',
  scoringModes: { speed: 'speed: faster right answers earn more', accuracy: 'accuracy: every right answer earns full points' },
  endings: { completed: 'every question played', ended_early: 'ended early', abandoned: 'abandoned', running: 'still running' },
} as const

export type ReportStrings = { [K in keyof typeof EN]: (typeof EN)[K] extends string ? string : { [E in keyof (typeof EN)[K]]: string } }

const TABLES: Record<string, ReportStrings> = { en: EN }

/** The table for a language tag ("fr-CA" tries "fr-ca", then "fr"), English when there is none. */
export function stringsFor(lang: string | undefined): ReportStrings {
  const tag = (lang ?? '').toLowerCase()
  return TABLES[tag] ?? TABLES[tag.split('-')[0]!] ?? EN
}

/** The first language of an Accept-Language header that has a table, or undefined. */
export function languageFrom(acceptLanguage: string | undefined): string | undefined {
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]!.trim().toLowerCase()
    if (TABLES[tag] ?? TABLES[tag.split('-')[0]!]) return tag
  }
  return undefined
}

/** Fills "{name}" places in a string. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''))
}
