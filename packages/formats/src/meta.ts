import type { Question, QuestionInput } from '@cirrus/questions'
import type { ProblemCode, Values } from './words.ts'

/** Why a record could not be read: a problem's code and values, for the reader to place. */
export interface MetaError {
  error: ProblemCode
  values: Values
}

/**
 * What Moodle's formats have no field for travels in a small record Cirrus writes beside each question (a
 * "// cirrus: {...}" comment in GIFT, "cirrus:key=value" tags in Moodle XML). Moodle ignores it; Cirrus reads it
 * back, which makes the round trip exact. Values are checked later by QuestionSchema with everything else.
 */
export const META_KEYS = ['topic', 'difficulty', 'timeLimitSec', 'points', 'domain', 'sliderMin', 'sliderMax', 'sliderStep', 'unit'] as const
type MetaKey = (typeof META_KEYS)[number]
type NumberKey = 'sliderMin' | 'sliderMax' | 'sliderStep' | 'unit'
export type MetaFields = Partial<Pick<QuestionInput, Exclude<MetaKey, NumberKey>>> & Partial<Record<NumberKey, string | number>>

/** The record, with a number question's slider and unit (Moodle's numerical questions have no slider). */
export function metaRecord(q: Question): Record<MetaKey, string | number | undefined> {
  const n = q.number
  return { topic: q.topic, difficulty: q.difficulty, timeLimitSec: q.timeLimitSec, points: q.points, domain: q.domain, sliderMin: n?.min, sliderMax: n?.max, sliderStep: n?.step, unit: n?.unit }
}

/** Puts a record's slider and unit into the question's accepted numbers (read before them or after). */
export function applyMeta(input: Partial<QuestionInput>, fields: MetaFields): void {
  const { sliderMin, sliderMax, sliderStep, unit, ...rest } = fields
  Object.assign(input, rest)
  if (input.type !== 'number' || !input.number) return
  const extras = { ...(sliderMin !== undefined && { min: Number(sliderMin) }), ...(sliderMax !== undefined && { max: Number(sliderMax) }), ...(sliderStep !== undefined && { step: Number(sliderStep) }), ...(unit !== undefined && { unit: String(unit) }) }
  input.number = { ...input.number, ...extras }
}

export function writeCirrusMeta(q: Question): string {
  return JSON.stringify(metaRecord(q))
}

const NUMERIC: readonly MetaKey[] = ['timeLimitSec', 'points', 'domain', 'sliderMin', 'sliderMax', 'sliderStep']

/** Known keys only; numbers may arrive as text (from tags). */
export function metaFromRecord(record: Record<string, unknown>): { fields: MetaFields } | MetaError {
  const fields: Record<string, unknown> = {}
  for (const key of META_KEYS) {
    const value = record[key]
    if (value === undefined || value === null || value === '') continue
    if (NUMERIC.includes(key)) {
      const n = typeof value === 'number' ? value : Number(String(value).trim())
      if (!Number.isFinite(n)) return { error: 'meta_not_number', values: { key, value: String(value) } }
      fields[key] = n
    } else fields[key] = String(value)
  }
  return { fields: fields as MetaFields }
}

export function parseCirrusMeta(json: string): { fields: MetaFields } | MetaError {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    return { error: 'meta_not_json', values: { value: json.trim().slice(0, 60) } }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'meta_not_object', values: {} }
  return metaFromRecord(value as Record<string, unknown>)
}

/** The last part of a Moodle category path, the nearest thing to a topic: "$course$/top/Week 1/S3" -> "S3". */
export function topicOfCategory(category: string | undefined): string | undefined {
  const parts = category?.split('/').map((p) => p.trim()).filter((p) => p && !/^\$\w+\$$/.test(p) && p !== 'top')
  return parts?.length ? parts[parts.length - 1] : undefined
}
