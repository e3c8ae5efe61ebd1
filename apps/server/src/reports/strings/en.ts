import type { QuestionType } from '@cirrus/questions'
import type { GameEnding, TeamColor } from '@cirrus/protocol'
import type { WordsLike } from '../../languages.ts'

/**
 * Every word the report's downloads put in a sheet, in English: the source the other languages' tables follow. A
 * "{name}" is filled in by the sheets (with a number or a percentage already in the language's digits). Sheet names
 * stay under Excel's 31 characters.
 */
export const EN = {
  sheetOverview: 'Overview',
  sheetScores: 'Final scores',
  sheetAnswers: 'Answers',
  sheetQuestions: 'Questions',
  sheetTeams: 'Teams',
  quiz: 'Quiz',
  played: 'Played on',
  ended: 'How it ended',
  duration: 'Duration (minutes)',
  players: 'Players',
  questionsPlayed: 'Questions played',
  questionsInQuiz: 'Questions in the quiz',
  averageScore: 'Average score',
  rightShare: 'Right answers (%)',
  answeredShare: 'Answered (%)',
  needsHelp: 'Needs help (under {percent} right)',
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
  option: 'Option {n}: picked by',
  /** Between the names or question numbers listed in one cell. */
  listSeparator: ', ',
  optionPicks: '{option}: {n}',
  scoringModes: { speed: 'speed: faster right answers earn more', accuracy: 'accuracy: every right answer earns full points' },
  endings: { completed: 'every question played', ended_early: 'ended early', abandoned: 'abandoned', running: 'still running' } satisfies Record<GameEnding, string>,
  types: {
    single: 'Multiple choice',
    multiple: 'Multiple response',
    truefalse: 'True or false',
    text: 'Typed answer',
    ordering: 'Put in order',
    poll: 'Poll',
    number: 'Number',
  } satisfies Record<QuestionType, string>,
  colours: { red: 'red', blue: 'blue', green: 'green', gold: 'gold', purple: 'purple', orange: 'orange', teal: 'teal', pink: 'pink' } satisfies Record<TeamColor, string>,
  /** A true/false question's options, stored as the English words "True" and "False" (the question model's). */
  trueFalse: { true: 'True', false: 'False' },
} as const

/** Every language's table has every key of the English one, and nothing else (each table is typed as this). */
export type ReportStrings = WordsLike<typeof EN>
