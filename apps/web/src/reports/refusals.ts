import { ErrorCode } from '@cirrus/protocol'
import { t } from '../i18n/i18n.ts'
import type { Refusal } from '../models/reports.ts'
import { m } from './words.ts'

/** The report pages' refusals in words, by the server's code (the codes stay codes on the wire). */
const BY_CODE: Record<string, () => string> = {
  [ErrorCode.ReportNotFound]: () => m('errors.reportNotFound'),
  [ErrorCode.Busy]: () => m('errors.busy'),
  [ErrorCode.WrongPhase]: () => m('errors.stillRunning'),
  [ErrorCode.PlayerNotFound]: () => m('errors.noReview'),
  [ErrorCode.AdminPasswordRequired]: () => m('errors.signIn'),
  [ErrorCode.Kicked]: () => t('errors.kicked'),
  [ErrorCode.RateLimited]: () => t('errors.rate_limited'),
  no_seat: () => m('errors.noSeat'),
}

export function refusalText(refusal: Refusal): string {
  if (refusal.status === 0 && refusal.code !== 'no_seat') return t('join.unreachable')
  return BY_CODE[refusal.code]?.() ?? m('errors.failed', { status: refusal.status })
}
