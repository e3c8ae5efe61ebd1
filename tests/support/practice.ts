import type { Choice, ExamView, LearnerCreated, PracticeQuestion, SessionView } from '@cirrus/protocol'
import { bank, type Question } from '@cirrus/questions'
import { api, type ApiRequest, type ApiResponse } from './http.ts'
import { rightChoice, wrongChoice } from './answers.ts'

/** A learner's view of /api/practice: a fresh profile, and requests carrying its token. */
export interface Learner extends LearnerCreated {
  request<T = any>(path: string, request?: ApiRequest): Promise<ApiResponse<T>>
  /** The request's body, or throws with the status and error when it was refused. */
  ok<T = any>(path: string, request?: ApiRequest): Promise<T>
}

export async function newLearner(base: string): Promise<Learner> {
  const created = await api<LearnerCreated>(base, '/api/practice/learners', { method: 'POST' })
  if (created.status !== 201) throw new Error(`could not create a learner: ${created.status} ${JSON.stringify(created.body)}`)
  return learnerWith(base, created.body)
}

/** The same learner against another server (e.g. after a restart) or from a token kept elsewhere. */
export function learnerWith(base: string, created: LearnerCreated): Learner {
  const request = <T>(path: string, r: ApiRequest = {}) =>
    api<T>(base, `/api/practice${path}`, { ...r, headers: { authorization: `Bearer ${created.learnerToken}`, ...r.headers } })
  return {
    ...created,
    request,
    async ok<T>(path: string, r: ApiRequest = {}) {
      const res = await request<T>(path, r)
      if (res.status >= 300) throw new Error(`${r.method ?? (r.json === undefined ? 'GET' : 'POST')} ${path}: ${res.status} ${JSON.stringify(res.body)}`)
      return res.body
    },
  }
}

const byId = new Map(bank.map((q) => [q.id, q]))

/** The bank question behind a practice or exam question (the test knows the answer key; the learner does not). */
export function bankQuestion(q: PracticeQuestion): Question {
  const found = byId.get(q.key)
  if (!found) throw new Error(`not a bank question: ${q.key}`)
  return found
}

/**
 * The right (or a wrong) answer as the learner sends it: by the positions of the options as shown, which the
 * server shuffles each time it serves a question (found here by their texts); an ordering question's items in the
 * right (or the reversed) order as shown. `question` is the question with its key: the bank's unless given.
 */
export function answerFor(q: PracticeQuestion, right: boolean, question: Question = bankQuestion(q)): Choice {
  // An ordering question's items are dealt anew each time: the answer is by the items as shown.
  if (question.type === 'ordering') return right ? rightChoice(question, q.options) : wrongChoice(question, q.options)
  const choice = right ? rightChoice(question) : wrongChoice(question)
  if (!('options' in choice)) return choice
  return { options: choice.options.map((i) => shownIndex(q, question.options[i]!.text)).sort((a, b) => a - b) }
}

/** Where an option of the bank question is on the learner's screen. */
export function shownIndex(q: PracticeQuestion, text: string): number {
  const at = q.options.indexOf(text)
  if (at < 0) throw new Error(`option "${text}" is not shown for ${q.key}`)
  return at
}

/** Serves questions of a session, answering each right, until the one with `key` is on screen (at most `tries`). */
export async function serveUntil(learner: Learner, session: SessionView, key: string, tries = 20): Promise<SessionView> {
  let view = session
  for (let n = 0; n < tries && view.current && view.current.question.key !== key; n++) {
    await answerCurrent(learner, view, true)
    view = await learner.ok<SessionView>(`/sessions/${view.id}/next`, { method: 'POST' })
  }
  if (view.current?.question.key !== key) throw new Error(`${key} was not served within ${tries} questions`)
  return view
}

/** Answers the session's current question right or wrong; returns the feedback. */
export async function answerCurrent(learner: Learner, session: SessionView, right: boolean) {
  const q = session.current!.question
  return learner.ok(`/sessions/${session.id}/answers`, { json: { questionKey: q.key, choice: answerFor(q, right) } })
}

export type OpenExam = Extract<ExamView, { status: 'open' }>
export type FinishedExam = Exclude<ExamView, { status: 'open' }>
