import { EXAM } from '@cirrus/protocol'
import { Exams } from './exams.ts'
import { Learners } from './learners.ts'
import { LiveMisses } from './live-misses.ts'
import { progressView } from './progress.ts'
import { ProblemReports } from './reports.ts'
import { Serial } from './serial.ts'
import { Sessions } from './sessions.ts'
import type { PracticeStore } from '../db/practice-store.ts'

export interface PracticeOptions {
  now: () => number
  /** Divides the exam's 90 minutes. Test-only; defaults to EXAM_TIME_SCALE from the environment, else 1. */
  examTimeScale?: number
  random?: () => number
}

/** The practice room: learner profiles, sessions, exams, progress, problem reports, and the link from live games. */
export class Practice {
  readonly learners: Learners
  readonly sessions: Sessions
  readonly exams: Exams
  readonly liveMisses: LiveMisses
  readonly reports: ProblemReports
  private readonly store: PracticeStore

  constructor(store: PracticeStore, private readonly options: PracticeOptions) {
    const { now } = options
    const serial = new Serial()
    this.store = store
    this.learners = new Learners(this.store, now)
    this.sessions = new Sessions({ store: this.store, now, random: options.random ?? Math.random, serial })
    this.exams = new Exams({ store: this.store, now, serial, durationMs: EXAM.durationMs / examTimeScale(options.examTimeScale) })
    this.liveMisses = new LiveMisses(this.store, now)
    this.reports = new ProblemReports(this.store, now)
  }

  async progress(learnerId: string) {
    const [cards, reviews, exams] = await Promise.all([this.store.cards(learnerId), this.store.recentReviews(learnerId), this.exams.history(learnerId)])
    return progressView({ cards, reviews, exams, now: this.options.now() })
  }

  async close(): Promise<void> {
    await this.liveMisses.settle()
  }
}

function examTimeScale(option: number | undefined): number {
  const scale = option ?? Number(process.env.EXAM_TIME_SCALE ?? 1)
  if (!Number.isFinite(scale) || scale < 1) throw new Error(`EXAM_TIME_SCALE must be a number of at least 1, not ${scale}`)
  return scale
}
